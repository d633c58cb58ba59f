import { randomBytes, randomUUID } from "node:crypto";
import { type AnyColumn, and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { BackupData } from "../../../domain/backup/format.ts";
import { newJoinCode } from "../../../domain/live/join-code.ts";
import type { Sphere } from "../../../domain/spheres.ts";
import { parseStoredTheme } from "../../../domain/theme/schema.ts";
import type { Database } from "../../db/client.ts";
import {
  actionExpectations,
  actionIndicators,
  actionItems,
  actions,
  areas,
  criteria,
  criterionVersions,
  decisions,
  expectationItems,
  expectations,
  indicators,
  itemAreas,
  itemChanges,
  items,
  liveOpenAnswers,
  liveParticipants,
  liveSessions,
  liveSteps,
  measurements,
  memberships,
  realismRatings,
  scoreAnswers,
  scores,
  snapshots,
  sphereRoles,
  stakeholderGroups,
  users,
  workspaces,
} from "../../db/schema.ts";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Answer = (typeof scoreAnswers.$inferSelect)["answer"];

/** A timestamp as text with all of PostgreSQL's microseconds, so a restore loses nothing. */
const iso = (column: AnyColumn) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const isoOrNull = (column: AnyColumn) =>
  sql<string | null>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Inserts rows (keyed by column name) in large batches: each batch is one JSON parameter turned
 * into rows by PostgreSQL, which is many times faster than a VALUES list per row.
 */
async function bulkInsert(tx: Tx, table: string, rows: Record<string, unknown>[], batch = 5000) {
  if (!rows.length) return;
  const list = sql.raw(
    Object.keys(rows[0]!)
      .map((column) => `"${column}"`)
      .join(", "),
  );
  for (let start = 0; start < rows.length; start += batch) {
    const json = JSON.stringify(rows.slice(start, start + batch));
    await tx.execute(
      sql`insert into ${sql.identifier(table)} (${list}) select ${list} from json_populate_recordset(null::${sql.identifier(table)}, ${json}::json)`,
    );
  }
}

export function createBackupRepository(db: Database) {
  return {
    /** Reads the whole workspace in one repeatable-read snapshot, in a stable order. */
    read(workspaceId: string): Promise<BackupData> {
      return db.transaction(
        async (tx) => {
          const ws = eq(workspaces.id, workspaceId);
          const [workspace] = await tx
            .select({
              id: workspaces.id,
              slug: workspaces.slug,
              name: workspaces.name,
              outcomeLower: workspaces.outcomeLower,
              outcomeUpper: workspaces.outcomeUpper,
              createdAt: iso(workspaces.createdAt),
              theme: workspaces.theme,
            })
            .from(workspaces)
            .where(ws);
          if (!workspace) throw new Error(`workspace ${workspaceId} does not exist`);

          const itemScope = (table: { itemId: AnyColumn }) =>
            sql`${table.itemId} in (select ${items.id} from ${items} where ${items.workspaceId} = ${workspaceId})`;
          const sessionScope = (column: AnyColumn) =>
            sql`${column} in (select ${liveSessions.id} from ${liveSessions} where ${liveSessions.workspaceId} = ${workspaceId})`;

          const memberRows = await tx
            .select({
              userId: memberships.userId,
              role: memberships.role,
              stakeholderGroupId: memberships.stakeholderGroupId,
              joinedAt: iso(memberships.createdAt),
            })
            .from(memberships)
            .where(eq(memberships.workspaceId, workspaceId));
          const groupRows = await tx
            .select({
              id: stakeholderGroups.id,
              key: stakeholderGroups.key,
              name: stakeholderGroups.name,
              position: stakeholderGroups.position,
            })
            .from(stakeholderGroups)
            .where(eq(stakeholderGroups.workspaceId, workspaceId));
          const areaRows = await tx
            .select({
              id: areas.id,
              name: areas.name,
              kind: areas.kind,
              cbsCode: areas.cbsCode,
              parentId: areas.parentId,
              createdAt: iso(areas.createdAt),
            })
            .from(areas)
            .where(eq(areas.workspaceId, workspaceId));
          const itemRows = await tx
            .select({
              id: items.id,
              name: items.name,
              description: items.description,
              kind: items.kind,
              sphere: items.sphere,
              themes: items.themes,
              carriedBy: items.carriedBy,
              funding: items.funding,
              reach: items.reach,
              archivedAt: isoOrNull(items.archivedAt),
              createdAt: iso(items.createdAt),
              updatedAt: iso(items.updatedAt),
              createdBy: items.createdBy,
              updatedBy: items.updatedBy,
            })
            .from(items)
            .where(eq(items.workspaceId, workspaceId));
          const itemAreaRows = await tx
            .select({ itemId: itemAreas.itemId, areaId: itemAreas.areaId })
            .from(itemAreas)
            .where(itemScope(itemAreas));
          const changeRows = await tx
            .select({
              id: itemChanges.id,
              itemId: itemChanges.itemId,
              at: iso(itemChanges.at),
              by: itemChanges.by,
              action: itemChanges.action,
              changes: itemChanges.changes,
            })
            .from(itemChanges)
            .where(eq(itemChanges.workspaceId, workspaceId));
          const criterionRows = await tx
            .select({
              id: criteria.id,
              key: criteria.key,
              set: criteria.set,
              label: criteria.label,
              explanation: criteria.explanation,
              weight: criteria.weight,
              enabled: criteria.enabled,
              position: criteria.position,
              version: criteria.version,
              currentVersionId: criteria.currentVersionId,
              createdAt: iso(criteria.createdAt),
            })
            .from(criteria)
            .where(eq(criteria.workspaceId, workspaceId));
          const versionRows = await tx
            .select({
              id: criterionVersions.id,
              criterionId: criterionVersions.criterionId,
              version: criterionVersions.version,
              label: criterionVersions.label,
              explanation: criterionVersions.explanation,
              createdAt: iso(criterionVersions.createdAt),
              createdBy: criterionVersions.createdBy,
            })
            .from(criterionVersions)
            .where(
              sql`${criterionVersions.criterionId} in (select ${criteria.id} from ${criteria} where ${criteria.workspaceId} = ${workspaceId})`,
            );
          const sessionRows = await tx
            .select({
              id: liveSessions.id,
              title: liveSessions.title,
              date: liveSessions.date,
              code: liveSessions.code,
              status: liveSessions.status,
              currentStepId: liveSessions.currentStepId,
              createdBy: liveSessions.createdBy,
              createdAt: iso(liveSessions.createdAt),
            })
            .from(liveSessions)
            .where(eq(liveSessions.workspaceId, workspaceId));
          const stepRows = await tx
            .select({
              id: liveSteps.id,
              sessionId: liveSteps.sessionId,
              position: liveSteps.position,
              kind: liveSteps.kind,
              title: liveSteps.title,
              notes: liveSteps.notes,
              minutes: liveSteps.minutes,
              question: liveSteps.question,
              itemIds: liveSteps.itemIds,
              expectationIds: liveSteps.expectationIds,
              state: liveSteps.state,
            })
            .from(liveSteps)
            .where(sessionScope(liveSteps.sessionId));
          const participantRows = await tx
            .select({
              id: liveParticipants.id,
              sessionId: liveParticipants.sessionId,
              stakeholderGroupId: liveParticipants.stakeholderGroupId,
              nickname: liveParticipants.nickname,
              joinedAt: iso(liveParticipants.joinedAt),
            })
            .from(liveParticipants)
            .where(sessionScope(liveParticipants.sessionId));
          const openAnswerRows = await tx
            .select({
              id: liveOpenAnswers.id,
              sessionId: liveOpenAnswers.sessionId,
              stepId: liveOpenAnswers.stepId,
              participantId: liveOpenAnswers.participantId,
              text: liveOpenAnswers.text,
              status: liveOpenAnswers.status,
              createdAt: iso(liveOpenAnswers.createdAt),
            })
            .from(liveOpenAnswers)
            .where(sessionScope(liveOpenAnswers.sessionId));
          const scoreRows = await tx
            .select({
              id: scores.id,
              itemId: scores.itemId,
              userId: scores.userId,
              participantId: scores.participantId,
              sessionId: scores.sessionId,
              stakeholderGroupId: scores.stakeholderGroupId,
              overall: scores.overall,
              sphere: scores.sphere,
              comment: scores.comment,
              createdAt: iso(scores.createdAt),
              updatedAt: iso(scores.updatedAt),
            })
            .from(scores)
            .where(eq(scores.workspaceId, workspaceId));
          // One row per score with its answers packed ("versionId:answer,…"): on PGlite, moving
          // ten times fewer rows out of the database is much the cheapest.
          const answerRows = await tx
            .select({
              scoreId: scores.id,
              answers: sql<
                string | null
              >`(select string_agg(${scoreAnswers.criterionVersionId}::text || ':' || ${scoreAnswers.answer}, ',') from ${scoreAnswers} where ${scoreAnswers.scoreId} = ${scores.id})`,
            })
            .from(scores)
            .where(eq(scores.workspaceId, workspaceId));
          const decisionRows = await tx
            .select({
              id: decisions.id,
              itemId: decisions.itemId,
              decision: decisions.decision,
              reason: decisions.reason,
              decidedBy: decisions.decidedBy,
              decidedAt: iso(decisions.decidedAt),
            })
            .from(decisions)
            .where(eq(decisions.workspaceId, workspaceId));
          const expectationRows = await tx
            .select({
              id: expectations.id,
              nationalKey: expectations.nationalKey,
              title: expectations.title,
              source: expectations.source,
              page: expectations.page,
              expects: expectations.expects,
              purpose: expectations.purpose,
              themes: expectations.themes,
              forces: expectations.forces,
              relievesFormalCare: expectations.relievesFormalCare,
              spheres: expectations.spheres,
              createdAt: iso(expectations.createdAt),
              createdBy: expectations.createdBy,
              updatedAt: iso(expectations.updatedAt),
            })
            .from(expectations)
            .where(eq(expectations.workspaceId, workspaceId));
          const expectationItemRows = await tx
            .select({
              expectationId: expectationItems.expectationId,
              itemId: expectationItems.itemId,
            })
            .from(expectationItems)
            .where(itemScope(expectationItems));
          const ratingRows = await tx
            .select({
              id: realismRatings.id,
              expectationId: realismRatings.expectationId,
              userId: realismRatings.userId,
              participantId: realismRatings.participantId,
              sessionId: realismRatings.sessionId,
              stakeholderGroupId: realismRatings.stakeholderGroupId,
              rating: realismRatings.rating,
              needed: realismRatings.needed,
              updatedAt: iso(realismRatings.updatedAt),
            })
            .from(realismRatings)
            .where(eq(realismRatings.workspaceId, workspaceId));
          const roleRows = await tx
            .select({
              sphere: sphereRoles.sphere,
              roles: sphereRoles.roles,
              explanation: sphereRoles.explanation,
              updatedAt: iso(sphereRoles.updatedAt),
            })
            .from(sphereRoles)
            .where(eq(sphereRoles.workspaceId, workspaceId))
            .orderBy(asc(sphereRoles.sphere));
          const actionRows = await tx
            .select({
              id: actions.id,
              title: actions.title,
              description: actions.description,
              spheres: actions.spheres,
              owner: actions.owner,
              budget: actions.budget,
              fromMonth: actions.fromMonth,
              untilMonth: actions.untilMonth,
              status: actions.status,
              createdAt: iso(actions.createdAt),
              updatedAt: iso(actions.updatedAt),
            })
            .from(actions)
            .where(eq(actions.workspaceId, workspaceId));
          const actionScope = (column: AnyColumn) =>
            sql`${column} in (select ${actions.id} from ${actions} where ${actions.workspaceId} = ${workspaceId})`;
          const actionItemRows = await tx
            .select({ actionId: actionItems.actionId, id: actionItems.itemId })
            .from(actionItems)
            .where(actionScope(actionItems.actionId));
          const actionExpectationRows = await tx
            .select({ actionId: actionExpectations.actionId, id: actionExpectations.expectationId })
            .from(actionExpectations)
            .where(actionScope(actionExpectations.actionId));
          const actionIndicatorRows = await tx
            .select({ actionId: actionIndicators.actionId, id: actionIndicators.indicatorId })
            .from(actionIndicators)
            .where(actionScope(actionIndicators.actionId));
          const indicatorRows = await tx
            .select({
              id: indicators.id,
              name: indicators.name,
              unit: indicators.unit,
              direction: indicators.direction,
              source: indicators.source,
              libraryKey: indicators.libraryKey,
              createdAt: iso(indicators.createdAt),
            })
            .from(indicators)
            .where(eq(indicators.workspaceId, workspaceId));
          const measurementRows = await tx
            .select({
              id: measurements.id,
              indicatorId: measurements.indicatorId,
              date: measurements.date,
              value: measurements.value,
              note: measurements.note,
              createdAt: iso(measurements.createdAt),
            })
            .from(measurements)
            .where(
              sql`${measurements.indicatorId} in (select ${indicators.id} from ${indicators} where ${indicators.workspaceId} = ${workspaceId})`,
            );
          const snapshotRows = await tx
            .select({
              id: snapshots.id,
              label: snapshots.label,
              takenAt: iso(snapshots.takenAt),
              takenBy: snapshots.takenBy,
              content: snapshots.content,
            })
            .from(snapshots)
            .where(eq(snapshots.workspaceId, workspaceId));

          // Everyone referred to, by a reference in email order: the same file after a restore.
          const userIds = new Set<string>();
          const note = (id: string | null) => {
            if (id) userIds.add(id);
          };
          for (const m of memberRows) note(m.userId);
          for (const r of itemRows) {
            note(r.createdBy);
            note(r.updatedBy);
          }
          for (const r of changeRows) note(r.by);
          for (const r of versionRows) note(r.createdBy);
          for (const r of sessionRows) note(r.createdBy);
          for (const r of scoreRows) note(r.userId);
          for (const r of decisionRows) note(r.decidedBy);
          for (const r of expectationRows) note(r.createdBy);
          for (const r of ratingRows) note(r.userId);
          for (const r of snapshotRows) note(r.takenBy);
          const people = userIds.size
            ? await tx
                .select({ id: users.id, email: users.email, displayName: users.displayName })
                .from(users)
                .where(inArray(users.id, [...userIds]))
            : [];
          people.sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
          const refOf = new Map(people.map((p, i) => [p.id, `p${i + 1}`]));
          const ref = (id: string | null) => (id ? (refOf.get(id) ?? null) : null);
          const membership = new Map(memberRows.map((m) => [m.userId, m]));

          const group = <T>(rows: T[], key: (row: T) => string, value: (row: T) => string) => {
            const map = new Map<string, string[]>();
            for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), value(row)]);
            return (id: string) => (map.get(id) ?? []).sort();
          };
          const areasOf = group(
            itemAreaRows,
            (r) => r.itemId,
            (r) => r.areaId,
          );
          const expectationItemsOf = group(
            expectationItemRows,
            (r) => r.expectationId,
            (r) => r.itemId,
          );
          const actionItemsOf = group(
            actionItemRows,
            (r) => r.actionId,
            (r) => r.id,
          );
          const actionExpectationsOf = group(
            actionExpectationRows,
            (r) => r.actionId,
            (r) => r.id,
          );
          const actionIndicatorsOf = group(
            actionIndicatorRows,
            (r) => r.actionId,
            (r) => r.id,
          );
          const answersOf = new Map<string, [string, Answer][]>();
          for (const a of answerRows) {
            if (!a.answers) continue;
            answersOf.set(
              a.scoreId,
              a.answers.split(",").map((pair) => {
                const colon = pair.indexOf(":");
                return [pair.slice(0, colon), pair.slice(colon + 1) as Answer];
              }),
            );
          }
          const measurementsOf = new Map<string, typeof measurementRows>();
          for (const m of measurementRows) {
            measurementsOf.set(m.indicatorId, [...(measurementsOf.get(m.indicatorId) ?? []), m]);
          }

          const { theme, ...workspaceFields } = workspace;
          return {
            workspace: { ...workspaceFields, theme: theme ? parseStoredTheme(theme) : null },
            people: people.map((p) => {
              const m = membership.get(p.id);
              return {
                ref: refOf.get(p.id)!,
                email: p.email,
                displayName: p.displayName,
                membership: m
                  ? { role: m.role, stakeholderGroupId: m.stakeholderGroupId, joinedAt: m.joinedAt }
                  : null,
              };
            }),
            stakeholderGroups: groupRows.sort(byId),
            areas: areaRows.sort(byId),
            items: itemRows.sort(byId).map((r) => ({
              ...r,
              createdBy: ref(r.createdBy),
              updatedBy: ref(r.updatedBy),
              areaIds: areasOf(r.id),
            })),
            itemChanges: changeRows.sort(byId).map((r) => ({ ...r, by: ref(r.by) })),
            criteria: criterionRows.sort(byId),
            criterionVersions: versionRows
              .sort(byId)
              .map((r) => ({ ...r, createdBy: ref(r.createdBy) })),
            liveSessions: sessionRows
              .sort(byId)
              .map((r) => ({ ...r, createdBy: ref(r.createdBy) })),
            liveSteps: stepRows.sort(byId),
            liveParticipants: participantRows.sort(byId),
            liveOpenAnswers: openAnswerRows.sort(byId),
            scores: scoreRows.sort(byId).map(({ userId, ...r }) => ({
              id: r.id,
              itemId: r.itemId,
              scorer: ref(userId),
              participantId: r.participantId,
              sessionId: r.sessionId,
              stakeholderGroupId: r.stakeholderGroupId,
              overall: r.overall,
              sphere: r.sphere,
              comment: r.comment,
              createdAt: r.createdAt,
              updatedAt: r.updatedAt,
              answers: Object.fromEntries(
                (answersOf.get(r.id) ?? []).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
              ),
            })),
            decisions: decisionRows.sort(byId).map((r) => ({ ...r, decidedBy: ref(r.decidedBy) })),
            expectations: expectationRows.sort(byId).map((r) => ({
              ...r,
              spheres: r.spheres as Sphere[],
              createdBy: ref(r.createdBy),
              itemIds: expectationItemsOf(r.id),
            })),
            realismRatings: ratingRows.sort(byId).map(({ userId, ...r }) => ({
              id: r.id,
              expectationId: r.expectationId,
              rater: ref(userId),
              participantId: r.participantId,
              sessionId: r.sessionId,
              stakeholderGroupId: r.stakeholderGroupId,
              rating: r.rating,
              needed: r.needed,
              updatedAt: r.updatedAt,
            })),
            sphereRoles: roleRows,
            actions: actionRows.sort(byId).map((r) => ({
              ...r,
              spheres: r.spheres as Sphere[],
              itemIds: actionItemsOf(r.id),
              expectationIds: actionExpectationsOf(r.id),
              indicatorIds: actionIndicatorsOf(r.id),
            })),
            indicators: indicatorRows.sort(byId).map((r) => ({
              ...r,
              measurements: (measurementsOf.get(r.id) ?? [])
                .sort(byId)
                .map(({ indicatorId: _, ...m }) => m),
            })),
            snapshots: snapshotRows.sort(byId).map((r) => ({
              ...r,
              takenBy: ref(r.takenBy),
              content: r.content as Record<string, unknown>,
            })),
          } satisfies BackupData;
        },
        { isolationLevel: "repeatable read", accessMode: "read only" },
      );
    },

    /** The workspace with this slug or id, if any. */
    async existing(slug: string, id: string) {
      return db
        .select({ id: workspaces.id, slug: workspaces.slug })
        .from(workspaces)
        .where(or(eq(workspaces.slug, slug), eq(workspaces.id, id)));
    },

    /**
     * Writes a whole backup in one transaction: people are matched to accounts by email (an
     * account is made, without a password, for whoever has none here), everything else keeps
     * its id. `replacing` names workspaces deleted first, in the same transaction (a restore
     * over the workspace the backup came from). Throws on anything the database refuses, and
     * then nothing is written and nothing deleted.
     */
    write(data: BackupData, replacing: string[] = []) {
      return db.transaction(async (tx) => {
        if (replacing.length) await tx.delete(workspaces).where(inArray(workspaces.id, replacing));
        const wsId = data.workspace.id;
        const emails = data.people.map((p) => p.email);
        const known = emails.length
          ? await tx
              .select({ id: users.id, email: users.email })
              .from(users)
              .where(inArray(users.email, emails))
          : [];
        const userByEmail = new Map(known.map((u) => [u.email, u.id]));
        const created: string[] = [];
        const newUsers = data.people
          .filter((p) => !userByEmail.has(p.email))
          .map((p) => {
            const id = randomUUID();
            userByEmail.set(p.email, id);
            created.push(p.email);
            // No password: nobody can log in with this account until one is set
            // (`sociale-basis create-user` sets it for an account a restore made).
            return { id, email: p.email, display_name: p.displayName, password_hash: "" };
          });
        await bulkInsert(tx, "users", newUsers);
        // Every reference in the file was checked to resolve within the file, so the foreign
        // keys' per-row checks can be skipped, as pg_restore --disable-triggers does: for half a
        // million answers that is most of the time. Only a superuser may (PGlite always is); the
        // statement triggers that raise the cache versions are skipped too and done below.
        const { rows: roles } = (await tx.execute(
          sql`select current_setting('is_superuser') = 'on' as superuser`,
        )) as unknown as { rows: { superuser: boolean }[] };
        const fast = roles[0]?.superuser === true;
        if (fast) await tx.execute(sql`set local session_replication_role = replica`);
        const userOf = new Map(data.people.map((p) => [p.ref, userByEmail.get(p.email)!]));
        const user = (ref: string | null) => {
          if (ref === null) return null;
          const id = userOf.get(ref);
          if (!id) throw new BackupReferenceError(`person ${ref}`);
          return id;
        };

        const codes = data.liveSessions.map((s) => s.code);
        const taken = new Set(
          codes.length
            ? (
                await tx
                  .select({ code: liveSessions.code })
                  .from(liveSessions)
                  .where(inArray(liveSessions.code, codes))
              ).map((r) => r.code)
            : [],
        );
        let codesChanged = 0;
        const codeOf = (code: string) => {
          if (!taken.has(code)) return code;
          codesChanged++;
          let fresh = newJoinCode((n) => randomBytes(n));
          while (taken.has(fresh)) fresh = newJoinCode((n) => randomBytes(n));
          taken.add(fresh);
          return fresh;
        };

        const w = data.workspace;
        await bulkInsert(tx, "workspaces", [
          {
            id: w.id,
            slug: w.slug,
            name: w.name,
            outcome_lower: w.outcomeLower,
            outcome_upper: w.outcomeUpper,
            created_at: w.createdAt,
            theme: w.theme ?? null,
          },
        ]);
        await bulkInsert(
          tx,
          "stakeholder_groups",
          data.stakeholderGroups.map((g) => ({
            id: g.id,
            workspace_id: wsId,
            key: g.key,
            name: g.name,
            position: g.position,
          })),
        );
        await bulkInsert(
          tx,
          "memberships",
          data.people
            .filter((p) => p.membership)
            .map((p) => ({
              workspace_id: wsId,
              user_id: user(p.ref),
              role: p.membership!.role,
              stakeholder_group_id: p.membership!.stakeholderGroupId,
              created_at: p.membership!.joinedAt,
            })),
        );
        await bulkInsert(
          tx,
          "areas",
          data.areas.map((a) => ({
            id: a.id,
            workspace_id: wsId,
            name: a.name,
            kind: a.kind,
            cbs_code: a.cbsCode,
            parent_id: a.parentId,
            created_at: a.createdAt,
          })),
        );
        await bulkInsert(
          tx,
          "items",
          data.items.map((i) => ({
            id: i.id,
            workspace_id: wsId,
            name: i.name,
            description: i.description,
            kind: i.kind,
            sphere: i.sphere,
            themes: i.themes,
            carried_by: i.carriedBy,
            funding: i.funding,
            reach: i.reach,
            archived_at: i.archivedAt,
            created_at: i.createdAt,
            updated_at: i.updatedAt,
            created_by: user(i.createdBy),
            updated_by: user(i.updatedBy),
          })),
        );
        await bulkInsert(
          tx,
          "item_areas",
          data.items.flatMap((i) =>
            i.areaIds.map((areaId) => ({ item_id: i.id, area_id: areaId })),
          ),
        );
        await bulkInsert(
          tx,
          "item_changes",
          data.itemChanges.map((c) => ({
            id: c.id,
            workspace_id: wsId,
            item_id: c.itemId,
            at: c.at,
            by: user(c.by),
            action: c.action,
            changes: c.changes,
          })),
        );
        await bulkInsert(
          tx,
          "criteria",
          data.criteria.map((c) => ({
            id: c.id,
            workspace_id: wsId,
            key: c.key,
            set: c.set,
            label: c.label,
            explanation: c.explanation,
            weight: c.weight,
            enabled: c.enabled,
            position: c.position,
            version: c.version,
            current_version_id: c.currentVersionId,
            created_at: c.createdAt,
          })),
        );
        await bulkInsert(
          tx,
          "criterion_versions",
          data.criterionVersions.map((v) => ({
            id: v.id,
            criterion_id: v.criterionId,
            version: v.version,
            label: v.label,
            explanation: v.explanation,
            created_at: v.createdAt,
            created_by: user(v.createdBy),
          })),
        );
        await bulkInsert(
          tx,
          "live_sessions",
          data.liveSessions.map((s) => ({
            id: s.id,
            workspace_id: wsId,
            title: s.title,
            date: s.date,
            code: codeOf(s.code),
            status: s.status,
            current_step_id: s.currentStepId,
            created_by: user(s.createdBy),
            created_at: s.createdAt,
          })),
        );
        await bulkInsert(
          tx,
          "live_steps",
          data.liveSteps.map((s) => ({
            id: s.id,
            session_id: s.sessionId,
            position: s.position,
            kind: s.kind,
            title: s.title,
            notes: s.notes,
            minutes: s.minutes,
            question: s.question,
            item_ids: s.itemIds,
            expectation_ids: s.expectationIds,
            state: s.state,
          })),
        );
        await bulkInsert(
          tx,
          "live_participants",
          data.liveParticipants.map((p) => ({
            id: p.id,
            session_id: p.sessionId,
            // The join token is not in the backup: a restored participant cannot reconnect.
            token_hash: `restored:${randomBytes(24).toString("hex")}`,
            stakeholder_group_id: p.stakeholderGroupId,
            nickname: p.nickname,
            joined_at: p.joinedAt,
          })),
        );
        await bulkInsert(
          tx,
          "live_open_answers",
          data.liveOpenAnswers.map((a) => ({
            id: a.id,
            session_id: a.sessionId,
            step_id: a.stepId,
            participant_id: a.participantId,
            text: a.text,
            status: a.status,
            created_at: a.createdAt,
          })),
        );
        await bulkInsert(
          tx,
          "scores",
          data.scores.map((s) => ({
            id: s.id,
            workspace_id: wsId,
            item_id: s.itemId,
            user_id: user(s.scorer),
            participant_id: s.participantId,
            session_id: s.sessionId,
            stakeholder_group_id: s.stakeholderGroupId,
            overall: s.overall,
            sphere: s.sphere,
            comment: s.comment,
            created_at: s.createdAt,
            updated_at: s.updatedAt,
          })),
        );
        await bulkInsert(
          tx,
          "score_answers",
          data.scores.flatMap((s) =>
            Object.entries(s.answers).map(([versionId, answer]) => ({
              score_id: s.id,
              criterion_version_id: versionId,
              answer,
            })),
          ),
          20_000,
        );
        await bulkInsert(
          tx,
          "decisions",
          data.decisions.map((d) => ({
            id: d.id,
            workspace_id: wsId,
            item_id: d.itemId,
            decision: d.decision,
            reason: d.reason,
            decided_by: user(d.decidedBy),
            decided_at: d.decidedAt,
          })),
        );
        await bulkInsert(
          tx,
          "expectations",
          data.expectations.map((e) => ({
            id: e.id,
            workspace_id: wsId,
            national_key: e.nationalKey,
            title: e.title,
            source: e.source,
            page: e.page,
            expects: e.expects,
            purpose: e.purpose,
            themes: e.themes,
            forces: e.forces,
            relieves_formal_care: e.relievesFormalCare,
            spheres: e.spheres,
            created_at: e.createdAt,
            created_by: user(e.createdBy),
            updated_at: e.updatedAt,
          })),
        );
        await bulkInsert(
          tx,
          "expectation_items",
          data.expectations.flatMap((e) =>
            e.itemIds.map((itemId) => ({ expectation_id: e.id, item_id: itemId })),
          ),
        );
        await bulkInsert(
          tx,
          "realism_ratings",
          data.realismRatings.map((r) => ({
            id: r.id,
            workspace_id: wsId,
            expectation_id: r.expectationId,
            user_id: user(r.rater),
            participant_id: r.participantId,
            session_id: r.sessionId,
            stakeholder_group_id: r.stakeholderGroupId,
            rating: r.rating,
            needed: r.needed,
            updated_at: r.updatedAt,
          })),
        );
        await bulkInsert(
          tx,
          "sphere_roles",
          data.sphereRoles.map((r) => ({
            workspace_id: wsId,
            sphere: r.sphere,
            roles: r.roles,
            explanation: r.explanation,
            updated_at: r.updatedAt,
          })),
        );
        await bulkInsert(
          tx,
          "actions",
          data.actions.map((a) => ({
            id: a.id,
            workspace_id: wsId,
            title: a.title,
            description: a.description,
            spheres: a.spheres,
            owner: a.owner,
            budget: a.budget,
            from_month: a.fromMonth,
            until_month: a.untilMonth,
            status: a.status,
            created_at: a.createdAt,
            updated_at: a.updatedAt,
          })),
        );
        await bulkInsert(
          tx,
          "action_items",
          data.actions.flatMap((a) => a.itemIds.map((id) => ({ action_id: a.id, item_id: id }))),
        );
        await bulkInsert(
          tx,
          "action_expectations",
          data.actions.flatMap((a) =>
            a.expectationIds.map((id) => ({ action_id: a.id, expectation_id: id })),
          ),
        );
        await bulkInsert(
          tx,
          "indicators",
          data.indicators.map((i) => ({
            id: i.id,
            workspace_id: wsId,
            name: i.name,
            unit: i.unit,
            direction: i.direction,
            source: i.source,
            library_key: i.libraryKey,
            created_at: i.createdAt,
          })),
        );
        await bulkInsert(
          tx,
          "action_indicators",
          data.actions.flatMap((a) =>
            a.indicatorIds.map((id) => ({ action_id: a.id, indicator_id: id })),
          ),
        );
        await bulkInsert(
          tx,
          "measurements",
          data.indicators.flatMap((i) =>
            i.measurements.map((m) => ({
              id: m.id,
              indicator_id: i.id,
              date: m.date,
              value: m.value,
              note: m.note,
              created_at: m.createdAt,
            })),
          ),
        );
        await bulkInsert(
          tx,
          "snapshots",
          data.snapshots.map((s) => ({
            id: s.id,
            workspace_id: wsId,
            label: s.label,
            taken_at: s.takenAt,
            taken_by: user(s.takenBy),
            content: s.content,
          })),
        );
        if (fast) await tx.execute(sql`set local session_replication_role = origin`);
        // The caches of item lists and scores trust these versions only to rise. A workspace
        // restored under the id it had before starts far above any count it reached then.
        const version = Date.now();
        for (const table of ["item_data_versions", "score_versions"]) {
          await tx.execute(
            sql`insert into ${sql.identifier(table)} (workspace_id, version) values (${wsId}, ${version})
              on conflict (workspace_id) do update set version = greatest(${sql.identifier(table)}.version, excluded.version)`,
          );
        }
        return { accountsCreated: created, codesChanged };
      });
    },

    /** Accounts a restore made that still have no password (for the CLI's advice). */
    async withoutPassword(emails: string[]) {
      if (!emails.length) return [];
      const rows = await db
        .select({ email: users.email })
        .from(users)
        .where(and(inArray(users.email, emails), eq(users.passwordHash, "")));
      return rows.map((r) => r.email);
    },
  };
}
export type BackupRepository = ReturnType<typeof createBackupRepository>;

/** A backup that refers to something it does not hold. */
export class BackupReferenceError extends Error {}
