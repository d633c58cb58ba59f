import { type DragEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { Item } from "../../../domain/items.schemas.ts";
import { roleSatisfies } from "../../../domain/roles.ts";
import { spheres } from "../../../domain/spheres.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { useAreas, useThemeLabel, useThemes } from "../../components/inventory-data.ts";
import { Alert, Button, PageTitle, Paragraph, SelectField } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { type Column, useColumnItems, useMoveItem, useSphereRoles } from "./api.ts";

const columns: Column[] = [...spheres, "unplaced"];
const dragType = "application/x-sociale-basis-item";

/** The sphere board: items in three spheres and a tray, moved by dragging or by a menu. */
export function SpheresPage() {
  const { t } = useTranslation();
  const { data: overview } = useCurrentWorkspace();
  const slug = overview?.workspace.slug ?? "";
  const [params, setParams] = useSearchParams();
  const areas = useAreas(slug);
  const themes = useThemes(slug);
  const themeLabel = useThemeLabel();
  const move = useMoveItem(slug);
  const announce = useAnnounce();
  const [failed, setFailed] = useState<string>();
  const focusAfterMove = useRef<{ id: string; to: Column } | null>(null);
  const filters = new URLSearchParams();
  for (const key of ["area", "theme"]) {
    const value = params.get(key);
    if (value) filters.set(key, value);
  }

  if (!overview) return null;
  const canMove = roleSatisfies(overview.workspace.role, "editor");

  function moveItem(item: Item, to: Column) {
    if ((item.sphere ?? "unplaced") === to) return;
    const sphereName = t(`model.spheres.${to}`);
    focusAfterMove.current = { id: item.id, to };
    setFailed(undefined);
    move.mutate(
      { item, to },
      {
        onSuccess: () => announce(t("board.moved", { name: item.name, sphere: sphereName })),
        onError: () => setFailed(t("board.moveFailed", { name: item.name })),
      },
    );
  }

  const setFilter = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageTitle title={t("nav.spheres")}>{t("nav.spheres")}</PageTitle>
      <Paragraph>{canMove ? t("board.intro") : t("board.readOnly")}</Paragraph>
      <search className="sb-filters" aria-label={t("inventory.filters")}>
        <SelectField
          label={t("inventory.area")}
          value={params.get("area") ?? ""}
          onChange={(e) => setFilter("area", e.target.value)}
        >
          <option value="">{t("inventory.all")}</option>
          {(areas.data ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("inventory.theme")}
          value={params.get("theme") ?? ""}
          onChange={(e) => setFilter("theme", e.target.value)}
        >
          <option value="">{t("inventory.all")}</option>
          {[...(themes.data?.builtIn ?? []), ...(themes.data?.own ?? [])].map((th) => (
            <option key={th} value={th}>
              {themeLabel(th)}
            </option>
          ))}
        </SelectField>
      </search>
      {failed && <Alert type="error">{failed}</Alert>}
      <div className="sb-board">
        {columns.map((column) => (
          <BoardColumn
            key={column}
            slug={slug}
            column={column}
            filters={filters}
            canMove={canMove}
            onMove={moveItem}
            focusAfterMove={focusAfterMove}
          />
        ))}
      </div>
    </>
  );
}

function BoardColumn({
  slug,
  column,
  filters,
  canMove,
  onMove,
  focusAfterMove,
}: {
  slug: string;
  column: Column;
  filters: URLSearchParams;
  canMove: boolean;
  onMove: (item: Item, to: Column) => void;
  focusAfterMove: { current: { id: string; to: Column } | null };
}) {
  const { t } = useTranslation();
  const items = useColumnItems(slug, column, filters);
  const roles = useSphereRoles(slug);
  const sphereRoles = roles.data?.find((r) => r.sphere === column);
  const [over, setOver] = useState(false);
  const headingId = `sphere-${column}`;

  function drop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const raw = event.dataTransfer.getData(dragType);
    if (raw) onMove(JSON.parse(raw) as Item, column);
  }

  return (
    <section
      aria-labelledby={headingId}
      className={`sb-board__column sb-board__column--${column} ${over ? "sb-board__column--over" : ""}`}
      onDragOver={(e) => {
        if (!canMove) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-sphere={column}
    >
      <h2 id={headingId} className="utrecht-heading-3 sb-board__heading">
        {t(`model.spheres.${column}`)}{" "}
        <span className="sb-board__count">
          ({t("board.count", { count: items.data?.total ?? 0 })})
        </span>
      </h2>
      <p className="sb-board__description">{t(`model.sphereDescriptions.${column}`)}</p>
      {sphereRoles && (
        <p className="sb-board__roles">
          <strong>{t("strengthening.board.roles")}</strong>{" "}
          {sphereRoles.roles.length
            ? sphereRoles.roles.map((r) => t(`strengthening.roles.${r}.name`)).join(", ")
            : t("strengthening.board.noRoles")}
          {sphereRoles.isDefault && ` ${t("strengthening.board.proposal")}`}
        </p>
      )}
      {items.data?.items.length === 0 && <p className="sb-board__empty">{t("board.empty")}</p>}
      <ul className="sb-board__items">
        {items.data?.items.map((item) => (
          <BoardCard
            key={item.id}
            slug={slug}
            item={item}
            canMove={canMove}
            onMove={onMove}
            focusAfterMove={focusAfterMove}
          />
        ))}
      </ul>
    </section>
  );
}

function BoardCard({
  slug,
  item,
  canMove,
  onMove,
  focusAfterMove,
}: {
  slug: string;
  item: Item;
  canMove: boolean;
  onMove: (item: Item, to: Column) => void;
  focusAfterMove: { current: { id: string; to: Column } | null };
}) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const current: Column = item.sphere ?? "unplaced";
  const menuId = `move-${item.id}`;

  const moveButton = useRef<HTMLButtonElement>(null);

  // After a move the card mounts anew in its new column; put focus back on its button there.
  useEffect(() => {
    const pending = focusAfterMove.current;
    if (pending?.id === item.id && pending.to === current) {
      focusAfterMove.current = null;
      moveButton.current?.focus();
    }
  });

  return (
    <li
      className="sb-board__card"
      draggable={canMove}
      onDragStart={(e) => {
        e.dataTransfer.setData(dragType, JSON.stringify(item));
        e.dataTransfer.effectAllowed = "move";
      }}
      data-item={item.name}
    >
      <Link className="utrecht-link sb-board__name" to={`/w/${slug}/inventaris/${item.id}`}>
        {item.name}
      </Link>
      {canMove && (
        <div className="sb-board__move">
          <Button
            ref={moveButton}
            appearance="subtle"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            aria-label={t("board.moveItem", { name: item.name })}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t("board.move")}
          </Button>
          {menuOpen && (
            <ul id={menuId} className="sb-board__menu">
              {columns
                .filter((c) => c !== current)
                .map((to) => (
                  <li key={to}>
                    <Button
                      appearance="secondary"
                      onClick={() => {
                        setMenuOpen(false);
                        onMove(item, to);
                      }}
                      onKeyDown={(e) => {
                        if (e.key === "Escape") setMenuOpen(false);
                      }}
                    >
                      {t("board.moveTo", { sphere: t(`model.spheres.${to}`) })}
                    </Button>
                  </li>
                ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}
