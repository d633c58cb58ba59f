import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle, Paragraph } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";

const questions = [
  { key: "q1", page: "delimitation", path: "afbakening" },
  { key: "q2", page: "expectations", path: "verwachtingen" },
  { key: "q3", page: "inventory", path: "inventaris" },
  { key: "q4", page: "strengthen", path: "versterken" },
] as const;

export function WorkspaceHome() {
  const { t } = useTranslation();
  const { data } = useCurrentWorkspace();
  if (!data) return null;
  const { workspace, counts } = data;
  return (
    <>
      <PageTitle title={workspace.name}>{workspace.name}</PageTitle>
      <Paragraph lead>{t("home.intro")}</Paragraph>
      <ol className="sb-questions">
        {questions.map((q, index) => (
          <li key={q.key} className="sb-card sb-question">
            <h2 className="utrecht-heading-3">
              <span className="sb-question__number" aria-hidden="true">
                {index + 1}
              </span>
              {t(`home.${q.key}`)}
            </h2>
            <p className="utrecht-paragraph">{t(`home.${q.key}Body`)}</p>
            <Link className="utrecht-link" to={`/w/${workspace.slug}/${q.path}`}>
              {t("home.goTo", { page: t(`nav.${q.page}`) })}
            </Link>
          </li>
        ))}
      </ol>
      <section aria-labelledby="sessions-home" className="sb-section sb-readable">
        <h2 id="sessions-home" className="utrecht-heading-2">
          {t("live.home.title")}
        </h2>
        <p className="utrecht-paragraph">{t("live.home.body")}</p>
        <Link className="utrecht-link" to={`/w/${workspace.slug}/bijeenkomsten`}>
          {t("home.goTo", { page: t("nav.sessions") })}
        </Link>
      </section>
      <section aria-labelledby="stats" className="sb-section">
        <h2 id="stats" className="utrecht-heading-2">
          {t("home.stats")}
        </h2>
        <ul className="sb-stats">
          <li>{t("home.itemCount", { count: counts.items })}</li>
          <li>{t("home.areaCount", { count: counts.areas })}</li>
          <li>{t("home.memberCount", { count: counts.members })}</li>
        </ul>
      </section>
    </>
  );
}
