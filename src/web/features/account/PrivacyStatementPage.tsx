import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useOrganisation } from "../../components/organisation.ts";
import { Heading2, PageTitle, Paragraph } from "../../components/ui.tsx";

const k = (key: string) => `privacy.statement.${key}`;
const kept = ["account", "sessions", "content", "log", "participants"] as const;

/**
 * What is kept about a person, why, how long and what they can do (AVG art. 13): the short,
 * readable version of docs/privacy.md, for members and for someone about to accept an invitation.
 */
export function PrivacyStatementPage() {
  const { t } = useTranslation();
  const { organisation, Organisation } = useOrganisation();
  const values = { organisation, Organisation };
  return (
    <div className="sb-readable">
      <PageTitle title={t(k("title"))}>{t(k("title"))}</PageTitle>
      <Paragraph lead>{t(k("intro"), values)}</Paragraph>
      <Heading2>{t(k("whatTitle"))}</Heading2>
      <ul className="utrecht-unordered-list">
        {kept.map((what) => (
          <li key={what} className="utrecht-unordered-list__item">
            {t(k(`what.${what}`))}
          </li>
        ))}
      </ul>
      <Heading2>{t(k("notTitle"))}</Heading2>
      <Paragraph>{t(k("not"))}</Paragraph>
      <Heading2>{t(k("basisTitle"))}</Heading2>
      <Paragraph>{t(k("basis"), values)}</Paragraph>
      <Heading2>{t(k("rightsTitle"))}</Heading2>
      <Paragraph>{t(k("rights"))}</Paragraph>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/account">
          {t(k("rightsLink"))}
        </Link>
      </p>
      <Heading2>{t(k("contactTitle"))}</Heading2>
      <Paragraph>{t(k("contact"), values)}</Paragraph>
    </div>
  );
}
