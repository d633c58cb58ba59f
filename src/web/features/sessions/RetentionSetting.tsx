import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { retentionDaysMax, type SessionRetention } from "../../../domain/privacy.schemas.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { api } from "../../components/api-client.ts";
import { useErrorMessage } from "../../components/errors.ts";
import { Alert, Button, Heading2, Paragraph, RadioGroup, TextField } from "../../components/ui.tsx";

const k = (key: string) => `privacy.retention.${key}`;
const path = (slug: string) => `/workspaces/${encodeURIComponent(slug)}/session-retention`;

/**
 * How long the raw data of ended sessions is kept: read by every member (so facilitators can
 * tell participants), changed by owners.
 */
export function RetentionSetting({ slug, canChange }: { slug: string; canChange: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const retention = useQuery({
    queryKey: ["session-retention", slug],
    queryFn: () => api<SessionRetention>(path(slug)),
  });
  const save = useMutation({
    mutationFn: (days: number | null) =>
      api<SessionRetention>(path(slug), { method: "PUT", body: { days } }),
    onSuccess: (data) => queryClient.setQueryData(["session-retention", slug], data),
  });
  const [mode, setMode] = useState<"keep" | "purge">("keep");
  const [days, setDays] = useState("30");
  const [invalid, setInvalid] = useState(false);
  const current = retention.data?.days;
  useEffect(() => {
    if (current === undefined) return;
    setMode(current === null ? "keep" : "purge");
    if (current !== null) setDays(String(current));
  }, [current]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mode === "keep") {
      setInvalid(false);
      save.mutate(null, { onSuccess: () => announce(t(k("saved"))) });
      return;
    }
    const value = Number(days);
    const ok = /^\d+$/.test(days.trim()) && value <= retentionDaysMax;
    setInvalid(!ok);
    if (ok) save.mutate(value, { onSuccess: () => announce(t(k("saved"))) });
  }

  return (
    <section aria-labelledby="session-retention" className="sb-section">
      <Heading2 id="session-retention">{t(k("title"))}</Heading2>
      <Paragraph>{t(k("intro"))}</Paragraph>
      {retention.isError && <Alert type="error">{errorMessage(retention.error)}</Alert>}
      {current !== undefined && (
        <Paragraph>
          {current === null ? t(k("currentKeep")) : t(k("current"), { days: current })}
        </Paragraph>
      )}
      {!canChange && <Paragraph>{t(k("ownersOnly"))}</Paragraph>}
      {canChange && current !== undefined && (
        <form className="sb-form" onSubmit={submit} noValidate>
          <RadioGroup<"keep" | "purge">
            legend={t(k("choice"))}
            name="retention"
            value={mode}
            onChange={setMode}
            options={[
              { value: "keep", label: t(k("keep")) },
              { value: "purge", label: t(k("purge")) },
            ]}
          />
          {mode === "purge" && (
            <TextField
              label={t(k("days"))}
              description={t(k("daysHint"), { max: retentionDaysMax })}
              inputMode="numeric"
              value={days}
              onChange={(e) => setDays(e.target.value)}
              error={invalid ? t(k("daysInvalid"), { max: retentionDaysMax }) : undefined}
            />
          )}
          {save.isError && (
            <Alert type="error" focusOnMount>
              {errorMessage(save.error)}
            </Alert>
          )}
          <div className="sb-actions">
            <Button type="submit" appearance="primary" busy={save.isPending}>
              {t(k("save"))}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
