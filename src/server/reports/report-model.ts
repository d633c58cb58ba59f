import { and, eq, isNull, sql } from "drizzle-orm";
import {
  aggregateRealism,
  analyseLoad,
  type Force,
  type NationalExpectationKey,
  nationalExpectation,
  nationalExpectationKeys,
  type RealismRating,
  type RealismResult,
  realismByGroup,
} from "../../domain/expectations/index.ts";
import type {
  Report,
  ReportExpectation,
  ReportFigures,
  ReportGroup,
  ReportItem,
  ReportRealism,
} from "../../domain/reports/index.ts";
import { type Figures, minimumScores } from "../../domain/scoring/index.ts";
import type { Sphere } from "../../domain/spheres.ts";
import {
  budgetPerSphere,
  rolesPerSphere,
  type SnapshotContent,
} from "../../domain/strengthening/index.ts";
import type { Database } from "../db/client.ts";
import { areas, itemAreas, items, liveSessions, realismRatings } from "../db/schema.ts";
import { errors } from "../errors.ts";
import type { DelimitationRepository } from "../modules/delimitation/delimitation.repository.ts";
import type { DelimitationService } from "../modules/delimitation/delimitation.service.ts";
import type { ExpectationsRepository } from "../modules/expectations/expectations.repository.ts";
import type { StrengtheningRepository } from "../modules/strengthening/strengthening.repository.ts";
import type { StrengtheningService } from "../modules/strengthening/strengthening.service.ts";

export interface ReportOptions {
  /** Count only this live session's votes. */
  sessionId?: string;
  /** Build the report from this snapshot instead of the workspace as it is now. */
  snapshotId?: string;
  /** Add the changes since this snapshot. */
  compareWith?: string;
}

export interface ReportWorkspace {
  id: string;
  slug: string;
  name: string;
}

const byName = <T extends { name: string; id: string }>(a: T, b: T) =>
  a.name.localeCompare(b.name, "nl") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function figuresOf(f: Figures): ReportFigures {
  return {
    scorers: f.scorers,
    degree: f.degree.value,
    outcome: f.degree.outcome,
    overall: f.overall.median,
    proposedSphere: f.sphere.modal,
    insufficient: f.scorers < minimumScores,
  };
}

function realismOf(r: RealismResult): ReportRealism {
  return {
    n: r.n,
    median: r.median,
    counts: r.counts,
    unknown: r.unknown,
    unrealisticShare: r.unrealisticShare,
    insufficient: r.insufficient,
  };
}

/** National expectations in the library's order, then the workspace's own by creation. */
function expectationOrder(row: { nationalKey: string | null; createdAt: Date; id: string }) {
  const national = row.nationalKey
    ? nationalExpectationKeys.indexOf(row.nationalKey as NationalExpectationKey)
    : -1;
  return national >= 0
    ? `0-${String(national).padStart(3, "0")}`
    : `1-${row.createdAt.toISOString()}-${row.id}`;
}

/**
 * Assembles the one report model every format renders, from the workspace as it is now (with
 * the services the pages use, so the figures match the pages) or from one of its snapshots.
 */
export function createReportModel(deps: {
  db: Database;
  delimitation: DelimitationService;
  delimitationRepo: DelimitationRepository;
  expectationsRepo: ExpectationsRepository;
  strengthening: StrengtheningService;
  strengtheningRepo: StrengtheningRepository;
}) {
  const { db } = deps;

  async function currentItems(workspaceId: string) {
    const rows = await db
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
        updatedAt: items.updatedAt,
        areas: sql<unknown>`coalesce(json_agg(json_build_object('name', ${areas.name}, 'kind', ${areas.kind}, 'cbsCode', ${areas.cbsCode})) filter (where ${areas.id} is not null), '[]')`,
      })
      .from(items)
      .leftJoin(itemAreas, eq(itemAreas.itemId, items.id))
      .leftJoin(areas, eq(areas.id, itemAreas.areaId))
      .where(and(eq(items.workspaceId, workspaceId), isNull(items.archivedAt)))
      .groupBy(items.id);
    return rows
      .map((row) => {
        const list = (typeof row.areas === "string" ? JSON.parse(row.areas) : row.areas) as {
          name: string;
          kind: "wijk" | "buurt" | "dorp";
          cbsCode: string | null;
        }[];
        return {
          ...row,
          areas: list.sort((a, b) => a.name.localeCompare(b.name, "nl")),
        };
      })
      .sort(byName);
  }

  async function sessionOf(workspaceId: string, sessionId: string) {
    const [row] = await db
      .select({ id: liveSessions.id, title: liveSessions.title, date: liveSessions.date })
      .from(liveSessions)
      .where(and(eq(liveSessions.workspaceId, workspaceId), eq(liveSessions.id, sessionId)));
    if (!row) throw errors.notFound();
    return row;
  }

  async function ratingsOf(workspaceId: string, sessionId?: string) {
    return db
      .select({
        expectationId: realismRatings.expectationId,
        rating: realismRatings.rating,
        group: realismRatings.stakeholderGroupId,
      })
      .from(realismRatings)
      .where(
        sessionId
          ? and(
              eq(realismRatings.workspaceId, workspaceId),
              eq(realismRatings.sessionId, sessionId),
            )
          : eq(realismRatings.workspaceId, workspaceId),
      );
  }

  async function comparison(workspaceId: string, compareWith: string, to: string) {
    const snapshot = await deps.strengtheningRepo.findSnapshot(workspaceId, compareWith);
    if (!snapshot) throw errors.notFound();
    return {
      label: snapshot.label,
      takenAt: snapshot.takenAt.toISOString(),
      changes: await deps.strengthening.compare(workspaceId, compareWith, to),
    };
  }

  async function fromWorkspace(
    workspace: ReportWorkspace,
    options: ReportOptions,
  ): Promise<Report> {
    const id = workspace.id;
    await deps.expectationsRepo.ensureNational(id);
    const [
      session,
      itemRows,
      results,
      thresholds,
      criteria,
      latest,
      groups,
      expectationRows,
      links,
      ratings,
      loadItems,
      roles,
      plan,
      indicators,
    ] = await Promise.all([
      options.sessionId ? sessionOf(id, options.sessionId) : null,
      currentItems(id),
      deps.delimitation.results(id, options.sessionId),
      deps.delimitationRepo.thresholds(id),
      deps.delimitationRepo.listCriteria(id),
      deps.delimitationRepo.latestDecisions(id),
      deps.delimitationRepo.listStakeholderGroups(id),
      deps.expectationsRepo.list(id),
      deps.expectationsRepo.itemLinks(id),
      ratingsOf(id, options.sessionId),
      deps.expectationsRepo.itemsWithDecision(id),
      deps.strengthening.roles(id),
      deps.strengthening.plan(id),
      deps.strengthening.listIndicators(id),
    ]);
    const groupRef = new Map<string, ReportGroup>(
      groups.map((g) => [g.id, { key: g.key, name: g.name }]),
    );
    const refOf = (groupId: string | null): ReportGroup | null =>
      groupId === null ? null : (groupRef.get(groupId) ?? { key: null, name: null });

    const reportItems = itemRows.map((row): ReportItem => {
      const r = results.result(row.id);
      const decision = latest.get(row.id);
      return {
        id: row.id,
        name: row.name,
        description: row.description,
        kind: row.kind,
        sphere: row.sphere,
        areas: row.areas,
        themes: row.themes,
        carriedBy: row.carriedBy,
        funding: row.funding,
        reach: row.reach,
        updatedAt: row.updatedAt.toISOString(),
        figures: r ? figuresOf(r) : null,
        disagreement: r ? r.disagreement.index : null,
        groups: r
          ? r.groups.map((g) => ({ ...figuresOf(g), group: refOf(g.group), pooled: g.pooled }))
          : [],
        decision: decision
          ? {
              decision: decision.decision,
              reason: decision.reason,
              decidedAt: decision.decidedAt.toISOString(),
            }
          : null,
      };
    });

    const currentItemIds = new Set(itemRows.map((i) => i.id));
    const sortedExpectations = [...expectationRows].sort((a, b) =>
      expectationOrder(a) < expectationOrder(b) ? -1 : 1,
    );
    const reportExpectations = sortedExpectations.map((row): ReportExpectation => {
      const own = ratings.filter((r) => r.expectationId === row.id);
      const realism = aggregateRealism(own.map((r) => r.rating as RealismRating));
      const library = row.nationalKey
        ? nationalExpectation(row.nationalKey as NationalExpectationKey)
        : null;
      return {
        id: row.id,
        nationalKey: library?.key ?? null,
        title: library?.title ?? row.title,
        source: row.source,
        page: row.page,
        expects: library ? null : row.expects,
        purpose: library ? null : row.purpose,
        spheres: row.spheres as Sphere[],
        forces: row.forces as Force[],
        relievesFormalCare: row.relievesFormalCare,
        itemIds: links
          .filter((l) => l.expectationId === row.id && currentItemIds.has(l.itemId))
          .map((l) => l.itemId)
          .sort(),
        realism: realismOf(realism),
        realismMedian: realism.median,
        ratings: realism.n,
        realismGroups: realismByGroup(
          own.map((r) => ({ group: r.group, rating: r.rating as RealismRating })),
        ).map((g) => ({ ...realismOf(g.result), group: refOf(g.group), pooled: g.pooled })),
      };
    });
    const load = analyseLoad(
      reportExpectations.map((e) => ({
        id: e.id,
        title: e.title,
        forces: e.forces,
        relievesFormalCare: e.relievesFormalCare,
        spheres: e.spheres,
        itemIds: e.itemIds,
        realism: e.realism,
      })),
      loadItems,
    );

    return {
      workspace: { slug: workspace.slug, name: workspace.name },
      generatedAt: new Date().toISOString(),
      source: { kind: "workspace" },
      session,
      thresholds: {
        lower: Math.round(thresholds.lower * 1000) / 1000,
        upper: Math.round(thresholds.upper * 1000) / 1000,
      },
      criteria: criteria
        .filter((c) => c.enabled)
        .map((c) => ({
          key: c.key,
          set: c.set,
          label: c.label,
          explanation: c.explanation,
          weight: c.weight,
          version: c.version,
        })),
      scorers: results.scorers,
      items: reportItems,
      expectations: reportExpectations,
      warnings: load.warnings,
      roles,
      actions: plan.actions.map((a) => ({
        id: a.id,
        title: a.title,
        description: a.description,
        spheres: a.spheres,
        owner: a.owner,
        budget: a.budget,
        from: a.from,
        until: a.until,
        status: a.status,
        itemIds: a.itemIds.filter((i) => currentItemIds.has(i)).sort(),
      })),
      budget: plan.budget,
      indicators: indicators.map((i) => ({
        id: i.id,
        name: i.name,
        unit: i.unit,
        direction: i.direction,
        source: i.source,
        measurements: i.measurements.map((m) => ({ date: m.date, value: m.value, note: m.note })),
        trend: i.trend,
      })),
      comparison: options.compareWith ? await comparison(id, options.compareWith, "now") : null,
    };
  }

  async function fromSnapshot(
    workspace: ReportWorkspace,
    snapshotId: string,
    options: ReportOptions,
  ): Promise<Report> {
    const snapshot = await deps.strengtheningRepo.findSnapshot(workspace.id, snapshotId);
    if (!snapshot) throw errors.notFound();
    const content = snapshot.content as SnapshotContent;
    const [thresholds] = await Promise.all([deps.delimitationRepo.thresholds(workspace.id)]);
    const decisions = new Map(content.decisions.map((d) => [d.itemId, d]));
    const actions = content.actions.map((a) => ({
      id: a.id,
      title: a.title,
      description: "",
      spheres: [] as Sphere[],
      owner: "",
      budget: a.budget,
      from: null,
      until: null,
      status: a.status,
      itemIds: [] as string[],
    }));
    return {
      workspace: { slug: workspace.slug, name: workspace.name },
      generatedAt: new Date().toISOString(),
      source: {
        kind: "snapshot",
        id: snapshot.id,
        label: snapshot.label,
        takenAt: snapshot.takenAt.toISOString(),
      },
      session: null,
      thresholds: {
        lower: Math.round(thresholds.lower * 1000) / 1000,
        upper: Math.round(thresholds.upper * 1000) / 1000,
      },
      criteria: [],
      scorers: null,
      items: content.items
        .map(
          (i): ReportItem => ({
            id: i.id,
            name: i.name,
            description: "",
            kind: null,
            sphere: i.sphere,
            areas: [],
            themes: [],
            carriedBy: null,
            funding: "",
            reach: "",
            updatedAt: null,
            figures: null,
            disagreement: null,
            groups: [],
            decision: decisions.has(i.id)
              ? {
                  decision: decisions.get(i.id)!.decision,
                  reason: decisions.get(i.id)!.reason,
                  decidedAt: null,
                }
              : null,
          }),
        )
        .sort(byName),
      expectations: content.expectations.map((e) => ({
        id: e.id,
        nationalKey: null,
        title: e.title,
        source: "",
        page: "",
        expects: "",
        purpose: "",
        spheres: [],
        forces: [],
        relievesFormalCare: false,
        itemIds: [],
        realism: null,
        realismMedian: e.realism,
        ratings: e.ratings,
        realismGroups: [],
      })),
      warnings: [],
      roles: rolesPerSphere(content.roles).map((r) => ({
        ...r,
        // A snapshot keeps the roles as they were shown: a chosen set or the defaults.
        isDefault: false,
      })),
      actions,
      budget: budgetPerSphere(actions),
      indicators: content.indicators.map((i) => ({
        id: i.id,
        name: i.name,
        unit: i.unit,
        direction: null,
        source: "",
        measurements: i.latest ? [{ date: i.latest.date, value: i.latest.value, note: "" }] : [],
        trend: "unknown",
      })),
      comparison: options.compareWith
        ? await comparison(workspace.id, options.compareWith, snapshotId)
        : null,
    };
  }

  return {
    /** The report of a workspace as it is now, or of one of its snapshots. */
    build(workspace: ReportWorkspace, options: ReportOptions = {}): Promise<Report> {
      return options.snapshotId
        ? fromSnapshot(workspace, options.snapshotId, options)
        : fromWorkspace(workspace, options);
    },
  };
}
export type ReportModel = ReturnType<typeof createReportModel>;
