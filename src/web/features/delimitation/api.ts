import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type {
  Criterion,
  DecisionInput,
  DecisionRecord,
  MyScore,
  OverviewItem,
  ScoreInput,
  StakeholderGroup,
} from "../../../domain/delimitation.schemas.ts";
import type { ItemResult } from "../../../domain/scoring/index.ts";
import type { Sphere } from "../../../domain/spheres.ts";
import { api } from "../../components/api-client.ts";

const base = (slug: string) => `/workspaces/${encodeURIComponent(slug)}`;

/** The overview of everyone's scores, or of one live session's (`sessionId`). */
export function useOverview(slug: string, sessionId = "") {
  return useQuery({
    queryKey: ["delimitation", slug, "overview", sessionId],
    queryFn: () =>
      api<{ items: OverviewItem[]; thresholds: { lower: number; upper: number } }>(
        `${base(slug)}/delimitation${sessionId ? `?session=${encodeURIComponent(sessionId)}` : ""}`,
      ),
  });
}

/** The workspace's live sessions, to read one session's votes apart. */
export function useSessionChoices(slug: string) {
  return useQuery({
    queryKey: ["delimitation", slug, "sessions"],
    queryFn: async () =>
      (
        await api<{ sessions: { id: string; title: string; date: string }[] }>(
          `${base(slug)}/sessions`,
        )
      ).sessions,
  });
}

export function useItemFigures(slug: string, itemId: string) {
  return useQuery({
    queryKey: ["delimitation", slug, itemId],
    queryFn: () =>
      api<{
        result: ItemResult | null;
        olderAnswers: number;
        decisions: DecisionRecord[];
        comments: string[];
      }>(`${base(slug)}/delimitation/items/${itemId}`),
  });
}

export function useCriteria(slug: string) {
  return useQuery({
    queryKey: ["criteria", slug],
    queryFn: async () => (await api<{ criteria: Criterion[] }>(`${base(slug)}/criteria`)).criteria,
  });
}

export function useMyScore(slug: string, itemId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["my-score", slug, itemId],
    enabled,
    queryFn: async () =>
      (await api<{ score: MyScore }>(`${base(slug)}/items/${itemId}/my-score`)).score,
  });
}

export function useSummary(slug: string) {
  return useQuery({
    queryKey: ["summary", slug],
    queryFn: () =>
      api<{
        criteria: Criterion[];
        items: {
          itemId: string;
          name: string;
          sphere: Sphere | null;
          decision: DecisionRecord | null;
        }[];
      }>(`${base(slug)}/summary`),
  });
}

export function useDelimitationActions(slug: string) {
  const queryClient = useQueryClient();
  const refresh = () => {
    for (const key of ["delimitation", "my-score", "summary", "criteria", "stakeholder-groups"]) {
      queryClient.invalidateQueries({ queryKey: [key, slug] });
    }
  };
  return {
    score: useMutation({
      mutationFn: ({ itemId, input }: { itemId: string; input: ScoreInput }) =>
        api(`${base(slug)}/items/${itemId}/my-score`, { method: "PUT", body: input }),
      onSuccess: refresh,
    }),
    decide: useMutation({
      mutationFn: ({ itemId, input }: { itemId: string; input: DecisionInput }) =>
        api(`${base(slug)}/items/${itemId}/decisions`, { method: "POST", body: input }),
      onSuccess: refresh,
    }),
    setGroup: useMutation({
      mutationFn: (groupId: string | null) =>
        api(`${base(slug)}/membership/group`, { method: "PUT", body: { groupId } }),
      onSuccess: refresh,
    }),
    updateCriterion: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: Record<string, unknown> }) =>
        api<Criterion>(`${base(slug)}/criteria/${id}`, { method: "PATCH", body: patch }),
      onSuccess: refresh,
    }),
    addGroup: useMutation({
      mutationFn: (name: string) =>
        api<StakeholderGroup>(`${base(slug)}/stakeholder-groups`, {
          method: "POST",
          body: { name },
        }),
      onSuccess: refresh,
    }),
    renameGroup: useMutation({
      mutationFn: ({ id, name }: { id: string; name: string }) =>
        api<StakeholderGroup>(`${base(slug)}/stakeholder-groups/${id}`, {
          method: "PATCH",
          body: { name },
        }),
      onSuccess: refresh,
    }),
    removeGroup: useMutation({
      mutationFn: (id: string) =>
        api(`${base(slug)}/stakeholder-groups/${id}`, { method: "DELETE" }),
      onSuccess: refresh,
    }),
    setThresholds: useMutation({
      mutationFn: (thresholds: { lower: number; upper: number }) =>
        api(`${base(slug)}/thresholds`, { method: "PUT", body: thresholds }),
      onSuccess: refresh,
    }),
    addCriterion: useMutation({
      mutationFn: (input: { set: string; label: string; explanation: string; weight: number }) =>
        api<Criterion>(`${base(slug)}/criteria`, { method: "POST", body: input }),
      onSuccess: refresh,
    }),
  };
}

/** A criterion's wording: the workspace's own, or the catalogue's default in this language. */
export function useCriterionText() {
  const { t } = useTranslation();
  return (c: Pick<Criterion, "key" | "label" | "explanation">) => ({
    label: c.label ?? t(`criteria.${c.key}.label`, { defaultValue: c.key }),
    explanation: c.explanation ?? t(`criteria.${c.key}.explanation`, { defaultValue: "" }),
  });
}
