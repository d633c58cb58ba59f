import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { Button } from "../../components/ui.tsx";

const subPages = [
  { path: "", key: "roles" },
  { path: "acties", key: "actions" },
  { path: "indicatoren", key: "indicators" },
  { path: "momentopnames", key: "snapshots" },
] as const;

/** The parts of Versterken, after the page title. */
export function StrengtheningNav({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("strengthening.nav.label")} className="sb-subnav">
      <ul>
        {subPages.map((page) => (
          <li key={page.key}>
            <NavLink
              end
              to={`/w/${slug}/versterken${page.path ? `/${page.path}` : ""}`}
              className="sb-subnav__link"
            >
              {t(`strengthening.nav.${page.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Asks before something is removed; takes focus so the question is read out. */
export function Confirm({
  question,
  yes,
  busy,
  onYes,
  onNo,
}: {
  question: string;
  yes: string;
  busy: boolean;
  onYes: () => void;
  onNo: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="sb-confirm">
      <p className="utrecht-paragraph">{question}</p>
      <div className="sb-actions">
        <Button appearance="danger" busy={busy} onClick={onYes}>
          {yes}
        </Button>
        <Button onClick={onNo}>{t("app.cancel")}</Button>
      </div>
    </div>
  );
}

/** A list of label–value pairs. */
export function DataList({ rows }: { rows: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="sb-data-list">
      {rows.map(({ label, value }) => (
        <div key={label} className="sb-data-list__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
