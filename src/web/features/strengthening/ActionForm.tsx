import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { spheres } from "../../../domain/spheres.ts";
import {
  type ActionInput,
  type ActionStatus,
  actionStatuses,
} from "../../../domain/strengthening/index.ts";
import { useErrorMessage } from "../../components/errors.ts";
import {
  Alert,
  Button,
  CheckboxGroup,
  SelectField,
  TextArea,
  TextField,
} from "../../components/ui.tsx";
import {
  type Action,
  expectationTitle,
  useIndicators,
  useLinkableExpectations,
  useLinkableItems,
} from "./api.ts";
import { useLocale } from "./format.ts";
import { parseEuros } from "./parse.ts";

export interface ActionDraft {
  title: string;
  description: string;
  spheres: string[];
  itemIds: string[];
  expectationIds: string[];
  indicatorIds: string[];
  owner: string;
  budget: string;
  from: string;
  until: string;
  status: ActionStatus;
}

export const emptyAction: ActionDraft = {
  title: "",
  description: "",
  spheres: [],
  itemIds: [],
  expectationIds: [],
  indicatorIds: [],
  owner: "",
  budget: "",
  from: "",
  until: "",
  status: "idea",
};

export function draftOf(action: Action): ActionDraft {
  return {
    title: action.title,
    description: action.description,
    spheres: action.spheres,
    itemIds: action.itemIds,
    expectationIds: action.expectationIds,
    indicatorIds: action.indicatorIds,
    owner: action.owner,
    budget: action.budget === null ? "" : String(action.budget),
    from: action.from ?? "",
    until: action.until ?? "",
    status: action.status,
  };
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** An action's fields: to add one, or to change one. */
export function ActionForm({
  slug,
  initial,
  submitLabel,
  owners,
  mutation,
  onSubmit,
  onCancel,
  focusOnMount = false,
}: {
  slug: string;
  initial: ActionDraft;
  submitLabel: string;
  /** Owners already named in the plan, offered as suggestions so groups stay together. */
  owners: string[];
  mutation: { isPending: boolean; isError: boolean; error: unknown };
  onSubmit: (input: ActionInput, reset: () => void) => void;
  onCancel?: () => void;
  /** Put focus in the first field when the form opens in place of what was there. */
  focusOnMount?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const items = useLinkableItems(slug);
  const expectations = useLinkableExpectations(slug);
  const indicators = useIndicators(slug);
  const ownersId = useId();
  const [draft, setDraft] = useState<ActionDraft>(initial);
  const [errors, setErrors] = useState<{ budget?: string; from?: string; until?: string }>({});
  const budgetRef = useRef<HTMLInputElement>(null);
  const fromRef = useRef<HTMLInputElement>(null);
  const untilRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) titleRef.current?.focus();
  }, [focusOnMount]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const budget = parseEuros(draft.budget, locale);
    const found: typeof errors = {};
    if (budget === undefined) found.budget = t("strengthening.actions.badBudget");
    if (draft.from && !monthPattern.test(draft.from))
      found.from = t("strengthening.actions.badMonth");
    if (draft.until && !monthPattern.test(draft.until))
      found.until = t("strengthening.actions.badMonth");
    else if (draft.from && draft.until && !found.from && draft.until < draft.from)
      found.until = t("strengthening.actions.untilBeforeFrom");
    setErrors(found);
    if (found.budget) return budgetRef.current?.focus();
    if (found.from) return fromRef.current?.focus();
    if (found.until) return untilRef.current?.focus();
    onSubmit(
      {
        title: draft.title,
        description: draft.description,
        spheres: spheres.filter((s) => draft.spheres.includes(s)),
        itemIds: draft.itemIds,
        expectationIds: draft.expectationIds,
        indicatorIds: draft.indicatorIds,
        owner: draft.owner,
        budget: budget ?? null,
        from: draft.from || null,
        until: draft.until || null,
        status: draft.status,
      },
      () => {
        setDraft(emptyAction);
        titleRef.current?.focus();
      },
    );
  }

  const chosen = (count: number) => t("strengthening.actions.fields.chosen", { count });

  return (
    <form onSubmit={submit} className="sb-form">
      <TextField
        ref={titleRef}
        label={t("strengthening.actions.fields.title")}
        value={draft.title}
        required
        maxLength={200}
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
      />
      <TextArea
        label={t("strengthening.actions.fields.description")}
        value={draft.description}
        maxLength={4000}
        onChange={(e) => setDraft({ ...draft, description: e.target.value })}
      />
      <CheckboxGroup
        legend={t("strengthening.actions.fields.spheres")}
        options={spheres.map((s) => ({ value: s, label: t(`model.spheres.${s}`) }))}
        selected={draft.spheres}
        onChange={(values) => setDraft({ ...draft, spheres: values })}
      />
      <TextField
        label={t("strengthening.actions.fields.owner")}
        description={t("strengthening.actions.fields.ownerHint")}
        value={draft.owner}
        maxLength={200}
        list={ownersId}
        autoComplete="organization"
        onChange={(e) => setDraft({ ...draft, owner: e.target.value })}
      />
      <datalist id={ownersId}>
        {owners.map((owner) => (
          <option key={owner} value={owner} />
        ))}
      </datalist>
      <TextField
        ref={budgetRef}
        label={t("strengthening.actions.fields.budget")}
        description={t("strengthening.actions.fields.budgetHint")}
        error={errors.budget}
        value={draft.budget}
        inputMode="numeric"
        maxLength={20}
        onChange={(e) => setDraft({ ...draft, budget: e.target.value })}
      />
      <div className="sb-field-pair">
        <TextField
          ref={fromRef}
          type="month"
          label={t("strengthening.actions.fields.from")}
          description={t("strengthening.actions.fields.monthHint")}
          error={errors.from}
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
        <TextField
          ref={untilRef}
          type="month"
          label={t("strengthening.actions.fields.until")}
          description={t("strengthening.actions.fields.monthHint")}
          error={errors.until}
          value={draft.until}
          min={draft.from || undefined}
          onChange={(e) => setDraft({ ...draft, until: e.target.value })}
        />
      </div>
      <SelectField
        label={t("strengthening.actions.fields.status")}
        value={draft.status}
        onChange={(e) => setDraft({ ...draft, status: e.target.value as ActionStatus })}
      >
        {actionStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`strengthening.statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      {indicators.data && indicators.data.length > 0 ? (
        <CheckboxGroup
          legend={t("strengthening.actions.fields.indicators")}
          options={indicators.data.map((i) => ({ value: i.id, label: i.name }))}
          selected={draft.indicatorIds}
          onChange={(values) => setDraft({ ...draft, indicatorIds: values })}
        />
      ) : (
        <p className="utrecht-paragraph sb-muted">
          {t("strengthening.actions.fields.noIndicators")}
        </p>
      )}
      <details className="sb-details">
        <summary>
          {`${t("strengthening.actions.fields.items")} (${chosen(draft.itemIds.length)})`}
        </summary>
        <CheckboxGroup
          legend={t("strengthening.actions.fields.items")}
          options={(items.data ?? []).map((i) => ({
            value: i.id,
            label: `${i.name} (${t(`model.spheres.${i.sphere ?? "unplaced"}`)})`,
          }))}
          selected={draft.itemIds}
          onChange={(values) => setDraft({ ...draft, itemIds: values })}
        />
      </details>
      <details className="sb-details">
        <summary>
          {`${t("strengthening.actions.fields.expectations")} (${chosen(draft.expectationIds.length)})`}
        </summary>
        <CheckboxGroup
          legend={t("strengthening.actions.fields.expectations")}
          options={(expectations.data ?? []).map((e) => ({
            value: e.id,
            label: expectationTitle(e),
          }))}
          selected={draft.expectationIds}
          onChange={(values) => setDraft({ ...draft, expectationIds: values })}
        />
      </details>
      {mutation.isError && (
        <Alert type="error" focusOnMount>
          {errorMessage(mutation.error)}
        </Alert>
      )}
      <div className="sb-actions">
        <Button type="submit" appearance="primary" busy={mutation.isPending}>
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t("app.cancel")}</Button>}
      </div>
    </form>
  );
}
