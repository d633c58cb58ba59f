import {
  type NationalExpectationKey,
  nationalExpectation,
} from "../../../domain/expectations/index.ts";
import { catalogues, type Language } from "../../../domain/i18n/index.ts";
import { toCsv } from "../../../domain/import/csv.ts";
import { minimumGroupSize } from "../../../domain/scoring/scales.ts";
import type { DelimitationRepository } from "../delimitation/delimitation.repository.ts";
import { neutraliseFormula } from "../imports/spreadsheet.ts";
import type { LiveRepository } from "./live.repository.ts";

/**
 * Every vote of a session, one row per participant and target: participants are numbered, not
 * named, and a stakeholder group with fewer than 3 participants in the session is shown as
 * "other", so nobody can be picked out.
 */
export async function sessionResultsCsv(
  repo: LiveRepository,
  delimitation: DelimitationRepository,
  workspaceId: string,
  sessionId: string,
  language: Language,
): Promise<string> {
  const t = catalogues[language].liveCsv.columns;
  const value = catalogues[language].liveCsv.values;
  const [steps, votes, scores, groups, criteria] = await Promise.all([
    repo.steps(sessionId),
    repo.sessionVotes(sessionId),
    delimitation.allScores(workspaceId, sessionId),
    repo.groups(workspaceId),
    repo.criteriaVersions(workspaceId),
  ]);
  const [items, expectations] = await Promise.all([
    repo.itemsByIds(workspaceId, [...new Set(steps.flatMap((s) => s.itemIds))]),
    repo.expectationsByIds(workspaceId, [...new Set(steps.flatMap((s) => s.expectationIds))]),
  ]);
  const names = new Map<string, string>([
    ...items.map((i): [string, string] => [i.id, i.name]),
    ...expectations.map((e): [string, string] => [
      e.id,
      e.nationalKey ? nationalExpectation(e.nationalKey as NationalExpectationKey).title : e.title,
    ]),
  ]);
  const criterionNames = new Map(
    criteria.map((c) => [c.versionId, c.label ?? c.key.toUpperCase()]),
  );
  const groupName = new Map(
    groups.map((g) => [
      g.id,
      g.name ??
        (catalogues[language].stakeholders as Record<string, string>)[g.key ?? ""] ??
        g.key ??
        "",
    ]),
  );

  const groupOf = new Map<string, string | null>();
  for (const s of scores) groupOf.set(s.scorerId, s.group);
  for (const r of votes.realism) groupOf.set(r.participantId!, r.group);
  const sizes = new Map<string | null, number>();
  for (const group of groupOf.values()) sizes.set(group, (sizes.get(group) ?? 0) + 1);
  const shownGroup = (group: string | null) =>
    group !== null && (sizes.get(group) ?? 0) >= minimumGroupSize
      ? (groupName.get(group) ?? "")
      : t.otherGroup;
  const number = new Map<string, number>();
  const participant = (id: string) => {
    if (!number.has(id)) number.set(id, number.size + 1);
    return `P${number.get(id)}`;
  };

  const rows: string[][] = [];
  for (const step of steps) {
    const base = (who: string, target: string) => [
      String(step.position + 1),
      step.title,
      participant(who),
      shownGroup(groupOf.get(who) ?? null),
      names.get(target) ?? "",
    ];
    for (const s of scores) {
      if (!step.itemIds.includes(s.itemId)) continue;
      if (step.kind === "quick_vote" && s.overall) {
        rows.push([...base(s.scorerId, s.itemId), t.overall, value[s.overall]]);
      }
      if (step.kind === "sphere_placement" && s.sphere) {
        rows.push([...base(s.scorerId, s.itemId), t.sphere, value[s.sphere]]);
      }
      if (step.kind === "score_items") {
        for (const [versionId, answer] of Object.entries(s.answers)) {
          rows.push([
            ...base(s.scorerId, s.itemId),
            criterionNames.get(versionId) ?? "",
            value[answer],
          ]);
        }
      }
    }
    if (step.kind === "expectation_realism") {
      for (const r of votes.realism) {
        if (!step.expectationIds.includes(r.expectationId)) continue;
        rows.push([...base(r.participantId!, r.expectationId), t.realism, value[r.rating]]);
      }
    }
    if (step.kind === "open_question") {
      for (const o of votes.open) {
        if (o.stepId !== step.id || o.status !== "approved") continue;
        rows.push([
          String(step.position + 1),
          step.title,
          participant(o.participantId),
          "",
          step.question,
          t.answer,
          o.text,
        ]);
      }
    }
  }
  const header = [t.step, t.stepTitle, t.participant, t.group, t.target, t.question, t.value];
  return `\uFEFF${toCsv([header, ...rows.map((row) => row.map(neutraliseFormula))], ";")}`;
}
