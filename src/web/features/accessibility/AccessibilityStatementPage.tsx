import { useTranslation } from "react-i18next";
import { Heading2, PageTitle, Paragraph } from "../../components/ui.tsx";

const measures = ["m1", "m2", "m3", "m4", "m5"] as const;

/** The accessibility statement, following the structure of the Dutch model statement. */
export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  return (
    <div className="sb-readable">
      <PageTitle title={t("accessibility.title")}>{t("accessibility.title")}</PageTitle>
      <Paragraph lead>{t("accessibility.intro")}</Paragraph>
      <Heading2>{t("accessibility.statusTitle")}</Heading2>
      <Paragraph>{t("accessibility.status")}</Paragraph>
      <Heading2>{t("accessibility.measuresTitle")}</Heading2>
      <ul className="utrecht-unordered-list">
        {measures.map((m) => (
          <li key={m} className="utrecht-unordered-list__item">
            {t(`accessibility.${m}`)}
          </li>
        ))}
      </ul>
      <Heading2>{t("accessibility.limitsTitle")}</Heading2>
      <Paragraph>{t("accessibility.limits")}</Paragraph>
      <Heading2>{t("accessibility.contactTitle")}</Heading2>
      <Paragraph>{t("accessibility.contact")}</Paragraph>
    </div>
  );
}
