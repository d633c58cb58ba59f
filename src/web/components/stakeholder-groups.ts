import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { StakeholderGroup } from "../../domain/delimitation.schemas.ts";
import { api } from "./api-client.ts";

const base = (slug: string) => `/workspaces/${encodeURIComponent(slug)}`;

export function useStakeholderGroups(slug: string) {
  return useQuery({
    queryKey: ["stakeholder-groups", slug],
    queryFn: () =>
      api<{ groups: StakeholderGroup[]; mine: string | null }>(`${base(slug)}/stakeholder-groups`),
  });
}

/** The name of a stakeholder group: the workspace's own, or the catalogue's for a built-in one. */
export function useGroupName(groups: StakeholderGroup[] | undefined) {
  const { t } = useTranslation();
  return (id: string | null) => {
    const group = groups?.find((g) => g.id === id);
    if (!group) return t("delimitation.unknownGroup");
    return group.name ?? t(`stakeholders.${group.key}`, { defaultValue: group.key ?? "" });
  };
}
