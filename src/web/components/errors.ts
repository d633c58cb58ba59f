import { useTranslation } from "react-i18next";
import { ApiError } from "./api-client.ts";

/** A message a person can act on, in the current language, for any failure. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      return t(`errors.${error.problem.code}`, { seconds: error.problem.retryAfterSeconds ?? 0 });
    }
    return t("errors.network");
  };
}
