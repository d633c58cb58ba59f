import type { Answer, Overall } from "../../../domain/scoring/index.ts";
import type { Sphere } from "../../../domain/spheres.ts";
import type { DefaultStakeholderGroup } from "../../../domain/stakeholders.ts";
import type { DemoItem } from "./demo-data.ts";

/** mulberry32: the same demo every time. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const scale: Answer[] = ["no", "partly", "yes"];

/** What a thoughtful person would typically answer for this item on this criterion (0..2). */
function typical(item: DemoItem, key: string): number {
  const name = item.name.toLowerCase();
  const paid = item.carriedBy === "professionals";
  switch (key) {
    case "A":
      return /jeugdgezondheid|praktijkondersteuner|mantelzorgondersteuning|schuldhulp/.test(name)
        ? 1
        : 2;
    case "B":
      return /woonconsulent|basisschool|kinderopvang|zelfhulp/.test(name) ? 1 : 2;
    case "C":
      return /kinderopvang/.test(name)
        ? 0
        : /woonconsulent|praktijkondersteuner/.test(name)
          ? 1
          : 2;
    case "D":
      return item.carriedBy === "volunteers" ? 2 : item.carriedBy === "mixed" ? 1 : 0;
    case "E":
      return item.sphere === "personal" || item.sphere === "communal" ? 2 : paid ? 0 : 1;
    case "F":
      return paid ? 1 : 2;
    case "C1":
      return item.themes.includes("meeting") ? 2 : 1;
    case "C3":
      return item.themes.some((t) => ["loneliness", "money_worries", "safety"].includes(t)) ? 2 : 1;
    default:
      return paid && /kinderopvang/.test(name) ? 1 : 2;
  }
}

/** How each kind of stakeholder leans: professionals' work seen more or less kindly. */
const leaning: Record<DefaultStakeholderGroup, number> = {
  municipality: 0.3,
  welfare: 0.2,
  residents: -0.4,
  housing: 0.3,
  care: 0.4,
  education: 0.1,
  sport_culture: -0.3,
  other: 0,
};

export interface DemoScore {
  answers: Record<string, Answer>;
  overall: Overall;
  sphere: Sphere | null;
}

/**
 * A fictive stakeholder's score of a demo item. Clear-cut items (volunteer-run, in a sphere)
 * get near-unanimous answers; debatable ones (paid, commercial, unplaced) split along the
 * stakeholders' leanings, so the Afbakening page has both agreement and disagreement to show.
 */
export function demoScore(
  item: DemoItem,
  itemIndex: number,
  group: DefaultStakeholderGroup,
  scorerIndex: number,
  criteria: { key: string; versionId: string }[],
): DemoScore {
  const random = prng(itemIndex * 101 + scorerIndex * 7919 + 1);
  const debatable = item.carriedBy !== "volunteers" || item.sphere === null;
  const noise = debatable ? 0.45 : 0.12;
  const answers: Record<string, Answer> = {};
  let total = 0;
  for (const { key, versionId } of criteria) {
    let value = typical(item, key);
    if (item.carriedBy === "professionals" && random() < Math.abs(leaning[group])) {
      value += leaning[group] > 0 ? 1 : -1;
    }
    if (random() < noise) value += random() < 0.5 ? -1 : 1;
    value = Math.max(0, Math.min(2, value));
    const answer: Answer = random() < 0.04 ? "unknown" : (scale[value] as Answer);
    answers[versionId] = answer;
    total += value;
  }
  const mean = total / (2 * criteria.length);
  const overall: Overall = mean > 0.72 ? "rather_yes" : mean < 0.45 ? "rather_not" : "doubt";
  const spheres: Sphere[] = ["personal", "communal", "institutional"];
  const sphere = item.sphere && random() > noise ? item.sphere : spheres[Math.floor(random() * 3)]!;
  return { answers, overall, sphere };
}
