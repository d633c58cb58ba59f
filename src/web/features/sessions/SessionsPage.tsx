import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { formatJoinCode, type SessionTemplate } from "../../../domain/live/index.ts";
import { roleSatisfies } from "../../../domain/roles.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import {
  Alert,
  Button,
  Heading2,
  PageTitle,
  Paragraph,
  RadioGroup,
  TextField,
} from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { useDateFormat, useSessionActions, useSessions } from "./api.ts";
import { RetentionSetting } from "./RetentionSetting.tsx";
import "./sessions.css";

/** Today as yyyy-mm-dd in the reader's time zone. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function CreateSession({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { create } = useSessionActions(slug);
  const announce = useAnnounce();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [title, setTitle] = useState("");
  const [date, setDate] = useState(today);
  const [template, setTemplate] = useState<SessionTemplate>("gespreksmodel-90");
  const [missing, setMissing] = useState<{ title?: boolean; date?: boolean }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = { title: !title.trim(), date: !/^\d{4}-\d{2}-\d{2}$/.test(date) };
    setMissing(problems);
    if (problems.title || problems.date) return;
    create.mutate(
      { title: title.trim(), date, template },
      {
        onSuccess: (session) => {
          announce(t("live.sessions.created", { title: session.title }));
          navigate(`/w/${slug}/bijeenkomsten/${session.id}`);
        },
      },
    );
  };

  return (
    <section aria-labelledby="new-session" className="sb-section">
      <Heading2 id="new-session">{t("live.sessions.createTitle")}</Heading2>
      <form className="sb-form sb-form--inline" onSubmit={submit} noValidate>
        <TextField
          label={t("live.sessions.title")}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={200}
          required
          error={missing.title ? t("live.sessions.titleMissing") : undefined}
        />
        <TextField
          label={t("live.sessions.date")}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          required
          error={missing.date ? t("live.sessions.dateMissing") : undefined}
        />
        <RadioGroup<SessionTemplate>
          legend={t("live.sessions.template")}
          name="template"
          value={template}
          onChange={setTemplate}
          options={[
            { value: "gespreksmodel-90", label: t("live.template.name") },
            { value: "empty", label: t("live.sessions.emptyTemplate") },
          ]}
          description={t("live.sessions.templateHint")}
        />
        {create.isError && (
          <Alert type="error" focusOnMount>
            {errorMessage(create.error)}
          </Alert>
        )}
        <Button type="submit" appearance="primary" busy={create.isPending}>
          {t("live.sessions.create")}
        </Button>
      </form>
    </section>
  );
}

/** The workspace's sessions, and (for editors) a form to plan a new one. */
export function SessionsPage() {
  const { t } = useTranslation();
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const sessions = useSessions(slug);
  const errorMessage = useErrorMessage();
  const formatDate = useDateFormat();
  if (!workspace) return null;
  const canEdit = roleSatisfies(workspace.workspace.role, "editor");

  return (
    <>
      <PageTitle title={t("nav.sessions")}>{t("nav.sessions")}</PageTitle>
      <Paragraph>{t("live.sessions.intro")}</Paragraph>
      {canEdit && (
        <ul className="sb-actions sb-plain-list">
          <li>
            <a className="utrecht-link sb-inline-link" href="#new-session">
              {t("live.sessions.createTitle")}
            </a>
          </li>
        </ul>
      )}
      {sessions.isError && <Alert type="error">{errorMessage(sessions.error)}</Alert>}
      {sessions.isPending && <Paragraph>{t("app.loading")}</Paragraph>}
      {sessions.data?.length === 0 && <Paragraph>{t("live.sessions.empty")}</Paragraph>}
      {sessions.data && sessions.data.length > 0 && (
        <DataTable
          caption={t("live.sessions.caption")}
          columns={[
            t("live.sessions.title"),
            t("live.sessions.date"),
            t("live.sessions.code"),
            t("live.sessions.status"),
            t("live.sessions.participants"),
          ]}
          rows={sessions.data.map((s) => ({
            key: s.id,
            header: (
              <Link className="utrecht-link" to={s.id}>
                {s.title}
              </Link>
            ),
            cells: [
              formatDate(s.date),
              <span key="code" className="sb-live-code-inline">
                {formatJoinCode(s.code)}
              </span>,
              <span key="status">
                <span className={`sb-badge sb-live-status--${s.status}`}>
                  {t(`live.statuses.${s.status}`)}
                </span>
                {s.purged && <span className="sb-badge">{t("privacy.retention.purged")}</span>}
              </span>,
              s.participants,
            ],
          }))}
        />
      )}
      {canEdit && <CreateSession slug={slug} />}
      <RetentionSetting slug={slug} canChange={workspace.workspace.role === "owner"} />
    </>
  );
}
