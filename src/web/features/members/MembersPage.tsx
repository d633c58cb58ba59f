import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { type WorkspaceRole, workspaceRoles } from "../../../domain/roles.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { Confirm } from "../../components/Confirm.tsx";
import { TableScroller } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { useFocusBackInto } from "../../components/focus.ts";
import { useSession } from "../../components/session.ts";
import {
  Alert,
  Button,
  Heading2,
  PageTitle,
  Paragraph,
  SelectField,
  TextField,
} from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { useInvites, useMemberActions, useMembers } from "./api.ts";

function InviteSection({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const invites = useInvites(slug, true);
  const { createInvite, revokeInvite } = useMemberActions(slug);
  const errorMessage = useErrorMessage();
  const announce = useAnnounce();
  const [role, setRole] = useState<"editor" | "member" | "viewer">("member");
  const [days, setDays] = useState(7);
  const [link, setLink] = useState<string>();

  function submit(event: FormEvent) {
    event.preventDefault();
    createInvite.mutate({ role, expiresInDays: days }, { onSuccess: ({ url }) => setLink(url) });
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      announce(t("members.copied"));
    } catch {
      document.querySelector<HTMLInputElement>("#invite-link input")?.select();
    }
  }

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" });
  return (
    <section aria-labelledby="invites" className="sb-section">
      <Heading2 id="invites">{t("members.invitesTitle")}</Heading2>
      <Paragraph>{t("members.invitesIntro")}</Paragraph>
      <form onSubmit={submit} className="sb-form sb-form--inline">
        <SelectField
          label={t("members.inviteRole")}
          value={role}
          onChange={(e) => setRole(e.target.value as typeof role)}
        >
          {(["editor", "member", "viewer"] as const).map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}: {t(`roleDescriptions.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("members.inviteDays")}
          type="number"
          min={1}
          max={30}
          value={days}
          onChange={(e) => setDays(Math.min(30, Math.max(1, Number(e.target.value) || 1)))}
        />
        <Button type="submit" appearance="primary" busy={createInvite.isPending}>
          {t("members.createInvite")}
        </Button>
      </form>
      {createInvite.isError && <Alert type="error">{errorMessage(createInvite.error)}</Alert>}
      {link && (
        <div className="sb-invite-link" id="invite-link">
          <Alert type="ok" focusOnMount>
            {t("members.inviteCreated")}
          </Alert>
          <TextField
            label={t("members.inviteLink")}
            value={link}
            readOnly
            onFocus={(e) => e.target.select()}
          />
          <Button onClick={copy}>{t("members.copy")}</Button>
        </div>
      )}
      <h3 className="utrecht-heading-3">{t("members.openInvites")}</h3>
      {invites.data?.length === 0 && <Paragraph>{t("members.noOpenInvites")}</Paragraph>}
      {invites.data && invites.data.length > 0 && (
        <ul className="sb-plain-list">
          {invites.data.map((invite) => (
            <li key={invite.id} className="sb-row">
              <span>
                {t(`roles.${invite.role}`)} · {t("members.expires")}{" "}
                {dateFormat.format(new Date(invite.expiresAt))}
              </span>
              <Button
                appearance="subtle"
                onClick={() =>
                  revokeInvite.mutate(invite.id, {
                    onSuccess: () => announce(t("members.revoked")),
                  })
                }
              >
                {t("members.revoke")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function MembersPage() {
  const { t } = useTranslation();
  const { data: overview } = useCurrentWorkspace();
  const slug = overview?.workspace.slug ?? "";
  const members = useMembers(slug);
  const session = useSession();
  const actions = useMemberActions(slug);
  const errorMessage = useErrorMessage();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const memberRows = useRef<HTMLTableSectionElement>(null);
  const [confirmingRemoval, setConfirmingRemoval] = useState<string | null>(null);
  // A removed member takes their buttons along: focus stays in the table.
  useFocusBackInto(() => memberRows.current, members.data?.length);
  if (!overview) return null;
  const isOwner = overview.workspace.role === "owner";
  const me = session.data?.id;
  const failure = actions.changeRole.error ?? actions.remove.error ?? actions.leave.error;

  return (
    <>
      <PageTitle title={t("members.title")}>{t("members.title")}</PageTitle>
      <Paragraph>{t("members.intro")}</Paragraph>
      {failure && <Alert type="error">{errorMessage(failure)}</Alert>}
      {members.isError && <Alert type="error">{errorMessage(members.error)}</Alert>}
      {members.data && (
        <TableScroller caption={t("members.title")}>
          <table className="utrecht-table utrecht-table--html-table sb-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t("members.name")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("members.email")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("members.role")}
                </th>
                {isOwner && (
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("members.actions")}
                  </th>
                )}
              </tr>
            </thead>
            <tbody ref={memberRows} className="utrecht-table__body">
              {members.data.map((member) => (
                <tr key={member.userId} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    {member.displayName} {member.userId === me && t("members.you")}
                  </td>
                  <td className="utrecht-table__cell">{member.email}</td>
                  <td className="utrecht-table__cell">
                    {isOwner ? (
                      <select
                        className="utrecht-select utrecht-select--html-select"
                        aria-label={t("members.changeRole", { name: member.displayName })}
                        value={member.role}
                        onChange={(e) => {
                          const role = e.target.value as WorkspaceRole;
                          actions.changeRole.mutate(
                            { userId: member.userId, role },
                            {
                              onSuccess: () =>
                                announce(
                                  t("members.roleChanged", {
                                    name: member.displayName,
                                    role: t(`roles.${role}`),
                                  }),
                                ),
                            },
                          );
                        }}
                      >
                        {workspaceRoles.map((r) => (
                          <option key={r} value={r}>
                            {t(`roles.${r}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`roles.${member.role}`)
                    )}
                  </td>
                  {isOwner && (
                    <td className="utrecht-table__cell">
                      {member.userId !== me && confirmingRemoval !== member.userId && (
                        <Button
                          appearance="subtle"
                          onClick={() => setConfirmingRemoval(member.userId)}
                        >
                          {t("members.remove", { name: member.displayName })}
                        </Button>
                      )}
                      {confirmingRemoval === member.userId && (
                        <Confirm
                          question={t("members.removeConfirm", { name: member.displayName })}
                          yes={t("members.removeYes")}
                          busy={actions.remove.isPending}
                          onYes={() =>
                            actions.remove.mutate(member.userId, {
                              onSuccess: () => {
                                setConfirmingRemoval(null);
                                announce(t("members.removed", { name: member.displayName }));
                              },
                            })
                          }
                          onNo={() => setConfirmingRemoval(null)}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      {isOwner && <InviteSection slug={slug} />}
      {isOwner && (
        <section className="sb-section" aria-labelledby="theme-settings">
          <Heading2 id="theme-settings">{t("workspaceTheme.title")}</Heading2>
          <Paragraph>{t("workspaceTheme.membersIntro")}</Paragraph>
          <Link className="utrecht-link" to={`/w/${slug}/huisstijl`}>
            {t("workspaceTheme.membersLink")}
          </Link>
        </section>
      )}
      <section className="sb-section">
        <Button
          appearance="danger"
          onClick={() => {
            if (!window.confirm(t("members.leaveConfirm"))) return;
            actions.leave.mutate(undefined, { onSuccess: () => navigate("/werkruimtes") });
          }}
        >
          {t("members.leave")}
        </Button>
      </section>
    </>
  );
}
