import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { roleSatisfies } from "../../../domain/roles.ts";
import type { Sphere } from "../../../domain/spheres.ts";
import type { SnapshotChange } from "../../../domain/strengthening/index.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { Confirm } from "../../components/Confirm.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
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
import { type Snapshot, useComparison, useSnapshotMutations, useSnapshots } from "./api.ts";
import { useFormat } from "./format.ts";
import { StrengtheningNav } from "./parts.tsx";
import "./strengthening.css";

const groupOf: Record<SnapshotChange["kind"], string> = {
  item_added: "items",
  item_removed: "items",
  item_moved: "items",
  decision_changed: "decisions",
  expectation_added: "expectations",
  expectation_removed: "expectations",
  expectation_rerated: "expectations",
  roles_changed: "roles",
  action_added: "actions",
  action_removed: "actions",
  action_status: "actions",
  action_budget: "actions",
  indicator_added: "indicators",
  indicator_removed: "indicators",
  indicator_changed: "indicators",
};
const groups = ["items", "decisions", "expectations", "roles", "actions", "indicators"] as const;

/** Snapshots: take one with a label, and read what changed between two moments. */
export function SnapshotsPage() {
  const { t } = useTranslation();
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const snapshots = useSnapshots(slug);
  const errorMessage = useErrorMessage();
  if (!workspace) return null;
  const canEdit = roleSatisfies(workspace.workspace.role, "editor");
  const title = t("strengthening.snapshots.title");

  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <StrengtheningNav slug={slug} />
      <Paragraph lead>{t("strengthening.snapshots.intro")}</Paragraph>
      {!canEdit && <Paragraph>{t("strengthening.snapshots.readOnly")}</Paragraph>}
      {canEdit && <TakeSnapshot slug={slug} />}
      {snapshots.isError && <Alert type="error">{errorMessage(snapshots.error)}</Alert>}
      {snapshots.data && (
        <>
          <SnapshotList slug={slug} snapshots={snapshots.data} canEdit={canEdit} />
          <Compare slug={slug} snapshots={snapshots.data} />
        </>
      )}
    </>
  );
}

function TakeSnapshot({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { take } = useSnapshotMutations(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [label, setLabel] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    take.mutate(label, {
      onSuccess: (taken) => {
        announce(t("strengthening.snapshots.taken", { label: taken.label }));
        setLabel("");
      },
    });
  }
  return (
    <section aria-labelledby="take-heading" className="sb-section sb-readable">
      <Heading2 id="take-heading">{t("strengthening.snapshots.takeTitle")}</Heading2>
      <form onSubmit={submit} className="sb-form">
        <TextField
          label={t("strengthening.snapshots.label")}
          description={t("strengthening.snapshots.labelHint")}
          value={label}
          required
          maxLength={200}
          onChange={(e) => setLabel(e.target.value)}
        />
        {take.isError && (
          <Alert type="error" focusOnMount>
            {errorMessage(take.error)}
          </Alert>
        )}
        <Button type="submit" appearance="primary" busy={take.isPending}>
          {t("strengthening.snapshots.take")}
        </Button>
      </form>
    </section>
  );
}

function SnapshotList({
  slug,
  snapshots,
  canEdit,
}: {
  slug: string;
  snapshots: Snapshot[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { remove } = useSnapshotMutations(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState<Snapshot | null>(null);
  return (
    <section aria-labelledby="list-heading" className="sb-section">
      <h2 id="list-heading" tabIndex={-1} className="utrecht-heading-2 sb-focus-target">
        {t("strengthening.snapshots.listTitle")}
      </h2>
      {snapshots.length === 0 ? (
        <Paragraph>{t("strengthening.snapshots.none")}</Paragraph>
      ) : (
        <DataTable
          caption={t("strengthening.snapshots.caption")}
          columns={[
            t("strengthening.snapshots.name"),
            t("strengthening.snapshots.takenAt"),
            ...(canEdit ? [t("strengthening.snapshots.manage")] : []),
          ]}
          rows={snapshots.map((s) => ({
            key: s.id,
            header: s.label,
            cells: [
              format.dateTime(s.takenAt),
              ...(canEdit
                ? [
                    <Button
                      key="remove"
                      appearance="subtle"
                      aria-label={t("strengthening.snapshots.removeLabel", { label: s.label })}
                      onClick={() => setConfirming(s)}
                    >
                      {t("strengthening.snapshots.remove")}
                    </Button>,
                  ]
                : []),
            ],
          }))}
        />
      )}
      {confirming && (
        <Confirm
          question={t("strengthening.snapshots.removeConfirm", { label: confirming.label })}
          yes={t("strengthening.snapshots.removeYes")}
          busy={remove.isPending}
          onYes={() =>
            remove.mutate(confirming.id, {
              onSuccess: () => {
                announce(t("strengthening.snapshots.removed", { label: confirming.label }));
                setConfirming(null);
                document.getElementById("list-heading")?.focus();
              },
            })
          }
          onNo={() => {
            setConfirming(null);
            document.getElementById("list-heading")?.focus();
          }}
        />
      )}
      {remove.isError && <Alert type="error">{errorMessage(remove.error)}</Alert>}
    </section>
  );
}

function Compare({ slug, snapshots }: { slug: string; snapshots: Snapshot[] }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const known = (id: string | null) =>
    id && (id === "now" || snapshots.some((s) => s.id === id)) ? id : "";
  // The comparison asked for is in the URL, so it can be shared and survives a reload.
  const from = known(params.get("van"));
  const to = known(params.get("naar"));
  const [draftFrom, setDraftFrom] = useState(from || snapshots[0]?.id || "");
  const [draftTo, setDraftTo] = useState(to || "now");
  const comparison = useComparison(slug, from, from && to && from !== to ? to : "");
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);
  const [sameError, setSameError] = useState(false);

  // A snapshot taken or removed changes the choices; keep the draft on one that exists.
  useEffect(() => {
    if (!snapshots.some((s) => s.id === draftFrom)) setDraftFrom(snapshots[0]?.id ?? "");
    if (draftTo !== "now" && !snapshots.some((s) => s.id === draftTo)) setDraftTo("now");
  }, [snapshots, draftFrom, draftTo]);

  useEffect(() => {
    if (comparison.data && focusResult.current) {
      focusResult.current = false;
      resultHeading.current?.focus();
      announce(t("strengthening.snapshots.changeCount", { count: comparison.data.length }));
    }
  }, [comparison.data, announce, t]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (draftFrom === draftTo) {
      setSameError(true);
      return;
    }
    setSameError(false);
    if (draftFrom === from && draftTo === to) {
      // The same comparison again: "today" may have moved since.
      void comparison.refetch().then(({ data }) => {
        resultHeading.current?.focus();
        announce(t("strengthening.snapshots.changeCount", { count: data?.length ?? 0 }));
      });
      return;
    }
    focusResult.current = true;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set("van", draftFrom);
        next.set("naar", draftTo);
        return next;
      },
      { replace: true },
    );
  }

  const labelOf = (id: string) =>
    id === "now"
      ? t("strengthening.snapshots.resultToday")
      : t("strengthening.snapshots.resultSnapshot", {
          label: snapshots.find((s) => s.id === id)?.label ?? "",
        });

  return (
    <section aria-labelledby="compare-heading" className="sb-section">
      <Heading2 id="compare-heading">{t("strengthening.snapshots.compareTitle")}</Heading2>
      {snapshots.length === 0 ? (
        <Paragraph>{t("strengthening.snapshots.needTwo")}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("strengthening.snapshots.compareIntro")}</Paragraph>
          <form onSubmit={submit} className="sb-form sb-compare-form">
            <div className="sb-field-row">
              <SelectField
                label={t("strengthening.snapshots.from")}
                value={draftFrom}
                onChange={(e) => setDraftFrom(e.target.value)}
              >
                {snapshots.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t("strengthening.snapshots.to")}
                value={draftTo}
                onChange={(e) => setDraftTo(e.target.value)}
              >
                <option value="now">{t("strengthening.snapshots.today")}</option>
                {snapshots.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </SelectField>
            </div>
            {sameError && (
              <Alert type="error" focusOnMount>
                {t("strengthening.snapshots.same")}
              </Alert>
            )}
            <Button type="submit" appearance="primary" busy={comparison.isFetching}>
              {t("strengthening.snapshots.compare")}
            </Button>
          </form>
        </>
      )}
      {comparison.isError && <Alert type="error">{errorMessage(comparison.error)}</Alert>}
      {comparison.data && from && to && (
        <div className="sb-comparison">
          <h3 ref={resultHeading} tabIndex={-1} className="utrecht-heading-3 sb-focus-target">
            {t("strengthening.snapshots.resultTitle", {
              from: snapshots.find((s) => s.id === from)?.label ?? "",
              to: labelOf(to),
            })}
          </h3>
          {comparison.data.length === 0 ? (
            <Paragraph>{t("strengthening.changes.nothing")}</Paragraph>
          ) : (
            <>
              <Paragraph>
                {t("strengthening.snapshots.changeCount", { count: comparison.data.length })}
              </Paragraph>
              {groups.map((group) => {
                const changes = comparison.data.filter((c) => groupOf[c.kind] === group);
                if (changes.length === 0) return null;
                return (
                  <section
                    key={group}
                    aria-labelledby={`changes-${group}`}
                    className="sb-change-group"
                  >
                    <h4 id={`changes-${group}`} className="utrecht-heading-4">
                      {t(`strengthening.snapshots.groups.${group}`)}
                    </h4>
                    <ul className="sb-changes">
                      {changes.map((change, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a change has no id; the list is rendered whole
                        <li key={i}>
                          <ChangeText change={change} />
                        </li>
                      ))}
                    </ul>
                  </section>
                );
              })}
            </>
          )}
        </div>
      )}
    </section>
  );
}

/** One change as a sentence a council member reads, from the `strengthening.changes` texts. */
function ChangeText({ change }: { change: SnapshotChange }) {
  const { t } = useTranslation();
  const format = useFormat();
  const c = "strengthening.changes";
  const sphere = (s: Sphere | null) => (s ? t(`model.spheres.${s}`) : t(`${c}.unplaced`));
  const lower = (text: string) => text.toLocaleLowerCase();
  const status = (s: string) => lower(t(`strengthening.statuses.${s}`));
  const budget = (b: number | null) => (b === null ? t(`${c}.noBudget`) : format.euro(b));
  const decision = (d: string | null) => (d ? t(`delimitation.decisions.${d}`) : t(`${c}.none`));
  const rating = (r: string | null) => (r ? t(`expectations.ratings.${r}`) : t(`${c}.notRated`));
  const roleNames = (roles: readonly string[]) =>
    roles.map((r) => t(`strengthening.roles.${r}.name`)).join(", ");

  switch (change.kind) {
    case "item_added":
      return t(`${c}.item_added`, { name: change.name, sphere: sphere(change.sphere) });
    case "item_removed":
      return t(`${c}.item_removed`, { name: change.name });
    case "item_moved":
      return t(`${c}.item_moved`, {
        name: change.name,
        from: sphere(change.from),
        to: sphere(change.to),
      });
    case "decision_changed":
      return (
        <>
          {t(`${c}.decision_changed`, {
            name: change.name,
            from: decision(change.from),
            to: decision(change.to),
          })}
          {change.reason && (
            <>
              {" "}
              <span className="sb-muted">
                {t("strengthening.snapshots.reason", { reason: change.reason })}
              </span>
            </>
          )}
        </>
      );
    case "expectation_added":
      return t(`${c}.expectation_added`, { title: change.title });
    case "expectation_removed":
      return t(`${c}.expectation_removed`, { title: change.title });
    case "expectation_rerated":
      return t(`${c}.expectation_rerated`, {
        title: change.title,
        from: rating(change.from),
        to: rating(change.to),
        ratings: change.ratings,
      });
    case "roles_changed":
      return [
        t(`${c}.roles_changed`, { sphere: t(`strengthening.sphereAdjectives.${change.sphere}`) }),
        change.added.length ? t(`${c}.rolesAdded`, { roles: roleNames(change.added) }) : "",
        change.removed.length ? t(`${c}.rolesRemoved`, { roles: roleNames(change.removed) }) : "",
        change.explanationChanged ? t(`${c}.explanationChanged`) : "",
      ]
        .filter(Boolean)
        .join(" ");
    case "action_added":
      return t(`${c}.action_added`, {
        title: change.title,
        status: status(change.status),
        budget: budget(change.budget),
      });
    case "action_removed":
      return t(`${c}.action_removed`, { title: change.title });
    case "action_status":
      return t(`${c}.action_status`, {
        title: change.title,
        from: status(change.from),
        to: status(change.to),
      });
    case "action_budget":
      return t(`${c}.action_budget`, {
        title: change.title,
        from: budget(change.from),
        to: budget(change.to),
      });
    case "indicator_added":
      return t(`${c}.indicator_added`, { name: change.name });
    case "indicator_removed":
      return t(`${c}.indicator_removed`, { name: change.name });
    case "indicator_changed": {
      const measured = (m: { date: string; value: number } | null) =>
        m
          ? t("strengthening.snapshots.measured", {
              value: change.unit
                ? `${format.number(m.value)} ${change.unit}`
                : format.number(m.value),
              date: format.date(m.date),
            })
          : t(`${c}.notMeasured`);
      return t(`${c}.indicator_changed`, {
        name: change.name,
        from: measured(change.from),
        to: measured(change.to),
      });
    }
    default:
      return null;
  }
}
