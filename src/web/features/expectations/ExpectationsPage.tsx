import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { roleSatisfies } from "../../../domain/roles.ts";
import { builtInThemes } from "../../../domain/themes.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { percent } from "../../components/format.ts";
import { useThemeLabel } from "../../components/inventory-data.ts";
import { Alert, Heading2, PageTitle, Paragraph, SelectField } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import {
  type Expectation,
  useExpectationActions,
  useExpectations,
  useExpectationText,
} from "./api.ts";
import { emptyLocalTexts, LocalExpectationForm } from "./LocalExpectationForm.tsx";

export function RealismSummary({ e }: { e: Expectation }) {
  const { t } = useTranslation();
  if (e.realism.n + e.realism.unknown === 0) return <>{t("expectations.notRated")}</>;
  return t("expectations.realismSummary", {
    n: e.realism.n,
    share: percent(e.realism.unrealisticShare),
  });
}

function AddLocalExpectation({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { create } = useExpectationActions(slug);
  const announce = useAnnounce();
  const navigate = useNavigate();
  return (
    <section aria-labelledby="add-expectation" className="sb-section">
      <Heading2 id="add-expectation">{t("expectations.addTitle")}</Heading2>
      <Paragraph>{t("expectations.addIntro")}</Paragraph>
      <LocalExpectationForm
        initial={emptyLocalTexts}
        submitLabel={t("expectations.save")}
        mutation={create}
        onSubmit={(texts, reset) =>
          create.mutate(texts, {
            onSuccess: (created) => {
              announce(t("expectations.created", { title: created.title }));
              reset();
              navigate(created.id);
            },
          })
        }
      />
    </section>
  );
}

/** The national library and the workspace's own expectations, as a table. */
export function ExpectationsPage() {
  const { t } = useTranslation();
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const list = useExpectations(slug);
  const text = useExpectationText();
  const themeLabel = useThemeLabel();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useSearchParams();
  const theme = search.get("thema") ?? "";
  if (!workspace) return null;
  const canEdit = roleSatisfies(workspace.workspace.role, "editor");
  const shown = (list.data ?? []).filter((e) => !theme || e.themes.includes(theme));

  return (
    <>
      <PageTitle title={t("nav.expectations")}>{t("nav.expectations")}</PageTitle>
      <Paragraph>{t("expectations.intro")}</Paragraph>
      <ul className="sb-actions sb-plain-list">
        <li>
          <Link className="utrecht-link sb-inline-link" to="belasting">
            {t("expectations.links.load")}
          </Link>
        </li>
        {canEdit && (
          <li>
            <a className="utrecht-link sb-inline-link" href="#add-expectation">
              {t("expectations.links.add")}
            </a>
          </li>
        )}
      </ul>
      <SelectField
        label={t("expectations.themeFilter")}
        value={theme}
        onChange={(e) => setSearch(e.target.value ? { thema: e.target.value } : {})}
      >
        <option value="">{t("expectations.allThemes")}</option>
        {builtInThemes.map((th) => (
          <option key={th} value={th}>
            {themeLabel(th)}
          </option>
        ))}
      </SelectField>
      {list.isError && <Alert type="error">{errorMessage(list.error)}</Alert>}
      {list.data && (
        <DataTable
          caption={t("expectations.caption")}
          columns={[
            t("expectations.source"),
            t("expectations.expects"),
            t("expectations.purpose"),
            t("expectations.pages"),
            t("expectations.realism"),
          ]}
          rows={shown.map((e) => {
            const x = text(e);
            return {
              key: e.id,
              header: (
                <>
                  <Link className="utrecht-link" to={e.id}>
                    {x.title}
                  </Link>
                  <span className="sb-muted">
                    {" "}
                    · {e.nationalKey ? t("expectations.national") : t("expectations.local")}
                    {x.source && ` · ${x.source}`}
                  </span>
                </>
              ),
              cells: [x.expects, x.purpose, x.pages, <RealismSummary key="realism" e={e} />],
            };
          })}
        />
      )}
      {canEdit && <AddLocalExpectation slug={slug} />}
    </>
  );
}
