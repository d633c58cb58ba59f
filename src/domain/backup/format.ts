import { z } from "zod";
import { areaKinds } from "../areas.ts";
import { criterionSets } from "../criteria.ts";
import { decisionValues } from "../delimitation.schemas.ts";
import { realismRatings } from "../expectations/realism.ts";
import { carriers, itemKinds } from "../items.ts";
import { answers, overalls } from "../scoring/scales.ts";
import { spheres } from "../spheres.ts";
import { actionStatuses } from "../strengthening/plan.ts";
import { themeSchema } from "../theme/schema.ts";

/**
 * The backup file of one workspace: documented in docs/backup-format.md. Bump
 * `backupFormatVersion` with every change a reader of the previous version would misread, and
 * teach `upgradeBackup` (server) to read the older versions.
 */
export const backupFormatName = "sociale-basis-backup";
export const backupFormatVersion = 1;

const id = z.uuid();
/** A timestamp with microseconds, as PostgreSQL keeps it: 2026-11-29T14:03:07.123456Z. */
const timestamp = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$/);
const personRef = z.string().regex(/^p\d+$/);
const sphere = z.enum(spheres);

const workspaceRole = z.enum(["owner", "editor", "member", "viewer"]);

export const backupDataSchema = z.strictObject({
  workspace: z.strictObject({
    id,
    slug: z.string().min(1).max(100),
    name: z.string().min(1),
    outcomeLower: z.number().min(0).max(1),
    outcomeUpper: z.number().min(0).max(1),
    createdAt: timestamp,
    /** The workspace's theme (decision 010); absent or null is the default theme. */
    theme: themeSchema.nullable().optional(),
  }),
  /**
   * Everyone the workspace refers to (members, and former members who scored, decided or
   * edited), by a reference local to this file. No password, no login session.
   */
  people: z.array(
    z.strictObject({
      ref: personRef,
      email: z.string().min(3),
      displayName: z.string(),
      membership: z
        .strictObject({
          role: workspaceRole,
          stakeholderGroupId: id.nullable(),
          joinedAt: timestamp,
        })
        .nullable(),
    }),
  ),
  stakeholderGroups: z.array(
    z.strictObject({
      id,
      key: z.string().nullable(),
      name: z.string().nullable(),
      position: z.number().int(),
    }),
  ),
  areas: z.array(
    z.strictObject({
      id,
      name: z.string(),
      kind: z.enum(areaKinds),
      cbsCode: z.string().nullable(),
      parentId: id.nullable(),
      createdAt: timestamp,
    }),
  ),
  items: z.array(
    z.strictObject({
      id,
      name: z.string(),
      description: z.string(),
      kind: z.enum(itemKinds),
      sphere: sphere.nullable(),
      themes: z.array(z.string()),
      carriedBy: z.enum(carriers),
      funding: z.string(),
      reach: z.string(),
      archivedAt: timestamp.nullable(),
      createdAt: timestamp,
      updatedAt: timestamp,
      createdBy: personRef.nullable(),
      updatedBy: personRef.nullable(),
      areaIds: z.array(id),
    }),
  ),
  itemChanges: z.array(
    z.strictObject({
      id,
      itemId: id,
      at: timestamp,
      by: personRef.nullable(),
      action: z.enum(["created", "updated", "archived", "restored", "moved", "imported"]),
      changes: z.record(z.string(), z.strictObject({ from: z.unknown(), to: z.unknown() })),
    }),
  ),
  criteria: z.array(
    z.strictObject({
      id,
      key: z.string(),
      set: z.enum(criterionSets),
      label: z.string().nullable(),
      explanation: z.string().nullable(),
      weight: z.number().int(),
      enabled: z.boolean(),
      position: z.number().int(),
      version: z.number().int(),
      currentVersionId: id.nullable(),
      createdAt: timestamp,
    }),
  ),
  criterionVersions: z.array(
    z.strictObject({
      id,
      criterionId: id,
      version: z.number().int(),
      label: z.string().nullable(),
      explanation: z.string().nullable(),
      createdAt: timestamp,
      createdBy: personRef.nullable(),
    }),
  ),
  liveSessions: z.array(
    z.strictObject({
      id,
      title: z.string(),
      date: z.string(),
      code: z.string(),
      status: z.enum(["planned", "running", "ended"]),
      currentStepId: id.nullable(),
      createdBy: personRef.nullable(),
      createdAt: timestamp,
    }),
  ),
  liveSteps: z.array(
    z.strictObject({
      id,
      sessionId: id,
      position: z.number().int(),
      kind: z.enum([
        "score_items",
        "quick_vote",
        "sphere_placement",
        "expectation_realism",
        "open_question",
        "discuss",
      ]),
      title: z.string(),
      notes: z.string(),
      minutes: z.number().int(),
      question: z.string(),
      itemIds: z.array(id),
      expectationIds: z.array(id),
      state: z.enum(["pending", "open", "closed", "revealed"]),
    }),
  ),
  /** Anonymous: a stakeholder group and the nickname they typed; not their join token. */
  liveParticipants: z.array(
    z.strictObject({
      id,
      sessionId: id,
      stakeholderGroupId: id.nullable(),
      nickname: z.string(),
      joinedAt: timestamp,
    }),
  ),
  liveOpenAnswers: z.array(
    z.strictObject({
      id,
      sessionId: id,
      stepId: id,
      participantId: id,
      text: z.string(),
      status: z.enum(["pending", "approved", "hidden"]),
      createdAt: timestamp,
    }),
  ),
  scores: z.array(
    z.strictObject({
      id,
      itemId: id,
      /** A member's score; null for a session participant's. */
      scorer: personRef.nullable(),
      participantId: id.nullable(),
      sessionId: id.nullable(),
      stakeholderGroupId: id.nullable(),
      overall: z.enum(overalls).nullable(),
      sphere: sphere.nullable(),
      comment: z.string(),
      createdAt: timestamp,
      updatedAt: timestamp,
      /** Criterion version id → answer. */
      answers: z.record(id, z.enum(answers)),
    }),
  ),
  decisions: z.array(
    z.strictObject({
      id,
      itemId: id,
      decision: z.enum(decisionValues),
      reason: z.string(),
      decidedBy: personRef.nullable(),
      decidedAt: timestamp,
    }),
  ),
  expectations: z.array(
    z.strictObject({
      id,
      nationalKey: z.string().nullable(),
      title: z.string(),
      source: z.string(),
      page: z.string(),
      expects: z.string(),
      purpose: z.string(),
      themes: z.array(z.string()),
      forces: z.array(z.string()),
      relievesFormalCare: z.boolean(),
      spheres: z.array(sphere),
      createdAt: timestamp,
      createdBy: personRef.nullable(),
      updatedAt: timestamp,
      itemIds: z.array(id),
    }),
  ),
  realismRatings: z.array(
    z.strictObject({
      id,
      expectationId: id,
      rater: personRef.nullable(),
      participantId: id.nullable(),
      sessionId: id.nullable(),
      stakeholderGroupId: id.nullable(),
      rating: z.enum(realismRatings),
      needed: z.string(),
      updatedAt: timestamp,
    }),
  ),
  sphereRoles: z.array(
    z.strictObject({
      sphere,
      roles: z.array(z.string()),
      explanation: z.string(),
      updatedAt: timestamp,
    }),
  ),
  actions: z.array(
    z.strictObject({
      id,
      title: z.string(),
      description: z.string(),
      spheres: z.array(sphere),
      owner: z.string(),
      budget: z.number().int().nullable(),
      fromMonth: z.string().nullable(),
      untilMonth: z.string().nullable(),
      status: z.enum(actionStatuses),
      createdAt: timestamp,
      updatedAt: timestamp,
      itemIds: z.array(id),
      expectationIds: z.array(id),
      indicatorIds: z.array(id),
    }),
  ),
  indicators: z.array(
    z.strictObject({
      id,
      name: z.string(),
      unit: z.string(),
      direction: z.enum(["higher_is_better", "lower_is_better"]),
      source: z.string(),
      libraryKey: z.string().nullable(),
      createdAt: timestamp,
      measurements: z.array(
        z.strictObject({
          id,
          date: z.string(),
          value: z.number(),
          note: z.string(),
          createdAt: timestamp,
        }),
      ),
    }),
  ),
  snapshots: z.array(
    z.strictObject({
      id,
      label: z.string(),
      takenAt: timestamp,
      takenBy: personRef.nullable(),
      content: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type BackupData = z.infer<typeof backupDataSchema>;

/** The envelope: what the file is, its version, and a checksum of `data` against damage. */
export const backupEnvelopeSchema = z.object({
  format: z.literal(backupFormatName),
  formatVersion: z.number().int().min(1),
  createdAt: z.string(),
  appVersion: z.string(),
  /** "sha256:" + the hex SHA-256 of JSON.stringify(data). */
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  data: z.unknown(),
});
export type BackupEnvelope = z.infer<typeof backupEnvelopeSchema>;

/** What a backup counts, for the CLI's report and the docs. */
export function backupCounts(data: BackupData) {
  return {
    items: data.items.length,
    areas: data.areas.length,
    people: data.people.length,
    members: data.people.filter((p) => p.membership).length,
    scores: data.scores.length,
    decisions: data.decisions.length,
    expectations: data.expectations.length,
    sessions: data.liveSessions.length,
    actions: data.actions.length,
    indicators: data.indicators.length,
    snapshots: data.snapshots.length,
  };
}

/**
 * Everything a backup refers to must be in the backup itself: a score's item and criterion
 * versions, a step's session, a rating's expectation, and so on. Returns what is missing (at
 * most `limit` problems); an empty list means every reference resolves.
 */
export function backupReferenceProblems(data: BackupData, limit = 5): string[] {
  const problems: string[] = [];
  const ids = <T extends { id: string }>(rows: readonly T[]) => new Set(rows.map((r) => r.id));
  const people = new Set(data.people.map((p) => p.ref));
  const groups = ids(data.stakeholderGroups);
  const areas = ids(data.areas);
  const items = ids(data.items);
  const criteria = ids(data.criteria);
  const versions = ids(data.criterionVersions);
  const sessions = ids(data.liveSessions);
  const steps = ids(data.liveSteps);
  const participants = ids(data.liveParticipants);
  const expectations = ids(data.expectations);
  const indicators = ids(data.indicators);
  const check = (set: Set<string>, id: string | null, what: string) => {
    if (id !== null && !set.has(id) && problems.length < limit) problems.push(`${what} ${id}`);
  };

  for (const p of data.people) check(groups, p.membership?.stakeholderGroupId ?? null, "group");
  for (const a of data.areas) check(areas, a.parentId, "area");
  for (const i of data.items) {
    check(people, i.createdBy, "person");
    check(people, i.updatedBy, "person");
    for (const area of i.areaIds) check(areas, area, "area");
  }
  for (const c of data.itemChanges) {
    check(items, c.itemId, "item");
    check(people, c.by, "person");
  }
  for (const c of data.criteria) check(versions, c.currentVersionId, "criterion version");
  for (const v of data.criterionVersions) {
    check(criteria, v.criterionId, "criterion");
    check(people, v.createdBy, "person");
  }
  for (const s of data.liveSessions) check(people, s.createdBy, "person");
  for (const s of data.liveSteps) check(sessions, s.sessionId, "session");
  for (const p of data.liveParticipants) {
    check(sessions, p.sessionId, "session");
    check(groups, p.stakeholderGroupId, "group");
  }
  for (const a of data.liveOpenAnswers) {
    check(sessions, a.sessionId, "session");
    check(steps, a.stepId, "step");
    check(participants, a.participantId, "participant");
  }
  for (const s of data.scores) {
    check(items, s.itemId, "item");
    check(people, s.scorer, "person");
    check(participants, s.participantId, "participant");
    check(sessions, s.sessionId, "session");
    check(groups, s.stakeholderGroupId, "group");
    for (const version of Object.keys(s.answers)) check(versions, version, "criterion version");
  }
  for (const d of data.decisions) {
    check(items, d.itemId, "item");
    check(people, d.decidedBy, "person");
  }
  for (const e of data.expectations) {
    check(people, e.createdBy, "person");
    for (const item of e.itemIds) check(items, item, "item");
  }
  for (const r of data.realismRatings) {
    check(expectations, r.expectationId, "expectation");
    check(people, r.rater, "person");
    check(participants, r.participantId, "participant");
    check(sessions, r.sessionId, "session");
    check(groups, r.stakeholderGroupId, "group");
  }
  for (const a of data.actions) {
    for (const item of a.itemIds) check(items, item, "item");
    for (const expectation of a.expectationIds) check(expectations, expectation, "expectation");
    for (const indicator of a.indicatorIds) check(indicators, indicator, "indicator");
  }
  for (const s of data.snapshots) check(people, s.takenBy, "person");
  return problems;
}
