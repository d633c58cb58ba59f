import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type {
  ExpectationView,
  LoadAnalysis,
  LocalExpectationInput,
  LocalExpectationPatch,
  RealismRatingInput,
} from "../../../domain/expectations/index.ts";
import { api } from "../../components/api-client.ts";

const base = (slug: string) => `/workspaces/${encodeURIComponent(slug)}/expectations`;

export type Expectation = ExpectationView;

export function useExpectations(slug: string) {
  return useQuery({
    queryKey: ["expectations", slug],
    queryFn: async () => (await api<{ expectations: Expectation[] }>(base(slug))).expectations,
  });
}

export function useLoad(slug: string) {
  return useQuery({
    queryKey: ["expectations", slug, "load"],
    queryFn: () => api<LoadAnalysis>(`${base(slug)}/load`),
  });
}

export function useExpectationActions(slug: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["expectations", slug] });
  return {
    create: useMutation({
      mutationFn: (input: Partial<LocalExpectationInput>) =>
        api<Expectation>(base(slug), { method: "POST", body: input }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: LocalExpectationPatch }) =>
        api<Expectation>(`${base(slug)}/${id}`, { method: "PATCH", body: patch }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api(`${base(slug)}/${id}`, { method: "DELETE" }),
      onSuccess: refresh,
    }),
    rate: useMutation({
      mutationFn: ({ id, input }: { id: string; input: RealismRatingInput }) =>
        api<Expectation>(`${base(slug)}/${id}/my-rating`, { method: "PUT", body: input }),
      onSuccess: refresh,
    }),
  };
}

/** An expectation's texts in the interface language: the library's, or the workspace's own. */
export function useExpectationText() {
  const { i18n } = useTranslation();
  const language = i18n.language?.startsWith("en") ? "en" : "nl";
  return (e: Expectation) => {
    if (!e.national) {
      return {
        title: e.title,
        source: e.source,
        expects: e.expects,
        purpose: e.purpose,
        pages: e.page,
      };
    }
    const n = e.national;
    const pages = [...new Set([...(n.expects.pages ?? []), ...(n.purpose.pages ?? [])])].sort(
      (a, b) => a - b,
    );
    return {
      title: n.shortTitle ? `${n.title} (${n.shortTitle})` : n.title,
      source: [n.documentType, n.publisher, n.year].filter(Boolean).join(", "),
      expects: n.expects[language],
      purpose: n.purpose[language],
      pages: pages.join(", "),
    };
  };
}
