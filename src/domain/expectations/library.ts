import type { Sphere } from "../spheres.ts";
import type { BuiltInTheme } from "../themes.ts";
import type { Force } from "./forces.ts";

/** A summary in our own words, with the pages of the source it rests on (null: none cited). */
export interface SourceSummary {
  nl: string;
  en: string;
  /** Ascending, as cited in policy-expectations.md; null where that file cites no page. */
  pages: readonly number[] | null;
}

/** One national policy source and what it expects of the social base. */
export interface NationalExpectation {
  /** Stable key, the id used in policy-expectations.md. */
  key: NationalExpectationKey;
  /** The title as published, without the annotations in brackets. */
  title: string;
  /** The abbreviation the design file gives in brackets (WOZO, GALA, NPLV); else null. */
  shortTitle: string | null;
  /** Kind of document where the design file names it ("Kamerbrief"); else null. */
  documentType: string | null;
  publisher: string | null;
  /** Year of publication where given; else null. */
  year: number | null;
  /** Policy period where the title carries one ("2023-2026"); else null. */
  period: string | null;
  expects: SourceSummary;
  purpose: SourceSummary;
  themes: readonly BuiltInTheme[];
  /** The spheres it mainly leans on, most leaned on first: our reading, not the source's words. */
  spheres: readonly Sphere[];
  /** Which of the talk's two forces it follows: our reading; a workspace may mark otherwise. */
  forces: readonly Force[];
  /** Its purpose is to relieve formal care (costs, capacity, staff shortage). */
  relievesFormalCare: boolean;
}

export const nationalExpectationKeys = [
  "mantelzorgagenda",
  "geldzorgen",
  "jeugd",
  "wozo",
  "gala",
  "iza",
  "wijkverpleging",
  "nplv",
  "juiste-plek",
] as const;
export type NationalExpectationKey = (typeof nationalExpectationKeys)[number];

const noAnnotations = {
  shortTitle: null,
  documentType: null,
  publisher: null,
  year: null,
  period: null,
} as const;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The built-in library: the nine national sources of the talk's slide "Realistische
 * verwachtingen?", in the order of policy-expectations.md. Titles and pages follow that file
 * exactly; the summaries are ours.
 */
export const nationalExpectations: readonly NationalExpectation[] = deepFreeze([
  {
    ...noAnnotations,
    key: "mantelzorgagenda",
    title: "Mantelzorgagenda 2023-2026",
    period: "2023-2026",
    expects: {
      nl: "Het kabinet wil dat de sociale basis sterker wordt.",
      en: "The cabinet wants the social base to grow stronger.",
      pages: [5],
    },
    purpose: {
      nl: "Zorg en ondersteuning moeten ook in 2040 nog gegarandeerd zijn.",
      en: "Care and support must still be guaranteed in 2040.",
      pages: [5],
    },
    themes: ["informal_care"],
    spheres: ["personal"],
    forces: ["pyramid_layer"],
    relievesFormalCare: true,
  },
  {
    ...noAnnotations,
    key: "geldzorgen",
    title: "Aanpak geldzorgen, armoede en schulden",
    documentType: "Kamerbrief",
    expects: {
      nl:
        "Geldzorgen vroeg opmerken, erover in gesprek gaan en mensen helpen of doorverwijzen, " +
        "dicht bij hen en op plekken waar ze toch al komen en vertrouwen hebben: werkgevers, " +
        "scholen, sportclubs, huisartsen, bibliotheken, buurthuizen, gebedshuizen en de " +
        "geboortezorg. Ervaringsdeskundigen, vrijwilligers en sleutelfiguren zijn daarbij " +
        "onmisbaar.",
      en:
        "Notice money worries early, talk about them and help or refer people close to home, " +
        "in places they visit anyway and trust: employers, schools, sports clubs, GPs, " +
        "libraries, community centres, houses of worship and maternity care. Experts by " +
        "experience, volunteers and key figures are indispensable here.",
      pages: [11],
    },
    purpose: {
      nl: "Wie geldzorgen voorkomt, bespaart mensen en samenleving veel sociaal en financieel leed.",
      en: "Preventing money worries spares people and society much social and financial hardship.",
      pages: [12],
    },
    themes: ["money_worries"],
    spheres: ["institutional", "communal"],
    forces: ["pyramid_layer"],
    relievesFormalCare: false,
  },
  {
    ...noAnnotations,
    key: "jeugd",
    title: "Hervormingsagenda Jeugd 2023-2028",
    period: "2023-2028",
    expects: {
      nl:
        "Hulp aan jongeren komt zo veel mogelijk uit hun eigen netwerk en dagelijkse omgeving " +
        "(ouders, familie, vrienden, buren, sportcoaches, leerkrachten, kinderopvang, kinder- " +
        "en jongerenwerk, jeugdgezondheidszorg, informele steunfiguren); deskundigen vullen " +
        "alleen aan waar dat nodig is. Gezinnen pakken vragen zelf op in hun sociale omgeving " +
        "en vinden anders makkelijk een antwoord. Een gedeeld begrip van 'gebruikelijke zorg' " +
        "en 'eigen kracht' moet afbakenen hoe ver de jeugdhulpplicht reikt.",
      en:
        "Help for young people comes as far as possible from their own network and daily " +
        "surroundings (parents, family, friends, neighbours, sports coaches, teachers, " +
        "childcare, child and youth work, youth health care, informal supporters); experts " +
        "step in only where needed. Families take up questions themselves in their social " +
        "setting and otherwise find an answer easily. A shared understanding of 'usual care' " +
        "and 'own strength' should mark how far the duty to provide youth care reaches.",
      pages: [8, 18, 20],
    },
    purpose: {
      nl:
        "Met weinig mensen en geld scherp kiezen wie professionele jeugdhulp krijgt, de " +
        "jeugdzorg toegankelijk, goed en betaalbaar houden en met afspraken over sectoren " +
        "heen het beroep op jeugdzorg verlagen.",
      en:
        "With few people and little money, choose sharply who gets professional youth care, " +
        "keep youth care accessible, good and affordable, and lower the demand for it through " +
        "agreements across sectors.",
      pages: [11, 15, 19],
    },
    themes: ["youth"],
    spheres: ["personal", "institutional"],
    forces: ["pyramid_layer"],
    relievesFormalCare: true,
  },
  {
    ...noAnnotations,
    key: "wozo",
    title: "Programma Wonen, Ondersteuning en Zorg voor Ouderen",
    shortTitle: "WOZO",
    expects: {
      nl:
        "Niet elke hulpvraag krijgt zorg: ouderen worden geholpen zelfstandig te blijven. " +
        "Gemeenten maken het omzien naar elkaar in de wijk mogelijk met een breed, " +
        "laagdrempelig en vindbaar aanbod dichtbij; een sterke sociale basis houdt ouderen " +
        "vitaal en gezond. Ouderen hebben een netwerk om op terug te vallen, op tijd en met " +
        "steun opgebouwd, wat veerkracht en levensgeluk geeft en eenzaamheid vermindert. Wonen " +
        "en zorg worden stap voor stap gescheiden.",
      en:
        "Not every request for help is met with care: older people are helped to stay " +
        "independent. Municipalities enable neighbours to look out for each other through a " +
        "broad, low-threshold and easy-to-find local offer; a strong social base keeps older " +
        "people vital and healthy. Older people have a network to fall back on, built in time " +
        "and with support, which brings resilience and happiness and less loneliness. Housing " +
        "and care are separated step by step.",
      pages: [7, 22, 40, 59],
    },
    purpose: {
      nl:
        "Met reablement de zelfredzaamheid vergroten, zodat zorgvragen kleiner worden of " +
        "uitblijven, en verpleeghuisplekken vrijhouden voor de steeds zwaardere zorgvraag.",
      en:
        "Use reablement to increase self-reliance so that care needs shrink or never arise, " +
        "and keep nursing-home places free for ever heavier care needs.",
      pages: [23, 59],
    },
    themes: ["elderly", "health", "loneliness", "participation", "housing"],
    spheres: ["personal", "communal"],
    forces: ["valuable_in_itself", "pyramid_layer"],
    relievesFormalCare: true,
  },
  {
    ...noAnnotations,
    key: "gala",
    title: "Gezond en Actief Leven Akkoord",
    shortTitle: "GALA",
    expects: {
      nl:
        "Het gewone leven, weerbaarheid en gezondheidsvaardigheden versterken en minder " +
        "medicaliseren. Betrokken bewoners, vrijwilligers en mantelzorgers zijn onmisbaar; " +
        "informele zorg moet sterker worden, beter ondersteund en meer gewaardeerd. Een sterke " +
        "sociale basis organiseren waarin mensen naar elkaar omzien.",
      en:
        "Strengthen ordinary life, resilience and health skills, and medicalise less. Involved " +
        "residents, volunteers and informal carers are indispensable; informal care must be " +
        "strengthened, better supported and more valued. Organise a strong social base in " +
        "which people look out for each other.",
      pages: [5, 18, 19],
    },
    purpose: {
      nl:
        "Gemeenschap en samenhang in dorp, wijk en stad. Met preventie, naar elkaar omzien en " +
        "lichte steun een deel van de gespecialiseerde zorg overbodig maken, verminderen of " +
        "vervangen. In een hechte buurt is het makkelijker elkaar te treffen en om hulp te " +
        "vragen, en lossen mensen vragen die niet direct over zorg gaan samen op.",
      en:
        "Community and cohesion in villages, neighbourhoods and towns. Through prevention, " +
        "looking out for each other and light support, make part of specialised care " +
        "unnecessary, reduce it or replace it. In a close-knit neighbourhood it is easier to " +
        "meet and to ask for help, and people solve questions not directly about care together.",
      pages: [18, 19],
    },
    themes: ["health", "informal_care", "meeting"],
    spheres: ["personal", "communal"],
    forces: ["valuable_in_itself", "pyramid_layer"],
    relievesFormalCare: true,
  },
  {
    ...noAnnotations,
    key: "iza",
    title: "Integraal Zorgakkoord: Samen werken aan gezonde zorg",
    expects: {
      nl:
        "De zorg wordt alleen samen toekomstbestendig. Preventie en ondersteuning in de wijk, " +
        "ook door de sociale omgeving en zelfredzaamheid te versterken, houden mensen gezond " +
        "en maken zorgvragen kleiner of overbodig. Zelfzorg en informele zorg komen eerst, " +
        "formele zorg pas als dat niet volstaat. Bij een hulpvraag kijken naar ieders " +
        "mogelijkheden, met naasten, professionals, de wijk en online gemeenschappen, dicht " +
        "bij de huisarts.",
      en:
        "Care only becomes future-proof if everyone works together. Prevention and support in " +
        "the neighbourhood, including a stronger social environment and self-reliance, keep " +
        "people healthy and make care needs smaller or unnecessary. Self-care and informal " +
        "care come first, formal care only when that is not enough. With a request for help, " +
        "look at each person's possibilities with relatives, professionals, the neighbourhood " +
        "and online communities, close to the GP.",
      pages: [5, 6, 9, 70],
    },
    purpose: {
      nl:
        "Zorg die toekomstbestendig is; zorgvragen voorkomen of lichter maken; de groeiende " +
        "zorgvraag laten passen bij de beschikbare mensen en middelen, want passende zorg " +
        "spaart arbeid.",
      en:
        "Future-proof care; prevent care needs or make them lighter; fit growing care demand " +
        "to the people and money available, since appropriate care saves labour.",
      pages: [5, 6, 9],
    },
    themes: ["health", "informal_care"],
    spheres: ["personal", "institutional"],
    forces: ["pyramid_layer"],
    relievesFormalCare: true,
  },
  {
    ...noAnnotations,
    key: "wijkverpleging",
    title: "Verdelen van schaarste in de wijkverpleging",
    publisher: "Zorginstituut Nederland",
    expects: {
      nl:
        "Zorgtaken van wijkverpleegkundigen, verpleegkundigen en verzorgenden gaan naar " +
        "helpenden (mbo-niveau 2) en waar het kan naar mantelzorgers en andere informele " +
        "zorgverleners, al dan niet betaald uit een pgb; vooral langdurige, lichte zorg. " +
        "Passende zorg begint bij zelfzorg en informele zorg.",
      en:
        "Care tasks move from district nurses, nurses and carers to helpers (secondary " +
        "vocational level 2) and, where possible, to informal carers, paid from a personal " +
        "budget or not; long-term, low-intensity care above all. Appropriate care starts with " +
        "self-care and informal care.",
      pages: [6, 13, 15, 46],
    },
    purpose: {
      nl: "De wijkverpleging nu en later toegankelijk en van goede kwaliteit houden.",
      en: "Keep district nursing accessible and of good quality, now and later.",
      pages: null,
    },
    themes: ["health", "informal_care"],
    spheres: ["personal"],
    forces: ["pyramid_layer"],
    relievesFormalCare: true,
  },
  {
    ...noAnnotations,
    key: "nplv",
    title: "Nationaal Programma Leefbaarheid en Veiligheid",
    shortTitle: "NPLV",
    expects: {
      nl:
        "Extra inzet voor veiligheid en tegen criminaliteit, onder meer van leraren, " +
        "jongerenwerk, jeugdzorg, lokale ondernemers en werkgevers, en geregeld overleg in een " +
        "alliantie van woningcorporaties, scholen, werkgevers, politie, OM, zorgverzekeraars, " +
        "GGD, welzijnsorganisaties en vertegenwoordigers van bewoners.",
      en:
        "Extra effort for safety and against crime from, among others, teachers, youth work, " +
        "youth care, local businesses and employers, and regular meetings of an alliance of " +
        "housing corporations, schools, employers, police, public prosecution, health " +
        "insurers, public health services, welfare organisations and residents' " +
        "representatives.",
      pages: [36, 41],
    },
    purpose: {
      nl: "Meer veiligheid, en een groter gevoel van veiligheid, in de focusgebieden.",
      en: "More safety, and a greater sense of safety, in the focus areas.",
      pages: [36],
    },
    themes: ["safety"],
    spheres: ["institutional"],
    forces: ["valuable_in_itself"],
    relievesFormalCare: false,
  },
  {
    ...noAnnotations,
    key: "juiste-plek",
    title: "De juiste zorg op de juiste plek",
    year: 2018,
    expects: {
      nl:
        "Het sociale systeem, de woonomgeving en de wijk dragen het functioneren van mensen " +
        "mee. Wie actief met gezondheid en welzijn bezig is, probeert zorg te voorkomen, " +
        "benut het eigen netwerk en vindt op tijd een professional. Buiten het ziekenhuis " +
        "lukt het beter sociale netwerken in te schakelen, en taken kunnen aan anderen worden " +
        "overgelaten zodra een professional weet dat die ervoor zijn opgeleid.",
      en:
        "The social system, the living environment and the neighbourhood help carry how " +
        "people function. People who actively look after their health and well-being try to " +
        "prevent care, use their own network and find a professional in time. Outside the " +
        "hospital it is easier to involve social networks, and tasks can be left to others " +
        "once a professional knows they have been trained for them.",
      pages: [10, 17, 34],
    },
    purpose: {
      nl:
        "De zorg toegankelijk, betaalbaar en goed houden; zonder koerswijziging dreigde in " +
        "2022 een tekort van 100.000 tot 125.000 zorgmedewerkers.",
      en:
        "Keep care accessible, affordable and of high quality; without a change of course, a " +
        "shortage of 100,000 to 125,000 care workers loomed by 2022.",
      pages: [14, 35],
    },
    themes: ["health"],
    spheres: ["personal"],
    forces: ["pyramid_layer"],
    relievesFormalCare: true,
  },
] satisfies NationalExpectation[]);

const byKey = new Map(nationalExpectations.map((e) => [e.key, e]));

export function nationalExpectation(key: NationalExpectationKey): NationalExpectation {
  return byKey.get(key)!;
}

/** The library filtered by theme, in library order; null: no filter. */
export function nationalExpectationsWithTheme(
  theme: BuiltInTheme | null,
): readonly NationalExpectation[] {
  if (theme === null) return nationalExpectations;
  return nationalExpectations.filter((e) => e.themes.includes(theme));
}

/** Pages of the expectation and its purpose together, ascending and without repeats. */
export function pagesCited(expectation: NationalExpectation): number[] {
  const pages = new Set([
    ...(expectation.expects.pages ?? []),
    ...(expectation.purpose.pages ?? []),
  ]);
  return [...pages].sort((a, b) => a - b);
}
