import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Criterion } from "../../../domain/delimitation.schemas.ts";
import { roleSatisfies } from "../../../domain/roles.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import {
  Alert,
  Button,
  CheckboxField,
  Heading2,
  PageTitle,
  Paragraph,
  SelectField,
  TextArea,
  TextField,
} from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { useCriteria, useCriterionText, useDelimitationActions } from "./api.ts";

function CriterionEditor({
  slug,
  criterion,
  onDone,
}: {
  slug: string;
  criterion: Criterion;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const text = useCriterionText();
  const { updateCriterion } = useDelimitationActions(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const current = text(criterion);
  const [label, setLabel] = useState(current.label);
  const [explanation, setExplanation] = useState(current.explanation);
  // As typed: clamping on every keystroke made "3" after a Backspace read "13" → 5.
  const [weight, setWeight] = useState(String(criterion.weight));
  const [weightInvalid, setWeightInvalid] = useState(false);
  const [enabled, setEnabled] = useState(criterion.enabled);
  const labelInput = useRef<HTMLInputElement>(null);
  useEffect(() => labelInput.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = Number(weight.trim());
    const valid = /^\d+$/.test(weight.trim()) && parsed >= 1 && parsed <= 5;
    setWeightInvalid(!valid);
    if (!valid) return;
    const patch: Record<string, unknown> = { weight: parsed, enabled };
    if (label.trim() !== current.label) patch.label = label.trim();
    if (explanation.trim() !== current.explanation) patch.explanation = explanation.trim();
    updateCriterion.mutate(
      { id: criterion.id, patch },
      {
        onSuccess: () => {
          announce(t("delimitation.criterionSaved"));
          onDone();
        },
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      className="sb-form"
      aria-label={`${t("delimitation.edit")}: ${criterion.key}`}
    >
      <TextField
        ref={labelInput}
        label={t("delimitation.label")}
        value={label}
        maxLength={200}
        required
        onChange={(e) => setLabel(e.target.value)}
      />
      <TextArea
        label={t("delimitation.explanation")}
        value={explanation}
        maxLength={2000}
        onChange={(e) => setExplanation(e.target.value)}
      />
      <TextField
        label={t("delimitation.criterionWeight")}
        type="number"
        min={1}
        max={5}
        inputMode="numeric"
        value={weight}
        error={weightInvalid ? t("delimitation.weightInvalid") : undefined}
        onChange={(e) => setWeight(e.target.value)}
      />
      <CheckboxField
        id={`enabled-${criterion.id}`}
        className="sb-filters__archived"
        label={t("delimitation.enabled")}
        checked={enabled}
        onChange={setEnabled}
      />
      {updateCriterion.isError && <Alert type="error">{errorMessage(updateCriterion.error)}</Alert>}
      <div className="sb-actions">
        <Button type="submit" appearance="primary" busy={updateCriterion.isPending}>
          {t("delimitation.saveCriterion")}
        </Button>
        <Button onClick={onDone}>{t("app.cancel")}</Button>
      </div>
    </form>
  );
}

export function CriteriaPage() {
  const { t } = useTranslation();
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const criteria = useCriteria(slug);
  const text = useCriterionText();
  const { addCriterion } = useDelimitationActions(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState<string | null>(null);

  // The editor replaces the button that opened it; when it closes, focus goes back to that button.
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);
  useEffect(() => {
    if (editing !== null || returnFocusTo === null) return;
    document.getElementById(`edit-criterion-${returnFocusTo}`)?.focus();
    setReturnFocusTo(null);
  }, [editing, returnFocusTo]);

  function closeEditor(key: string) {
    setEditing(null);
    setReturnFocusTo(key);
  }
  const [draft, setDraft] = useState({ set: "characteristic", label: "", explanation: "" });
  const [labelMissing, setLabelMissing] = useState(false);
  const newLabel = useRef<HTMLInputElement>(null);
  if (!workspace) return null;
  const canEdit = roleSatisfies(workspace.workspace.role, "editor");

  function add(event: FormEvent) {
    event.preventDefault();
    setLabelMissing(!draft.label.trim());
    if (!draft.label.trim()) {
      newLabel.current?.focus();
      return;
    }
    addCriterion.mutate(
      { ...draft, label: draft.label.trim(), weight: 1 },
      {
        onSuccess: () => {
          announce(t("delimitation.criterionSaved"));
          setDraft({ set: draft.set, label: "", explanation: "" });
        },
      },
    );
  }

  return (
    <div className="sb-readable">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/w/${slug}/afbakening`}>
          ← {t("nav.delimitation")}
        </Link>
      </p>
      <PageTitle title={t("delimitation.criteriaTitle")}>
        {t("delimitation.criteriaTitle")}
      </PageTitle>
      <Paragraph>{t("delimitation.criteriaIntro")}</Paragraph>
      {(["contributes", "characteristic"] as const).map((set) => (
        <section key={set} className="sb-section">
          <Heading2>{t(`criteria.sets.${set}`)}</Heading2>
          <ul className="sb-plain-list">
            {(criteria.data ?? [])
              .filter((c) => c.set === set)
              .map((c) => (
                <li key={c.id} className="sb-criterion">
                  <p className="utrecht-paragraph">
                    <strong>
                      {c.key}. {text(c).label}
                    </strong>{" "}
                    ({t("delimitation.version", { version: c.version })},{" "}
                    {t("delimitation.weight", { weight: c.weight })}
                    {!c.enabled && `, ${t("delimitation.disabled")}`})
                  </p>
                  <p className="utrecht-paragraph">{text(c).explanation}</p>
                  {canEdit &&
                    (editing === c.id ? (
                      <CriterionEditor
                        slug={slug}
                        criterion={c}
                        onDone={() => closeEditor(c.key)}
                      />
                    ) : (
                      <Button
                        appearance="subtle"
                        id={`edit-criterion-${c.key}`}
                        onClick={() => setEditing(c.id)}
                        aria-label={`${t("delimitation.edit")}: ${c.key}`}
                      >
                        {t("delimitation.edit")}
                      </Button>
                    ))}
                </li>
              ))}
          </ul>
        </section>
      ))}
      {canEdit && (
        <section aria-labelledby="add-criterion" className="sb-section">
          <Heading2 id="add-criterion">{t("delimitation.addCriterion")}</Heading2>
          <form onSubmit={add} className="sb-form" noValidate>
            <SelectField
              label={t("delimitation.set")}
              value={draft.set}
              onChange={(e) => setDraft({ ...draft, set: e.target.value })}
            >
              <option value="contributes">{t("delimitation.sets.contributes")}</option>
              <option value="characteristic">{t("delimitation.sets.characteristic")}</option>
            </SelectField>
            <TextField
              ref={newLabel}
              label={t("delimitation.label")}
              value={draft.label}
              maxLength={200}
              required
              error={labelMissing ? t("auth.required") : undefined}
              onChange={(e) => setDraft({ ...draft, label: e.target.value })}
            />
            <TextArea
              label={t("delimitation.explanation")}
              value={draft.explanation}
              maxLength={2000}
              onChange={(e) => setDraft({ ...draft, explanation: e.target.value })}
            />
            {addCriterion.isError && <Alert type="error">{errorMessage(addCriterion.error)}</Alert>}
            <Button type="submit" busy={addCriterion.isPending}>
              {t("delimitation.addCriterion")}
            </Button>
          </form>
        </section>
      )}
    </div>
  );
}
