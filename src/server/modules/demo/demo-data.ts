/**
 * Demo content for the fictive municipality "Voorbeeldgemeente": areas, inventory items and
 * stakeholders. All names are invented; items describe kinds of roles and places, never residents.
 * CBS codes use the fictive number 9999 so they never collide with real regions.
 */
import type { AreaKind } from "../../../domain/areas.ts";
import type { Carrier, ItemKind } from "../../../domain/items.ts";
import type { Sphere } from "../../../domain/spheres.ts";
import type { DefaultStakeholderGroup } from "../../../domain/stakeholders.ts";
import type { BuiltInTheme } from "../../../domain/themes.ts";

export interface DemoArea {
  key: string;
  name: string;
  kind: AreaKind;
  cbsCode: string | null;
  parentKey: string | null;
}

export interface DemoItem {
  name: string;
  description: string;
  kind: ItemKind;
  sphere: Sphere | null;
  areaKeys: string[];
  themes: BuiltInTheme[];
  carriedBy: Carrier;
  funding: string;
  reach: string;
}

export interface DemoStakeholder {
  displayName: string;
  email: string;
  group: DefaultStakeholderGroup;
}

export const demoAreas: readonly DemoArea[] = [
  { key: "centrum", name: "Centrum", kind: "wijk", cbsCode: "WK999901", parentKey: null },
  { key: "noord", name: "Noord", kind: "wijk", cbsCode: "WK999902", parentKey: null },
  { key: "de-velden", name: "De Velden", kind: "wijk", cbsCode: null, parentKey: null },
  {
    key: "vogelbuurt",
    name: "Vogelbuurt",
    kind: "buurt",
    cbsCode: "BU99990201",
    parentKey: "noord",
  },
  { key: "oosterwolde", name: "Oosterwolde", kind: "dorp", cbsCode: null, parentKey: null },
];

/** Areas that together cover the whole municipality, for items that work everywhere. */
const wholeMunicipality = ["centrum", "noord", "de-velden", "oosterwolde"];

export const demoItems: readonly DemoItem[] = [
  // Persoonlijke sociale basis
  {
    name: "Mantelzorg voor een naaste",
    description:
      "Inwoners die langdurig en onbetaald zorgen voor een zieke partner, ouder, kind of vriend. " +
      "Vaak naast werk en gezin, en lang niet altijd in beeld.",
    kind: "role",
    sphere: "personal",
    areaKeys: [...wholeMunicipality],
    themes: ["informal_care", "elderly", "health"],
    carriedBy: "volunteers",
    funding: "Geen (onbetaald)",
    reach: "naar schatting 1 op de 8 volwassen inwoners",
  },
  {
    name: "Burenhulp bij kleine klussen",
    description:
      "Buren die elkaar uit zichzelf bijspringen: een lamp vervangen, de kliko buiten zetten, " +
      "even een boodschap meenemen. Niet georganiseerd, wel onmisbaar.",
    kind: "network",
    sphere: "personal",
    areaKeys: ["noord", "vogelbuurt"],
    themes: ["meeting", "elderly"],
    carriedBy: "volunteers",
    funding: "Geen",
    reach: "onbekend; in bijna elke straat",
  },
  {
    name: "Taalmaatjes",
    description:
      "Een vrijwilliger oefent een jaar lang wekelijks Nederlands met een nieuwkomer, thuis of " +
      "in de bibliotheek. Koppeling en training komen van het welzijnswerk.",
    kind: "role",
    sphere: "personal",
    areaKeys: ["centrum", "de-velden"],
    themes: ["participation", "meeting"],
    carriedBy: "mixed",
    funding: "Subsidie gemeente (coördinatie)",
    reach: "ca. 35 koppels per jaar",
  },
  {
    name: "Schuldhulpmaatjes",
    description:
      "Getrainde vrijwilligers die huishoudens met geldzorgen helpen hun administratie op orde " +
      "te krijgen en samen de weg naar schuldhulp te vinden.",
    kind: "role",
    sphere: "personal",
    areaKeys: ["noord", "de-velden"],
    themes: ["money_worries"],
    carriedBy: "volunteers",
    funding: "Subsidie gemeente en bijdrage kerken",
    reach: "ca. 25 huishoudens per jaar",
  },
  {
    name: "Appgroep Vogelbuurt",
    description:
      "Een appgroep van straatbewoners om elkaar te waarschuwen, spullen te lenen en te laten " +
      "weten wanneer iemand wel wat hulp kan gebruiken.",
    kind: "network",
    sphere: "personal",
    areaKeys: ["vogelbuurt"],
    themes: ["safety", "meeting"],
    carriedBy: "volunteers",
    funding: "Geen",
    reach: "ca. 120 huishoudens",
  },
  {
    name: "Oppasnetwerk jonge ouders",
    description:
      "Ouders passen om de beurt op elkaars kinderen, zodat iedereen af en toe wat lucht krijgt. " +
      "Wie oppast, spaart punten voor een volgende keer.",
    kind: "network",
    sphere: "personal",
    areaKeys: ["de-velden"],
    themes: ["youth", "meeting"],
    carriedBy: "volunteers",
    funding: "Geen",
    reach: "ca. 18 gezinnen",
  },
  {
    name: "Telefooncirkel ouderen Oosterwolde",
    description:
      "Alleenwonende ouderen bellen elkaar elke ochtend in een vaste volgorde. Neemt iemand niet " +
      "op, dan gaat er een buur of familielid even langs.",
    kind: "network",
    sphere: "personal",
    areaKeys: ["oosterwolde"],
    themes: ["elderly", "loneliness", "safety"],
    carriedBy: "volunteers",
    funding: "Geen",
    reach: "ca. 20 deelnemers",
  },

  // Gemeenschappelijke sociale basis
  {
    name: "Vrijwilligers bij voetbalvereniging VV Oosterwolde",
    description:
      "Trainers, scheidsrechters, kantine- en bestuursvrijwilligers houden de club draaiende. " +
      "Op zaterdag treft half het dorp elkaar langs de lijn.",
    kind: "role",
    sphere: "communal",
    areaKeys: ["oosterwolde"],
    themes: ["youth", "meeting", "health"],
    carriedBy: "volunteers",
    funding: "Contributie leden, sponsoring en kantine",
    reach: "ca. 70 vrijwilligers voor 380 leden",
  },
  {
    name: "Zwerfvuilrapers De Velden",
    description:
      "Bewoners die eens per maand met grijpers en vuilniszakken door de wijk lopen. De gemeente " +
      "levert het materiaal en haalt de volle zakken op.",
    kind: "activity",
    sphere: "communal",
    areaKeys: ["de-velden"],
    themes: ["participation", "meeting"],
    carriedBy: "volunteers",
    funding: "Materiaal van de gemeente",
    reach: "ca. 15 vaste rapers per keer",
  },
  {
    name: "Inloopochtend in de Ontmoetingskerk",
    description:
      "Elke dinsdagochtend staat de koffie klaar in de kerk aan het plein. Iedereen is welkom, " +
      "gelovig of niet; soms volgt een doorverwijzing naar hulp.",
    kind: "activity",
    sphere: "communal",
    areaKeys: ["centrum"],
    themes: ["loneliness", "meeting"],
    carriedBy: "volunteers",
    funding: "Eigen middelen geloofsgemeenschap",
    reach: "ca. 30 bezoekers per week",
  },
  {
    name: "Zelfhulpgroep omgaan met somberheid",
    description:
      "Lotgenoten die om de week samenkomen om ervaringen te delen. Een ervaren deelnemer leidt " +
      "de avond; een sociaal werker hielp bij de start.",
    kind: "network",
    sphere: "communal",
    areaKeys: ["centrum"],
    themes: ["health", "loneliness"],
    carriedBy: "mixed",
    funding: "Kleine subsidie gemeente",
    reach: "ca. 10 deelnemers per bijeenkomst",
  },
  {
    name: "Buurtvaders en -moeders Noord",
    description:
      "Ouders uit de wijk die 's avonds op straat aanspreekbaar zijn voor jongeren en contact " +
      "leggen met andere ouders. Ze trekken op met jongerenwerk en wijkagent.",
    kind: "network",
    sphere: "communal",
    areaKeys: ["noord", "vogelbuurt"],
    themes: ["youth", "safety"],
    carriedBy: "volunteers",
    funding: "Subsidie gemeente (leefbaarheid en veiligheid)",
    reach: "12 vrijwilligers, drie avonden per week",
  },
  {
    name: "Ervaringsdeskundigen armoede",
    description:
      "Inwoners die zelf geldzorgen hebben gekend en die kennis inzetten bij het geldzaken-" +
      "spreekuur en als adviseur van de gemeente. Ze krijgen een vergoeding.",
    kind: "network",
    sphere: "communal",
    areaKeys: ["centrum", "noord"],
    themes: ["money_worries", "participation"],
    carriedBy: "mixed",
    funding: "Vergoeding uit armoedebudget gemeente",
    reach: "8 ervaringsdeskundigen",
  },
  {
    name: "Buurthuis De Schakel",
    description:
      "Buurthuis beheerd door een bewonersvereniging, met clubs, spreekuren en op vrijdag een " +
      "betaalbare maaltijd. De gemeente betaalt de huur van het pand.",
    kind: "place",
    sphere: "communal",
    areaKeys: ["noord"],
    themes: ["meeting", "loneliness", "participation"],
    carriedBy: "mixed",
    funding: "Huursubsidie gemeente en zaalverhuur",
    reach: "ca. 400 bezoeken per week",
  },

  // Institutionele sociale basis
  {
    name: "Opbouwwerker Welzijn Voorbeeld",
    description:
      "Betaalde professional die bewoners helpt hun ideeën voor de buurt van de grond te krijgen " +
      "en initiatieven met elkaar en met de gemeente verbindt.",
    kind: "role",
    sphere: "institutional",
    areaKeys: ["noord", "de-velden"],
    themes: ["participation", "meeting"],
    carriedBy: "professionals",
    funding: "Wmo-budget welzijn",
    reach: "2,5 fte voor de hele gemeente",
  },
  {
    name: "Jongeren- en kinderwerk",
    description:
      "Jongerenwerkers zoeken jongeren op straat en online op; kinderwerkers organiseren na " +
      "schooltijd activiteiten op pleinen. Laagdrempelig, maar betaald werk.",
    kind: "role",
    sphere: "institutional",
    areaKeys: ["noord", "de-velden"],
    themes: ["youth", "safety", "participation"],
    carriedBy: "professionals",
    funding: "Wmo-budget welzijn",
    reach: "ca. 250 jongeren en 150 kinderen per jaar",
  },
  {
    name: "Bibliotheek Centrum",
    description:
      "Openbare bibliotheek met leesclubs, hulp bij digitale zaken en een wekelijks geldzaken-" +
      "spreekuur. Inwoners lopen er zonder afspraak binnen.",
    kind: "place",
    sphere: "institutional",
    areaKeys: ["centrum"],
    themes: ["participation", "money_worries", "meeting"],
    carriedBy: "mixed",
    funding: "Subsidie gemeente en lidmaatschappen",
    reach: "ca. 2.000 bezoeken per week",
  },
  {
    name: "Vrijwilligerssteunpunt",
    description:
      "Brengt vraag en aanbod van vrijwilligerswerk bij elkaar en helpt verenigingen met " +
      "werving, scholing en verzekering van hun vrijwilligers.",
    kind: "organisation",
    sphere: "institutional",
    areaKeys: [...wholeMunicipality],
    themes: ["participation"],
    carriedBy: "professionals",
    funding: "Wmo-budget welzijn",
    reach: "ca. 90 aangesloten organisaties",
  },
  {
    name: "Mantelzorgondersteuning",
    description:
      "Consulenten die mantelzorgers advies, een luisterend oor en respijt bieden. Vervanging " +
      "thuis voor langere tijd loopt soms via een Wmo-indicatie.",
    kind: "organisation",
    sphere: "institutional",
    areaKeys: [...wholeMunicipality],
    themes: ["informal_care", "elderly", "health"],
    carriedBy: "professionals",
    funding: "Wmo-budget welzijn",
    reach: "ca. 600 ingeschreven mantelzorgers",
  },
  {
    name: "Jeugdgezondheidszorg (consultatiebureau)",
    description:
      "Jeugdartsen en -verpleegkundigen volgen groei en ontwikkeling van kinderen tot 18 jaar. " +
      "Elk gezin wordt uitgenodigd; het is een wettelijke taak.",
    kind: "organisation",
    sphere: "institutional",
    areaKeys: ["centrum", "oosterwolde"],
    themes: ["youth", "health"],
    carriedBy: "professionals",
    funding: "Budget publieke gezondheid gemeente",
    reach: "vrijwel alle gezinnen met jonge kinderen",
  },
  {
    name: "Kinderopvang Het Speelkwartier",
    description:
      "Commerciële dagopvang en buitenschoolse opvang. Medewerkers zien dagelijks veel gezinnen " +
      "en merken vaak als eersten dat het thuis niet goed gaat.",
    kind: "organisation",
    sphere: "institutional",
    areaKeys: ["de-velden"],
    themes: ["youth"],
    carriedBy: "professionals",
    funding: "Ouderbijdragen en kinderopvangtoeslag",
    reach: "ca. 140 kinderen",
  },

  // Nog niet geplaatst: bewust twijfelgevallen
  {
    name: "Woonconsulent van de woningcorporatie",
    description:
      "Medewerker van corporatie Thuis Voorbeeld die huurders bezoekt bij overlast, " +
      "huurachterstand of vereenzaming. Alleen voor huurders van de corporatie.",
    kind: "role",
    sphere: null,
    areaKeys: ["noord", "vogelbuurt"],
    themes: ["housing", "money_worries", "safety"],
    carriedBy: "professionals",
    funding: "Huurinkomsten corporatie",
    reach: "ca. 3.500 huurwoningen",
  },
  {
    name: "Praktijkondersteuner huisarts",
    description:
      "De POH van de huisartsenpraktijk spreekt patiënten met psychische of sociale klachten en " +
      "verwijst soms naar een activiteit in de wijk in plaats van naar zorg.",
    kind: "role",
    sphere: null,
    areaKeys: ["centrum"],
    themes: ["health", "loneliness"],
    carriedBy: "professionals",
    funding: "Zorgverzekering",
    reach: "ca. 6.000 ingeschreven patiënten",
  },
  {
    name: "Basisschool De Regenboog",
    description:
      "School met een plein dat na schooltijd open blijft en een ouderkamer. Leerkrachten zien " +
      "vaak als eersten dat een gezin het zwaar heeft.",
    kind: "organisation",
    sphere: null,
    areaKeys: ["de-velden"],
    themes: ["youth", "meeting"],
    carriedBy: "professionals",
    funding: "Rijksbekostiging onderwijs",
    reach: "ca. 320 leerlingen",
  },
];

export const demoStakeholders: readonly DemoStakeholder[] = [
  {
    displayName: "Beleidsadviseur gemeente (demo)",
    email: "gemeente@demo.sociale-basis.invalid",
    group: "municipality",
  },
  {
    displayName: "Opbouwwerker Welzijn Voorbeeld (demo)",
    email: "welzijn@demo.sociale-basis.invalid",
    group: "welfare",
  },
  {
    displayName: "Bewoner Noord (demo)",
    email: "bewoner.noord@demo.sociale-basis.invalid",
    group: "residents",
  },
  {
    displayName: "Woonconsulent corporatie (demo)",
    email: "corporatie@demo.sociale-basis.invalid",
    group: "housing",
  },
  {
    displayName: "Praktijkondersteuner huisarts (demo)",
    email: "huisarts@demo.sociale-basis.invalid",
    group: "care",
  },
  {
    displayName: "Leerkracht basisschool (demo)",
    email: "school@demo.sociale-basis.invalid",
    group: "education",
  },
  {
    displayName: "Voorzitter sportclub (demo)",
    email: "sportclub@demo.sociale-basis.invalid",
    group: "sport_culture",
  },
  {
    displayName: "Bewoner De Velden (demo)",
    email: "bewoner.develden@demo.sociale-basis.invalid",
    group: "residents",
  },
  // A third resident makes "inwoners" the one group large enough to be shown on its own.
  {
    displayName: "Bewoner Oosterwolde (demo)",
    email: "bewoner.oosterwolde@demo.sociale-basis.invalid",
    group: "residents",
  },
];
