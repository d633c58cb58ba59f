/** Dutch texts of the strengthening part (Versterken): roles, plan, indicators, snapshots. */
export const strengtheningNl = {
  roles: {
    create_conditions: {
      name: "Voorwaarden scheppen",
      explanation:
        "Zorgen dat mensen de ruimte hebben om voor elkaar te zorgen: wonen, inkomen, onderwijs, respijt. Niet het leven van mensen zelf organiseren.",
    },
    facilitate: {
      name: "Faciliteren",
      explanation:
        "Praktisch helpen: een ruimte, een kleine subsidie, hulp bij vergunningen of verzekering, ondersteuning van vrijwilligers.",
    },
    fund: {
      name: "Financieren",
      explanation: "Voorzieningen en initiatieven structureel of per project betalen.",
    },
    commission: {
      name: "Opdrachtgeven",
      explanation:
        "Welzijnsorganisaties en andere partners opdrachten geven, met afspraken over bereik en toegankelijkheid, en daarop sturen.",
    },
    connect: {
      name: "Verbinden",
      explanation:
        "Mensen, initiatieven en organisaties met elkaar in contact brengen, zodat ze elkaar kunnen vinden en versterken.",
    },
    sparring_partner: {
      name: "Sparringpartner",
      explanation: "Meedenken met initiatiefnemers, zonder het over te nemen.",
    },
    appreciate: {
      name: "Waarderen",
      explanation:
        "Zichtbaar maken en erkennen wat inwoners en vrijwilligers doen; een bedankje is ook beleid.",
    },
    leave_room: {
      name: "Ruimte laten / terughoudend",
      explanation:
        "Bewust niet ingrijpen: wat mensen zelf doen, blijft van hen. Regels en verantwoording niet zwaarder maken dan nodig.",
    },
  },
  defaultReasons: {
    personal:
      "De persoonlijke sociale basis is het eigen leven en netwerk van inwoners. De gemeente schept voorwaarden (wonen, inkomen, respijt voor mantelzorgers) maar organiseert de zorg van mensen voor elkaar niet zelf.",
    communal:
      "In de gemeenschappelijke sociale basis vinden mensen elkaar: verenigingen, bewonersinitiatieven, vrijwilligerswerk. De gemeente geeft ruimte, faciliteert, verbindt en waardeert, zonder het over te nemen.",
    institutional:
      "De institutionele sociale basis bestaat uit voorzieningen en professionals. Hier financiert de gemeente en geeft zij opdrachten, met afspraken over bereik en toegankelijkheid.",
  },
  statuses: {
    idea: "Idee",
    planned: "Gepland",
    running: "Lopend",
    done: "Afgerond",
    stopped: "Gestopt",
  },
  directions: {
    higher_is_better: "Hoger is beter",
    lower_is_better: "Lager is beter",
  },
  trends: {
    better: "beter",
    worse: "slechter",
    same: "gelijk",
    unknown: "nog niet te zeggen",
  },
  indicatorLibrary: {
    active_volunteers: {
      name: "Aantal actieve vrijwilligers",
      unit: "vrijwilligers",
      caveat:
        "Telt vooral wie via een organisatie of vrijwilligerspunt bekend is. Burenhulp, mantelzorg en informele hulp blijven buiten beeld.",
    },
    meeting_places: {
      name: "Ontmoetingsplekken per wijk",
      unit: "plekken",
      caveat:
        "Een plek tellen zegt niet of mensen er komen of zich er welkom voelen. Combineer met bezoek en met wat bewoners vertellen.",
    },
    feel_connected: {
      name: "Inwoners die zich verbonden voelen met de buurt",
      unit: "%",
      caveat:
        "Uit een enquête (bijvoorbeeld de gezondheidsmonitor): kleine verschillen vallen binnen de foutmarge, en wie niet meedoet aan enquêtes ontbreekt vaak juist.",
    },
    walk_in_reach: {
      name: "Bereik van inloopactiviteiten",
      unit: "bezoeken per maand",
      caveat:
        "Bezoeken zijn geen personen: tel je hetzelfde gezicht vaker, dan lijkt het bereik groter dan het is. Wie nooit komt, zie je niet.",
    },
    resident_initiatives: {
      name: "Actieve bewonersinitiatieven",
      unit: "initiatieven",
      caveat:
        "Alleen initiatieven die de gemeente kent of steunt. Veel initiatieven vragen niets aan en staan dus nergens geregistreerd.",
    },
    informal_carers_supported: {
      name: "Mantelzorgers met ondersteuning",
      unit: "mantelzorgers",
      caveat:
        "De meeste mantelzorgers zijn niet in beeld. Een stijging kan ook betekenen dat de zorg zwaarder wordt, niet alleen dat de ondersteuning beter bereikt.",
    },
    loneliness: {
      name: "Inwoners die zich (ernstig) eenzaam voelen",
      unit: "%",
      caveat:
        "Eenzaamheid heeft veel oorzaken buiten de sociale basis. Een daling of stijging is zelden aan één actie toe te schrijven.",
    },
  },
  changes: {
    item_added: "{{name}} is toegevoegd ({{sphere}}).",
    item_removed: "{{name}} is verwijderd of gearchiveerd.",
    item_moved: "{{name}} is verplaatst van {{from}} naar {{to}}.",
    decision_changed: "Besluit over {{name}}: van {{from}} naar {{to}}.",
    expectation_added: "Nieuwe verwachting: {{title}}.",
    expectation_removed: "Verwachting vervallen: {{title}}.",
    expectation_rerated:
      "{{title}} wordt nu {{to}} gevonden (was: {{from}}; {{ratings}} beoordelingen).",
    roles_changed: "Rol van de gemeente in de {{sphere}} sfeer gewijzigd.",
    rolesAdded: "Erbij: {{roles}}.",
    rolesRemoved: "Vervallen: {{roles}}.",
    explanationChanged: "De toelichting is herschreven.",
    action_added: "Nieuwe actie: {{title}} ({{status}}, {{budget}}).",
    action_removed: "Actie vervallen: {{title}}.",
    action_status: "{{title}}: van {{from}} naar {{to}}.",
    action_budget: "Budget van {{title}}: van {{from}} naar {{to}}.",
    indicator_added: "Nieuwe indicator: {{name}}.",
    indicator_removed: "Indicator vervallen: {{name}}.",
    indicator_changed: "{{name}}: van {{from}} naar {{to}}.",
    none: "geen",
    noBudget: "geen budget",
    notMeasured: "niet gemeten",
    unplaced: "ongeplaatst",
    notRated: "niet beoordeeld",
    nothing: "Er is niets veranderd.",
  },
};
