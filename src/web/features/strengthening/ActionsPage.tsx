import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { roleSatisfies } from "../../../domain/roles.ts";
import { type Sphere, spheres } from "../../../domain/spheres.ts";
import { actionStatuses } from "../../../domain/strengthening/index.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { Confirm } from "../../components/Confirm.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { Alert, Button, Heading2, PageTitle, Paragraph, RadioGroup } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { ActionForm, draftOf, emptyAction } from "./ActionForm.tsx";
import {
  type Action,
  expectationTitle,
  type Plan,
  useActionMutations,
  useIndicators,
  useLinkableExpectations,
  useLinkableItems,
  usePlan,
} from "./api.ts";
import { useFormat } from "./format.ts";
import { DataList, StrengtheningNav } from "./parts.tsx";
import "./strengthening.css";

type View = "sphere" | "status" | "owner";
/** The view in the URL, in Dutch like the paths. */
const viewParams: Record<string, View> = { sfeer: "sphere", status: "status", eigenaar: "owner" };
const paramOf: Record<View, string> = { sphere: "sfeer", status: "status", owner: "eigenaar" };

interface Group {
  key: string;
  title: string;
  actions: Action[];
}

const byTitle = (a: Action, b: Action) => a.title.localeCompare(b.title, "nl");

/** The action plan: budget per sphere, and the actions by sphere, status or owner. */
export function ActionsPage() {
  const { t } = useTranslation();
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const plan = usePlan(slug);
  const mutations = useActionMutations(slug);
  const { create } = mutations;
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  // Kept here as well as in the URL, so the radio follows the click at once.
  const [view, setView] = useState<View>(viewParams[params.get("ordenen") ?? ""] ?? "sphere");
  // After a save the card may mount anew in another group; its edit button takes focus there.
  const [focusId, setFocusId] = useState<string | null>(null);
  if (!workspace) return null;
  const canEdit = roleSatisfies(workspace.workspace.role, "editor");
  const title = t("strengthening.actions.title");
  const actions = plan.data?.actions ?? [];
  const owners = [...new Set(actions.map((a) => a.owner).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b, "nl"),
  );

  function groups(): Group[] {
    if (view === "status") {
      return actionStatuses.map((status) => ({
        key: status,
        title: t(`strengthening.statuses.${status}`),
        actions: actions.filter((a) => a.status === status).sort(byTitle),
      }));
    }
    if (view === "owner") {
      return [...owners, ""].map((owner) => ({
        key: `owner-${owner}`,
        title: owner || t("strengthening.actions.noOwner"),
        actions: actions.filter((a) => a.owner === owner).sort(byTitle),
      }));
    }
    return [...spheres, null].map((sphere: Sphere | null) => ({
      key: sphere ?? "none",
      title: sphere
        ? t(`strengthening.sphereTitles.${sphere}`)
        : t("strengthening.actions.noSphere"),
      actions: actions
        .filter((a) => (sphere ? a.spheres.includes(sphere) : a.spheres.length === 0))
        .sort(byTitle),
    }));
  }

  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <StrengtheningNav slug={slug} />
      <Paragraph lead>{t("strengthening.actions.intro")}</Paragraph>
      {!canEdit && <Paragraph>{t("strengthening.actions.readOnly")}</Paragraph>}
      {plan.isError && <Alert type="error">{errorMessage(plan.error)}</Alert>}
      {plan.isPending && <Paragraph>{t("app.loading")}</Paragraph>}
      {plan.data && (
        <>
          <BudgetTable plan={plan.data} />
          <section aria-labelledby="actions-heading" className="sb-section">
            <h2 id="actions-heading" tabIndex={-1} className="utrecht-heading-2 sb-focus-target">
              {t("strengthening.actions.listTitle")}
            </h2>
            {actions.length === 0 ? (
              <Paragraph>{t("strengthening.actions.empty")}</Paragraph>
            ) : (
              <>
                <RadioGroup<View>
                  legend={t("strengthening.actions.viewLegend")}
                  name="action-view"
                  inline
                  options={(["sphere", "status", "owner"] as const).map((v) => ({
                    value: v,
                    label: t(`strengthening.actions.views.${v}`),
                  }))}
                  value={view}
                  onChange={(v) => {
                    setView(v);
                    setParams(
                      (current) => {
                        const next = new URLSearchParams(current);
                        next.set("ordenen", paramOf[v]);
                        return next;
                      },
                      { replace: true },
                    );
                  }}
                />
                {groups()
                  .filter((g) => g.actions.length > 0)
                  .map((group) => (
                    <section
                      key={group.key}
                      aria-labelledby={`group-${group.key}`}
                      className="sb-action-group"
                    >
                      <h3 id={`group-${group.key}`} className="utrecht-heading-3">
                        {group.title}{" "}
                        <span className="sb-muted sb-heading-count">
                          ({t("strengthening.actions.groupCount", { count: group.actions.length })})
                        </span>
                      </h3>
                      <ul className="sb-action-list">
                        {group.actions.map((action) => (
                          <ActionCard
                            key={action.id}
                            slug={slug}
                            idPrefix={group.key}
                            action={action}
                            canEdit={canEdit}
                            owners={owners}
                            mutations={mutations}
                            focusId={focusId}
                            setFocusId={setFocusId}
                          />
                        ))}
                      </ul>
                    </section>
                  ))}
              </>
            )}
          </section>
        </>
      )}
      {canEdit && (
        <section aria-labelledby="add-action" className="sb-section sb-readable">
          <Heading2 id="add-action">{t("strengthening.actions.addTitle")}</Heading2>
          <ActionForm
            slug={slug}
            initial={emptyAction}
            owners={owners}
            submitLabel={t("strengthening.actions.add")}
            mutation={create}
            onSubmit={(input, reset) =>
              create.mutate(input, {
                onSuccess: (created) => {
                  announce(t("strengthening.actions.created", { title: created.title }));
                  reset();
                },
              })
            }
          />
        </section>
      )}
    </>
  );
}

function BudgetTable({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counted = plan.actions.filter((a) => a.status !== "stopped").length;
  return (
    <section aria-labelledby="budget-heading" className="sb-section">
      <Heading2 id="budget-heading">{t("strengthening.actions.budgetTitle")}</Heading2>
      <DataTable
        caption={t("strengthening.actions.budgetCaption")}
        columns={[
          t("strengthening.actions.sphere"),
          t("strengthening.actions.budget"),
          t("strengthening.actions.actionCount"),
        ]}
        className="sb-number-table"
        rows={plan.budget.rows.map((row) => ({
          key: row.sphere ?? "none",
          header: row.sphere
            ? t(`model.spheres.${row.sphere}`)
            : t("strengthening.actions.noSphere"),
          cells: [format.euro(row.budget), row.actions],
        }))}
        footer={{
          key: "total",
          header: t("strengthening.actions.total"),
          cells: [format.euro(plan.budget.total), counted],
        }}
      />
      <Paragraph>{t("strengthening.actions.budgetNote")}</Paragraph>
    </section>
  );
}

function ActionCard({
  slug,
  idPrefix,
  action,
  canEdit,
  owners,
  mutations,
  focusId,
  setFocusId,
}: {
  slug: string;
  idPrefix: string;
  action: Action;
  canEdit: boolean;
  owners: string[];
  /** Owned by the page: a card may unmount (move to another group) while its save runs. */
  mutations: ReturnType<typeof useActionMutations>;
  focusId: string | null;
  setFocusId: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { update, remove } = mutations;
  const mine = (m: typeof update | typeof remove, id: string | undefined) => ({
    isPending: m.isPending && id === action.id,
    isError: m.isError && id === action.id,
    error: m.error,
  });
  const updating = mine(update, update.variables?.id);
  const removing = mine(remove, remove.variables);
  const items = useLinkableItems(slug);
  const expectations = useLinkableExpectations(slug);
  const indicators = useIndicators(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = `action-${idPrefix}-${action.id}`;

  useEffect(() => {
    if (!editing && focusId === action.id) {
      editButton.current?.focus();
      setFocusId(null);
    }
  }, [editing, focusId, action.id, setFocusId]);

  const names = (ids: string[], lookup: (id: string) => string | undefined) => {
    const found = ids.map(lookup).filter((n): n is string => Boolean(n));
    return found.length ? found.join(", ") : t("strengthening.actions.none");
  };
  const period =
    action.from && action.until
      ? t("strengthening.actions.periodFromUntil", {
          from: format.month(action.from),
          until: format.month(action.until),
        })
      : action.from
        ? t("strengthening.actions.periodFrom", { from: format.month(action.from) })
        : action.until
          ? t("strengthening.actions.periodUntil", { until: format.month(action.until) })
          : t("strengthening.actions.noPeriod");

  const rows = [
    {
      label: t("strengthening.actions.status"),
      value: t(`strengthening.statuses.${action.status}`),
    },
    {
      label: t("strengthening.actions.owner"),
      value: action.owner || t("strengthening.actions.noOwner"),
    },
    {
      label: t("strengthening.actions.budget"),
      value:
        action.budget === null ? t("strengthening.actions.noBudget") : format.euro(action.budget),
    },
    { label: t("strengthening.actions.period"), value: period },
    {
      label: t("strengthening.actions.spheres"),
      value: action.spheres.length
        ? action.spheres.map((s) => t(`model.spheres.${s}`)).join(", ")
        : t("strengthening.actions.none"),
    },
    {
      label: t("strengthening.actions.indicators"),
      value: names(action.indicatorIds, (id) => indicators.data?.find((i) => i.id === id)?.name),
    },
    {
      label: t("strengthening.actions.items"),
      value: names(action.itemIds, (id) => items.data?.find((i) => i.id === id)?.name),
    },
    {
      label: t("strengthening.actions.expectations"),
      value: names(action.expectationIds, (id) => {
        const e = expectations.data?.find((x) => x.id === id);
        return e && expectationTitle(e);
      }),
    },
    ...(action.description
      ? [{ label: t("strengthening.actions.description"), value: action.description }]
      : []),
  ];

  return (
    <li className="sb-card sb-action">
      <article aria-labelledby={headingId}>
        <h4 id={headingId} className="utrecht-heading-4 sb-action__title">
          {action.title}{" "}
          <span className={`sb-badge sb-status sb-status--${action.status}`}>
            {t(`strengthening.statuses.${action.status}`)}
          </span>
        </h4>
        {editing ? (
          <ActionForm
            slug={slug}
            initial={draftOf(action)}
            owners={owners}
            submitLabel={t("strengthening.actions.save")}
            mutation={updating}
            focusOnMount
            onCancel={() => {
              setFocusId(action.id);
              setEditing(false);
            }}
            onSubmit={(input) =>
              update.mutate(
                { id: action.id, input },
                {
                  onSuccess: (saved) => {
                    announce(t("strengthening.actions.saved", { title: saved.title }));
                    setEditing(false);
                    setFocusId(action.id);
                  },
                },
              )
            }
          />
        ) : (
          <>
            <DataList rows={rows} />
            {canEdit && !confirming && (
              <div className="sb-actions">
                <Button
                  ref={editButton}
                  aria-label={t("strengthening.actions.editLabel", { title: action.title })}
                  onClick={() => setEditing(true)}
                >
                  {t("strengthening.actions.edit")}
                </Button>
                <Button
                  appearance="danger"
                  aria-label={t("strengthening.actions.removeLabel", { title: action.title })}
                  onClick={() => setConfirming(true)}
                >
                  {t("strengthening.actions.remove")}
                </Button>
              </div>
            )}
            {confirming && (
              <Confirm
                question={t("strengthening.actions.removeConfirm", { title: action.title })}
                yes={t("strengthening.actions.removeYes")}
                busy={removing.isPending}
                onYes={() =>
                  remove.mutate(action.id, {
                    onSuccess: () => {
                      announce(t("strengthening.actions.removed", { title: action.title }));
                      document.getElementById("actions-heading")?.focus();
                    },
                  })
                }
                onNo={() => {
                  setConfirming(false);
                  setFocusId(action.id);
                }}
              />
            )}
            {removing.isError && <Alert type="error">{errorMessage(removing.error)}</Alert>}
          </>
        )}
      </article>
    </li>
  );
}
