import {
  aggregateRealism,
  type NationalExpectationKey,
  nationalExpectation,
  type RealismRating,
} from "../../../domain/expectations/index.ts";
import type { Sphere } from "../../../domain/spheres.ts";
import {
  type ActionFields,
  budgetPerSphere,
  compareSnapshots,
  type IndicatorInput,
  type MeasurementInput,
  rolesPerSphere,
  type SnapshotContent,
  type SphereRolesInput,
  trendOf,
} from "../../../domain/strengthening/index.ts";
import { errors } from "../../errors.ts";
import type { DelimitationRepository } from "../delimitation/delimitation.repository.ts";
import type { ExpectationsRepository } from "../expectations/expectations.repository.ts";
import type { StrengtheningRepository } from "./strengthening.repository.ts";

export function createStrengtheningService(
  repo: StrengtheningRepository,
  delimitation: DelimitationRepository,
  expectations: ExpectationsRepository,
) {
  async function assertLinks(workspaceId: string, a: ActionFields) {
    const known = await repo.knownIds(workspaceId, {
      items: a.itemIds,
      expectations: a.expectationIds,
      indicators: a.indicatorIds,
    });
    const problems = [
      ...a.itemIds
        .filter((id) => !known.items.has(id))
        .map((id) => ({ path: "body.itemIds", message: `unknown item ${id}` })),
      ...a.expectationIds
        .filter((id) => !known.expectations.has(id))
        .map((id) => ({ path: "body.expectationIds", message: `unknown expectation ${id}` })),
      ...a.indicatorIds
        .filter((id) => !known.indicators.has(id))
        .map((id) => ({ path: "body.indicatorIds", message: `unknown indicator ${id}` })),
    ];
    if (problems.length) throw errors.validation(problems);
  }

  async function listActions(workspaceId: string) {
    const rows = await repo.listActions(workspaceId);
    return rows.map(({ row, itemIds, expectationIds, indicatorIds }) => ({
      id: row.id,
      title: row.title,
      description: row.description,
      spheres: row.spheres as Sphere[],
      itemIds,
      expectationIds,
      indicatorIds,
      owner: row.owner,
      budget: row.budget,
      from: row.fromMonth,
      until: row.untilMonth,
      status: row.status,
      updatedAt: row.updatedAt.toISOString(),
    }));
  }

  async function listIndicators(workspaceId: string) {
    const rows = await repo.listIndicators(workspaceId);
    return rows.map(({ row, measurements }) => {
      const values = measurements.map((m) => ({
        id: m.id,
        date: m.date,
        value: m.value,
        note: m.note,
      }));
      return {
        id: row.id,
        name: row.name,
        unit: row.unit,
        direction: row.direction,
        source: row.source,
        libraryKey: row.libraryKey,
        measurements: values,
        trend: trendOf(values, row.direction),
      };
    });
  }

  /** Today's delimitation, expectations, roles, plan and indicators, as a snapshot holds them. */
  async function currentContent(workspaceId: string): Promise<SnapshotContent> {
    await expectations.ensureNational(workspaceId);
    const [items, latestDecision, expectationRows, ratings, roles, actions, indicators] =
      await Promise.all([
        delimitation.activeItems(workspaceId),
        delimitation.latestDecisions(workspaceId),
        expectations.list(workspaceId),
        expectations.ratings(workspaceId),
        repo.sphereRoles(workspaceId),
        listActions(workspaceId),
        listIndicators(workspaceId),
      ]);
    return {
      items: items.map((i) => ({ id: i.id, name: i.name, sphere: i.sphere })),
      decisions: items.flatMap((i) => {
        const d = latestDecision.get(i.id);
        return d ? [{ itemId: i.id, decision: d.decision, reason: d.reason }] : [];
      }),
      expectations: expectationRows.map((e) => {
        const realism = aggregateRealism(
          ratings.filter((r) => r.expectationId === e.id).map((r) => r.rating as RealismRating),
        );
        return {
          id: e.id,
          title: e.nationalKey
            ? nationalExpectation(e.nationalKey as NationalExpectationKey).title
            : e.title,
          realism: realism.median,
          ratings: realism.n,
        };
      }),
      roles: rolesPerSphere(roles).map(({ sphere, roles: r, explanation }) => ({
        sphere,
        roles: r,
        explanation,
      })),
      actions: actions.map((a) => ({
        id: a.id,
        title: a.title,
        status: a.status,
        budget: a.budget,
      })),
      indicators: indicators.map((i) => {
        const last = i.measurements.at(-1);
        return {
          id: i.id,
          name: i.name,
          unit: i.unit,
          latest: last ? { date: last.date, value: last.value } : null,
        };
      }),
    };
  }

  async function contentOf(workspaceId: string, snapshotId: string): Promise<SnapshotContent> {
    if (snapshotId === "now") return currentContent(workspaceId);
    const snapshot = await repo.findSnapshot(workspaceId, snapshotId);
    if (!snapshot) throw errors.notFound();
    return snapshot.content as SnapshotContent;
  }

  return {
    async roles(workspaceId: string) {
      return rolesPerSphere(await repo.sphereRoles(workspaceId));
    },

    async setRoles(workspaceId: string, sphere: Sphere, input: SphereRolesInput) {
      await repo.putSphereRoles(workspaceId, sphere, input.roles, input.explanation);
      return rolesPerSphere(await repo.sphereRoles(workspaceId));
    },

    listActions,

    async plan(workspaceId: string) {
      const actions = await listActions(workspaceId);
      return { actions, budget: budgetPerSphere(actions) };
    },

    async createAction(workspaceId: string, input: ActionFields) {
      await assertLinks(workspaceId, input);
      const id = await repo.createAction(workspaceId, input);
      return (await listActions(workspaceId)).find((a) => a.id === id)!;
    },

    async updateAction(workspaceId: string, id: string, input: ActionFields) {
      await assertLinks(workspaceId, input);
      if (!(await repo.updateAction(workspaceId, id, input))) throw errors.notFound();
      return (await listActions(workspaceId)).find((a) => a.id === id)!;
    },

    async deleteAction(workspaceId: string, id: string) {
      if (!(await repo.deleteAction(workspaceId, id))) throw errors.notFound();
    },

    listIndicators,

    async createIndicator(workspaceId: string, input: Required<IndicatorInput>) {
      const id = await repo.createIndicator(workspaceId, input);
      return (await listIndicators(workspaceId)).find((i) => i.id === id)!;
    },

    async updateIndicator(workspaceId: string, id: string, input: Partial<IndicatorInput>) {
      if (!(await repo.updateIndicator(workspaceId, id, input))) throw errors.notFound();
      return (await listIndicators(workspaceId)).find((i) => i.id === id)!;
    },

    async deleteIndicator(workspaceId: string, id: string) {
      if (!(await repo.deleteIndicator(workspaceId, id))) throw errors.notFound();
    },

    async addMeasurement(
      workspaceId: string,
      indicatorId: string,
      input: Required<MeasurementInput>,
    ) {
      if (!(await repo.indicatorExists(workspaceId, indicatorId))) throw errors.notFound();
      await repo.addMeasurement(indicatorId, input);
      return (await listIndicators(workspaceId)).find((i) => i.id === indicatorId)!;
    },

    async deleteMeasurement(workspaceId: string, indicatorId: string, id: string) {
      if (!(await repo.indicatorExists(workspaceId, indicatorId))) throw errors.notFound();
      if (!(await repo.deleteMeasurement(indicatorId, id))) throw errors.notFound();
    },

    async listSnapshots(workspaceId: string) {
      const rows = await repo.listSnapshots(workspaceId);
      return rows.map((r) => ({ id: r.id, label: r.label, takenAt: r.takenAt.toISOString() }));
    },

    async takeSnapshot(workspaceId: string, label: string, by: string) {
      const row = await repo.createSnapshot(
        workspaceId,
        label,
        by,
        await currentContent(workspaceId),
      );
      return { id: row.id, label: row.label, takenAt: row.takenAt.toISOString() };
    },

    async deleteSnapshot(workspaceId: string, id: string) {
      if (!(await repo.deleteSnapshot(workspaceId, id))) throw errors.notFound();
    },

    /** The changes from one snapshot to another, or to today (`"now"`). */
    async compare(workspaceId: string, from: string, to: string) {
      const [before, after] = await Promise.all([
        contentOf(workspaceId, from),
        contentOf(workspaceId, to),
      ]);
      return compareSnapshots(before, after);
    },
  };
}
export type StrengtheningService = ReturnType<typeof createStrengtheningService>;
