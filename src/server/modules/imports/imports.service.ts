import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { FieldProblem } from "../../../domain/errors.ts";
import { catalogues, interpolate, type Language } from "../../../domain/i18n/index.ts";
import {
  type ColumnMapping,
  type ImportedItem,
  type ImportProblem,
  itemToRow,
  mapRecords,
  matchColumns,
} from "../../../domain/import/index.ts";
import type { Database } from "../../db/client.ts";
import { areas, itemAreas, itemChanges, items } from "../../db/schema.ts";
import { errors } from "../../errors.ts";
import { headerAndRows, readSheet, validMapping, writeCsv, writeXlsx } from "./spreadsheet.ts";

export interface ImportPreview {
  format: "csv" | "xlsx";
  encoding: string | null;
  delimiter: string | null;
  header: string[];
  mapping: ColumnMapping;
  unknownColumns: { index: number; header: string }[];
  rowCount: number;
  items: ImportedItem[];
  problems: ImportProblem[];
  newAreas: string[];
  duplicates: { line: number; name: string }[];
}

const batchSize = 500;
const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** Problems as lines a person reads ("regel 7: naam ontbreekt"), in their language. */
export function describeProblems(problems: ImportProblem[], language: Language): FieldProblem[] {
  const catalogue = catalogues[language];
  const labels = catalogue.inventory as Record<string, unknown>;
  return problems.map((p) => ({
    path: `line ${p.line}`,
    message: interpolate(catalogue.importProblems[p.code], {
      line: p.line,
      value: p.value ?? "",
      field: String(labels[p.field] ?? p.field).toLowerCase(),
    }),
  }));
}

export function createImportsService(db: Database) {
  async function analyse(workspaceId: string, bytes: Uint8Array, mappingOverride?: ColumnMapping) {
    const sheet = await readSheet(bytes);
    const { header, rows } = headerAndRows(sheet.records);
    const detected = matchColumns(header);
    const mapping = mappingOverride ?? detected.mapping;
    if (mapping.name === undefined || !validMapping(mapping, header.length)) {
      throw errors.importUnreadable();
    }
    const used = new Set(Object.values(mapping));
    const unknownColumns = header
      .map((h, index) => ({ index, header: h }))
      .filter((c) => c.header.trim() !== "" && !used.has(c.index));
    const result = mapRecords(rows, mapping);

    const existingAreas = await db
      .select({ id: areas.id, name: areas.name })
      .from(areas)
      .where(eq(areas.workspaceId, workspaceId));
    const areaIdByName = new Map(existingAreas.map((a) => [fold(a.name), a.id]));
    const newAreas = [
      ...new Map(
        result.items
          .flatMap((i) => i.areas)
          .filter((name) => !areaIdByName.has(fold(name)))
          .map((name) => [fold(name), name]),
      ).values(),
    ];

    const names = [...new Set(result.items.map((i) => fold(i.name)))];
    const existing = names.length
      ? await db
          .select({
            name: items.nameFolded,
            areaIds: sql<
              string[]
            >`coalesce(array_agg(${itemAreas.areaId}) filter (where ${itemAreas.areaId} is not null), '{}')`,
          })
          .from(items)
          .leftJoin(itemAreas, eq(itemAreas.itemId, items.id))
          .where(
            and(
              eq(items.workspaceId, workspaceId),
              isNull(items.archivedAt),
              inArray(items.nameFolded, names),
            ),
          )
          .groupBy(items.id)
      : [];
    const duplicates = result.items
      .filter((item) => {
        const itemAreaIds = item.areas.map((a) => areaIdByName.get(fold(a)));
        return existing.some(
          (e) =>
            e.name === fold(item.name) &&
            (itemAreaIds.length === 0
              ? e.areaIds.length === 0
              : itemAreaIds.some((id) => id && e.areaIds.includes(id))),
        );
      })
      .map((item) => ({ line: item.line, name: item.name }));

    return {
      preview: {
        format: sheet.format,
        encoding: sheet.encoding ?? null,
        delimiter: sheet.delimiter ?? null,
        header,
        mapping,
        unknownColumns,
        rowCount: rows.length,
        items: result.items,
        problems: result.problems,
        newAreas,
        duplicates,
      } satisfies ImportPreview,
      areaIdByName,
    };
  }

  return {
    async preview(workspaceId: string, bytes: Uint8Array, mapping?: ColumnMapping) {
      return (await analyse(workspaceId, bytes, mapping)).preview;
    },

    /** Imports every row or none: a file with any problem is refused whole. */
    async commit(
      workspaceId: string,
      bytes: Uint8Array,
      by: string | null,
      language: Language,
      mapping?: ColumnMapping,
    ): Promise<{ created: number; areasCreated: number }> {
      const { preview, areaIdByName } = await analyse(workspaceId, bytes, mapping);
      if (preview.problems.length > 0) {
        throw errors.importInvalid(describeProblems(preview.problems, language));
      }
      await db.transaction(async (tx) => {
        for (const name of preview.newAreas) {
          const [row] = await tx
            .insert(areas)
            .values({ workspaceId, name, kind: "wijk" })
            .returning({ id: areas.id });
          areaIdByName.set(fold(name), row!.id);
        }
        for (let start = 0; start < preview.items.length; start += batchSize) {
          const batch = preview.items.slice(start, start + batchSize).map((item) => ({
            item,
            id: randomUUID(),
          }));
          await tx.insert(items).values(
            batch.map(({ id, item }) => ({
              id,
              workspaceId,
              name: item.name,
              description: item.description,
              kind: item.kind,
              sphere: item.sphere,
              themes: item.themes,
              carriedBy: item.carriedBy,
              funding: item.funding,
              reach: item.reach,
              createdBy: by,
              updatedBy: by,
            })),
          );
          const links = batch.flatMap(({ id, item }) =>
            [...new Set(item.areas.map((a) => areaIdByName.get(fold(a))!))].map((areaId) => ({
              itemId: id,
              areaId,
            })),
          );
          if (links.length) await tx.insert(itemAreas).values(links);
          await tx.insert(itemChanges).values(
            batch.map(({ id, item }) => ({
              workspaceId,
              itemId: id,
              by,
              action: "imported" as const,
              changes: { line: { from: null, to: item.line } },
            })),
          );
        }
      });
      // A bulk import changes the table's statistics at once; refresh them so the planner keeps
      // using the indexes (and the visibility map, for fast counts) instead of waiting for autovacuum.
      // Best effort: the import has committed; a refused vacuum must not report it as failed.
      await db.execute(sql`vacuum (analyze) items, item_areas`).catch(() => {});
      return { created: preview.items.length, areasCreated: preview.newAreas.length };
    },

    /** The workspace's current items as a spreadsheet that imports back to the same items. */
    async export(workspaceId: string, format: "csv" | "xlsx", sheetName = "Inventaris") {
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
          areas: sql<
            string[]
          >`coalesce(array_agg(${areas.name} order by ${areas.name}) filter (where ${areas.name} is not null), '{}')`,
        })
        .from(items)
        .leftJoin(itemAreas, eq(itemAreas.itemId, items.id))
        .leftJoin(areas, eq(areas.id, itemAreas.areaId))
        .where(and(eq(items.workspaceId, workspaceId), isNull(items.archivedAt)))
        .groupBy(items.id)
        .orderBy(items.name);
      const cells = rows.map((row) => itemToRow(row));
      return format === "csv" ? writeCsv(cells) : writeXlsx(cells, sheetName);
    },
  };
}
export type ImportsService = ReturnType<typeof createImportsService>;
