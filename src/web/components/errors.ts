import { useTranslation } from "react-i18next";
import { ApiError } from "./api-client.ts";

/** A message a person can act on, in the current language, for any failure. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      const seconds = error.problem.retryAfterSeconds ?? 0;
      if (error.problem.code === "too_many_requests" && seconds >= 90) {
        return t("errors.too_many_requests_minutes", { minutes: Math.ceil(seconds / 60) });
      }
      return t(`errors.${error.problem.code}`, { seconds });
    }
    return t("errors.network");
  };
}
