import {
  aggregateRealism,
  analyseLoad,
  type ExpectationView,
  type Force,
  type LoadAnalysis,
  type LocalExpectationInput,
  type LocalExpectationPatch,
  type NationalExpectation,
  type NationalExpectationKey,
  nationalExpectation,
  type RealismRatingInput,
  realismByGroup,
} from "../../../domain/expectations/index.ts";
import type { Sphere } from "../../../domain/spheres.ts";
import { errors } from "../../errors.ts";
import type { ExpectationRow, ExpectationsRepository } from "./expectations.repository.ts";

const textFields = ["title", "source", "page", "expects", "purpose", "themes"] as const;

/** The library's texts; its themes, spheres and forces are the workspace row's defaults. */
function libraryTexts({
  key: _key,
  themes: _themes,
  spheres: _spheres,
  forces: _forces,
  ...texts
}: NationalExpectation): ExpectationView["national"] {
  return texts;
}

export function createExpectationsService(repo: ExpectationsRepository) {
  async function assertItems(workspaceId: string, itemIds: readonly string[] | undefined) {
    if (!itemIds?.length) return;
    const current = await repo.currentItemIds(workspaceId, itemIds);
    const unknown = itemIds.filter((id) => !current.has(id));
    if (unknown.length) {
      throw errors.validation(
        unknown.map((id) => ({ path: "body.itemIds", message: `not a current item: ${id}` })),
      );
    }
  }

  async function findOwn(workspaceId: string, id: string): Promise<ExpectationRow> {
    const row = await repo.find(workspaceId, id);
    if (!row) throw errors.notFound();
    return row;
  }

  async function views(workspaceId: string, userId: string): Promise<ExpectationView[]> {
    await repo.ensureNational(workspaceId);
    const [rows, links, ratings] = await Promise.all([
      repo.list(workspaceId),
      repo.itemLinks(workspaceId),
      repo.ratings(workspaceId),
    ]);
    return rows.map((row): ExpectationView => {
      const own = ratings.filter((r) => r.expectationId === row.id);
      const mine = own.find((r) => r.userId === userId);
      const library = row.nationalKey
        ? nationalExpectation(row.nationalKey as NationalExpectationKey)
        : null;
      return {
        id: row.id,
        nationalKey: library?.key ?? null,
        national: library && libraryTexts(library),
        title: library?.title ?? row.title,
        source: row.source,
        page: row.page,
        expects: row.expects,
        purpose: row.purpose,
        themes: row.themes,
        forces: row.forces,
        relievesFormalCare: row.relievesFormalCare,
        spheres: row.spheres as Sphere[],
        itemIds: links.filter((l) => l.expectationId === row.id).map((l) => l.itemId),
        realism: aggregateRealism(own.map((r) => r.rating)),
        realismGroups: realismByGroup(own),
        needed: own.map((r) => r.needed).filter((text) => text !== ""),
        myRating: mine ? { rating: mine.rating, needed: mine.needed } : null,
      };
    });
  }

  return {
    list: views,

    async get(workspaceId: string, id: string, userId: string) {
      const view = (await views(workspaceId, userId)).find((v) => v.id === id);
      if (!view) throw errors.notFound();
      return view;
    },

    async create(workspaceId: string, input: LocalExpectationInput, by: string) {
      const { itemIds, ...values } = input;
      await assertItems(workspaceId, itemIds);
      const row = await repo.create(workspaceId, values, itemIds, by);
      return this.get(workspaceId, row.id, by);
    },

    /** A local expectation changes whole; a national one only in the workspace's reading. */
    async update(workspaceId: string, id: string, patch: LocalExpectationPatch, by: string) {
      const row = await findOwn(workspaceId, id);
      if (row.nationalKey) {
        const fixed = textFields.filter((field) => patch[field] !== undefined);
        if (fixed.length) {
          throw errors.validation(
            fixed.map((field) => ({
              path: `body.${field}`,
              message: "the national library's texts cannot be changed",
            })),
          );
        }
      }
      const { itemIds, ...values } = patch;
      await assertItems(workspaceId, itemIds);
      await repo.update(id, values, itemIds);
      return this.get(workspaceId, id, by);
    },

    async remove(workspaceId: string, id: string) {
      const row = await findOwn(workspaceId, id);
      if (row.nationalKey) {
        throw errors.validation([
          { path: "params.expectationId", message: "the national library cannot be removed" },
        ]);
      }
      await repo.remove(id);
    },

    async rate(workspaceId: string, id: string, userId: string, input: RealismRatingInput) {
      await findOwn(workspaceId, id);
      await repo.putRating(workspaceId, id, userId, input.rating, input.needed);
      return this.get(workspaceId, id, userId);
    },

    /** How much each sphere and item is leaned on, and the talk's warnings. */
    async load(workspaceId: string, userId: string): Promise<LoadAnalysis> {
      const [expectationViews, itemRows] = await Promise.all([
        views(workspaceId, userId),
        repo.itemsWithDecision(workspaceId),
      ]);
      return analyseLoad(
        expectationViews.map((e) => ({
          id: e.id,
          title: e.title,
          forces: e.forces as Force[],
          relievesFormalCare: e.relievesFormalCare,
          spheres: e.spheres,
          itemIds: e.itemIds,
          realism: e.realism,
        })),
        itemRows,
      );
    },
  };
}
export type ExpectationsService = ReturnType<typeof createExpectationsService>;
