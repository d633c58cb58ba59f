import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { roleSatisfies } from "../../../domain/roles.ts";
import {
  type Direction,
  directions,
  type IndicatorInput,
  indicatorLibrary,
} from "../../../domain/strengthening/index.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { Confirm } from "../../components/Confirm.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { focusWhenShown } from "../../components/focus.ts";
import {
  Alert,
  Button,
  Heading2,
  PageTitle,
  Paragraph,
  RadioGroup,
  TextField,
} from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { type Indicator, useIndicatorMutations, useIndicators, usePlan } from "./api.ts";
import { useFormat, useLocale } from "./format.ts";
import { IndicatorChart } from "./IndicatorChart.tsx";
import { parseDecimal } from "./parse.ts";
import { DataList, StrengtheningNav } from "./parts.tsx";
import "./strengthening.css";

/** Indicators with their measurements (chart and table), and the library of suggestions. */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const indicators = useIndicators(slug);
  const errorMessage = useErrorMessage();
  if (!workspace) return null;
  const canEdit = roleSatisfies(workspace.workspace.role, "editor");
  const title = t("strengthening.indicators.title");

  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <StrengtheningNav slug={slug} />
      <Paragraph lead>{t("strengthening.indicators.intro")}</Paragraph>
      <Alert type="warning">
        <p className="utrecht-paragraph">{t("strengthening.indicators.warning")}</p>
      </Alert>
      {!canEdit && <Paragraph>{t("strengthening.indicators.readOnly")}</Paragraph>}
      <section aria-labelledby="ours-heading" className="sb-section">
        <h2 id="ours-heading" tabIndex={-1} className="utrecht-heading-2 sb-focus-target">
          {t("strengthening.indicators.oursTitle")}
        </h2>
        {indicators.isError && <Alert type="error">{errorMessage(indicators.error)}</Alert>}
        {indicators.isPending && <Paragraph>{t("app.loading")}</Paragraph>}
        {indicators.data?.length === 0 && (
          <Paragraph>{t("strengthening.indicators.none")}</Paragraph>
        )}
        <div className="sb-stack-list">
          {indicators.data?.map((indicator) => (
            <IndicatorSection
              key={indicator.id}
              slug={slug}
              indicator={indicator}
              canEdit={canEdit}
            />
          ))}
        </div>
      </section>
      <Library slug={slug} indicators={indicators.data ?? []} canEdit={canEdit} />
      {canEdit && <OwnIndicator slug={slug} />}
    </>
  );
}

function useCaveat() {
  const { t, i18n } = useTranslation();
  return (libraryKey: string | null) =>
    libraryKey && i18n.exists(`strengthening.indicatorLibrary.${libraryKey}.caveat`)
      ? t(`strengthening.indicatorLibrary.${libraryKey}.caveat`)
      : null;
}

function IndicatorSection({
  slug,
  indicator,
  canEdit,
}: {
  slug: string;
  indicator: Indicator;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const caveat = useCaveat();
  const plan = usePlan(slug);
  const { remove, removeMeasurement } = useIndicatorMutations(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = `indicator-${indicator.id}`;
  const sorted = [...indicator.measurements].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  const first = sorted[0];
  const last = sorted.at(-1);
  const withUnit = (value: number) =>
    indicator.unit ? `${format.number(value)} ${indicator.unit}` : format.number(value);
  const trendWord = t(`strengthening.trends.${indicator.trend}`);
  const trend =
    indicator.trend !== "unknown" && first && last
      ? t("strengthening.indicators.trendDetail", {
          trend: trendWord,
          from: withUnit(first.value),
          fromDate: format.date(first.date),
          to: withUnit(last.value),
          toDate: format.date(last.date),
        })
      : trendWord;
  const usedBy = (plan.data?.actions ?? []).filter((a) => a.indicatorIds.includes(indicator.id));
  const note = caveat(indicator.libraryKey);

  return (
    <section aria-labelledby={headingId} className="sb-card sb-indicator">
      <h3 id={headingId} tabIndex={-1} className="utrecht-heading-3 sb-focus-target">
        {indicator.name}
      </h3>
      {editing ? (
        <IndicatorEdit
          slug={slug}
          indicator={indicator}
          onDone={() => {
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <DataList
          rows={[
            { label: t("strengthening.indicators.unit"), value: indicator.unit || "—" },
            {
              label: t("strengthening.indicators.direction"),
              value: t(`strengthening.directions.${indicator.direction}`),
            },
            {
              label: t("strengthening.indicators.source"),
              value: indicator.source || t("strengthening.indicators.noSource"),
            },
            {
              label: t("strengthening.indicators.trend"),
              value: <span className={`sb-trend sb-trend--${indicator.trend}`}>{trend}</span>,
            },
            ...(usedBy.length
              ? [
                  {
                    label: t("strengthening.indicators.usedBy"),
                    value: usedBy.map((a) => a.title).join(", "),
                  },
                ]
              : []),
          ]}
        />
      )}
      {note && (
        <div className="sb-caveat">
          <p className="utrecht-paragraph">
            <strong>{t("strengthening.indicators.caveat")}: </strong>
            {note}
          </p>
        </div>
      )}
      {sorted.length === 0 ? (
        <Paragraph>{t("strengthening.indicators.noMeasurements")}</Paragraph>
      ) : (
        <div className="sb-chart-and-table">
          <IndicatorChart
            indicator={indicator}
            caption={t("strengthening.indicators.chartCaption", { name: indicator.name })}
          />
          <DataTable
            caption={t("strengthening.indicators.tableCaption", { name: indicator.name })}
            captionVisible
            className="sb-measurements"
            columns={[
              t("strengthening.indicators.date"),
              indicator.unit
                ? `${t("strengthening.indicators.value")} (${indicator.unit})`
                : t("strengthening.indicators.value"),
              t("strengthening.indicators.note"),
              ...(canEdit ? [t("strengthening.indicators.manage")] : []),
            ]}
            rows={sorted.map((m) => ({
              key: m.id,
              header: format.date(m.date),
              cells: [
                format.number(m.value),
                m.note,
                ...(canEdit
                  ? [
                      <Button
                        key="remove"
                        appearance="subtle"
                        aria-label={t("strengthening.indicators.removeMeasurement", {
                          date: format.date(m.date),
                        })}
                        busy={
                          removeMeasurement.isPending &&
                          removeMeasurement.variables?.measurementId === m.id
                        }
                        onClick={() =>
                          removeMeasurement.mutate(
                            { id: indicator.id, measurementId: m.id },
                            {
                              onSuccess: () => {
                                announce(
                                  t("strengthening.indicators.measurementRemoved", {
                                    date: format.date(m.date),
                                  }),
                                );
                                document.getElementById(headingId)?.focus();
                              },
                            },
                          )
                        }
                      >
                        {t("strengthening.indicators.remove")}
                      </Button>,
                    ]
                  : []),
              ],
            }))}
          />
        </div>
      )}
      {removeMeasurement.isError && (
        <Alert type="error">{errorMessage(removeMeasurement.error)}</Alert>
      )}
      {canEdit && <MeasurementForm slug={slug} indicator={indicator} />}
      {canEdit && !editing && !confirming && (
        <div className="sb-actions">
          <Button
            ref={editButton}
            aria-label={t("strengthening.indicators.editLabel", { name: indicator.name })}
            onClick={() => setEditing(true)}
          >
            {t("strengthening.indicators.edit")}
          </Button>
          <Button
            appearance="danger"
            aria-label={t("strengthening.indicators.removeLabel", { name: indicator.name })}
            onClick={() => setConfirming(true)}
          >
            {t("strengthening.indicators.remove")}
          </Button>
        </div>
      )}
      {confirming && (
        <Confirm
          question={t("strengthening.indicators.removeConfirm", { name: indicator.name })}
          yes={t("strengthening.indicators.removeYes")}
          busy={remove.isPending}
          onYes={() =>
            remove.mutate(indicator.id, {
              onSuccess: () => {
                announce(t("strengthening.indicators.removed", { name: indicator.name }));
                document.getElementById("ours-heading")?.focus();
              },
            })
          }
          onNo={() => {
            setConfirming(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      )}
      {remove.isError && <Alert type="error">{errorMessage(remove.error)}</Alert>}
    </section>
  );
}

function MeasurementForm({ slug, indicator }: { slug: string; indicator: Indicator }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormat();
  const { addMeasurement } = useIndicatorMutations(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [date, setDate] = useState("");
  const [value, setValue] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<{ date?: string; value?: string }>({});
  const dateRef = useRef<HTMLInputElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const headingId = `measure-${indicator.id}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const number = parseDecimal(value, locale);
    const found: typeof errors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = t("strengthening.indicators.badDate");
    if (number === undefined) found.value = t("strengthening.indicators.badValue");
    setErrors(found);
    if (found.date) return dateRef.current?.focus();
    if (found.value || number === undefined) return valueRef.current?.focus();
    addMeasurement.mutate(
      { id: indicator.id, input: { date, value: number, note } },
      {
        onSuccess: () => {
          announce(
            t("strengthening.indicators.measurementAdded", {
              date: format.date(date),
              name: indicator.name,
            }),
          );
          setDate("");
          setValue("");
          setNote("");
          dateRef.current?.focus();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="sb-form sb-measurement-form" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t("strengthening.indicators.measurementTitle")}
      </h4>
      <div className="sb-field-row">
        <TextField
          ref={dateRef}
          type="date"
          label={t("strengthening.indicators.measurementDate")}
          error={errors.date}
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <TextField
          ref={valueRef}
          label={
            indicator.unit
              ? t("strengthening.indicators.measurementValue", { unit: indicator.unit })
              : t("strengthening.indicators.measurementValuePlain")
          }
          error={errors.value}
          value={value}
          inputMode="decimal"
          maxLength={30}
          onChange={(e) => setValue(e.target.value)}
        />
        <TextField
          label={t("strengthening.indicators.measurementNote")}
          value={note}
          maxLength={1000}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {addMeasurement.isError && (
        <Alert type="error" focusOnMount>
          {errorMessage(addMeasurement.error)}
        </Alert>
      )}
      <Button type="submit" busy={addMeasurement.isPending}>
        {t("strengthening.indicators.addMeasurement")}
      </Button>
    </form>
  );
}

interface IndicatorDraft {
  name: string;
  unit: string;
  direction: Direction;
  source: string;
}

function IndicatorFields({
  draft,
  setDraft,
}: {
  draft: IndicatorDraft;
  setDraft: (draft: IndicatorDraft) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t("strengthening.indicators.name")}
        value={draft.name}
        required
        maxLength={200}
        onChange={(e) => setDraft({ ...draft, name: e.target.value })}
      />
      <TextField
        label={t("strengthening.indicators.unitField")}
        description={t("strengthening.indicators.unitHint")}
        value={draft.unit}
        maxLength={60}
        onChange={(e) => setDraft({ ...draft, unit: e.target.value })}
      />
      <RadioGroup<Direction>
        legend={t("strengthening.indicators.directionLegend")}
        name={`direction-${useId()}`}
        options={directions.map((d) => ({ value: d, label: t(`strengthening.directions.${d}`) }))}
        value={draft.direction}
        onChange={(direction) => setDraft({ ...draft, direction })}
      />
      <TextField
        label={t("strengthening.indicators.sourceField")}
        description={t("strengthening.indicators.sourceHint")}
        value={draft.source}
        maxLength={500}
        onChange={(e) => setDraft({ ...draft, source: e.target.value })}
      />
    </>
  );
}

function IndicatorEdit({
  slug,
  indicator,
  onDone,
}: {
  slug: string;
  indicator: Indicator;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { update } = useIndicatorMutations(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector("input")?.focus(), []);
  const [draft, setDraft] = useState<IndicatorDraft>({
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    source: indicator.source,
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      { id: indicator.id, patch: draft },
      {
        onSuccess: (saved) => {
          announce(t("strengthening.indicators.saved", { name: saved.name }));
          onDone();
        },
      },
    );
  }
  return (
    <form ref={form} onSubmit={submit} className="sb-form sb-readable">
      <IndicatorFields draft={draft} setDraft={setDraft} />
      {update.isError && (
        <Alert type="error" focusOnMount>
          {errorMessage(update.error)}
        </Alert>
      )}
      <div className="sb-actions">
        <Button type="submit" appearance="primary" busy={update.isPending}>
          {t("strengthening.indicators.save")}
        </Button>
        <Button onClick={onDone}>{t("app.cancel")}</Button>
      </div>
    </form>
  );
}

function Library({
  slug,
  indicators,
  canEdit,
}: {
  slug: string;
  indicators: Indicator[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { create } = useIndicatorMutations(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  return (
    <section aria-labelledby="library-heading" className="sb-section">
      <Heading2 id="library-heading">{t("strengthening.indicators.libraryTitle")}</Heading2>
      <Paragraph>{t("strengthening.indicators.libraryIntro")}</Paragraph>
      {create.isError && <Alert type="error">{errorMessage(create.error)}</Alert>}
      <ul className="sb-card-list">
        {indicatorLibrary.map((entry) => {
          const name = t(`strengthening.indicatorLibrary.${entry.key}.name`);
          const unit = t(`strengthening.indicatorLibrary.${entry.key}.unit`);
          const added = indicators.some((i) => i.libraryKey === entry.key);
          const headingId = `library-${entry.key}`;
          return (
            <li key={entry.key} className="sb-card sb-suggestion">
              <h3 id={headingId} className="utrecht-heading-3">
                {name}
              </h3>
              <p className="utrecht-paragraph sb-muted">
                {t("strengthening.indicators.unit")}: {unit} ·{" "}
                {t(`strengthening.directions.${entry.direction}`)}
              </p>
              <div className="sb-caveat">
                <p className="utrecht-paragraph">
                  <strong>{t("strengthening.indicators.caveat")}: </strong>
                  {t(`strengthening.indicatorLibrary.${entry.key}.caveat`)}
                </p>
              </div>
              {added ? (
                <p className="utrecht-paragraph">{t("strengthening.indicators.alreadyAdded")}</p>
              ) : (
                canEdit && (
                  <Button
                    aria-label={t("strengthening.indicators.addFromLibraryLabel", { name })}
                    busy={create.isPending && create.variables?.libraryKey === entry.key}
                    onClick={() => {
                      const input: IndicatorInput = {
                        name,
                        unit,
                        direction: entry.direction,
                        source: "",
                        libraryKey: entry.key,
                      };
                      create.mutate(input, {
                        onSuccess: (created) => {
                          announce(t("strengthening.indicators.created", { name: created.name }));
                          focusWhenShown(`indicator-${created.id}`);
                        },
                      });
                    }}
                  >
                    {t("strengthening.indicators.addFromLibrary")}
                  </Button>
                )
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const emptyIndicator: IndicatorDraft = {
  name: "",
  unit: "",
  direction: "higher_is_better",
  source: "",
};

function OwnIndicator({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { create } = useIndicatorMutations(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState<IndicatorDraft>(emptyIndicator);
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { ...draft, libraryKey: null },
      {
        onSuccess: (created) => {
          announce(t("strengthening.indicators.created", { name: created.name }));
          setDraft(emptyIndicator);
        },
      },
    );
  }
  return (
    <section aria-labelledby="own-heading" className="sb-section sb-readable">
      <Heading2 id="own-heading">{t("strengthening.indicators.ownTitle")}</Heading2>
      <form onSubmit={submit} className="sb-form">
        <IndicatorFields draft={draft} setDraft={setDraft} />
        {create.isError && (
          <Alert type="error" focusOnMount>
            {errorMessage(create.error)}
          </Alert>
        )}
        <Button type="submit" appearance="primary" busy={create.isPending}>
          {t("strengthening.indicators.create")}
        </Button>
      </form>
    </section>
  );
}
