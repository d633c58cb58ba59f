import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { looksLikeEmail, type User } from "../../../domain/auth.schemas.ts";
import { safeRedirectPath } from "../../../domain/redirect.ts";
import { api } from "../../components/api-client.ts";
import { useErrorMessage } from "../../components/errors.ts";
import { sessionKey, useSession } from "../../components/session.ts";
import { Alert, Button, PageTitle, Paragraph, TextField } from "../../components/ui.tsx";

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  // Only same-site paths, so a crafted link cannot send someone elsewhere after login.
  const next = safeRedirectPath(params.get("next"), "/werkruimtes");

  const login = useMutation({
    mutationFn: () =>
      api<{ user: User }>("/auth/login", { method: "POST", body: { email, password } }),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(sessionKey, user);
      navigate(next);
    },
  });

  if (session.data && !login.isPending) return <Navigate to={next} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: typeof fieldErrors = {};
    if (!email.trim()) errors.email = t("auth.required");
    else if (!looksLikeEmail(email)) errors.email = t("auth.invalidEmail");
    if (!password) errors.password = t("auth.required");
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLInputElement>("[aria-invalid='true']")?.focus(),
      );
      return;
    }
    login.mutate();
  }

  return (
    <div className="sb-narrow">
      <PageTitle title={t("auth.loginTitle")}>{t("auth.loginTitle")}</PageTitle>
      <Paragraph>{t("auth.loginIntro")}</Paragraph>
      {login.isError && (
        <Alert type="error" focusOnMount>
          {errorMessage(login.error)}
        </Alert>
      )}
      <form onSubmit={submit} noValidate className="sb-form">
        <TextField
          label={t("auth.email")}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          error={fieldErrors.email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          label={t("auth.password")}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          error={fieldErrors.password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" appearance="primary" busy={login.isPending}>
          {login.isPending ? t("auth.submitting") : t("auth.submit")}
        </Button>
      </form>
    </div>
  );
}
