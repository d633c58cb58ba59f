import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useMatch, useNavigate } from "react-router";
import type { Language } from "../../domain/i18n/index.ts";
import type { WorkspaceOverview } from "../../domain/workspaces.schemas.ts";
import { api } from "../components/api-client.ts";
import { useLogout, useSession } from "../components/session.ts";
import { ThemeLogo, themeStyle, useWorkspaceTheme } from "../components/theme.tsx";
import { Button } from "../components/ui.tsx";
import { workspaceKey } from "../components/workspace.ts";
import { setLanguage } from "../i18n/i18n.ts";

function LanguageSwitch() {
  const { t } = useTranslation();
  const target = t("language.switchToLang") as Language;
  return (
    <Button
      appearance="subtle"
      lang={target}
      aria-label={t("language.switchHint")}
      onClick={() => setLanguage(target)}
    >
      {t("language.switchTo")}
    </Button>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  if (!session.data) return null;
  return (
    <>
      <span className="sb-header__user">
        {t("auth.loggedInAs", { name: session.data.displayName })}
      </span>
      <Link className="sb-header__account" to="/account">
        {t("privacy.account.link")}
      </Link>
      <Button
        appearance="subtle"
        busy={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSuccess: () => navigate("/inloggen") })}
      >
        {t("auth.logout")}
      </Button>
    </>
  );
}

/** On a workspace's pages, that workspace's theme (colours on the root, logo in the header). */
function useShellTheme() {
  const slug = useMatch("/w/:slug/*")?.params.slug;
  const theme = useWorkspaceTheme(slug);
  const workspace = useQuery({
    queryKey: workspaceKey(slug ?? ""),
    queryFn: () => api<WorkspaceOverview>(`/workspaces/${encodeURIComponent(slug ?? "")}`),
    enabled: Boolean(slug),
  });
  const active = slug ? theme.data : undefined;
  return { theme: active, name: workspace.data?.workspace.name ?? "" };
}

export function Shell() {
  const { t } = useTranslation();
  const { theme, name } = useShellTheme();
  return (
    <div className="utrecht-document sb-document sb-theme" style={themeStyle(theme)}>
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        {t("app.skipToContent")}
      </a>
      <header className="utrecht-page-header sb-header">
        <div className="sb-header__inner">
          <div className="sb-header__brand">
            {name && <ThemeLogo theme={theme} name={name} />}
            <Link to="/werkruimtes" className="sb-header__brand-link">
              {t("app.name")}
            </Link>
          </div>
          <div className="sb-header__actions">
            <UserMenu />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="inhoud" className="utrecht-page-content sb-main">
        <Outlet />
      </main>
      <footer className="utrecht-page-footer sb-footer">
        <div className="sb-footer__inner">
          <p className="utrecht-paragraph">{t("app.footer")}</p>
          <Link className="utrecht-link sb-footer__link" to="/toegankelijkheid">
            {t("app.accessibilityLink")}
          </Link>
          <Link className="utrecht-link sb-footer__link" to="/privacy">
            {t("privacy.statement.link")}
          </Link>
        </div>
      </footer>
    </div>
  );
}
