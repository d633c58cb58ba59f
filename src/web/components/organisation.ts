import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "./api-client.ts";

interface Organisation {
  name: string | null;
  accessibilityContact: string | null;
}

/**
 * The organisation that offers this installation (`ORGANISATION_NAME`), as the statements name
 * it: `organisation` mid-sentence ("de organisatie die…" when none is set) and `Organisation`
 * at the start of one; and where to report accessibility problems.
 */
export function useOrganisation() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ["organisation"],
    queryFn: () => api<Organisation>("/organisation"),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const organisation = query.data?.name ?? t("accessibility.defaultOrganisation");
  return {
    organisation,
    Organisation: organisation.charAt(0).toUpperCase() + organisation.slice(1),
    accessibilityContact: query.data?.accessibilityContact ?? null,
  };
}
