import { useTranslation } from "react-i18next";
import { Alert, Heading2, PageTitle, Paragraph } from "../../components/ui.tsx";

/** Pages a later version fills; none at the moment. */
export type PlannedPage = never;

/** An honest placeholder for a page a later version fills: says so, shows nothing fake. */
export function ComingSoonPage({ page }: { page: PlannedPage }) {
  const { t } = useTranslation();
  const key: string = page;
  const name = t(`nav.${key}`);
  return (
    <>
      <PageTitle title={name}>{name}</PageTitle>
      <Alert type="info">
        <p className="utrecht-paragraph">
          <strong>{t("comingSoon.title", { page: name })}</strong>
        </p>
        <p className="utrecht-paragraph">{t("comingSoon.body")}</p>
      </Alert>
      <Heading2>{t("comingSoon.plannedTitle")}</Heading2>
      <Paragraph>{t(`comingSoon.${key}`)}</Paragraph>
    </>
  );
}
