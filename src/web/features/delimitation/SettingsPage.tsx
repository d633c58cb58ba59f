import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { StakeholderGroup } from "../../../domain/delimitation.schemas.ts";
import { roleSatisfies } from "../../../domain/roles.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { useFocusBackInto } from "../../components/focus.ts";
import { percent } from "../../components/format.ts";
import { useGroupName, useStakeholderGroups } from "../../components/stakeholder-groups.ts";
import { Alert, Button, Heading2, PageTitle, Paragraph, TextField } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { useDelimitationActions, useOverview } from "./api.ts";

function GroupRow({
  slug,
  group,
  name,
  canEdit,
}: {
  slug: string;
  group: StakeholderGroup;
  name: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { renameGroup, removeGroup } = useDelimitationActions(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const editing = draft !== null;
  const wasEditing = useRef(false);
  // Into the field when renaming starts; back to the button that started it when it ends.
  useEffect(() => {
    if (editing) nameInput.current?.focus();
    else if (wasEditing.current) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  function rename(event: FormEvent) {
    event.preventDefault();
    if (!draft?.trim()) return;
    renameGroup.mutate(
      { id: group.id, name: draft.trim() },
      {
        onSuccess: () => {
          announce(t("delimitation.settings.groupSaved", { name: draft.trim() }));
          setDraft(null);
        },
      },
    );
  }

  const error = renameGroup.error ?? removeGroup.error;
  return (
    <li className="sb-group-row">
      {draft === null ? (
        <>
          <span className="sb-group-row__name">{name}</span>
          {canEdit && (
            <span className="sb-actions">
              <Button
                ref={renameButton}
                appearance="subtle"
                onClick={() => setDraft(name)}
                aria-label={`${t("delimitation.settings.rename")}: ${name}`}
              >
                {t("delimitation.settings.rename")}
              </Button>
              <Button
                appearance="subtle"
                busy={removeGroup.isPending}
                onClick={() =>
                  removeGroup.mutate(group.id, {
                    onSuccess: () => announce(t("delimitation.settings.groupRemoved", { name })),
                  })
                }
                aria-label={`${t("delimitation.settings.remove")}: ${name}`}
              >
                {t("delimitation.settings.remove")}
              </Button>
            </span>
          )}
        </>
      ) : (
        <form
          onSubmit={rename}
          className="sb-form"
          aria-label={`${t("delimitation.settings.rename")}: ${name}`}
        >
          <TextField
            ref={nameInput}
            label={t("delimitation.settings.groupName")}
            value={draft}
            maxLength={80}
            required
            onChange={(e) => setDraft(e.target.value)}
          />
          <div className="sb-actions">
            <Button type="submit" appearance="primary" busy={renameGroup.isPending}>
              {t("delimitation.settings.saveGroup")}
            </Button>
            <Button onClick={() => setDraft(null)}>{t("app.cancel")}</Button>
          </div>
        </form>
      )}
      {error && <Alert type="error">{errorMessage(error)}</Alert>}
    </li>
  );
}

function ThresholdsForm({
  slug,
  current,
}: {
  slug: string;
  current: { lower: number; upper: number };
}) {
  const { t } = useTranslation();
  const { setThresholds } = useDelimitationActions(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [lower, setLower] = useState(Math.round(current.lower * 100));
  const [upper, setUpper] = useState(Math.round(current.upper * 100));
  useEffect(() => {
    setLower(Math.round(current.lower * 100));
    setUpper(Math.round(current.upper * 100));
  }, [current.lower, current.upper]);
  const invalid = !(lower >= 0 && upper <= 100 && lower < upper);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (invalid) return;
    setThresholds.mutate(
      { lower: lower / 100, upper: upper / 100 },
      { onSuccess: () => announce(t("delimitation.settings.thresholdsSaved")) },
    );
  }

  return (
    <form onSubmit={submit} className="sb-form" noValidate>
      <TextField
        label={t("delimitation.settings.lower")}
        type="number"
        min={0}
        max={100}
        value={lower}
        onChange={(e) => setLower(Number(e.target.value))}
        error={invalid ? t("delimitation.settings.thresholdsInvalid") : undefined}
      />
      <TextField
        label={t("delimitation.settings.upper")}
        type="number"
        min={0}
        max={100}
        value={upper}
        onChange={(e) => setUpper(Number(e.target.value))}
        error={invalid ? t("delimitation.settings.thresholdsInvalid") : undefined}
      />
      {setThresholds.isError && <Alert type="error">{errorMessage(setThresholds.error)}</Alert>}
      <Button type="submit" appearance="primary" busy={setThresholds.isPending}>
        {t("delimitation.settings.saveThresholds")}
      </Button>
    </form>
  );
}

/** The stakeholder groups scorers choose from, and where the graded outcome changes. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const groups = useStakeholderGroups(slug);
  const groupList = useRef<HTMLUListElement>(null);
  // A removed group takes its buttons with it: focus goes to the list, not the top of the page.
  useFocusBackInto(() => groupList.current, groups.data?.groups.length);
  const overview = useOverview(slug);
  const groupName = useGroupName(groups.data?.groups);
  const { addGroup } = useDelimitationActions(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [newGroup, setNewGroup] = useState("");
  if (!workspace) return null;
  const canEdit = roleSatisfies(workspace.workspace.role, "editor");
  const thresholds = overview.data?.thresholds;

  function add(event: FormEvent) {
    event.preventDefault();
    const name = newGroup.trim();
    if (!name) return;
    addGroup.mutate(name, {
      onSuccess: () => {
        announce(t("delimitation.settings.groupSaved", { name }));
        setNewGroup("");
      },
    });
  }

  return (
    <>
      <p>
        <Link className="utrecht-link" to="..">
          ← {t("nav.delimitation")}
        </Link>
      </p>
      <PageTitle title={t("delimitation.settings.title")}>
        {t("delimitation.settings.title")}
      </PageTitle>

      <section aria-labelledby="groups-heading" className="sb-section">
        <Heading2 id="groups-heading">{t("delimitation.settings.groupsTitle")}</Heading2>
        <Paragraph>{t("delimitation.settings.groupsIntro")}</Paragraph>
        {groups.isError && <Alert type="error">{errorMessage(groups.error)}</Alert>}
        <ul ref={groupList} className="sb-plain-list">
          {(groups.data?.groups ?? []).map((g) => (
            <GroupRow key={g.id} slug={slug} group={g} name={groupName(g.id)} canEdit={canEdit} />
          ))}
        </ul>
        {canEdit && (
          <form onSubmit={add} className="sb-form" aria-label={t("delimitation.settings.addGroup")}>
            <TextField
              label={t("delimitation.settings.groupName")}
              value={newGroup}
              maxLength={80}
              onChange={(e) => setNewGroup(e.target.value)}
            />
            {addGroup.isError && <Alert type="error">{errorMessage(addGroup.error)}</Alert>}
            <Button type="submit" busy={addGroup.isPending}>
              {t("delimitation.settings.addGroup")}
            </Button>
          </form>
        )}
      </section>

      <section aria-labelledby="thresholds-heading" className="sb-section">
        <Heading2 id="thresholds-heading">{t("delimitation.settings.thresholdsTitle")}</Heading2>
        <Paragraph>{t("delimitation.settings.thresholdsIntro")}</Paragraph>
        {thresholds && (
          <Paragraph>
            {t("delimitation.settings.thresholdsNow", {
              lower: percent(thresholds.lower),
              upper: percent(thresholds.upper),
            })}
          </Paragraph>
        )}
        {canEdit && thresholds && <ThresholdsForm slug={slug} current={thresholds} />}
      </section>
    </>
  );
}
