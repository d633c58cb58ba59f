import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { builtInThemes } from "../../../domain/themes.ts";
import { useErrorMessage } from "../../components/errors.ts";
import { useThemeLabel } from "../../components/inventory-data.ts";
import { Alert, Button, CheckboxGroup, TextArea, TextField } from "../../components/ui.tsx";

export interface LocalTexts {
  title: string;
  source: string;
  page: string;
  expects: string;
  purpose: string;
  themes: string[];
}

export const emptyLocalTexts: LocalTexts = {
  title: "",
  source: "",
  page: "",
  expects: "",
  purpose: "",
  themes: [],
};

/** The texts of a workspace's own expectation: to add one, or to change one. */
export function LocalExpectationForm({
  initial,
  submitLabel,
  mutation,
  onSubmit,
}: {
  initial: LocalTexts;
  submitLabel: string;
  mutation: { isPending: boolean; isError: boolean; error: unknown };
  onSubmit: (texts: LocalTexts, reset: () => void) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const themeLabel = useThemeLabel();
  const [draft, setDraft] = useState<LocalTexts>(initial);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(draft, () => setDraft(emptyLocalTexts));
  }

  return (
    <form onSubmit={submit} className="sb-form">
      <TextField
        label={t("expectations.title")}
        value={draft.title}
        required
        maxLength={200}
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
      />
      <TextField
        label={t("expectations.sourceField")}
        value={draft.source}
        maxLength={300}
        onChange={(e) => setDraft({ ...draft, source: e.target.value })}
      />
      <TextField
        label={t("expectations.page")}
        value={draft.page}
        maxLength={100}
        onChange={(e) => setDraft({ ...draft, page: e.target.value })}
      />
      <TextArea
        label={t("expectations.expects")}
        value={draft.expects}
        required
        maxLength={4000}
        onChange={(e) => setDraft({ ...draft, expects: e.target.value })}
      />
      <TextArea
        label={t("expectations.purpose")}
        value={draft.purpose}
        maxLength={4000}
        onChange={(e) => setDraft({ ...draft, purpose: e.target.value })}
      />
      <CheckboxGroup
        legend={t("expectations.themesLegend")}
        options={builtInThemes.map((th) => ({ value: th, label: themeLabel(th) }))}
        selected={draft.themes}
        onChange={(themes) => setDraft({ ...draft, themes })}
      />
      {mutation.isError && (
        <Alert type="error" focusOnMount>
          {errorMessage(mutation.error)}
        </Alert>
      )}
      <Button type="submit" appearance="primary" busy={mutation.isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
