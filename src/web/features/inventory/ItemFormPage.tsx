import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { Item, ItemInput } from "../../../domain/items.schemas.ts";
import { type Carrier, carriers, type ItemKind, itemKinds } from "../../../domain/items.ts";
import { itemLimits } from "../../../domain/limits.ts";
import { detectPersonalData } from "../../../domain/personal-data.ts";
import { type Sphere, spheres } from "../../../domain/spheres.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { useAreas, useThemeLabel, useThemes } from "../../components/inventory-data.ts";
import {
  Alert,
  Button,
  CheckboxGroup,
  PageTitle,
  Paragraph,
  SelectField,
  TextArea,
  TextField,
} from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { useItem, useItemActions } from "./api.ts";

type FormValues = Omit<ItemInput, "themes"> & { builtInThemes: string[]; ownThemes: string };

function toForm(item: Item | undefined, builtIn: string[]): FormValues {
  return {
    name: item?.name ?? "",
    description: item?.description ?? "",
    kind: item?.kind ?? "activity",
    sphere: item?.sphere ?? null,
    areaIds: item?.areas.map((a) => a.id) ?? [],
    builtInThemes: item?.themes.filter((th) => builtIn.includes(th)) ?? [],
    ownThemes: item?.themes.filter((th) => !builtIn.includes(th)).join(", ") ?? "",
    carriedBy: item?.carriedBy ?? "volunteers",
    funding: item?.funding ?? "",
    reach: item?.reach ?? "",
  };
}

export function ItemFormPage() {
  const itemId = useParams().itemId;
  const { data: overview } = useCurrentWorkspace();
  const slug = overview?.workspace.slug ?? "";
  const item = useItem(slug, itemId);
  const themes = useThemes(slug);
  const { t } = useTranslation();
  if (!themes.data || (itemId && !item.data)) return <Paragraph>{t("app.loading")}</Paragraph>;
  return (
    <ItemForm slug={slug} item={itemId ? item.data : undefined} builtIn={themes.data.builtIn} />
  );
}

function ItemForm({ slug, item, builtIn }: { slug: string; item?: Item; builtIn: string[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const areas = useAreas(slug);
  const themeLabel = useThemeLabel();
  const { create, update } = useItemActions(slug);
  const errorMessage = useErrorMessage();
  const announce = useAnnounce();
  const [values, setValues] = useState<FormValues>(() => toForm(item, builtIn));
  const [nameError, setNameError] = useState<string>();
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const signals = detectPersonalData(
    [values.name, values.description, values.funding, values.reach, values.ownThemes].join("\n"),
  );
  const mutation = item ? update : create;
  const title = item ? t("inventory.editTitle", { name: item.name }) : t("inventory.addTitle");

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!values.name.trim()) {
      setNameError(t("auth.required"));
      requestAnimationFrame(() =>
        document.querySelector<HTMLInputElement>("[aria-invalid='true']")?.focus(),
      );
      return;
    }
    setNameError(undefined);
    const { builtInThemes: chosen, ownThemes, ...rest } = values;
    const own = ownThemes
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const input: ItemInput = { ...rest, themes: [...new Set([...chosen, ...own])] };
    const onSuccess = (saved: Item) => {
      announce(t("inventory.saved", { name: saved.name }));
      navigate(`/w/${slug}/inventaris/${saved.id}`);
    };
    if (item) update.mutate({ id: item.id, patch: input }, { onSuccess });
    else create.mutate(input, { onSuccess });
  }

  return (
    <div className="sb-readable">
      <PageTitle title={title}>{title}</PageTitle>
      {mutation.isError && (
        <Alert type="error" focusOnMount>
          {errorMessage(mutation.error)}
        </Alert>
      )}
      <form onSubmit={submit} noValidate className="sb-form">
        <TextField
          label={t("inventory.name")}
          required
          maxLength={itemLimits.nameMax}
          value={values.name}
          error={nameError}
          onChange={(e) => set("name", e.target.value)}
        />
        <TextArea
          label={t("inventory.description")}
          maxLength={itemLimits.descriptionMax}
          value={values.description}
          onChange={(e) => set("description", e.target.value)}
        />
        {signals.length > 0 && (
          <Alert type="warning">
            {t("inventory.personalDataWarning", {
              signals: signals.map((s) => t(`inventory.signals.${s}`)).join(", "),
            })}
          </Alert>
        )}
        <SelectField
          label={t("inventory.kind")}
          value={values.kind}
          onChange={(e) => set("kind", e.target.value as ItemKind)}
        >
          {itemKinds.map((k) => (
            <option key={k} value={k}>
              {t(`model.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("inventory.sphere")}
          value={values.sphere ?? ""}
          onChange={(e) => set("sphere", (e.target.value || null) as Sphere | null)}
        >
          <option value="">{t("model.spheres.unplaced")}</option>
          {spheres.map((s) => (
            <option key={s} value={s}>
              {t(`model.spheres.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("inventory.carriedBy")}
          value={values.carriedBy}
          onChange={(e) => set("carriedBy", e.target.value as Carrier)}
        >
          {carriers.map((c) => (
            <option key={c} value={c}>
              {t(`model.carriers.${c}`)}
            </option>
          ))}
        </SelectField>
        {areas.data && areas.data.length > 0 && (
          <CheckboxGroup
            legend={t("inventory.areas")}
            options={areas.data.map((a) => ({ value: a.id, label: a.name }))}
            selected={values.areaIds}
            onChange={(v) => set("areaIds", v)}
          />
        )}
        <CheckboxGroup
          legend={t("inventory.themes")}
          options={builtIn.map((th) => ({ value: th, label: themeLabel(th) }))}
          selected={values.builtInThemes}
          onChange={(v) => set("builtInThemes", v)}
        />
        <TextField
          label={t("inventory.ownTheme")}
          value={values.ownThemes}
          onChange={(e) => set("ownThemes", e.target.value)}
        />
        <TextField
          label={t("inventory.funding")}
          maxLength={itemLimits.shortTextMax}
          value={values.funding}
          onChange={(e) => set("funding", e.target.value)}
        />
        <TextField
          label={t("inventory.reach")}
          maxLength={itemLimits.shortTextMax}
          value={values.reach}
          onChange={(e) => set("reach", e.target.value)}
        />
        <div className="sb-actions">
          <Button type="submit" appearance="primary" busy={mutation.isPending}>
            {t("app.save")}
          </Button>
          <Link
            className="utrecht-link"
            to={item ? `/w/${slug}/inventaris/${item.id}` : `/w/${slug}/inventaris`}
          >
            {t("app.cancel")}
          </Link>
        </div>
      </form>
    </div>
  );
}
