import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import {
  type Force,
  forces,
  type RealismRating,
  realismRatings,
} from "../../../domain/expectations/index.ts";
import { roleSatisfies } from "../../../domain/roles.ts";
import { type Sphere, spheres } from "../../../domain/spheres.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { percent, tally, withCount } from "../../components/format.ts";
import { useGroupName, useStakeholderGroups } from "../../components/stakeholder-groups.ts";
import {
  Alert,
  Button,
  CheckboxField,
  CheckboxGroup,
  ErrorPage,
  Heading2,
  PageTitle,
  Paragraph,
  RadioGroup,
  TextArea,
} from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import {
  type Expectation,
  useExpectationActions,
  useExpectations,
  useExpectationText,
  useLoad,
} from "./api.ts";
import { LocalExpectationForm } from "./LocalExpectationForm.tsx";

function LinksForm({ slug, e }: { slug: string; e: Expectation }) {
  const id = useId();
  const { t } = useTranslation();
  const { update } = useExpectationActions(slug);
  const load = useLoad(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState({
    forces: e.forces,
    relievesFormalCare: e.relievesFormalCare,
    spheres: e.spheres as string[],
    itemIds: e.itemIds,
  });
  useEffect(() => {
    setDraft({
      forces: e.forces,
      relievesFormalCare: e.relievesFormalCare,
      spheres: e.spheres,
      itemIds: e.itemIds,
    });
  }, [e]);
  const items = load.data?.items.items ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      {
        id: e.id,
        patch: {
          forces: draft.forces as Force[],
          relievesFormalCare: draft.relievesFormalCare,
          spheres: draft.spheres as Sphere[],
          itemIds: draft.itemIds,
        },
      },
      { onSuccess: () => announce(t("expectations.linksSaved")) },
    );
  }

  return (
    <form onSubmit={submit} className="sb-form" aria-labelledby="links-heading">
      <CheckboxGroup
        legend={t("expectations.forcesLegend")}
        options={forces.map((f) => ({ value: f, label: t(`expectations.forces.${f}`) }))}
        selected={draft.forces}
        onChange={(values) => setDraft({ ...draft, forces: values })}
      />
      <CheckboxField
        id={`${id}-relieves`}
        label={t("expectations.relievesFormalCare")}
        checked={draft.relievesFormalCare}
        onChange={(relievesFormalCare) => setDraft({ ...draft, relievesFormalCare })}
      />
      <CheckboxGroup
        legend={t("expectations.spheresLegend")}
        options={spheres.map((s) => ({ value: s, label: t(`model.spheres.${s}`) }))}
        selected={draft.spheres}
        onChange={(values) => setDraft({ ...draft, spheres: values })}
      />
      <CheckboxGroup
        legend={t("expectations.itemsLegend")}
        options={items.map((i) => ({
          value: i.itemId,
          label: `${i.name} (${t(`model.spheres.${i.sphere ?? "unplaced"}`)})`,
        }))}
        selected={draft.itemIds}
        onChange={(values) => setDraft({ ...draft, itemIds: values })}
      />
      {update.isError && (
        <Alert type="error" focusOnMount>
          {errorMessage(update.error)}
        </Alert>
      )}
      <Button type="submit" appearance="primary" busy={update.isPending}>
        {t("expectations.saveLinks")}
      </Button>
    </form>
  );
}

function EditTexts({ slug, e }: { slug: string; e: Expectation }) {
  const { t } = useTranslation();
  const { update } = useExpectationActions(slug);
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <p>
        <Button onClick={() => setOpen(true)}>{t("expectations.editTexts")}</Button>
      </p>
    );
  }
  return (
    <LocalExpectationForm
      initial={{
        title: e.title,
        source: e.source,
        page: e.page,
        expects: e.expects,
        purpose: e.purpose,
        themes: e.themes,
      }}
      submitLabel={t("expectations.saveTexts")}
      mutation={update}
      onSubmit={(texts) =>
        update.mutate(
          { id: e.id, patch: texts },
          {
            onSuccess: () => {
              announce(t("expectations.textsSaved"));
              setOpen(false);
            },
          },
        )
      }
    />
  );
}

function RatingForm({ slug, e }: { slug: string; e: Expectation }) {
  const { t } = useTranslation();
  const { rate } = useExpectationActions(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [rating, setRating] = useState<RealismRating | null>(e.myRating?.rating ?? null);
  const [needed, setNeeded] = useState(e.myRating?.needed ?? "");

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!rating) return;
    rate.mutate(
      { id: e.id, input: { rating, needed } },
      { onSuccess: () => announce(t("expectations.ratingSaved")) },
    );
  }

  return (
    <form onSubmit={submit} className="sb-form">
      <RadioGroup
        legend={t("expectations.ratingLegend")}
        name="realism"
        inline
        options={realismRatings.map((r) => ({ value: r, label: t(`expectations.ratings.${r}`) }))}
        value={rating}
        onChange={setRating}
      />
      <TextArea
        label={t("expectations.needed")}
        value={needed}
        maxLength={2000}
        onChange={(ev) => setNeeded(ev.target.value)}
      />
      {rate.isError && <Alert type="error">{errorMessage(rate.error)}</Alert>}
      <Button type="submit" appearance="primary" busy={rate.isPending} disabled={!rating}>
        {t("expectations.saveRating")}
      </Button>
    </form>
  );
}

/** One expectation: its texts, what it leans on, and how realistic members find it. */
export function ExpectationPage() {
  const { t } = useTranslation();
  const { expectationId = "" } = useParams();
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const list = useExpectations(slug);
  const text = useExpectationText();
  const { remove } = useExpectationActions(slug);
  const announce = useAnnounce();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const groups = useStakeholderGroups(slug);
  const groupName = useGroupName(groups.data?.groups);
  if (!workspace) return null;
  if (list.isError) {
    return <ErrorPage title={t("app.notFoundTitle")}>{errorMessage(list.error)}</ErrorPage>;
  }
  if (!list.data) return null;
  const e = list.data.find((x) => x.id === expectationId);
  if (!e) return <ErrorPage title={t("app.notFoundTitle")}>{t("errors.not_found")}</ErrorPage>;
  const x = text(e);
  const role = workspace.workspace.role;
  const counts = e.realism.counts as Record<string, number>;

  return (
    <>
      <p>
        <Link className="utrecht-link" to="..">
          ← {t("expectations.back")}
        </Link>
      </p>
      <PageTitle title={x.title}>{x.title}</PageTitle>
      <dl className="sb-data-list">
        {(
          [
            [
              t("expectations.source"),
              `${e.nationalKey ? t("expectations.national") : t("expectations.local")}${x.source ? ` · ${x.source}` : ""}`,
            ],
            [t("expectations.expects"), x.expects],
            [t("expectations.purpose"), x.purpose || "—"],
            [t("expectations.pages"), x.pages || "—"],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="sb-data-list__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      {!e.nationalKey && roleSatisfies(role, "editor") && <EditTexts slug={slug} e={e} />}

      <section aria-labelledby="links-heading" className="sb-section">
        <Heading2 id="links-heading">{t("expectations.linksTitle")}</Heading2>
        <Paragraph>{t("expectations.linksIntro")}</Paragraph>
        {roleSatisfies(role, "editor") ? (
          <LinksForm slug={slug} e={e} />
        ) : (
          <ul>
            {e.spheres.map((s) => (
              <li key={s}>{t(`model.spheres.${s}`)}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="realism-heading" className="sb-section">
        <Heading2 id="realism-heading">{t("expectations.realismTitle")}</Heading2>
        {roleSatisfies(role, "member") && <RatingForm slug={slug} e={e} />}
        <DataTable
          caption={t("expectations.distributionCaption")}
          columns={[
            t("delimitation.group"),
            ...realismRatings.map((r) => t(`expectations.ratings.${r}`)),
          ]}
          rows={[
            {
              key: "all",
              header: t("expectations.everyone"),
              cells: realismRatings.map((r) =>
                r === "unknown" ? e.realism.unknown : (counts[r] ?? 0),
              ),
            },
          ]}
        />
        <Paragraph>
          {t("expectations.agreement", { value: percent(e.realism.agreement) })}
        </Paragraph>
        <h3 className="utrecht-heading-3">{t("delimitation.groupsTitle")}</h3>
        <Paragraph>{t("delimitation.groupsIntro")}</Paragraph>
        {e.realismGroups.length === 0 ? (
          <Paragraph>{t("delimitation.noGroups")}</Paragraph>
        ) : (
          <DataTable
            caption={t("expectations.groupsCaption")}
            columns={[
              t("delimitation.group"),
              ...realismRatings.map((r) => t(`expectations.ratings.${r}`)),
            ]}
            rows={e.realismGroups.map((g) => ({
              key: g.pooled ? "pool" : (g.group ?? "none"),
              header: g.pooled ? t("delimitation.pooled") : groupName(g.group),
              cells: realismRatings.map((r) =>
                r === "unknown"
                  ? g.result.unknown
                  : ((g.result.counts as Record<string, number>)[r] ?? 0),
              ),
            }))}
          />
        )}
        {e.needed.length > 0 && (
          <>
            <h3 className="utrecht-heading-3">{t("expectations.neededTitle")}</h3>
            <ul>
              {tally(e.needed).map((answer) => (
                <li key={answer.text}>{withCount(answer)}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      {!e.nationalKey && roleSatisfies(role, "editor") && (
        <p>
          <Button
            onClick={() =>
              remove.mutate(e.id, {
                onSuccess: () => {
                  announce(t("expectations.removed"));
                  navigate("..");
                },
              })
            }
          >
            {t("expectations.remove")}
          </Button>
        </p>
      )}
    </>
  );
}
