import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  expectationStepKinds,
  type FacilitatorStep,
  itemStepKinds,
  liveLimits,
  type StepInput,
  type StepKind,
  stepKinds,
} from "../../../domain/live/index.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import {
  Alert,
  Button,
  CheckboxGroup,
  Paragraph,
  SelectField,
  TextArea,
  TextField,
} from "../../components/ui.tsx";
import { useAgendaExpectations, useAgendaItems, useSessionActions } from "./api.ts";

interface Draft {
  /** Stable while editing (the server gives new ids when the agenda is saved). */
  key: string;
  kind: StepKind;
  title: string;
  notes: string;
  minutes: string;
  question: string;
  itemIds: string[];
  expectationIds: string[];
}

let drafted = 0;
const newKey = () => `draft-${++drafted}`;

function toDraft(step: FacilitatorStep): Draft {
  return {
    key: step.id,
    kind: step.kind,
    title: step.title,
    notes: step.notes,
    minutes: String(step.minutes),
    question: step.question,
    itemIds: step.itemIds,
    expectationIds: step.expectationIds,
  };
}

type Problem = "title" | "minutes" | "items" | "expectations" | "question";

/** What is wrong with a step before the server is asked (the same rules as its schema). */
function problemsOf(draft: Draft): Problem[] {
  const problems: Problem[] = [];
  const minutes = Number(draft.minutes);
  if (!draft.title.trim()) problems.push("title");
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > liveLimits.minutesMax) {
    problems.push("minutes");
  }
  if (itemStepKinds.includes(draft.kind) && draft.itemIds.length === 0) problems.push("items");
  if (expectationStepKinds.includes(draft.kind) && draft.expectationIds.length === 0) {
    problems.push("expectations");
  }
  if (draft.kind === "open_question" && !draft.question.trim()) problems.push("question");
  return problems;
}

function toInput(draft: Draft): StepInput {
  const asksItems = itemStepKinds.includes(draft.kind);
  const asksExpectations = expectationStepKinds.includes(draft.kind);
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    notes: draft.notes.trim(),
    minutes: Number(draft.minutes),
    question: draft.kind === "open_question" ? draft.question.trim() : "",
    itemIds: asksItems ? draft.itemIds : [],
    expectationIds: asksExpectations ? draft.expectationIds : [],
  };
}

/**
 * The agenda of a planned session: reorder, remove, add and change steps, then save it as a
 * whole (PATCH `steps`). Every action is a button, so it all works from the keyboard; after a
 * move, focus stays on the moved step's button and the new place is announced.
 */
export function AgendaEditor({
  slug,
  sessionId,
  steps,
}: {
  slug: string;
  sessionId: string;
  steps: FacilitatorStep[];
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const { update } = useSessionActions(slug, sessionId);
  const items = useAgendaItems(slug);
  const expectations = useAgendaExpectations(slug);
  const [drafts, setDrafts] = useState<Draft[]>(() => steps.map(toDraft));
  const [open, setOpen] = useState<string | null>(null);
  const [newKind, setNewKind] = useState<StepKind>("quick_vote");
  const [showProblems, setShowProblems] = useState(false);
  const [dirty, setDirty] = useState(false);
  const focusAfter = useRef<string | null>(null);

  // Saved elsewhere (another facilitator, or this save): take the server's agenda.
  const serverAgenda = JSON.stringify(steps);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the server's agenda changes
  useEffect(() => {
    if (!dirty) setDrafts(steps.map(toDraft));
  }, [serverAgenda]);

  useEffect(() => {
    if (!focusAfter.current) return;
    document.querySelector<HTMLElement>(`[data-focus="${focusAfter.current}"]`)?.focus();
    focusAfter.current = null;
  });

  const change = (next: Draft[]) => {
    setDrafts(next);
    setDirty(true);
  };
  const patch = (key: string, fields: Partial<Draft>) =>
    change(drafts.map((d) => (d.key === key ? { ...d, ...fields } : d)));

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= drafts.length) return;
    const next = [...drafts];
    const [moved] = next.splice(index, 1);
    next.splice(target, 0, moved!);
    change(next);
    // The same button again, unless the step reached the end it was moving to.
    const again = by === -1 ? target > 0 : target < next.length - 1;
    const direction = by === -1 ? "up" : "down";
    focusAfter.current = `${moved!.key}-${again ? direction : direction === "up" ? "down" : "up"}`;
    announce(t("live.agenda.moved", { title: moved!.title, position: target + 1 }));
  };

  const remove = (index: number) => {
    const removed = drafts[index]!;
    const next = drafts.filter((_, i) => i !== index);
    change(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusAfter.current = neighbour ? `${neighbour.key}-edit` : "agenda-add-kind";
    announce(t("live.agenda.removed", { title: removed.title }));
  };

  const add = () => {
    const draft: Draft = {
      key: newKey(),
      kind: newKind,
      title: t(`live.kinds.${newKind}`),
      notes: "",
      minutes: "10",
      question: "",
      itemIds: [],
      expectationIds: [],
    };
    change([...drafts, draft]);
    setOpen(draft.key);
    focusAfter.current = `${draft.key}-title`;
    announce(t("live.agenda.added", { title: draft.title }));
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const invalid = drafts.findIndex((d) => problemsOf(d).length > 0);
    setShowProblems(true);
    if (drafts.length === 0 || invalid >= 0) {
      if (invalid >= 0) {
        setOpen(drafts[invalid]!.key);
        focusAfter.current = `${drafts[invalid]!.key}-title`;
      }
      return;
    }
    update.mutate(
      { steps: drafts.map(toInput) },
      {
        onSuccess: (session) => {
          setDirty(false);
          setShowProblems(false);
          setDrafts(session.steps.map(toDraft));
          setOpen(null);
          announce(t("live.agenda.saved"));
        },
      },
    );
  };

  const reset = () => {
    setDrafts(steps.map(toDraft));
    setDirty(false);
    setShowProblems(false);
    announce(t("live.agenda.resetDone"));
  };

  return (
    <form onSubmit={save} aria-labelledby="agenda-heading" noValidate>
      <Paragraph>{t("live.agenda.editIntro")}</Paragraph>
      {drafts.length === 0 && <Paragraph>{t("live.agenda.empty")}</Paragraph>}
      <ol className="sb-live-agenda sb-live-agenda--edit">
        {drafts.map((draft, index) => {
          const problems = showProblems ? problemsOf(draft) : [];
          const expanded = open === draft.key || problems.length > 0;
          const named = (label: string) => `${label}: ${draft.title}`;
          return (
            <li key={draft.key} className="sb-live-step">
              <div className="sb-live-step__summary">
                <h3 className="utrecht-heading-4 sb-live-step__title">
                  {index + 1}. {draft.title || t("live.agenda.untitled")}
                </h3>
                <p className="sb-muted sb-live-step__meta">
                  {t(`live.kinds.${draft.kind}`)} ·{" "}
                  {t("live.agenda.minutesShort", { minutes: draft.minutes || 0 })}
                </p>
                {problems.length > 0 && (
                  <p className="sb-live-error">{t("live.agenda.stepHasProblems")}</p>
                )}
                <div className="sb-live-step__buttons">
                  <Button
                    data-focus={`${draft.key}-edit`}
                    aria-label={named(
                      expanded ? t("live.agenda.closeStep") : t("live.agenda.editStep"),
                    )}
                    aria-expanded={expanded}
                    aria-controls={`${draft.key}-fields`}
                    onClick={() => setOpen(expanded ? null : draft.key)}
                  >
                    {expanded ? t("live.agenda.closeStep") : t("live.agenda.editStep")}
                  </Button>
                  <Button
                    data-focus={`${draft.key}-up`}
                    aria-label={named(t("live.agenda.up"))}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t("live.agenda.up")}
                  </Button>
                  <Button
                    data-focus={`${draft.key}-down`}
                    aria-label={named(t("live.agenda.down"))}
                    disabled={index === drafts.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t("live.agenda.down")}
                  </Button>
                  <Button
                    appearance="danger"
                    aria-label={named(t("live.agenda.remove"))}
                    onClick={() => remove(index)}
                  >
                    {t("live.agenda.remove")}
                  </Button>
                </div>
              </div>
              {expanded && (
                <div id={`${draft.key}-fields`} className="sb-form sb-live-step__fields">
                  <TextField
                    data-focus={`${draft.key}-title`}
                    label={t("live.agenda.title")}
                    value={draft.title}
                    maxLength={liveLimits.titleMax}
                    onChange={(e) => patch(draft.key, { title: e.target.value })}
                    error={problems.includes("title") ? t("live.agenda.titleMissing") : undefined}
                  />
                  <SelectField
                    label={t("live.agenda.kind")}
                    value={draft.kind}
                    onChange={(e) => patch(draft.key, { kind: e.target.value as StepKind })}
                  >
                    {stepKinds.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`live.kinds.${kind}`)}
                      </option>
                    ))}
                  </SelectField>
                  <TextField
                    label={t("live.agenda.minutes")}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={liveLimits.minutesMax}
                    value={draft.minutes}
                    onChange={(e) => patch(draft.key, { minutes: e.target.value })}
                    error={
                      problems.includes("minutes")
                        ? t("live.agenda.minutesInvalid", { max: liveLimits.minutesMax })
                        : undefined
                    }
                  />
                  {draft.kind === "open_question" && (
                    <TextArea
                      label={t("live.agenda.question")}
                      value={draft.question}
                      maxLength={liveLimits.questionMax}
                      rows={2}
                      onChange={(e) => patch(draft.key, { question: e.target.value })}
                      error={
                        problems.includes("question") ? t("live.agenda.questionMissing") : undefined
                      }
                    />
                  )}
                  <TextArea
                    label={t("live.agenda.notes")}
                    description={t("live.agenda.notesHint")}
                    value={draft.notes}
                    maxLength={liveLimits.notesMax}
                    onChange={(e) => patch(draft.key, { notes: e.target.value })}
                  />
                  {itemStepKinds.includes(draft.kind) && (
                    <TargetChoice
                      legend={t("live.agenda.items")}
                      options={items.data ?? []}
                      selected={draft.itemIds}
                      onChange={(itemIds) => patch(draft.key, { itemIds })}
                      error={problems.includes("items") ? t("live.agenda.itemsMissing") : undefined}
                    />
                  )}
                  {expectationStepKinds.includes(draft.kind) && (
                    <TargetChoice
                      legend={t("live.agenda.expectations")}
                      options={expectations.data ?? []}
                      selected={draft.expectationIds}
                      onChange={(expectationIds) => patch(draft.key, { expectationIds })}
                      error={
                        problems.includes("expectations")
                          ? t("live.agenda.expectationsMissing")
                          : undefined
                      }
                    />
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div className="sb-live-add">
        <SelectField
          data-focus="agenda-add-kind"
          label={t("live.agenda.newKind")}
          value={newKind}
          onChange={(e) => setNewKind(e.target.value as StepKind)}
        >
          {stepKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`live.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <Button onClick={add} disabled={drafts.length >= liveLimits.stepsMax}>
          {t("live.agenda.add")}
        </Button>
      </div>
      {showProblems && drafts.length === 0 && (
        <Alert type="error">{t("live.agenda.noSteps")}</Alert>
      )}
      {showProblems && drafts.some((d) => problemsOf(d).length > 0) && (
        <Alert type="error">{t("live.agenda.fixProblems")}</Alert>
      )}
      {update.isError && (
        <Alert type="error" focusOnMount>
          {errorMessage(update.error)}
        </Alert>
      )}
      <div className="sb-actions">
        <Button type="submit" appearance="primary" busy={update.isPending} disabled={!dirty}>
          {t("live.agenda.save")}
        </Button>
        {dirty && <Button onClick={reset}>{t("live.agenda.reset")}</Button>}
        {dirty && <span className="sb-muted">{t("live.agenda.unsaved")}</span>}
      </div>
    </form>
  );
}

/** Items or expectations to ask about, as checkboxes, with a filter when the list is long. */
function TargetChoice({
  legend,
  options,
  selected,
  onChange,
  error,
}: {
  legend: string;
  options: { id: string; name: string }[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const shown = options.filter(
    (o) => !needle || o.name.toLowerCase().includes(needle) || selected.includes(o.id),
  );
  return (
    <div className="sb-live-targets">
      {options.length > 12 && (
        <TextField
          label={t("live.agenda.filter", { what: legend.toLowerCase() })}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          type="search"
        />
      )}
      {error && <p className="sb-live-error">{error}</p>}
      <CheckboxGroup
        legend={`${legend} (${t("live.agenda.chosen", { count: selected.length, max: liveLimits.targetsMax })})`}
        options={shown.map((o) => ({ value: o.id, label: o.name }))}
        selected={selected}
        onChange={(ids) => onChange(ids.slice(0, liveLimits.targetsMax))}
      />
    </div>
  );
}
