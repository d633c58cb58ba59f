import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle, Paragraph } from "../components/ui.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t("app.notFoundTitle")}>{t("app.notFoundTitle")}</PageTitle>
      <Paragraph>{t("app.notFoundBody")}</Paragraph>
      <Paragraph>
        <Link className="utrecht-link" to="/werkruimtes">
          {t("app.backHome")}
        </Link>
      </Paragraph>
    </>
  );
}
