import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type AreaKind, areaKinds, areaNameTaken, isCbsCode } from "../../../domain/areas.ts";
import type { Area, AreaInput } from "../../../domain/items.schemas.ts";
import { roleSatisfies } from "../../../domain/roles.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { api } from "../../components/api-client.ts";
import { TableScroller } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { useFocusBackInto } from "../../components/focus.ts";
import { useAreas } from "../../components/inventory-data.ts";
import {
  Alert,
  Button,
  Heading2,
  PageTitle,
  Paragraph,
  SelectField,
  TextField,
} from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";

export function AreasPage() {
  const { t } = useTranslation();
  const { data: overview } = useCurrentWorkspace();
  const slug = overview?.workspace.slug ?? "";
  const areas = useAreas(slug);
  const areaRows = useRef<HTMLTableSectionElement>(null);
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [form, setForm] = useState({
    name: "",
    kind: "wijk" as AreaKind,
    cbsCode: "",
    parentId: "",
  });
  const [errors, setErrors] = useState<{ name?: string; cbsCode?: string }>({});
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["areas", slug] });

  const add = useMutation({
    mutationFn: (input: AreaInput) =>
      api<Area>(`/workspaces/${slug}/areas`, { method: "POST", body: input }),
    onSuccess: (area) => {
      announce(t("areasPage.added", { name: area.name }));
      setForm({ name: "", kind: form.kind, cbsCode: "", parentId: "" });
      refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (area: Area) =>
      api<void>(`/workspaces/${slug}/areas/${area.id}`, { method: "DELETE" }),
    onSuccess: (_, area) => {
      announce(t("areasPage.removed", { name: area.name }));
      refresh();
      queryClient.invalidateQueries({ queryKey: ["items", slug] });
    },
  });

  // A removed area takes its button with it: focus stays in the table, not at the page's top.
  useFocusBackInto(() => areaRows.current, areas.data?.length);
  if (!overview) return null;
  const canEdit = roleSatisfies(overview.workspace.role, "editor");
  const wijken = (areas.data ?? []).filter((a) => a.kind === "wijk");
  const nameOf = new Map((areas.data ?? []).map((a) => [a.id, a.name]));

  function submit(event: FormEvent) {
    event.preventDefault();
    const cbs = form.cbsCode.trim().toUpperCase();
    const parentId = form.kind === "buurt" && form.parentId ? form.parentId : null;
    const taken = areaNameTaken(areas.data ?? [], { name: form.name, kind: form.kind, parentId });
    const found = {
      name: !form.name.trim()
        ? t("auth.required")
        : taken
          ? t("areasPage.nameTaken", {
              kind: t(`model.areaKinds.${form.kind}`).toLocaleLowerCase(),
            })
          : undefined,
      cbsCode: cbs && !isCbsCode(cbs) ? t("areasPage.cbsInvalid") : undefined,
    };
    setErrors(found);
    if (found.name || found.cbsCode) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLInputElement>("[aria-invalid='true']")?.focus(),
      );
      return;
    }
    add.mutate({
      name: form.name.trim(),
      kind: form.kind,
      cbsCode: cbs || null,
      parentId,
    });
  }

  return (
    <div className="sb-readable">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/w/${slug}/inventaris`}>
          ← {t("nav.inventory")}
        </Link>
      </p>
      <PageTitle title={t("areasPage.title")}>{t("areasPage.title")}</PageTitle>
      <Paragraph>{t("areasPage.intro")}</Paragraph>
      {remove.isError && <Alert type="error">{errorMessage(remove.error)}</Alert>}
      {areas.data?.length === 0 && <Paragraph>{t("areasPage.empty")}</Paragraph>}
      {areas.data && areas.data.length > 0 && (
        <TableScroller caption={t("areasPage.title")}>
          <table className="utrecht-table utrecht-table--html-table sb-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t("areasPage.name")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("areasPage.kind")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  CBS
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("areasPage.parent")}
                </th>
                {canEdit && (
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("members.actions")}
                  </th>
                )}
              </tr>
            </thead>
            <tbody ref={areaRows} className="utrecht-table__body">
              {areas.data.map((area) => (
                <tr key={area.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell sb-table__name">
                    {area.name}
                  </th>
                  <td className="utrecht-table__cell">{t(`model.areaKinds.${area.kind}`)}</td>
                  <td className="utrecht-table__cell">{area.cbsCode ?? t("inventory.none")}</td>
                  <td className="utrecht-table__cell">
                    {(area.parentId && nameOf.get(area.parentId)) || t("inventory.none")}
                  </td>
                  {canEdit && (
                    <td className="utrecht-table__cell">
                      <Button appearance="subtle" onClick={() => remove.mutate(area)}>
                        {t("areasPage.remove", { name: area.name })}
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      {canEdit && (
        <section aria-labelledby="add-area" className="sb-section">
          <Heading2 id="add-area">{t("areasPage.add")}</Heading2>
          {add.isError && <Alert type="error">{errorMessage(add.error)}</Alert>}
          <form onSubmit={submit} noValidate className="sb-form">
            <TextField
              label={t("areasPage.name")}
              value={form.name}
              error={errors.name}
              maxLength={100}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
            />
            <SelectField
              label={t("areasPage.kind")}
              value={form.kind}
              onChange={(e) => setForm({ ...form, kind: e.target.value as AreaKind })}
            >
              {areaKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`model.areaKinds.${k}`)}
                </option>
              ))}
            </SelectField>
            {form.kind === "buurt" && (
              <SelectField
                label={t("areasPage.parent")}
                value={form.parentId}
                onChange={(e) => setForm({ ...form, parentId: e.target.value })}
              >
                <option value="">{t("areasPage.noParent")}</option>
                {wijken.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
              </SelectField>
            )}
            <TextField
              label={t("areasPage.cbsCode")}
              description={t("areasPage.cbsHint")}
              value={form.cbsCode}
              error={errors.cbsCode}
              maxLength={10}
              onChange={(e) => setForm({ ...form, cbsCode: e.target.value })}
            />
            <Button type="submit" appearance="primary" busy={add.isPending}>
              {t("areasPage.add")}
            </Button>
          </form>
        </section>
      )}
    </div>
  );
}
