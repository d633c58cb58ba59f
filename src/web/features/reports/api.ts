import { useQuery } from "@tanstack/react-query";
import type { Report, ReportEntity, ReportFormat } from "../../../domain/reports/index.ts";
import { api } from "../../components/api-client.ts";

const base = (slug: string) => `/workspaces/${encodeURIComponent(slug)}`;

/** What a report is made of: the workspace now or a snapshot, one session's votes, a comparison. */
export interface ReportChoice {
  snapshot: string;
  session: string;
  compare: string;
}

/** The choice as query parameters (only those set), shared by the print page and downloads. */
export function choiceQuery(choice: ReportChoice): URLSearchParams {
  const params = new URLSearchParams();
  if (choice.snapshot) params.set("snapshot", choice.snapshot);
  else if (choice.session) params.set("session", choice.session);
  if (choice.compare) params.set("compare", choice.compare);
  return params;
}

export function downloadUrl(
  slug: string,
  choice: ReportChoice,
  format: ReportFormat,
  language: string,
  entity?: ReportEntity,
): string {
  const params = choiceQuery(choice);
  params.set("format", format);
  if (entity) params.set("entity", entity);
  params.set("language", language);
  return `/api/v1${base(slug)}/report/download?${params}`;
}

export const backupUrl = (slug: string) => `/api/v1${base(slug)}/backup`;

export const sessionResultsUrl = (slug: string, sessionId: string) =>
  `/api/v1${base(slug)}/sessions/${encodeURIComponent(sessionId)}/votes`;

export function useReport(slug: string, choice: ReportChoice) {
  const query = choiceQuery(choice).toString();
  return useQuery({
    queryKey: ["report", slug, query],
    queryFn: () => api<Report>(`${base(slug)}/report${query ? `?${query}` : ""}`),
    enabled: slug !== "",
  });
}

export interface SessionSummary {
  id: string;
  title: string;
  date: string;
  code: string;
  status: "planned" | "running" | "ended";
}

export function useReportSessions(slug: string) {
  return useQuery({
    queryKey: ["report-sessions", slug],
    queryFn: () => api<{ sessions: SessionSummary[] }>(`${base(slug)}/sessions`),
    enabled: slug !== "",
  });
}

export interface SnapshotSummary {
  id: string;
  label: string;
  takenAt: string;
}

export function useReportSnapshots(slug: string) {
  return useQuery({
    queryKey: ["report-snapshots", slug],
    queryFn: () => api<{ snapshots: SnapshotSummary[] }>(`${base(slug)}/snapshots`),
    enabled: slug !== "",
  });
}
