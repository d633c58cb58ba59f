import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useAnnounce } from "../../components/announcer.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { Alert, Button, Heading2, PageTitle, Paragraph, TextField } from "../../components/ui.tsx";
import { useCreateWorkspace, useWorkspaces } from "./api.ts";

export function WorkspacesPage() {
  const { t } = useTranslation();
  const workspaces = useWorkspaces();
  const create = useCreateWorkspace();
  const errorMessage = useErrorMessage();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim().length < 2) {
      setNameError(t("auth.tooShort", { min: 2 }));
      return;
    }
    setNameError(undefined);
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: ({ workspace }) => {
          announce(t("workspaces.created", { name: workspace.name }));
          navigate(`/w/${workspace.slug}`);
        },
      },
    );
  }

  return (
    <>
      <PageTitle title={t("workspaces.title")}>{t("workspaces.title")}</PageTitle>
      <Paragraph>{t("workspaces.intro")}</Paragraph>
      {workspaces.isPending && <Paragraph>{t("app.loading")}</Paragraph>}
      {workspaces.isError && <Alert type="error">{errorMessage(workspaces.error)}</Alert>}
      {workspaces.data?.length === 0 && <Paragraph>{t("workspaces.empty")}</Paragraph>}
      {workspaces.data && workspaces.data.length > 0 && (
        <ul className="sb-card-list">
          {workspaces.data.map((workspace) => (
            <li key={workspace.id} className="sb-card">
              <h2 className="utrecht-heading-3">
                <Link className="utrecht-link" to={`/w/${workspace.slug}`}>
                  {workspace.name}
                </Link>
              </h2>
              <p className="utrecht-paragraph">
                {t("workspaces.role", { role: t(`roles.${workspace.role}`) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="new-workspace" className="sb-section">
        <Heading2 id="new-workspace">{t("workspaces.createTitle")}</Heading2>
        {create.isError && <Alert type="error">{errorMessage(create.error)}</Alert>}
        <form onSubmit={submit} noValidate className="sb-form sb-narrow">
          <TextField
            label={t("workspaces.name")}
            name="name"
            value={name}
            maxLength={100}
            error={nameError}
            onChange={(e) => setName(e.target.value)}
          />
          <Button type="submit" busy={create.isPending}>
            {t("workspaces.create")}
          </Button>
        </form>
      </section>
    </>
  );
}
