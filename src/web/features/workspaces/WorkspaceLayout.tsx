import { useTranslation } from "react-i18next";
import { NavLink, Outlet } from "react-router";
import { ApiError } from "../../components/api-client.ts";
import { useErrorMessage } from "../../components/errors.ts";
import { Alert, PageTitle, Paragraph } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";

const sections = [
  { path: "", key: "home" },
  { path: "inventaris", key: "inventory" },
  { path: "sferen", key: "spheres" },
  { path: "afbakening", key: "delimitation" },
  { path: "verwachtingen", key: "expectations" },
  { path: "versterken", key: "strengthen" },
  { path: "bijeenkomsten", key: "sessions" },
  { path: "rapporten", key: "reports" },
  { path: "leden", key: "members" },
  { path: "logboek", key: "audit", ownerOnly: true },
] as const;

export function WorkspaceLayout() {
  const { t } = useTranslation();
  const overview = useCurrentWorkspace();
  const errorMessage = useErrorMessage();

  if (overview.isPending) return <Paragraph>{t("app.loading")}</Paragraph>;
  if (overview.isError) {
    if (overview.error instanceof ApiError && overview.error.problem.status === 404) {
      return (
        <>
          <PageTitle title={t("app.notFoundTitle")}>{t("app.notFoundTitle")}</PageTitle>
          <Paragraph>{t("app.notFoundBody")}</Paragraph>
        </>
      );
    }
    return <Alert type="error">{errorMessage(overview.error)}</Alert>;
  }
  const { workspace } = overview.data;
  const shown = sections.filter((s) => !("ownerOnly" in s) || workspace.role === "owner");
  return (
    <div className="sb-workspace">
      <p className="sb-workspace__name">{workspace.name}</p>
      <nav aria-label={t("app.workspaceNavigation")} className="sb-workspace-nav">
        <ul>
          {shown.map((section) => (
            <li key={section.key}>
              <NavLink
                end={section.path === ""}
                to={`/w/${workspace.slug}${section.path ? `/${section.path}` : ""}`}
                className="sb-workspace-nav__link"
              >
                {t(`nav.${section.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sb-workspace__content">
        <Outlet />
      </div>
    </div>
  );
}
