import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AuditEvent, type AuditKind, auditAction, auditKinds } from "../../../domain/audit.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { Alert, Button, PageTitle, Paragraph, SelectField } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { type AuditFilter, useAuditLog } from "./api.ts";

type ResultKey = "ok" | "refused" | "notFound" | "invalid" | "conflict" | "failed";

function resultOf(status: number): ResultKey {
  if (status < 400) return "ok";
  if (status === 403) return "refused";
  if (status === 404) return "notFound";
  if (status === 400 || status === 413 || status === 415 || status === 422) return "invalid";
  if (status === 409 || status === 410) return "conflict";
  return "failed";
}

/** The owner's view of who changed what in the workspace, and when (route /w/:slug/logboek). */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { data: overview } = useCurrentWorkspace();
  const isOwner = overview?.workspace.role === "owner";
  const slug = overview?.workspace.slug ?? "";
  const [draft, setDraft] = useState<AuditFilter>({});
  const [filter, setFilter] = useState<AuditFilter>({});
  const log = useAuditLog(slug, filter, isOwner);
  const errorMessage = useErrorMessage();
  const announce = useAnnounce();
  const end = useRef<HTMLParagraphElement>(null);
  const [focusEnd, setFocusEnd] = useState(false);
  const endShown = (log.data?.pages.length ?? 0) > 1 && !log.hasNextPage;
  // The button goes away with the last page: keep the keyboard user's place, once the end is there.
  useEffect(() => {
    if (focusEnd && endShown) {
      end.current?.focus();
      setFocusEnd(false);
    }
  }, [focusEnd, endShown]);
  if (!overview) return null;
  if (!isOwner) {
    return (
      <>
        <PageTitle title={t("audit.title")}>{t("audit.title")}</PageTitle>
        <Alert type="error">{t("errors.forbidden")}</Alert>
      </>
    );
  }

  const pages = log.data?.pages ?? [];
  const events = pages.flatMap((page) => page.events);
  const people = pages[0]?.people ?? [];
  const dateTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const what = (event: AuditEvent) => {
    const action = auditAction(event.method, event.route);
    return action
      ? t(`audit.actions.${action.key}` as "audit.actions.login")
      : t("audit.unknownAction", { method: event.method, route: event.route });
  };

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter(draft);
  }

  async function more() {
    const before = events.length;
    const result = await log.fetchNextPage();
    const after = result.data?.pages.flatMap((page) => page.events).length ?? before;
    announce(t("audit.loadedMore", { count: after - before }));
    if (!result.hasNextPage) setFocusEnd(true);
  }

  return (
    <>
      <PageTitle title={t("audit.title")}>{t("audit.title")}</PageTitle>
      <Paragraph>{t("audit.intro")}</Paragraph>
      <form className="sb-form sb-form--inline" onSubmit={apply} aria-label={t("audit.filters")}>
        <SelectField
          label={t("audit.person")}
          value={draft.userId ?? ""}
          onChange={(e) => setDraft({ ...draft, userId: e.target.value || undefined })}
        >
          <option value="">{t("audit.everyone")}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("audit.kind")}
          value={draft.kind ?? ""}
          onChange={(e) =>
            setDraft({ ...draft, kind: (e.target.value || undefined) as AuditKind | undefined })
          }
        >
          <option value="">{t("audit.allKinds")}</option>
          {auditKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`audit.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit">{t("audit.show")}</Button>
      </form>
      {log.isError && <Alert type="error">{errorMessage(log.error)}</Alert>}
      {log.isPending && <Paragraph>{t("app.loading")}</Paragraph>}
      {log.isSuccess && events.length === 0 && <Paragraph>{t("audit.empty")}</Paragraph>}
      {events.length > 0 && (
        <DataTable
          caption={t("audit.caption")}
          columns={[t("audit.when"), t("audit.who"), t("audit.what"), t("audit.result")]}
          rows={events.map((event) => ({
            key: event.id,
            header: (
              <time dateTime={event.createdAt}>{dateTime.format(new Date(event.createdAt))}</time>
            ),
            cells: [
              event.user ? event.user.displayName : <em key="gone">{t("audit.deletedAccount")}</em>,
              what(event),
              t(`audit.results.${resultOf(event.status)}`),
            ],
          }))}
        />
      )}
      {log.hasNextPage && (
        <Button onClick={more} busy={log.isFetchingNextPage}>
          {t("audit.more")}
        </Button>
      )}
      {endShown && (
        <p className="utrecht-paragraph" ref={end} tabIndex={-1}>
          {t("audit.allLoaded")}
        </p>
      )}
    </>
  );
}
