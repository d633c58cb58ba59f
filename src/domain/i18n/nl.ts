import { accessibilityNl } from "./accessibility.nl.ts";
import { auditNl } from "./audit.nl.ts";
import { liveNl } from "./live.nl.ts";
import { liveCsvNl } from "./live-csv.nl.ts";
import { privacyNl } from "./privacy.nl.ts";
import { reportsNl } from "./reports.nl.ts";
import { strengtheningNl } from "./strengthening.nl.ts";
import { themeNl } from "./theme.nl.ts";

/** Dutch catalogue: the reference language. Every other catalogue has the same keys. */
export const nl = {
  app: {
    name: "Sociale basis",
    tagline: "Samen de lokale sociale basis afbakenen, in kaart brengen en versterken",
    skipToContent: "Direct naar de inhoud",
    loading: "Bezig met laden…",
    mainNavigation: "Hoofdnavigatie",
    workspaceNavigation: "Navigatie werkruimte",
    footer: "Sociale basis is open-sourcesoftware (EUPL-1.2).",
    accessibilityLink: "Toegankelijkheidsverklaring",
    notFoundTitle: "Pagina niet gevonden",
    notFoundBody: "Deze pagina bestaat niet, of u hebt er geen toegang toe.",
    backHome: "Naar het overzicht",
    errorTitle: "Er ging iets mis",
    retry: "Opnieuw proberen",
    close: "Sluiten",
    cancel: "Annuleren",
    save: "Opslaan",
  },
  language: {
    label: "Taal",
    switchTo: "English",
    switchToLang: "en",
    switchHint: "Switch to English",
  },
  auth: {
    loginTitle: "Inloggen",
    loginIntro: "Log in met uw e-mailadres en wachtwoord.",
    email: "E-mailadres",
    password: "Wachtwoord",
    passwordHint: "Minimaal {{min}} tekens.",
    displayName: "Uw naam (zoals anderen die zien)",
    submit: "Inloggen",
    submitting: "Bezig met inloggen…",
    logout: "Uitloggen",
    loggedInAs: "Ingelogd als {{name}}",
    demoHint: "Probeert u de demo? Log in met {{email}} en wachtwoord {{password}}.",
    required: "Vul dit veld in.",
    invalidEmail: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
    tooShort: "Gebruik minimaal {{min}} tekens.",
  },
  workspaces: {
    title: "Uw werkruimtes",
    intro: "Een werkruimte is van één gemeente, regio of wijknetwerk.",
    empty: "U bent nog geen lid van een werkruimte. Vraag een uitnodiging of maak er zelf een.",
    role: "Uw rol: {{role}}",
    open: "Open {{name}}",
    createTitle: "Nieuwe werkruimte",
    name: "Naam (bijvoorbeeld de gemeente)",
    create: "Werkruimte maken",
    created: "Werkruimte {{name}} is gemaakt.",
  },
  roles: {
    owner: "eigenaar",
    editor: "redacteur",
    member: "lid",
    viewer: "meelezer",
  },
  roleDescriptions: {
    owner: "beheert leden en alles in de werkruimte",
    editor: "bewerkt de inventaris, criteria en besluiten",
    member: "scoort en denkt mee",
    viewer: "kan alles lezen, niets wijzigen",
  },
  nav: {
    home: "Overzicht",
    inventory: "Inventaris",
    spheres: "Sferen",
    delimitation: "Afbakening",
    expectations: "Verwachtingen",
    strengthen: "Versterken",
    sessions: "Bijeenkomsten",
    reports: "Rapporten",
    members: "Leden",
    audit: "Logboek",
    workspaces: "Werkruimtes",
  },
  home: {
    intro:
      "De sociale basis heeft geen vaste definitie. Deze werkruimte helpt u om hem samen met " +
      "partners en inwoners lokaal af te bakenen, met realistische verwachtingen. Vier vragen " +
      "lopen als rode draad door het gesprek.",
    q1: "Wat is de sociale basis?",
    q1Body:
      "Spreek af wat bij jullie wel, net niet of niet tot de sociale basis hoort, met criteria " +
      "als toegankelijkheid, vrijwillige inzet en wederkerigheid.",
    q2: "Waarom is het belangrijk?",
    q2Body:
      "Zet op een rij wat landelijk en lokaal beleid van de sociale basis verwacht, waartoe, " +
      "en of dat haalbaar is zonder vrijwilligers en mantelzorgers te overvragen.",
    q3: "Hoe ziet jullie sociale basis eruit?",
    q3Body:
      "Breng de lokale ingrediënten in kaart per sfeer en per wijk, en laat veel mensen " +
      "scoren, zodat zichtbaar wordt waar de meningen uiteenlopen.",
    q4: "Hoe kan je de sociale basis (helpen) versterken?",
    q4Body:
      "Kies de rol van de gemeente per sfeer, maak een actieplan en volg met indicatoren " +
      "wat er verandert.",
    goTo: "Naar {{page}}",
    stats: "In deze werkruimte",
    itemCount: "{{count}} ingrediënten",
    itemCount_one: "{{count}} ingrediënt",
    areaCount: "{{count}} gebieden",
    memberCount: "{{count}} leden",
    memberCount_one: "{{count}} lid",
  },
  members: {
    title: "Leden",
    intro: "Wie in deze werkruimte meedoet, en met welke rol.",
    name: "Naam",
    email: "E-mailadres",
    role: "Rol",
    actions: "Acties",
    you: "(u)",
    changeRole: "Rol van {{name}}",
    remove: "Verwijder {{name}}",
    removeConfirm:
      "{{name}} uit deze werkruimte verwijderen? Hun scores blijven meetellen; zij kunnen de werkruimte niet meer openen.",
    removeYes: "Ja, verwijderen",
    removed: "{{name}} is verwijderd uit de werkruimte.",
    roleChanged: "De rol van {{name}} is nu {{role}}.",
    leave: "Werkruimte verlaten",
    leaveConfirm: "Weet u zeker dat u deze werkruimte wilt verlaten?",
    invitesTitle: "Uitnodigen",
    invitesIntro:
      "Maak een uitnodigingslink en stuur die zelf door, bijvoorbeeld per e-mail of chat. " +
      "Een link werkt één keer en verloopt vanzelf.",
    inviteRole: "Rol voor de nieuwe deelnemer",
    inviteDays: "Geldig (dagen)",
    createInvite: "Uitnodigingslink maken",
    inviteCreated:
      "De uitnodigingslink is gemaakt. Kopieer hem nu: hij wordt niet opnieuw getoond.",
    inviteLink: "Uitnodigingslink",
    copy: "Kopieer link",
    copied: "Link gekopieerd.",
    openInvites: "Openstaande uitnodigingen",
    noOpenInvites: "Er zijn geen openstaande uitnodigingen.",
    expires: "Verloopt",
    revoke: "Intrekken",
    revoked: "De uitnodiging is ingetrokken.",
  },
  invite: {
    title: "Uitnodiging",
    body: "U bent uitgenodigd voor de werkruimte {{workspace}} als {{role}}.",
    expires: "Deze uitnodiging verloopt op {{date}}.",
    accept: "Uitnodiging aannemen",
    accepted: "Welkom in {{workspace}}.",
    newAccount: "Nog geen account? Maak er een aan",
    haveAccount: "Hebt u al een account? Log dan eerst in; daarna komt u hier terug.",
    createAndAccept: "Account maken en aannemen",
  },
  accessibility: accessibilityNl,
  model: {
    spheres: {
      personal: "Persoonlijk",
      communal: "Gemeenschappelijk",
      institutional: "Institutioneel",
      unplaced: "Nog niet geplaatst",
    },
    sphereDescriptions: {
      personal: "De inwoner en het eigen netwerk: familie, vrienden, buren, mantelzorg.",
      communal: "Mensen die elkaar vinden: verenigingen, bewonersinitiatieven, vrijwilligerswerk.",
      institutional: "Voorzieningen en betaalde krachten: buurthuis, bibliotheek, opbouwwerk.",
      unplaced: "Ingrediënten waarover het gesprek nog moet gaan.",
    },
    kinds: {
      activity: "Activiteit",
      organisation: "Organisatie",
      place: "Plek",
      role: "Rol",
      network: "Netwerk",
    },
    carriers: {
      volunteers: "Vrijwilligers",
      professionals: "Professionals",
      mixed: "Gemengd",
    },
    themes: {
      youth: "Jeugd",
      elderly: "Ouderen",
      money_worries: "Geldzorgen",
      health: "Gezondheid",
      safety: "Veiligheid",
      loneliness: "Eenzaamheid",
      informal_care: "Mantelzorg",
      participation: "Participatie",
      meeting: "Ontmoeting",
      housing: "Wonen",
    },
    areaKinds: { wijk: "Wijk", buurt: "Buurt", dorp: "Dorp" },
  },
  criteria: {
    sets: {
      contributes: "Iets is eerder sociale basis als het bijdraagt aan…",
      characteristic: "We rekenen iets eerder tot de sociale basis als…",
    },
    C1: {
      label: "meer verbinding tussen (groepen) bewoners en lokale binding",
      explanation:
        "Mensen leren elkaar kennen, ook over groepen heen, en voelen zich verbonden met hun buurt of dorp. Bijvoorbeeld: een buurtmaaltijd, een dorpsfeest.",
    },
    C2: {
      label: "positieve sociaal-maatschappelijke ontwikkelingen",
      explanation:
        "Het helpt iets goeds op gang: meedoen, leren, gezond leven, talent ontwikkelen. Bijvoorbeeld: een taalmaatje, een sportclub met jeugdteams.",
    },
    C3: {
      label: "voorkomen of verminderen van negatieve maatschappelijke ontwikkelingen",
      explanation:
        "Het houdt problemen klein of voorkomt ze: eenzaamheid, schulden, overlast. Bijvoorbeeld: een telefooncirkel voor ouderen, schuldhulpmaatjes.",
    },
    C4: {
      label: "laagdrempelige steun aan en tussen inwoners die dat nodig hebben",
      explanation:
        "Wie een steuntje nodig heeft, vindt het dichtbij en zonder drempels. Bijvoorbeeld: een inloopochtend, burenhulp bij kleine klussen.",
    },
    A: {
      label: "er geen indicatie nodig is om mee te doen",
      explanation:
        "Je hoeft geen verwijzing, beschikking of diagnose te hebben. Een cursus op verwijzing van de huisarts scoort hier lager.",
    },
    B: {
      label: "in principe iedereen welkom is",
      explanation:
        "Er is geen selectie op leeftijd, lidmaatschap of achtergrond, of die is klein. Een besloten vereniging scoort hier lager.",
    },
    C: {
      label: "het geen primair commerciële inslag heeft",
      explanation:
        "Winst maken is niet het doel. Een commerciële kinderopvang of een betaalde dienst scoort hier lager.",
    },
    D: {
      label: "het in hoge mate draait op vrijwillige inzet",
      explanation:
        "Vrijwilligers en bewoners dragen het grootste deel. Werk door betaalde krachten scoort hier lager.",
    },
    E: {
      label: "er sprake is van wederkerigheid",
      explanation:
        "Mensen geven en ontvangen; de rollen kunnen wisselen. Bijvoorbeeld: buren die elkaar over en weer helpen.",
    },
    F: {
      label: "de inzet voortkomt uit oprechte maatschappelijke betrokkenheid",
      explanation:
        "Mensen doen mee uit eigen, intrinsieke motivatie, niet omdat het moet of vooral voor een vergoeding.",
    },
  },
  delimitation: {
    sessionFilter: "Scores van",
    sessionFilterHint: "Kies een bijeenkomst om alleen de scores van die bijeenkomst te zien.",
    allScores: "Iedereen (alle scores)",
    sessionOption: "Bijeenkomst {{title}} ({{date}})",
    intro:
      "Hoe kijken deelnemers tegen elk ingrediënt aan? Bovenaan staan de ingrediënten waarover " +
      "de meningen het meest uiteenlopen: daar begint het gesprek.",
    item: "Ingrediënt",
    outcome: "Uitkomst",
    degree: "Mate",
    disagreement: "Meningsverschil",
    scorers: "Scores",
    decision: "Besluit",
    noDecision: "nog geen besluit",
    noScores: "nog geen scores",
    noCriteriaScores: "geen scores op de criteria",
    tooFew: "te weinig scores",
    outcomes: { rather_in: "eerder wel", edge: "grensgeval", rather_out: "eerder niet" },
    decisions: { in: "binnen", edge: "grensgeval", out: "buiten" },
    links: {
      summary: "Onze sociale basis (samenvatting)",
      criteria: "Criteria",
      quickCheck: "Snelle toets: hoort dit bij de sociale basis?",
      settings: "Groepen en drempels",
    },
    settings: {
      title: "Groepen en drempels",
      groupsTitle: "Groepen van belanghebbenden",
      groupsIntro:
        "Wie scoort, kiest de groep namens wie hij of zij kijkt. Zo wordt zichtbaar waar bijvoorbeeld inwoners en gemeente verschillend denken. Een groep waarin al gescoord wordt, kunt u hernoemen maar niet verwijderen.",
      groupName: "Naam van de groep",
      addGroup: "Groep toevoegen",
      rename: "Hernoemen",
      remove: "Verwijderen",
      saveGroup: "Naam opslaan",
      groupSaved: "Groep {{name}} is opgeslagen.",
      groupRemoved: "Groep {{name}} is verwijderd.",
      thresholdsTitle: "Drempels van de uitkomst",
      thresholdsIntro:
        "De mate (0–100%) volgt uit de gewogen criteria. Tot en met de ondergrens heet de uitkomst 'eerder niet', vanaf de bovengrens 'eerder wel', daartussen 'grensgeval'.",
      thresholdsNow: "Nu: eerder niet tot en met {{lower}}, eerder wel vanaf {{upper}}.",
      lower: "Ondergrens in procenten (eerder niet tot en met)",
      upper: "Bovengrens in procenten (eerder wel vanaf)",
      thresholdsInvalid: "Kies twee getallen van 0 tot 100, de ondergrens lager dan de bovengrens.",
      saveThresholds: "Drempels opslaan",
      thresholdsSaved: "De drempels zijn opgeslagen.",
    },
    scoreTitle: "Uw score",
    scoreIntro:
      "Geef per criterium aan in hoeverre het geldt. Weet u het niet, kies dan 'weet niet'.",
    yourGroup: "U scoort namens",
    chooseGroup: "(kies uw groep)",
    answers: { no: "nee", partly: "deels", yes: "ja", unknown: "weet niet" },
    overallQuestion: "Hoort dit bij de sociale basis?",
    overall: { rather_not: "eerder niet", doubt: "twijfel", rather_yes: "eerder wel" },
    noAnswer: "geen antwoord",
    proposedSphere: "In welke sfeer hoort het?",
    noSphere: "geen voorstel",
    comment: "Toelichting (optioneel, zonder namen van inwoners)",
    saveScore: "Score opslaan",
    scoreEmpty:
      "Er is niets om op te slaan: beantwoord minstens één criterium, of geef een eindoordeel of een sfeer.",
    noItems:
      "Er zijn nog geen ingrediënten om af te bakenen. Zet eerst op de Inventaris wat er in uw gemeente is; daarna scoort u die hier op de criteria.",
    addFirstItem: "Het eerste ingrediënt toevoegen",
    scoreSaved: "Uw score voor {{name}} is opgeslagen.",
    resultsTitle: "Wat de groep vindt",
    resultSummary:
      "{{count}} scores · mate {{degree}} · uitkomst: {{outcome}} · meningsverschil {{disagreement}}",
    resultSummary_one:
      "{{count}} score · mate {{degree}} · uitkomst: {{outcome}} · meningsverschil {{disagreement}}",
    criterion: "Criterium",
    agreement: "Overeenstemming",
    chartLabel: "Verdeling van de antwoorden per criterium",
    olderAnswers:
      "{{count}} antwoorden zijn gegeven onder een eerdere formulering van een criterium en tellen niet mee.",
    groupsTitle: "Per groep",
    groupsIntro:
      "Groepen met minder dan 3 deelnemers worden niet apart getoond, maar samengevoegd.",
    group: "Groep",
    pooled: "kleinere groepen samen",
    unknownGroup: "zonder groep",
    noGroups: "Nog geen groep met genoeg scores om apart te tonen.",
    commentsTitle: "Toelichtingen",
    decisionTitle: "Besluit van de groep",
    decisionLabel: "Besluit",
    reason: "Reden",
    recordDecision: "Besluit vastleggen",
    decisionSaved: "Het besluit over {{name}} is vastgelegd.",
    decisionHistory: "Eerdere besluiten",
    decidedBy: "{{decision}} — {{date}}, {{who}}",
    summaryTitle: "Onze sociale basis",
    summaryIntro:
      "De lokale afbakening: welke criteria we gebruiken en wat per sfeer binnen, op de grens " +
      "of buiten de sociale basis valt, met de redenen.",
    criteriaUsed: "De criteria zoals wij ze gebruiken",
    weight: "gewicht {{weight}}",
    undecided: "nog niet besloten",
    quickTitle: "Snelle toets",
    quickIntro:
      "Loop één ingrediënt of een nieuw idee (bijvoorbeeld een subsidieaanvraag) langs de " +
      "criteria. Er wordt niets opgeslagen.",
    quickItem: "Kies een bestaand ingrediënt (optioneel)",
    quickIdea: "Of beschrijf het idee",
    quickResult: "Uitkomst: {{outcome}} (mate {{degree}})",
    quickFor: "Pleit ervoor: {{list}}.",
    quickAgainst: "Pleit ertegen: {{list}}.",
    quickPartly: "Deels: {{list}}.",
    quickNone: "Beantwoord de criteria om een uitkomst te zien.",
    quickThresholds: "Eerder niet tot en met {{lower}}, eerder wel vanaf {{upper}}.",
    criteriaTitle: "Criteria",
    criteriaIntro:
      "Dit zijn de criteria van deze werkruimte. U kunt ze herformuleren, zwaarder laten wegen, " +
      "uitzetten of aanvullen. Herformuleren maakt een nieuwe versie: eerdere scores blijven bij " +
      "de oude formulering horen.",
    version: "versie {{version}}",
    enabled: "Gebruiken",
    disabled: "uitgezet",
    edit: "Wijzigen",
    label: "Formulering",
    explanation: "Uitleg en voorbeelden",
    criterionWeight: "Gewicht (1–5)",
    weightInvalid: "Vul een heel getal van 1 tot en met 5 in.",
    saveCriterion: "Criterium opslaan",
    criterionSaved: "Het criterium is opgeslagen.",
    addCriterion: "Criterium toevoegen",
    set: "Soort criterium",
    sets: { contributes: "draagt bij aan", characteristic: "kenmerk" },
  },
  expectations: {
    intro:
      "Wat verwacht beleid van de sociale basis, met welk doel, en is dat realistisch? Hieronder de negen landelijke bronnen uit het gespreksmodel en de verwachtingen van de gemeente zelf.",
    themeFilter: "Thema",
    allThemes: "Alle thema's",
    caption: "Verwachtingen: bron, wat wordt verwacht, met welk doel, pagina's en realisme",
    source: "Bron",
    expects: "Wat wordt verwacht",
    purpose: "Met als doel",
    pages: "Pagina's",
    realism: "Realistisch?",
    national: "landelijk",
    local: "lokaal",
    links: {
      load: "Belasting en waarschuwingen",
      add: "Lokale verwachting toevoegen",
    },
    ratings: {
      realistic: "realistisch",
      partly: "deels",
      unrealistic: "onrealistisch",
      unknown: "weet niet",
    },
    notRated: "nog niet beoordeeld",
    realismSummary: "{{n}} oordelen · {{share}} onrealistisch",
    back: "Alle verwachtingen",
    linksTitle: "Op wie leunt deze verwachting?",
    linksIntro:
      "Geef aan welke sferen en ingrediënten dit moeten waarmaken, en welke kracht erachter zit.",
    forcesLegend: "Welke kracht volgt deze verwachting?",
    forces: {
      valuable_in_itself: "De sociale basis is waardevol in zichzelf",
      pyramid_layer: "De sociale basis als laag in de piramide van zorg en ondersteuning",
    },
    relievesFormalCare: "Het doel is formele zorg te ontlasten",
    spheresLegend: "Sferen die dit moeten waarmaken",
    itemsLegend: "Ingrediënten die dit moeten waarmaken",
    saveLinks: "Koppelingen opslaan",
    linksSaved: "De koppelingen zijn opgeslagen.",
    realismTitle: "Hoe realistisch is dit?",
    ratingLegend: "Uw oordeel",
    needed: "Wat zou er nodig zijn? (optioneel, zonder namen van inwoners)",
    saveRating: "Oordeel opslaan",
    ratingSaved: "Uw oordeel is opgeslagen.",
    distributionCaption: "Oordelen over het realisme",
    groupsCaption: "Oordelen over het realisme per groep",
    everyone: "Alle deelnemers",
    agreement: "Overeenstemming: {{value}}",
    neededTitle: "Wat er nodig zou zijn, volgens de deelnemers",
    editTexts: "Tekst wijzigen",
    saveTexts: "Tekst opslaan",
    textsSaved: "De tekst is opgeslagen.",
    remove: "Deze verwachting verwijderen",
    removed: "De verwachting is verwijderd.",
    addTitle: "Lokale verwachting toevoegen",
    addIntro: "Bijvoorbeeld uit een coalitieakkoord, een subsidiekader of een regionale afspraak.",
    title: "Titel",
    sourceField: "Bron (document)",
    page: "Pagina",
    themesLegend: "Thema's",
    save: "Verwachting toevoegen",
    created: "De verwachting {{title}} is toegevoegd.",
    load: {
      title: "Belasting van de sociale basis",
      intro:
        "Hoe zwaar leunen de verwachtingen op elke sfeer en elk onderdeel? De sociale basis draait voor een groot deel op vrijwilligers en inwoners: de waarschuwingen laten zien waar de verwachtingen misschien niet realistisch zijn.",
      warningsTitle: "Waarschuwingen",
      noWarnings: "Geen waarschuwingen: de verwachtingen leunen niet opvallend zwaar ergens op.",
      matrixTitle: "Verwachtingen × sferen",
      matrixCaption:
        "Aantal koppelingen per verwachting en sfeer (een gekoppelde sfeer zonder gekoppelde ingrediënten telt als 1)",
      expectation: "Verwachting",
      unplaced: "Niet geplaatst",
      total: "Totaal",
      itemsTitle: "Per onderdeel",
      itemsCaption: "Onderdelen waarop verwachtingen leunen, meest belast eerst",
      item: "Onderdeel",
      carriedBy: "Gedragen door",
      decision: "Besluit",
      leanedOnBy: "Aantal verwachtingen",
      noDecision: "geen besluit",
      warnings: {
        leans_on_items_decided_out:
          "“{{expectation}}” leunt op ingrediënten die buiten de sociale basis zijn geplaatst ({{count}} van {{linked}}): {{items}}.",
        volunteer_item_leaned_on_by_many:
          "{{item}} draait op vrijwilligers en wordt door {{count}} verwachtingen belast (vanaf {{threshold}} waarschuwen we).",
        sphere_with_few_items:
          "Van de sfeer {{sphere}} verwachten {{count}} verwachtingen iets, terwijl maar {{available}} ingrediënten het kunnen dragen.",
        formal_care_relief_mainly_personal:
          "“{{expectation}}” moet formele zorg ontlasten, maar leunt vooral op de persoonlijke sfeer ({{personal}} van {{total}} koppelingen): mantelzorgers, buren, het eigen netwerk.",
        rated_unrealistic_by_most:
          "“{{expectation}}” vinden {{unrealistic}} van de {{n}} deelnemers onrealistisch.",
      },
    },
  },
  stakeholders: {
    municipality: "gemeente",
    welfare: "welzijn / sociaal werk",
    residents: "inwoners",
    housing: "woningcorporatie",
    care: "zorg",
    education: "onderwijs",
    sport_culture: "sport en cultuur",
    other: "anders",
  },
  inventory: {
    intro: "Alle ingrediënten van de lokale sociale basis. Zoek, filter en sorteer.",
    search: "Zoeken",
    searchHint:
      "Zoekt in naam, omschrijving, financiering en bereik; meervoud en accenten maken niet uit.",
    filters: "Filters",
    sphere: "Sfeer",
    area: "Gebied",
    theme: "Thema",
    kind: "Soort",
    carriedBy: "Gedragen door",
    all: "Alle",
    archived: "Gearchiveerd",
    showArchived: "Toon gearchiveerde ingrediënten",
    name: "Naam",
    description: "Omschrijving",
    areas: "Gebieden",
    themes: "Thema's",
    funding: "Financiering",
    reach: "Bereik",
    updatedAt: "Gewijzigd",
    sortBy: "Sorteer op {{column}}",
    results: "{{count}} ingrediënten gevonden",
    resultsOne: "1 ingrediënt gevonden",
    noResults: "Geen ingrediënten gevonden. Pas de zoekterm of filters aan.",
    page: "Pagina {{page}} van {{pages}}",
    previous: "Vorige pagina",
    next: "Volgende pagina",
    pagination: "Paginering",
    add: "Ingrediënt toevoegen",
    edit: "Bewerken",
    editTitle: "{{name}} bewerken",
    addTitle: "Nieuw ingrediënt",
    archive: "Archiveren",
    restore: "Terugzetten",
    saved: "{{name}} is opgeslagen.",
    archivedDone: "{{name}} is gearchiveerd.",
    restoredDone: "{{name}} is teruggezet.",
    history: "Geschiedenis",
    historyEntry: "{{date}} · {{who}} · {{action}}",
    unknownUser: "onbekend",
    actions: {
      created: "aangemaakt",
      updated: "gewijzigd",
      archived: "gearchiveerd",
      restored: "teruggezet",
      moved: "verplaatst",
      imported: "geïmporteerd",
    },
    personalDataWarning:
      "Dit lijkt persoonsgegevens van een inwoner te bevatten ({{signals}}). De inventaris " +
      "beschrijft soorten hulp en plekken, geen personen. Haal namen, adressen en " +
      "telefoonnummers van inwoners weg.",
    signals: {
      phone: "telefoonnummer",
      email: "e-mailadres",
      address: "adres",
      postcode: "postcode",
      bsn: "mogelijk BSN",
    },
    ownTheme: "Eigen thema's (gescheiden door komma's)",
    none: "—",
    details: "Details van {{name}}",
    close: "Sluiten",
  },
  importPage: {
    title: "Importeren",
    link: "Importeren uit spreadsheet",
    intro:
      "Lees ingrediënten in uit een CSV- of Excel-bestand (.xlsx). De eerste regel moet de " +
      "kolomnamen bevatten, zoals naam, omschrijving, soort, sfeer, gebied, thema's, gedragen " +
      "door, financiering en bereik. U ziet eerst wat er gebeurt; pas daarna wordt er iets opgeslagen.",
    file: "Bestand",
    fileHint: "CSV (gescheiden door ; of ,) of Excel (.xlsx), maximaal 15 MB.",
    read: "Bestand lezen",
    reading: "Bezig met lezen…",
    summary: "{{rows}} regels gelezen ({{format}}{{details}}).",
    mappingTitle: "Kolommen",
    mappingIntro: "Controleer welke kolom bij welk veld hoort en pas dat zo nodig aan.",
    notUsed: "(niet gebruiken)",
    ignored: "Genegeerde kolommen: {{columns}}",
    newAreas: "Nieuwe gebieden die worden aangemaakt: {{areas}}",
    duplicates: "Mogelijk dubbel (zelfde naam en gebied als een bestaand ingrediënt): {{lines}}",
    previewTitle: "Voorbeeld (eerste {{count}} regels)",
    line: "Regel",
    problemsTitle: "Dit moet eerst worden verbeterd",
    problemsIntro:
      "Het bestand wordt pas geïmporteerd als alle regels in orde zijn. Niets is opgeslagen.",
    commit: "{{count}} ingrediënten importeren",
    done: "{{created}} ingrediënten geïmporteerd; {{areas}} nieuwe gebieden.",
    exportTitle: "Exporteren",
    exportIntro: "Download de hele inventaris; het bestand kan later weer worden geïmporteerd.",
    exportCsv: "Download CSV",
    exportXlsx: "Download Excel (.xlsx)",
  },
  areasPage: {
    title: "Gebieden",
    link: "Gebieden beheren",
    intro:
      "De wijken, buurten en dorpen waar ingrediënten te vinden zijn. Een buurt ligt in een " +
      "wijk. De CBS-code is optioneel (GM + 4, WK + 6 of BU + 8 tekens).",
    name: "Naam",
    kind: "Soort gebied",
    cbsCode: "CBS-code (optioneel)",
    cbsHint: "Bijvoorbeeld WK036300 of BU03630000.",
    cbsInvalid: "Een CBS-code is GM met 4, WK met 6 of BU met 8 tekens.",
    nameTaken: "Er is hier al een {{kind}} met deze naam.",
    parent: "Ligt in wijk",
    noParent: "(geen)",
    add: "Gebied toevoegen",
    added: "{{name}} is toegevoegd.",
    removed: "{{name}} is verwijderd.",
    remove: "Verwijder {{name}}",
    empty: "Er zijn nog geen gebieden.",
  },
  board: {
    intro:
      "De drie sferen van de sociale basis. Sleep een ingrediënt naar een andere sfeer, of " +
      "gebruik de knop Verplaatsen.",
    count: "{{count}} ingrediënten",
    move: "Verplaatsen",
    moveItem: "Verplaats {{name}}",
    moveTo: "Naar {{sphere}}",
    moved: "{{name}} is verplaatst naar {{sphere}}.",
    moveFailed: "Verplaatsen van {{name}} is niet gelukt.",
    empty: "Geen ingrediënten in deze sfeer.",
    dropHere: "Zet hier neer",
    readOnly: "U kunt dit bord bekijken; verplaatsen kan een redacteur of eigenaar.",
  },
  importProblems: {
    name_missing: "regel {{line}}: naam ontbreekt",
    unknown_sphere:
      "regel {{line}}: onbekende sfeer '{{value}}' (kies persoonlijk, gemeenschappelijk of institutioneel, of laat leeg)",
    unknown_kind:
      "regel {{line}}: onbekende soort '{{value}}' (kies activiteit, organisatie, plek, rol of netwerk)",
    unknown_carrier:
      "regel {{line}}: onbekend 'gedragen door' '{{value}}' (kies vrijwilligers, professionals of gemengd)",
    too_long: "regel {{line}}: {{field}} is te lang",
    too_many: "regel {{line}}: te veel {{field}} ({{value}})",
  },
  live: liveNl,
  audit: auditNl,
  workspaceTheme: themeNl,
  liveCsv: liveCsvNl,
  strengthening: strengtheningNl,
  reports: reportsNl,
  privacy: privacyNl,
  errors: {
    validation_failed: "Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.",
    malformed_body: "Het verzoek kon niet worden gelezen. Stuur geldige JSON.",
    unsupported_media_type: "Dit type inhoud wordt niet ondersteund. Gebruik application/json.",
    payload_too_large: "Het verzoek is te groot.",
    unauthenticated: "U bent niet (meer) ingelogd. Log opnieuw in.",
    invalid_credentials: "Het e-mailadres of wachtwoord klopt niet.",
    forbidden: "U hebt niet de rechten voor deze actie.",
    cross_site_request: "Dit verzoek komt van een andere website en is geweigerd.",
    not_found: "Dit bestaat niet, of u hebt er geen toegang toe.",
    email_taken: "Er bestaat al een account met dit e-mailadres.",
    slug_taken: "Deze naam voor de werkruimte is al in gebruik. Kies een andere.",
    already_member: "U bent al lid van deze werkruimte.",
    last_owner:
      "Een werkruimte heeft altijd minstens één eigenaar. Maak eerst iemand anders eigenaar.",
    group_in_use:
      "Deze groep is in gebruik: er scoren leden namens deze groep. Geef de groep een andere naam in plaats van hem te verwijderen.",
    invite_expired: "Deze uitnodiging is verlopen. Vraag om een nieuwe link.",
    invite_used: "Deze uitnodiging is al gebruikt. Vraag om een nieuwe link.",
    session_ended: "Deze bijeenkomst is afgelopen. Er kan niet meer worden meegedaan of gestemd.",
    agenda_locked:
      "De agenda van een bijeenkomst die loopt of is afgelopen kan niet meer worden gewijzigd, behalve de titel en datum.",
    too_many_requests: "Te veel pogingen. Probeer het over {{seconds}} seconden opnieuw.",
    /** Not a code: too_many_requests when the wait is a few minutes or more. */
    too_many_requests_minutes: "Te veel pogingen. Probeer het over {{minutes}} minuten opnieuw.",
    import_invalid:
      "Het bestand is niet geïmporteerd: niet alle regels zijn in orde. Hieronder staat per regel wat er mis is.",
    theme_inaccessible:
      "De huisstijl is niet opgeslagen: niet alle kleurcombinaties hebben genoeg contrast (WCAG 2.1 AA). Hieronder staat welke.",
    import_unreadable:
      "Dit bestand kan niet worden gelezen. Gebruik CSV (; of ,) of Excel (.xlsx) met een kopregel en een kolom 'naam'.",
    backup_unreadable:
      "Dit bestand is geen leesbare back-up van Sociale basis: het is beschadigd, onvolledig of van een ander programma. Er is niets teruggezet.",
    backup_too_new:
      "Deze back-up is gemaakt met een nieuwere versie van Sociale basis, in een formaat dat deze versie nog niet kent. Werk Sociale basis eerst bij. Er is niets teruggezet.",
    backup_workspace_exists:
      "Deze werkruimte bestaat al op deze installatie. Er is niets teruggezet: vervang haar door de back-up met sociale-basis restore --replace (alles wat er nu in staat gaat verloren), of zet de back-up terug op een andere installatie.",
    wrong_password: "Het wachtwoord klopt niet.",
    account_owns_workspace:
      "U bent de enige eigenaar van een werkruimte waar ook anderen lid van zijn. Maak eerst iemand anders eigenaar (op de pagina Leden van die werkruimte) en verwijder dan uw account.",
    internal: "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
    network: "Geen verbinding met de server. Controleer uw internetverbinding.",
  },
  problemTitles: {
    400: "Ongeldig verzoek",
    401: "Niet ingelogd",
    403: "Geen toegang",
    404: "Niet gevonden",
    409: "Conflict",
    410: "Verlopen",
    413: "Te groot",
    415: "Niet ondersteund",
    422: "Niet verwerkt",
    429: "Te veel verzoeken",
    500: "Serverfout",
  },
};

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Catalogue = DeepStrings<typeof nl>;
