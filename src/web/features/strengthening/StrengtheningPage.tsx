import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { roleSatisfies } from "../../../domain/roles.ts";
import { type RoleKey, roleKeys } from "../../../domain/strengthening/index.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { Alert, Button, Heading2, PageTitle, Paragraph, TextArea } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { type SphereRolesView, useRoles, useSetRoles } from "./api.ts";
import { StrengtheningNav } from "./parts.tsx";
import "./strengthening.css";

/** Versterken: the municipality's role per sphere, and the way to the plan, indicators, snapshots. */
export function StrengtheningPage() {
  const { t } = useTranslation();
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const roles = useRoles(slug);
  const errorMessage = useErrorMessage();
  if (!workspace) return null;
  const canEdit = roleSatisfies(workspace.workspace.role, "editor");
  const title = t("nav.strengthen");

  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <StrengtheningNav slug={slug} />
      <Paragraph lead>{t("strengthening.overview.intro")}</Paragraph>
      <section aria-labelledby="roles-heading" className="sb-section">
        <Heading2 id="roles-heading">{t("strengthening.overview.rolesTitle")}</Heading2>
        {!canEdit && <Paragraph>{t("strengthening.overview.readOnly")}</Paragraph>}
        {roles.isError && <Alert type="error">{errorMessage(roles.error)}</Alert>}
        {roles.isPending && <Paragraph>{t("app.loading")}</Paragraph>}
        <div className="sb-stack-list">
          {roles.data?.map((entry) => (
            <SphereRoles key={entry.sphere} slug={slug} entry={entry} canEdit={canEdit} />
          ))}
        </div>
      </section>
      <section aria-labelledby="next-heading" className="sb-section">
        <Heading2 id="next-heading">{t("strengthening.overview.nextTitle")}</Heading2>
        <ul className="sb-card-list">
          {(
            [
              ["acties", "actions"],
              ["indicatoren", "indicators"],
              ["momentopnames", "snapshots"],
            ] as const
          ).map(([path, key]) => (
            <li key={key} className="sb-card">
              <h3 className="utrecht-heading-3">
                <Link className="utrecht-link" to={`/w/${slug}/versterken/${path}`}>
                  {t(`strengthening.nav.${key}`)}
                </Link>
              </h3>
              <p className="utrecht-paragraph">{t(`strengthening.overview.${key}Body`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function SphereRoles({
  slug,
  entry,
  canEdit,
}: {
  slug: string;
  entry: SphereRolesView;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const headingId = `roles-${entry.sphere}`;
  const sphereTitle = t(`strengthening.sphereTitles.${entry.sphere}`);
  return (
    <section aria-labelledby={headingId} className={`sb-card sb-roles sb-roles--${entry.sphere}`}>
      <h3 id={headingId} className="utrecht-heading-3">
        {sphereTitle}
      </h3>
      <p className="utrecht-paragraph sb-muted">{t(`model.sphereDescriptions.${entry.sphere}`)}</p>
      <h4 className="utrecht-heading-4">{t("strengthening.overview.chosen")}</h4>
      {entry.roles.length === 0 ? (
        <Paragraph>{t("strengthening.overview.noRoles")}</Paragraph>
      ) : (
        <ul className="sb-role-names">
          {entry.roles.map((role) => (
            <li key={role}>{t(`strengthening.roles.${role}.name`)}</li>
          ))}
        </ul>
      )}
      {entry.isDefault ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{t("strengthening.overview.defaultNotice")}</p>
          <p className="utrecht-paragraph">
            <strong>{t("strengthening.overview.defaultReason")}: </strong>
            {t(`strengthening.defaultReasons.${entry.sphere}`)}
          </p>
        </Alert>
      ) : (
        <>
          <h4 className="utrecht-heading-4">{t("strengthening.overview.explanation")}</h4>
          <p className="utrecht-paragraph sb-pre-line">
            {entry.explanation || t("strengthening.overview.noExplanation")}
          </p>
        </>
      )}
      {canEdit && <RolesForm slug={slug} entry={entry} />}
    </section>
  );
}

function RolesForm({ slug, entry }: { slug: string; entry: SphereRolesView }) {
  const { t } = useTranslation();
  const setRoles = useSetRoles(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const id = useId();
  const adjective = t(`strengthening.sphereAdjectives.${entry.sphere}`);
  const [roles, setDraftRoles] = useState<RoleKey[]>(entry.roles);
  const [explanation, setExplanation] = useState(entry.explanation);
  // Follow the saved state of this sphere only, so saving another sphere keeps this draft.
  const saved = JSON.stringify([entry.roles, entry.explanation, entry.isDefault]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `saved` stands for the entry's values
  useEffect(() => {
    setDraftRoles(entry.roles);
    setExplanation(entry.explanation);
  }, [saved]);

  function submit(event: FormEvent) {
    event.preventDefault();
    // Keep the catalogue's order, whatever order the boxes were ticked in.
    const ordered = roleKeys.filter((r) => roles.includes(r));
    setRoles.mutate(
      { sphere: entry.sphere, input: { roles: ordered, explanation } },
      { onSuccess: () => announce(t("strengthening.overview.saved", { sphere: adjective })) },
    );
  }

  return (
    <form onSubmit={submit} className="sb-form">
      <fieldset className="utrecht-form-fieldset sb-role-options">
        <legend className="utrecht-form-fieldset__legend utrecht-form-label">
          {t("strengthening.overview.rolesLegend", { sphere: adjective })}
        </legend>
        {roleKeys.map((role) => (
          <div key={role} className="sb-role-option">
            <input
              id={`${id}-${role}`}
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={roles.includes(role)}
              aria-describedby={`${id}-${role}-explanation`}
              onChange={(e) =>
                setDraftRoles(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role))
              }
            />
            <label
              className="utrecht-form-label utrecht-form-label--checkbox"
              htmlFor={`${id}-${role}`}
            >
              {t(`strengthening.roles.${role}.name`)}
            </label>
            <p id={`${id}-${role}-explanation`} className="sb-role-option__explanation">
              {t(`strengthening.roles.${role}.explanation`)}
            </p>
          </div>
        ))}
      </fieldset>
      <TextArea
        label={t("strengthening.overview.explanationLabel", { sphere: adjective })}
        description={t("strengthening.overview.explanationHint")}
        value={explanation}
        maxLength={4000}
        onChange={(e) => setExplanation(e.target.value)}
      />
      {setRoles.isError && (
        <Alert type="error" focusOnMount>
          {errorMessage(setRoles.error)}
        </Alert>
      )}
      <Button type="submit" appearance="primary" busy={setRoles.isPending}>
        {t("strengthening.overview.save", { sphere: adjective })}
      </Button>
    </form>
  );
}
