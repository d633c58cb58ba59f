import { useSearchParams } from "react-router";
import type { ReportChoice } from "./api.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The report choice kept in the address, so the print page, a reload and a shared link agree. */
export function useReportChoice(): [ReportChoice, (change: Partial<ReportChoice>) => void] {
  const [params, setParams] = useSearchParams();
  const read = (name: string) => {
    const value = params.get(name) ?? "";
    return uuid.test(value) ? value : "";
  };
  const choice: ReportChoice = {
    snapshot: read("snapshot"),
    session: read("snapshot") ? "" : read("session"),
    compare: read("compare"),
  };
  const update = (change: Partial<ReportChoice>) => {
    const next = { ...choice, ...change };
    const query = new URLSearchParams();
    if (next.snapshot) query.set("snapshot", next.snapshot);
    else if (next.session) query.set("session", next.session);
    if (next.compare && next.compare !== next.snapshot) query.set("compare", next.compare);
    setParams(query, { replace: true });
  };
  return [choice, update];
}
