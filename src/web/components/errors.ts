import { useTranslation } from "react-i18next";
import type { ErrorCode } from "../../domain/errors.ts";
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

/**
 * Where a refusal belongs, so its message is shown at the field it is about (WCAG 3.3.1): a
 * validation problem at a form field (`body.<field>`) gets that field's own wording; a refusal
 * whose code `byCode` names (a wrong password, a taken address) gets its message at that field.
 * Undefined: it belongs to the form as a whole.
 */
export function useFieldRefusal<F extends string>(
  ownWords: Record<F, string>,
  byCode: Partial<Record<ErrorCode, F>>,
) {
  const errorMessage = useErrorMessage();
  return (error: unknown): Partial<Record<F, string>> | undefined => {
    if (!(error instanceof ApiError)) return undefined;
    const named = error.problem.errors
      ?.map((problem) => problem.path.replace(/^body\./, ""))
      .find((path): path is F => Object.hasOwn(ownWords, path));
    if (named) return { [named]: ownWords[named] } as Partial<Record<F, string>>;
    const field = byCode[error.problem.code];
    return field ? ({ [field]: errorMessage(error) } as Partial<Record<F, string>>) : undefined;
  };
}
