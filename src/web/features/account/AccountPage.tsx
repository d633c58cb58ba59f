import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { looksLikeEmail, type User } from "../../../domain/auth.schemas.ts";
import { limits } from "../../../domain/limits.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { Confirm } from "../../components/Confirm.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import {
  type Problems,
  useFieldProblems,
  useFieldRefusal,
} from "../../components/field-problems.ts";
import { useSession } from "../../components/session.ts";
import { Alert, Button, Heading2, PageTitle, Paragraph, TextField } from "../../components/ui.tsx";
import {
  accountDataUrl,
  useChangePassword,
  useDeleteAccount,
  useDeletionPreview,
  useUpdateProfile,
} from "./api.ts";

const k = (key: string) => `privacy.account.${key}`;

type ProfileField = "displayName" | "email" | "currentPassword";

function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const { form, problems, set } = useFieldProblems<ProfileField>();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [email, setEmail] = useState(user.email);
  const [currentPassword, setCurrentPassword] = useState("");
  const [saved, setSaved] = useState(false);
  const emailChanged = email.trim().toLowerCase() !== user.email;

  /** What the form says at a field it checks itself, or that the server refused. */
  const ownWords: Record<ProfileField, string> = {
    displayName: t("auth.required"),
    email: t("auth.invalidEmail"),
    currentPassword: t(k("passwordMissing")),
  };
  const refusal = useFieldRefusal(ownWords, {
    wrong_password: "currentPassword",
    too_many_requests: "currentPassword",
    email_taken: "email",
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const found: Problems<ProfileField> = {};
    if (!displayName.trim()) found.displayName = ownWords.displayName;
    if (!looksLikeEmail(email)) found.email = ownWords.email;
    if (emailChanged && !currentPassword) found.currentPassword = ownWords.currentPassword;
    set(found);
    if (Object.keys(found).length) return;
    update.mutate(
      { displayName, ...(emailChanged && { email, currentPassword }) },
      {
        onSuccess: ({ user: changed }) => {
          setEmail(changed.email);
          setDisplayName(changed.displayName);
          setCurrentPassword("");
          setSaved(true);
          announce(t(k("profileSaved")));
        },
        onError: (error) => set(refusal(error) ?? {}),
      },
    );
  }

  return (
    <form ref={form} className="sb-form" onSubmit={submit} noValidate>
      <TextField
        label={t(k("name"))}
        name="name"
        autoComplete="name"
        required
        maxLength={limits.displayNameMax}
        value={displayName}
        error={problems.displayName}
        onChange={(e) => {
          setDisplayName(e.target.value);
          setSaved(false);
        }}
      />
      <TextField
        label={t(k("email"))}
        type="email"
        name="email"
        autoComplete="email"
        required
        maxLength={limits.emailMax}
        value={email}
        error={problems.email}
        onChange={(e) => {
          setEmail(e.target.value);
          setSaved(false);
        }}
      />
      {emailChanged && (
        <TextField
          label={t(k("currentPassword"))}
          description={t(k("currentPasswordForEmail"))}
          type="password"
          name="current-password"
          autoComplete="current-password"
          required
          value={currentPassword}
          error={problems.currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
        />
      )}
      {update.isError && !refusal(update.error) && (
        <Alert type="error" focusOnMount>
          {errorMessage(update.error)}
        </Alert>
      )}
      {saved && <Alert type="ok">{t(k("profileSaved"))}</Alert>}
      <div className="sb-actions">
        <Button type="submit" appearance="primary" busy={update.isPending}>
          {t(k("saveProfile"))}
        </Button>
      </div>
    </form>
  );
}

type PasswordField = "currentPassword" | "newPassword" | "repeat";

function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const { form, problems, set } = useFieldProblems<PasswordField>();
  const [values, setValues] = useState({ currentPassword: "", newPassword: "", repeat: "" });
  const [changed, setChanged] = useState(false);
  const ownWords: Record<PasswordField, string> = {
    currentPassword: t(k("passwordMissing")),
    newPassword: t("auth.tooShort", { min: limits.passwordMin }),
    repeat: t(k("repeatMismatch")),
  };
  const refusal = useFieldRefusal(ownWords, {
    wrong_password: "currentPassword",
    too_many_requests: "currentPassword",
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setChanged(false);
    const found: Problems<PasswordField> = {};
    if (!values.currentPassword) found.currentPassword = ownWords.currentPassword;
    if (values.newPassword.length < limits.passwordMin) found.newPassword = ownWords.newPassword;
    else if (values.repeat !== values.newPassword) found.repeat = ownWords.repeat;
    set(found);
    if (Object.keys(found).length) return;
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          setValues({ currentPassword: "", newPassword: "", repeat: "" });
          setChanged(true);
          announce(t(k("passwordChanged")));
        },
        onError: (error) => set(refusal(error) ?? {}),
      },
    );
  }

  const field = (name: PasswordField) => ({
    value: values[name],
    error: problems[name],
    onChange: (e: { target: { value: string } }) => {
      setValues({ ...values, [name]: e.target.value });
      setChanged(false);
    },
  });

  return (
    <form ref={form} className="sb-form" onSubmit={submit} noValidate>
      <TextField
        label={t(k("currentPassword"))}
        type="password"
        name="current-password"
        autoComplete="current-password"
        required
        {...field("currentPassword")}
      />
      <TextField
        label={t(k("newPassword"))}
        description={t("auth.passwordHint", { min: limits.passwordMin })}
        type="password"
        name="new-password"
        autoComplete="new-password"
        required
        maxLength={limits.passwordMax}
        {...field("newPassword")}
      />
      <TextField
        label={t(k("repeatPassword"))}
        type="password"
        name="repeat-password"
        autoComplete="new-password"
        required
        maxLength={limits.passwordMax}
        {...field("repeat")}
      />
      {change.isError && !refusal(change.error) && (
        <Alert type="error" focusOnMount>
          {errorMessage(change.error)}
        </Alert>
      )}
      {changed && <Alert type="ok">{t(k("passwordChanged"))}</Alert>}
      <div className="sb-actions">
        <Button type="submit" appearance="primary" busy={change.isPending}>
          {t(k("changePassword"))}
        </Button>
      </div>
    </form>
  );
}

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

/**
 * The logged-in user's own account: correct their name, e-mail address and password, download
 * everything about them, or delete it.
 */
export function AccountPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.data) return null;
  return (
    <>
      <PageTitle title={t(k("title"))}>{t(k("title"))}</PageTitle>
      <Paragraph>
        {t(k("intro"), { name: session.data.displayName, email: session.data.email })}{" "}
        <Link className="utrecht-link" to="/privacy">
          {t("privacy.statement.atSignUp")}
        </Link>
      </Paragraph>
      <section aria-labelledby="account-profile" className="sb-section">
        <Heading2 id="account-profile">{t(k("profileTitle"))}</Heading2>
        <Paragraph>{t(k("profileIntro"))}</Paragraph>
        <ProfileForm user={session.data} />
      </section>
      <section aria-labelledby="account-password" className="sb-section">
        <Heading2 id="account-password">{t(k("passwordTitle"))}</Heading2>
        <Paragraph>{t(k("passwordIntro"))}</Paragraph>
        <PasswordForm />
      </section>
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
