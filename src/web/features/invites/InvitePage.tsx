import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { looksLikeEmail, type User } from "../../../domain/auth.schemas.ts";
import { limits } from "../../../domain/limits.ts";
import type { InvitePreview, WorkspaceSummary } from "../../../domain/workspaces.schemas.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { api } from "../../components/api-client.ts";
import { useErrorMessage } from "../../components/errors.ts";
import {
  type Problems,
  useFieldProblems,
  useFieldRefusal,
} from "../../components/field-problems.ts";
import { sessionKey, useSession } from "../../components/session.ts";
import { Alert, Button, Heading2, PageTitle, Paragraph, TextField } from "../../components/ui.tsx";

type AccountField = "displayName" | "email" | "password";

export function InvitePage() {
  const { t, i18n } = useTranslation();
  const token = useParams().token ?? "";
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [account, setAccount] = useState({ email: "", password: "", displayName: "" });
  const { form, problems, set } = useFieldProblems<AccountField>();
  const ownWords: Record<AccountField, string> = {
    displayName: t("auth.required"),
    email: t("auth.invalidEmail"),
    password: t("auth.tooShort", { min: limits.passwordMin }),
  };
  const refusal = useFieldRefusal(ownWords, { email_taken: "email" });

  const preview = useQuery({
    queryKey: ["invite", token],
    queryFn: () => api<InvitePreview>(`/invites/${encodeURIComponent(token)}`),
  });
  const accept = useMutation({
    mutationFn: (body: object) =>
      api<{ workspace: WorkspaceSummary; user: User }>(
        `/invites/${encodeURIComponent(token)}/accept`,
        { method: "POST", body },
      ),
    onSuccess: ({ workspace, user }) => {
      queryClient.setQueryData(sessionKey, user);
      queryClient.invalidateQueries({ queryKey: ["workspaces"] });
      announce(t("invite.accepted", { workspace: workspace.name }));
      navigate(`/w/${workspace.slug}`);
    },
  });

  function createAccount(event: FormEvent) {
    event.preventDefault();
    const found: Problems<AccountField> = {};
    if (!looksLikeEmail(account.email)) found.email = ownWords.email;
    if (account.password.length < limits.passwordMin) found.password = ownWords.password;
    set(found);
    if (Object.keys(found).length) return;
    accept.mutate(
      {
        account: {
          email: account.email,
          password: account.password,
          ...(account.displayName.trim() ? { displayName: account.displayName.trim() } : {}),
        },
      },
      { onError: (error) => set(refusal(error) ?? {}) },
    );
  }

  return (
    <div className="sb-narrow">
      <PageTitle title={t("invite.title")}>{t("invite.title")}</PageTitle>
      {preview.isPending && <Paragraph>{t("app.loading")}</Paragraph>}
      {preview.isError && <Alert type="error">{errorMessage(preview.error)}</Alert>}
      {accept.isError && !refusal(accept.error) && (
        <Alert type="error" focusOnMount>
          {errorMessage(accept.error)}
        </Alert>
      )}
      {preview.data && (
        <>
          <Paragraph lead>
            {t("invite.body", {
              workspace: preview.data.workspaceName,
              role: t(`roles.${preview.data.role}`),
            })}
          </Paragraph>
          <Paragraph>
            {t("invite.expires", {
              date: new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" }).format(
                new Date(preview.data.expiresAt),
              ),
            })}
          </Paragraph>
          {session.data ? (
            <Button appearance="primary" busy={accept.isPending} onClick={() => accept.mutate({})}>
              {t("invite.accept")}
            </Button>
          ) : (
            <>
              <Paragraph>
                <Link
                  className="utrecht-link"
                  to={`/inloggen?next=${encodeURIComponent(`/uitnodiging/${token}`)}`}
                >
                  {t("invite.haveAccount")}
                </Link>
              </Paragraph>
              <Heading2>{t("invite.newAccount")}</Heading2>
              <Paragraph>
                <Link className="utrecht-link" to="/privacy">
                  {t("privacy.statement.atSignUp")}
                </Link>
              </Paragraph>
              <form ref={form} onSubmit={createAccount} className="sb-form">
                <TextField
                  label={t("auth.displayName")}
                  name="displayName"
                  autoComplete="name"
                  value={account.displayName}
                  error={problems.displayName}
                  maxLength={limits.displayNameMax}
                  onChange={(e) => setAccount({ ...account, displayName: e.target.value })}
                />
                <TextField
                  label={t("auth.email")}
                  type="email"
                  name="email"
                  autoComplete="username"
                  required
                  value={account.email}
                  error={problems.email}
                  onChange={(e) => setAccount({ ...account, email: e.target.value })}
                />
                <TextField
                  label={t("auth.password")}
                  description={t("auth.passwordHint", { min: limits.passwordMin })}
                  type="password"
                  name="password"
                  autoComplete="new-password"
                  required
                  error={problems.password}
                  value={account.password}
                  onChange={(e) => setAccount({ ...account, password: e.target.value })}
                />
                <Button type="submit" appearance="primary" busy={accept.isPending}>
                  {t("invite.createAndAccept")}
                </Button>
              </form>
            </>
          )}
        </>
      )}
    </div>
  );
}
