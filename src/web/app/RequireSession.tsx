import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { useErrorMessage } from "../components/errors.ts";
import { useSession } from "../components/session.ts";
import { Alert, Paragraph } from "../components/ui.tsx";

/** Shows its pages to a logged-in user; sends anyone else to the login page and back. */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const errorMessage = useErrorMessage();
  if (session.isPending) return <Paragraph>{t("app.loading")}</Paragraph>;
  if (session.isError) return <Alert type="error">{errorMessage(session.error)}</Alert>;
  if (!session.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/inloggen?next=${next}`} replace />;
  }
  return <Outlet />;
}
