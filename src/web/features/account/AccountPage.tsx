import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useAnnounce } from "../../components/announcer.tsx";
import { Confirm } from "../../components/Confirm.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { useSession } from "../../components/session.ts";
import { Alert, Button, Heading2, PageTitle, Paragraph, TextField } from "../../components/ui.tsx";
import { accountDataUrl, useDeleteAccount, useDeletionPreview } from "./api.ts";

const k = (key: string) => `privacy.account.${key}`;

function DeleteAccount() {
  const { t } = useTranslation();
  const preview = useDeletionPreview();
  const remove = useDeleteAccount();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);

  if (preview.isPending) return <Paragraph>{t("app.loading")}</Paragraph>;
  if (preview.isError) return <Alert type="error">{errorMessage(preview.error)}</Alert>;
  const { blocking, deletedWithAccount } = preview.data;

  function ask(event: FormEvent) {
    event.preventDefault();
    setMissing(!password);
    if (password) setConfirming(true);
  }

  function deleteNow() {
    remove.mutate(password, {
      onSuccess: () => {
        announce(t(k("deleted")));
        navigate("/inloggen", { replace: true, state: { accountDeleted: true } });
      },
      onError: () => setConfirming(false),
    });
  }

  return (
    <>
      <Paragraph>{t(k("deleteWhat"))}</Paragraph>
      <Paragraph>{t(k("deleteScores"))}</Paragraph>
      {blocking.length > 0 ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">{t(k("blocking"))}</p>
          <ul className="utrecht-unordered-list">
            {blocking.map((w) => (
              <li key={w.slug}>
                <Link className="utrecht-link" to={`/w/${w.slug}/leden`}>
                  {t(k("membersOf"), { name: w.name })}
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <>
          {deletedWithAccount.length > 0 && (
            <Alert type="warning">
              <p className="utrecht-paragraph">{t(k("deletedWith"))}</p>
              <ul className="utrecht-unordered-list">
                {deletedWithAccount.map((w) => (
                  <li key={w.slug}>{w.name}</li>
                ))}
              </ul>
            </Alert>
          )}
          <form className="sb-form" onSubmit={ask} noValidate>
            <TextField
              label={t(k("password"))}
              description={t(k("passwordHint"))}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => {
                setPassword(e.target.value);
                setConfirming(false);
              }}
              required
              error={missing ? t(k("passwordMissing")) : undefined}
            />
            {remove.isError && (
              <Alert type="error" focusOnMount>
                {errorMessage(remove.error)}
              </Alert>
            )}
            {!confirming && (
              <div className="sb-actions">
                <Button type="submit" appearance="danger">
                  {t(k("delete"))}
                </Button>
              </div>
            )}
          </form>
          {confirming && (
            <Confirm
              question={
                deletedWithAccount.length
                  ? t(k("confirmWithWorkspaces"), { count: deletedWithAccount.length })
                  : t(k("confirm"))
              }
              yes={t(k("confirmYes"))}
              busy={remove.isPending}
              onYes={deleteNow}
              onNo={() => setConfirming(false)}
            />
          )}
        </>
      )}
    </>
  );
}

/** The logged-in user's own account: download everything about them, or delete it. */
export function AccountPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.data) return null;
  return (
    <>
      <PageTitle title={t(k("title"))}>{t(k("title"))}</PageTitle>
      <Paragraph>
        {t(k("intro"), { name: session.data.displayName, email: session.data.email })}
      </Paragraph>
      <section aria-labelledby="account-download" className="sb-section">
        <Heading2 id="account-download">{t(k("downloadTitle"))}</Heading2>
        <Paragraph>{t(k("downloadBody"))}</Paragraph>
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={accountDataUrl} download>
            {t(k("download"))}
          </a>
        </p>
      </section>
      <section aria-labelledby="account-delete" className="sb-section">
        <Heading2 id="account-delete">{t(k("deleteTitle"))}</Heading2>
        <DeleteAccount />
      </section>
    </>
  );
}
