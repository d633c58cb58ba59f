/** Dutch texts of the account page (download and delete) and the retention of session data. */
export const privacyNl = {
  account: {
    link: "Mijn account",
    title: "Mijn account",
    intro: "U bent ingelogd als {{name}} ({{email}}).",
    profileTitle: "Naam en e-mailadres",
    profileIntro:
      "Klopt uw naam of e-mailadres niet meer? Wijzig ze hier. Uw naam zien anderen in de werkruimtes; met uw e-mailadres logt u in.",
    name: "Uw naam",
    email: "Uw e-mailadres",
    currentPassword: "Uw huidige wachtwoord",
    currentPasswordForEmail: "Nodig om uw e-mailadres te wijzigen, omdat u daarmee inlogt.",
    saveProfile: "Naam en e-mailadres opslaan",
    profileSaved: "Uw naam en e-mailadres zijn opgeslagen.",
    passwordTitle: "Wachtwoord wijzigen",
    passwordIntro:
      "Na het wijzigen bent u uitgelogd op alle andere apparaten en browsers; hier blijft u ingelogd.",
    newPassword: "Nieuw wachtwoord",
    repeatPassword: "Herhaal het nieuwe wachtwoord",
    repeatMismatch: "De twee nieuwe wachtwoorden zijn niet gelijk.",
    changePassword: "Wachtwoord wijzigen",
    passwordChanged: "Uw wachtwoord is gewijzigd. Op andere apparaten bent u uitgelogd.",
    downloadTitle: "Mijn gegevens downloaden",
    downloadBody:
      "Download alles wat Sociale basis over u bewaart, als één JSON-bestand: uw naam en e-mailadres, uw werkruimtes en rollen, uw scores met antwoorden en toelichtingen, uw inschattingen van verwachtingen, wat u hebt toegevoegd of gewijzigd, de uitnodigingen die u maakte, het logboek van uw acties en uw open inlogsessies. Geen wachtwoord en geen codes.",
    download: "Download mijn gegevens (JSON)",
    deleteTitle: "Mijn account verwijderen",
    deleteWhat:
      "Uw naam, e-mailadres, wachtwoord, lidmaatschappen en inlogsessies worden verwijderd. U wordt overal uitgelogd.",
    deleteScores:
      "Uw scores, toelichtingen en inschattingen blijven bewaard, maar zonder uw naam: ze tellen anoniem mee, zodat de uitkomsten van de groep niet veranderen. Ook ingrediënten, besluiten en bijeenkomsten die u maakte blijven bestaan, zonder uw naam.",
    blocking:
      "U kunt uw account nog niet verwijderen: u bent de enige eigenaar van een werkruimte waar ook anderen lid van zijn. Maak daar eerst iemand anders eigenaar:",
    membersOf: "Leden van {{name}}",
    deletedWith:
      "U bent het enige lid van deze werkruimtes. Ze worden samen met uw account verwijderd, met alles wat erin staat (maak eerst een back-up als u die wilt bewaren):",
    password: "Uw wachtwoord",
    passwordHint: "Vul uw wachtwoord in om te bevestigen dat u het bent.",
    passwordMissing: "Vul uw wachtwoord in.",
    delete: "Account verwijderen",
    confirm:
      "Weet u het zeker? Uw account wordt definitief verwijderd; dit kan niet ongedaan worden gemaakt.",
    confirmWithWorkspaces:
      "Weet u het zeker? Uw account en {{count}} werkruimte(s) waarvan u het enige lid bent worden definitief verwijderd; dit kan niet ongedaan worden gemaakt.",
    confirmYes: "Ja, verwijder mijn account",
    deleted: "Uw account is verwijderd.",
  },
  statement: {
    link: "Privacy",
    title: "Privacy: hoe Sociale basis met uw gegevens omgaat",
    intro:
      "{{Organisation}} gebruikt de applicatie Sociale basis om met partners en inwoners de sociale basis af te bakenen, in kaart te brengen en te versterken. Hier leest u welke gegevens over u worden bewaard, waarom, hoe lang, en wat u zelf kunt doen.",
    whatTitle: "Welke gegevens, waarom en hoe lang",
    what: {
      account:
        "Uw account: naam, e-mailadres en wachtwoord (alleen onherkenbaar gemaakt, als hash). Nodig om in te loggen en om te laten zien wie wat inbracht. Bewaard tot u uw account verwijdert.",
      sessions:
        "Uw inlogsessie: een cookie met een willekeurige code, die alleen dient om u ingelogd te houden. Verloopt na een tijd zonder gebruik (standaard 4 uur), hoe dan ook na een week (standaard), en bij uitloggen.",
      content:
        "Wat u zelf invult: scores, toelichtingen, inschattingen, besluiten, ingrediënten en acties. Dat is het werk van de werkruimte; het blijft zolang de werkruimte bestaat. Verwijdert u uw account, dan blijven uw scores en inschattingen zonder uw naam meetellen.",
      log: "Het logboek: wie wanneer iets wijzigde (zonder de inhoud en zonder IP-adres), voor verantwoording en beveiliging. Het blijft bij de werkruimte; inloggen en wijzigingen aan uw account worden na een jaar (standaard) verwijderd.",
      participants:
        "Deelnemers aan een bijeenkomst op hun telefoon hebben geen account. Er wordt geen naam, IP-adres of browser bewaard; alleen een code op de telefoon, de gekozen groep en een bijnaam als u die invult. Na de bewaartermijn die de werkruimte instelt worden ook de codes, bijnamen en niet goedgekeurde antwoorden verwijderd.",
    },
    notTitle: "Wat Sociale basis niet doet",
    not: "Geen advertenties, geen volgcookies, geen analysediensten en geen inhoud van andere partijen: alles komt van deze installatie. Vul geen namen of andere gegevens van inwoners in bij toelichtingen en antwoorden.",
    basisTitle: "Grondslag",
    basis:
      "Een gemeente verwerkt deze gegevens voor haar publieke taak: lokaal sociaal beleid maken met partners en inwoners (AVG artikel 6 lid 1 sub e). Een andere organisatie kan een andere grondslag hebben; vraag het aan {{organisation}}.",
    rightsTitle: "Wat u zelf kunt doen",
    rights:
      "Op Mijn account downloadt u alles wat over u bewaard wordt, wijzigt u uw naam, e-mailadres en wachtwoord, en verwijdert u uw account.",
    rightsLink: "Naar Mijn account",
    contactTitle: "Vragen of een klacht",
    contact:
      "Neem contact op met {{organisation}}, of met diens functionaris gegevensbescherming. Komt u er samen niet uit, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.",
    atSignUp: "Lees hoe wij met uw gegevens omgaan",
  },
  retention: {
    title: "Bewaartermijn van bijeenkomsten",
    intro:
      "Na een bijeenkomst bewaart Sociale basis ruwe gegevens: de codes waarmee telefoons terugkomen, bijnamen, welke stem al binnen was, en open antwoorden die niet zijn goedgekeurd. Stel in hoeveel dagen na de datum van een afgelopen bijeenkomst die worden verwijderd. De scores en goedgekeurde antwoorden blijven, anoniem.",
    current: "Nu: ruwe gegevens worden {{days}} dagen na de datum van de bijeenkomst verwijderd.",
    currentKeep: "Nu: ruwe gegevens worden bewaard tot u de bijeenkomst verwijdert.",
    keep: "Bewaren tot ik de bijeenkomst verwijder",
    purge: "Verwijderen na een aantal dagen",
    choice: "Ruwe gegevens van afgelopen bijeenkomsten",
    days: "Aantal dagen na de datum van de bijeenkomst",
    daysHint: "Van 0 tot {{max}} dagen. Het verwijderen gebeurt binnen een uur na die termijn.",
    daysInvalid: "Vul een heel aantal dagen in, van 0 tot {{max}}.",
    save: "Bewaartermijn opslaan",
    saved: "De bewaartermijn is opgeslagen.",
    ownersOnly: "Alleen eigenaren van de werkruimte kunnen de bewaartermijn wijzigen.",
    purged: "ruwe gegevens verwijderd",
  },
};
