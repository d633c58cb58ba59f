import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { ExpectationView } from "../../../domain/expectations/index.ts";
import type {
  ControlInput,
  CreateSessionInput,
  FacilitatorSessionView,
  OpenAnswerStatus,
  SessionStatus,
  StepInput,
  StepResults,
} from "../../../domain/live/index.ts";
import { api } from "../../components/api-client.ts";

const base = (slug: string) => `/workspaces/${encodeURIComponent(slug)}/sessions`;

export interface SessionSummary {
  id: string;
  title: string;
  date: string;
  code: string;
  status: SessionStatus;
  participants: number;
  purged: boolean;
}

export const sessionKey = (slug: string, id: string) => ["live-session", slug, id] as const;

export function useSessions(slug: string) {
  return useQuery({
    queryKey: ["live-sessions", slug],
    queryFn: async () => (await api<{ sessions: SessionSummary[] }>(base(slug))).sessions,
  });
}

export function useLiveSession(slug: string, id: string) {
  return useQuery({
    queryKey: sessionKey(slug, id),
    queryFn: () => api<FacilitatorSessionView>(`${base(slug)}/${id}`),
  });
}

/** A step's results over REST (before the live connection delivers them). */
export function useStepResults(slug: string, id: string, stepId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ["live-results", slug, id, stepId],
    enabled: enabled && stepId !== null,
    queryFn: () => api<StepResults>(`${base(slug)}/${id}/results/${stepId}`),
  });
}

export function useSessionActions(slug: string, id = "") {
  const queryClient = useQueryClient();
  const store = (session: FacilitatorSessionView) => {
    queryClient.setQueryData(sessionKey(slug, session.id), session);
    queryClient.invalidateQueries({ queryKey: ["live-sessions", slug] });
  };
  return {
    create: useMutation({
      mutationFn: (input: CreateSessionInput) =>
        api<FacilitatorSessionView>(base(slug), { method: "POST", body: input }),
      onSuccess: store,
    }),
    update: useMutation({
      mutationFn: (patch: { title?: string; date?: string; steps?: StepInput[] }) =>
        api<FacilitatorSessionView>(`${base(slug)}/${id}`, { method: "PATCH", body: patch }),
      onSuccess: store,
    }),
    control: useMutation({
      mutationFn: (input: ControlInput) =>
        api<FacilitatorSessionView>(`${base(slug)}/${id}/control`, {
          method: "POST",
          body: input,
        }),
      onSuccess: store,
    }),
    moderate: useMutation({
      mutationFn: ({ answerId, status }: { answerId: string; status: OpenAnswerStatus }) =>
        api<void>(`${base(slug)}/${id}/open-answers/${answerId}`, {
          method: "PATCH",
          body: { status },
        }),
    }),
    remove: useMutation({
      mutationFn: () => api<void>(`${base(slug)}/${id}`, { method: "DELETE" }),
      onSuccess: () => {
        queryClient.removeQueries({ queryKey: sessionKey(slug, id) });
        queryClient.invalidateQueries({ queryKey: ["live-sessions", slug] });
      },
    }),
  };
}

/** The workspace's items (name and id) to put in an agenda step. */
export function useAgendaItems(slug: string) {
  return useQuery({
    queryKey: ["delimitation", slug],
    queryFn: () =>
      api<{ items: { itemId: string; name: string }[]; thresholds: unknown }>(
        `/workspaces/${encodeURIComponent(slug)}/delimitation`,
      ),
    select: (data) => data.items.map((i) => ({ id: i.itemId, name: i.name })),
  });
}

/** The workspace's expectations (id and title) for a realism step. */
export function useAgendaExpectations(slug: string) {
  return useQuery({
    queryKey: ["expectations", slug],
    queryFn: async () =>
      (
        await api<{ expectations: ExpectationView[] }>(
          `/workspaces/${encodeURIComponent(slug)}/expectations`,
        )
      ).expectations,
    select: (list) =>
      list.map((e) => ({
        id: e.id,
        name: e.national
          ? e.national.shortTitle
            ? `${e.national.title} (${e.national.shortTitle})`
            : e.national.title
          : e.title,
      })),
  });
}

/** The link a participant opens (the QR code holds the same). */
export function joinLink(code: string): string {
  return `${location.origin}/doe-mee/${code}`;
}

/** A yyyy-mm-dd date as the reader writes dates. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  return (date: string) => {
    const parsed = new Date(`${date}T12:00:00`);
    return Number.isNaN(parsed.getTime())
      ? date
      : parsed.toLocaleDateString(i18n.language === "en" ? "en-GB" : "nl-NL", {
          day: "numeric",
          month: "long",
          year: "numeric",
        });
  };
}
