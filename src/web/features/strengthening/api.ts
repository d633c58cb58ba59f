import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ExpectationView } from "../../../domain/expectations/index.ts";
import type { ItemPage } from "../../../domain/items.schemas.ts";
import type { Sphere } from "../../../domain/spheres.ts";
import type {
  ActionInput,
  ActionStatus,
  Direction,
  IndicatorInput,
  MeasurementInput,
  RoleKey,
  SnapshotChange,
  SphereRolesInput,
  Trend,
} from "../../../domain/strengthening/index.ts";
import { api } from "../../components/api-client.ts";

const base = (slug: string) => `/workspaces/${encodeURIComponent(slug)}`;

export interface SphereRolesView {
  sphere: Sphere;
  roles: RoleKey[];
  explanation: string;
  isDefault: boolean;
}

export interface Action {
  id: string;
  title: string;
  description: string;
  spheres: Sphere[];
  itemIds: string[];
  expectationIds: string[];
  indicatorIds: string[];
  owner: string;
  budget: number | null;
  from: string | null;
  until: string | null;
  status: ActionStatus;
  updatedAt: string;
}

export interface Plan {
  actions: Action[];
  budget: { rows: { sphere: Sphere | null; budget: number; actions: number }[]; total: number };
}

export interface Indicator {
  id: string;
  name: string;
  unit: string;
  direction: Direction;
  source: string;
  libraryKey: string | null;
  measurements: { id: string; date: string; value: number; note: string }[];
  trend: Trend;
}

export interface Snapshot {
  id: string;
  label: string;
  takenAt: string;
}

/** The roles per sphere; the Sferen board reads the same list through its own hook. */
export function useRoles(slug: string) {
  return useQuery({
    queryKey: ["sphere-roles", slug],
    queryFn: async () => (await api<{ spheres: SphereRolesView[] }>(`${base(slug)}/roles`)).spheres,
  });
}

export function useSetRoles(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sphere, input }: { sphere: Sphere; input: SphereRolesInput }) =>
      api<{ spheres: SphereRolesView[] }>(`${base(slug)}/roles/${sphere}`, {
        method: "PUT",
        body: input,
      }),
    onSuccess: (data) => queryClient.setQueryData(["sphere-roles", slug], data.spheres),
  });
}

export function usePlan(slug: string) {
  return useQuery({
    queryKey: ["actions", slug],
    queryFn: () => api<Plan>(`${base(slug)}/actions`),
  });
}

export function useActionMutations(slug: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["actions", slug] });
  return {
    create: useMutation({
      mutationFn: (input: ActionInput) =>
        api<Action>(`${base(slug)}/actions`, { method: "POST", body: input }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: ActionInput }) =>
        api<Action>(`${base(slug)}/actions/${id}`, { method: "PUT", body: input }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api(`${base(slug)}/actions/${id}`, { method: "DELETE" }),
      onSuccess: refresh,
    }),
  };
}

export function useIndicators(slug: string) {
  return useQuery({
    queryKey: ["indicators", slug],
    queryFn: async () =>
      (await api<{ indicators: Indicator[] }>(`${base(slug)}/indicators`)).indicators,
  });
}

export function useIndicatorMutations(slug: string) {
  const queryClient = useQueryClient();
  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: ["indicators", slug] });
    // An action's links to a removed indicator disappear with it.
    queryClient.invalidateQueries({ queryKey: ["actions", slug] });
  };
  return {
    create: useMutation({
      mutationFn: (input: IndicatorInput) =>
        api<Indicator>(`${base(slug)}/indicators`, { method: "POST", body: input }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: Partial<IndicatorInput> }) =>
        api<Indicator>(`${base(slug)}/indicators/${id}`, { method: "PATCH", body: patch }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api(`${base(slug)}/indicators/${id}`, { method: "DELETE" }),
      onSuccess: refresh,
    }),
    addMeasurement: useMutation({
      mutationFn: ({ id, input }: { id: string; input: MeasurementInput }) =>
        api<Indicator>(`${base(slug)}/indicators/${id}/measurements`, {
          method: "POST",
          body: input,
        }),
      onSuccess: refresh,
    }),
    removeMeasurement: useMutation({
      mutationFn: ({ id, measurementId }: { id: string; measurementId: string }) =>
        api(`${base(slug)}/indicators/${id}/measurements/${measurementId}`, {
          method: "DELETE",
        }),
      onSuccess: refresh,
    }),
  };
}

export function useSnapshots(slug: string) {
  return useQuery({
    queryKey: ["snapshots", slug],
    queryFn: async () =>
      (await api<{ snapshots: Snapshot[] }>(`${base(slug)}/snapshots`)).snapshots,
  });
}

export function useSnapshotMutations(slug: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["snapshots", slug] });
  return {
    take: useMutation({
      mutationFn: (label: string) =>
        api<Snapshot>(`${base(slug)}/snapshots`, { method: "POST", body: { label } }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api(`${base(slug)}/snapshots/${id}`, { method: "DELETE" }),
      onSuccess: refresh,
    }),
  };
}

/** The changes from one snapshot to another or to today (`to = "now"`); off until both are set. */
export function useComparison(slug: string, from: string, to: string) {
  const query = new URLSearchParams({ from, to }).toString();
  return useQuery({
    queryKey: ["snapshots", slug, "compare", query],
    queryFn: async () =>
      (await api<{ changes: SnapshotChange[] }>(`${base(slug)}/snapshots/compare?${query}`))
        .changes,
    enabled: Boolean(from && to),
    // "Today" moves with every change elsewhere in the workspace.
    staleTime: 0,
  });
}

/** The workspace's current items (at most 200, by name), to link actions to. */
export function useLinkableItems(slug: string) {
  return useQuery({
    queryKey: ["items", slug, "strengthening-links"],
    queryFn: async () => (await api<ItemPage>(`${base(slug)}/items?pageSize=200&sort=name`)).items,
  });
}

export function useLinkableExpectations(slug: string) {
  return useQuery({
    queryKey: ["expectations", slug],
    queryFn: async () =>
      (await api<{ expectations: ExpectationView[] }>(`${base(slug)}/expectations`)).expectations,
  });
}

/** An expectation's title: the library's (with its short title) or the workspace's own. */
export function expectationTitle(e: ExpectationView): string {
  if (!e.national) return e.title;
  return e.national.shortTitle
    ? `${e.national.title} (${e.national.shortTitle})`
    : e.national.title;
}
