/**
 * Dutch accessibility statement, in the order of the model statement of Logius
 * (toegankelijkheidsverklaring.nl). {{organisation}} is the deploying organisation (env
 * ORGANISATION_NAME), {{date}} the statement's date.
 */
export const accessibilityNl = {
  title: "Toegankelijkheidsverklaring",
  defaultOrganisation: "de organisatie die deze applicatie aanbiedt",
  intro:
    "{{Organisation}} wil dat iedereen de applicatie Sociale basis kan gebruiken: beleidsmedewerkers, partners en inwoners, ook met een beperking en op een eenvoudige telefoon. {{Organisation}} streeft ernaar haar online informatie en dienstverlening toegankelijk te maken volgens het Besluit digitale toegankelijkheid overheid.",
  scopeTitle: "Waarvoor deze verklaring geldt",
  scope:
    "Deze verklaring geldt voor de webapplicatie Sociale basis op {{host}}: de pagina's voor medewerkers en partners, de deelnemerspagina van bijeenkomsten (/doe-mee) en het presentatiescherm van een bijeenkomst.",
  standard:
    "De eisen zijn die van WCAG 2.1 op niveau A en AA, zoals opgenomen in de Europese norm EN 301 549.",
  statusTitle: "Nalevingsstatus",
  statusLabel: "Status C: eerste maatregelen genomen",
  status:
    "Wij claimen niet meer dan wij kunnen onderbouwen. De applicatie wordt bij elke wijziging automatisch getoetst (zie hieronder), maar een volledig onderzoek door een deskundige volgens WCAG-EM heeft nog niet plaatsgevonden. Zonder zo'n onderzoek kan geen status A (voldoet volledig) of B (voldoet gedeeltelijk) worden geclaimd.",
  statusDeployer:
    "Status C geldt als {{organisation}} binnen zes maanden na het publiceren van deze verklaring zo'n onderzoek laat uitvoeren; is dat niet gepland, dan is de status D (voldoet niet). Het onderzoek laten uitvoeren en de uitkomst hier vermelden is een stap van de organisatie die de applicatie in gebruik neemt.",
  statusesTitle: "De statussen",
  statuses: {
    a: "A: voldoet volledig. Een volledig onderzoek vond geen afwijkingen.",
    b: "B: voldoet gedeeltelijk. Een volledig onderzoek vond afwijkingen; voor elk is beschreven wat eraan wordt gedaan.",
    c: "C: eerste maatregelen genomen. Er is nog geen volledig onderzoek; het is binnen zes maanden gepland.",
    d: "D: voldoet niet. Er is geen volledig onderzoek en het is niet gepland.",
    e: "E: geen toegankelijkheidsverklaring.",
  },
  measuresTitle: "Welke maatregelen zijn genomen",
  measures: {
    axe: "Elke pagina wordt bij elke wijziging in het Nederlands en het Engels automatisch getoetst met axe (WCAG 2.1 A en AA), ook met geopende dialogen, foutmeldingen en lege toestanden.",
    keyboard:
      "De belangrijkste taken zijn als toetsenbordtest vastgelegd: inloggen, een ingrediënt toevoegen en verplaatsen, scoren, meedoen aan een bijeenkomst, een besluit vastleggen en een rapport downloaden. De focus is altijd zichtbaar.",
    lighthouse:
      "De deelnemerspagina en de inventaris worden gemeten met Lighthouse (toegankelijkheid en snelheid op een telefoonprofiel).",
    reflow:
      "Pagina's passen zich aan tot 320 pixels breed en 200% zoom zonder horizontaal scrollen; knoppen zijn minstens 44 pixels hoog.",
    screenReader:
      "Meldingen na een actie en live uitslagen worden via een beleefde live-regio voorgelezen; elke grafiek heeft dezelfde gegevens als tabel; foutmeldingen zijn aan hun veld gekoppeld.",
    nlds: "De applicatie gebruikt de componenten en design tokens van NL Design System. Een eigen huisstijl van een werkruimte wordt alleen opgeslagen als alle kleurcombinaties het contrast van WCAG AA halen.",
  },
  limitsTitle: "Bekende beperkingen",
  limits: {
    audit:
      "De applicatie is nog niet onderzocht door een deskundige en nog niet getest met mensen die hulpmiddelen gebruiken. Automatische toetsen vinden niet alle problemen.",
    downloads:
      "Gedownloade rapporten (Word, Excel, CSV) zijn opgebouwd met koppen en tabellen, maar zijn niet apart getoetst. Een pdf die u met de browser van de afdrukpagina maakt, is niet getoetst op PDF/UA.",
    content:
      "Teksten, namen en logo's die gebruikers zelf invoeren, vallen onder de verantwoordelijkheid van de organisatie die ze invoert.",
  },
  dateTitle: "Datum",
  date: "Deze verklaring is opgesteld op {{date}} en geldt voor deze versie van de applicatie.",
  contactTitle: "Feedback en contact",
  contact:
    "Loopt u tegen een toegankelijkheidsprobleem aan, of hebt u een vraag of opmerking? Neem contact op met {{organisation}}.",
  contactAddress: "Meld het via:",
  contactGeneric: "Gebruik de gewone contactgegevens van {{organisation}}.",
  contactResponse:
    "Beschrijf zo goed mogelijk wat er misging en op welke pagina. U krijgt een bevestiging van uw melding en een reactie op wat er met uw melding wordt gedaan.",
  enforcementTitle: "Handhavingsprocedure",
  enforcement:
    "Bent u niet tevreden met hoe uw klacht is behandeld, of hebt u niet op tijd een reactie gekregen? Dan kunt u als inwoner contact opnemen met de Nationale ombudsman, of met de lokale ombudsman of ombudscommissie van uw gemeente als die er is.",
  ombudsmanLink: "Nationale ombudsman (nationaleombudsman.nl)",
};
