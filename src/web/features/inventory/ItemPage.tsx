import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { roleSatisfies } from "../../../domain/roles.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { useThemeLabel } from "../../components/inventory-data.ts";
import { Alert, Button, ErrorPage, Heading2, PageTitle, Paragraph } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { useItem, useItemActions, useItemHistory } from "./api.ts";

/** One item: its fields, its history, and (for editors) edit, archive and restore. */
export function ItemPage() {
  const { t, i18n } = useTranslation();
  const itemId = useParams().itemId ?? "";
  const { data: overview } = useCurrentWorkspace();
  const slug = overview?.workspace.slug ?? "";
  const item = useItem(slug, itemId);
  const history = useItemHistory(slug, itemId);
  const actions = useItemActions(slug);
  const themeLabel = useThemeLabel();
  const errorMessage = useErrorMessage();
  const announce = useAnnounce();

  if (!overview) return null;
  if (item.isError) {
    return <ErrorPage title={t("app.notFoundTitle")}>{errorMessage(item.error)}</ErrorPage>;
  }
  if (!item.data) return <Paragraph>{t("app.loading")}</Paragraph>;
  const it = item.data;
  const canEdit = roleSatisfies(overview.workspace.role, "editor");
  const dateTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const failure = actions.archive.error ?? actions.restore.error;
  const rows: [string, string][] = [
    [t("inventory.description"), it.description || t("inventory.none")],
    [t("inventory.sphere"), t(`model.spheres.${it.sphere ?? "unplaced"}`)],
    [t("inventory.kind"), t(`model.kinds.${it.kind}`)],
    [t("inventory.areas"), it.areas.map((a) => a.name).join(", ") || t("inventory.none")],
    [t("inventory.themes"), it.themes.map(themeLabel).join(", ") || t("inventory.none")],
    [t("inventory.carriedBy"), t(`model.carriers.${it.carriedBy}`)],
    [t("inventory.funding"), it.funding || t("inventory.none")],
    [t("inventory.reach"), it.reach || t("inventory.none")],
  ];

  return (
    <div className="sb-readable">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/w/${slug}/inventaris`}>
          ← {t("nav.inventory")}
        </Link>
      </p>
      <PageTitle title={it.name}>{it.name}</PageTitle>
      {it.archivedAt && <Alert type="warning">{t("inventory.archived")}</Alert>}
      {failure && <Alert type="error">{errorMessage(failure)}</Alert>}
      <dl className="sb-data-list">
        {rows.map(([label, value]) => (
          <div key={label} className="sb-data-list__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {canEdit && (
        <div className="sb-actions">
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            to="bewerken"
          >
            {t("inventory.edit")}
          </Link>
          {it.archivedAt ? (
            <Button
              busy={actions.restore.isPending}
              onClick={() =>
                actions.restore.mutate(it.id, {
                  onSuccess: () => announce(t("inventory.restoredDone", { name: it.name })),
                })
              }
            >
              {t("inventory.restore")}
            </Button>
          ) : (
            <Button
              busy={actions.archive.isPending}
              onClick={() =>
                actions.archive.mutate(it.id, {
                  onSuccess: () => announce(t("inventory.archivedDone", { name: it.name })),
                })
              }
            >
              {t("inventory.archive")}
            </Button>
          )}
        </div>
      )}
      <section aria-labelledby="history" className="sb-section">
        <Heading2 id="history">{t("inventory.history")}</Heading2>
        <ol className="sb-plain-list">
          {(history.data ?? []).map((change) => (
            <li key={`${change.at}-${change.action}`} className="sb-row">
              <span>
                {t("inventory.historyEntry", {
                  date: dateTime.format(new Date(change.at)),
                  who: change.by ?? t("inventory.unknownUser"),
                  action: t(`inventory.actions.${change.action}`),
                })}
                {Object.keys(change.changes).length > 0 &&
                  `: ${Object.keys(change.changes)
                    .map((field) =>
                      i18n.exists(`inventory.${field}`) ? t(`inventory.${field}`) : field,
                    )
                    .join(", ")}`}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
