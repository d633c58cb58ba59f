import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

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
