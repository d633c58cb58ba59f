/**
 * Demo content for expectations: which items the national sources lean on in Voorbeeldgemeente,
 * one local expectation, a few decisions, and how the fictive stakeholders rate realism — so the
 * Verwachtingen page shows load warnings that follow from the data.
 */
import type { Decision } from "../../../domain/delimitation.schemas.ts";
import type {
  Force,
  NationalExpectationKey,
  RealismRating,
} from "../../../domain/expectations/index.ts";
import type { Sphere } from "../../../domain/spheres.ts";
import type { DefaultStakeholderGroup } from "../../../domain/stakeholders.ts";

export const demoNationalLinks: Record<NationalExpectationKey, readonly string[]> = {
  mantelzorgagenda: [
    "Mantelzorg voor een naaste",
    "Burenhulp bij kleine klussen",
    "Mantelzorgondersteuning",
  ],
  geldzorgen: ["Schuldhulpmaatjes", "Ervaringsdeskundigen armoede"],
  jeugd: ["Oppasnetwerk jonge ouders", "Buurtvaders en -moeders Noord", "Jongeren- en kinderwerk"],
  wozo: [
    "Burenhulp bij kleine klussen",
    "Telefooncirkel ouderen Oosterwolde",
    "Mantelzorg voor een naaste",
    "Inloopochtend in de Ontmoetingskerk",
  ],
  gala: [
    "Vrijwilligers bij voetbalvereniging VV Oosterwolde",
    "Zelfhulpgroep omgaan met somberheid",
    "Buurthuis De Schakel",
  ],
  iza: [
    "Burenhulp bij kleine klussen",
    "Mantelzorg voor een naaste",
    "Telefooncirkel ouderen Oosterwolde",
  ],
  wijkverpleging: ["Burenhulp bij kleine klussen", "Praktijkondersteuner huisarts"],
  nplv: ["Vrijwilligers bij voetbalvereniging VV Oosterwolde"],
  "juiste-plek": ["Inloopochtend in de Ontmoetingskerk", "Opbouwwerker Welzijn Voorbeeld"],
};

export const demoLocalExpectation = {
  title: "Samen zorgen in de wijk",
  source: "Coalitieakkoord Voorbeeldgemeente 2026–2030",
  page: "14",
  expects:
    "Buren, vrijwilligers en de kinderopvang vangen in de wijk een deel van de vraag naar ondersteuning op.",
  purpose: "Wachtlijsten bij Wmo en jeugdhulp korter maken en de kosten beheersen.",
  themes: ["participation", "youth", "elderly"],
  forces: ["pyramid_layer"] as Force[],
  relievesFormalCare: true,
  spheres: ["personal"] as Sphere[],
  items: [
    "Burenhulp bij kleine klussen",
    "Taalmaatjes",
    "Kinderopvang Het Speelkwartier",
    "Oppasnetwerk jonge ouders",
  ],
} as const;

/** Decisions the demo group already took. */
export const demoDecisions: readonly { item: string; decision: Decision; reason: string }[] = [
  {
    item: "Kinderopvang Het Speelkwartier",
    decision: "out",
    reason: "Een commerciële dienst met ouderbijdrage; belangrijk, maar geen sociale basis.",
  },
  {
    item: "Burenhulp bij kleine klussen",
    decision: "in",
    reason: "Buren helpen elkaar, zonder indicatie of wachtlijst.",
  },
  {
    item: "Praktijkondersteuner huisarts",
    decision: "out",
    reason: "Formele zorg; wel een belangrijke verwijzer naar de sociale basis.",
  },
];

/**
 * Realism per stakeholder group: the municipality is hopeful, those who carry the work less so.
 * Keys not listed are rated "partly".
 */
export const demoRealism: Partial<
  Record<NationalExpectationKey | "local", Partial<Record<DefaultStakeholderGroup, RealismRating>>>
> = {
  iza: {
    municipality: "realistic",
    welfare: "unrealistic",
    residents: "unrealistic",
    care: "unrealistic",
    sport_culture: "unrealistic",
    housing: "partly",
    education: "unknown",
  },
  local: {
    municipality: "realistic",
    welfare: "unrealistic",
    residents: "unrealistic",
    care: "partly",
    sport_culture: "unrealistic",
    housing: "unrealistic",
  },
  gala: { municipality: "realistic", sport_culture: "realistic", residents: "realistic" },
};

export const demoNeeded: Partial<Record<DefaultStakeholderGroup, string>> = {
  welfare: "Vaste ondersteuning voor vrijwilligers en een opbouwwerker per wijk.",
  residents: "Een plek om elkaar te ontmoeten en iemand die de eerste stap zet.",
};
