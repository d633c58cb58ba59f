import { useTranslation } from "react-i18next";
import { useOrganisation } from "../../components/organisation.ts";
import { Heading2, PageTitle, Paragraph } from "../../components/ui.tsx";

/** The date this statement was last reviewed; change it with the statement's texts. */
const statementDate = "2026-11-29";

const statuses = ["a", "b", "c", "d", "e"] as const;
const measures = ["axe", "keyboard", "lighthouse", "reflow", "screenReader", "nlds"] as const;
const limits = ["audit", "downloads", "content"] as const;

function List({ items }: { items: readonly string[] }) {
  return (
    <ul className="utrecht-unordered-list">
      {items.map((text) => (
        <li key={text} className="utrecht-unordered-list__item">
          {text}
        </li>
      ))}
    </ul>
  );
}

/**
 * The accessibility statement, in the order of the Dutch model statement (Logius,
 * toegankelijkheidsverklaring.nl): organisation and scope, compliance status, measures, known
 * limitations, date, feedback and contact, enforcement procedure.
 */
export function AccessibilityStatementPage() {
  const { t, i18n } = useTranslation();
  const { organisation, Organisation, accessibilityContact: contact } = useOrganisation();
  const contactHref = contact?.includes("@") ? `mailto:${contact}` : contact;
  const date = new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "nl-NL", {
    dateStyle: "long",
  }).format(new Date(`${statementDate}T12:00:00`));
  const values = { organisation, Organisation, host: window.location.host, date };

  return (
    <div className="sb-readable">
      <PageTitle title={t("accessibility.title")}>{t("accessibility.title")}</PageTitle>
      <Paragraph lead>{t("accessibility.intro", values)}</Paragraph>

      <Heading2>{t("accessibility.scopeTitle")}</Heading2>
      <Paragraph>{t("accessibility.scope", values)}</Paragraph>
      <Paragraph>{t("accessibility.standard")}</Paragraph>

      <Heading2>{t("accessibility.statusTitle")}</Heading2>
      <Paragraph>
        <strong>{t("accessibility.statusLabel")}</strong>
      </Paragraph>
      <Paragraph>{t("accessibility.status")}</Paragraph>
      <Paragraph>{t("accessibility.statusDeployer", values)}</Paragraph>
      <h3 className="utrecht-heading-3">{t("accessibility.statusesTitle")}</h3>
      <List items={statuses.map((s) => t(`accessibility.statuses.${s}`))} />

      <Heading2>{t("accessibility.measuresTitle")}</Heading2>
      <List items={measures.map((m) => t(`accessibility.measures.${m}`))} />

      <Heading2>{t("accessibility.limitsTitle")}</Heading2>
      <List items={limits.map((l) => t(`accessibility.limits.${l}`))} />

      <Heading2>{t("accessibility.dateTitle")}</Heading2>
      <Paragraph>{t("accessibility.date", values)}</Paragraph>

      <Heading2>{t("accessibility.contactTitle")}</Heading2>
      <Paragraph>{t("accessibility.contact", values)}</Paragraph>
      <Paragraph>
        {contact && contactHref ? (
          <>
            {t("accessibility.contactAddress")}{" "}
            <a className="utrecht-link" href={contactHref}>
              {contact}
            </a>
          </>
        ) : (
          t("accessibility.contactGeneric", values)
        )}
      </Paragraph>
      <Paragraph>{t("accessibility.contactResponse")}</Paragraph>

      <Heading2>{t("accessibility.enforcementTitle")}</Heading2>
      <Paragraph>{t("accessibility.enforcement")}</Paragraph>
      <Paragraph>
        <a className="utrecht-link" href="https://www.nationaleombudsman.nl/klacht-indienen">
          {t("accessibility.ombudsmanLink")}
        </a>
      </Paragraph>
    </div>
  );
}
