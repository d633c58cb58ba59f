import { useEffect, useRef, useState } from "react";
import type { ErrorCode } from "../../domain/errors.ts";
import { ApiError } from "./api-client.ts";
import { useErrorMessage } from "./errors.ts";

export type Problems<F extends string> = Partial<Record<F, string>>;

/**
 * A form's field problems, found before sending or given back by the server, and focus on the
 * first of them each time they are set (so a keyboard or screen-reader user lands on it).
 */
export function useFieldProblems<F extends string>() {
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<{ problems: Problems<F>; round: number }>({
    problems: {},
    round: 0,
  });
  useEffect(() => {
    if (state.round === 0) return;
    form.current?.querySelector<HTMLInputElement>("[aria-invalid='true']")?.focus();
  }, [state]);
  const set = (problems: Problems<F>) =>
    setState((previous) => ({ problems, round: previous.round + 1 }));
  return { form, problems: state.problems, set };
}

/**
 * Where a refusal belongs, so its message is shown at the field it is about (WCAG 3.3.1): a
 * validation problem at a form field (the last part of its path: `body.account.email` → `email`)
 * gets that field's own wording; a refusal whose code `byCode` names (a wrong password, a taken
 * address) gets its message at that field. Undefined: it belongs to the form as a whole.
 */
export function useFieldRefusal<F extends string>(
  ownWords: Record<F, string>,
  byCode: Partial<Record<ErrorCode, F>>,
) {
  const errorMessage = useErrorMessage();
  return (error: unknown): Problems<F> | undefined => {
    if (!(error instanceof ApiError)) return undefined;
    const named = error.problem.errors
      ?.map((problem) => problem.path.split(".").at(-1) ?? "")
      .find((path): path is F => Object.hasOwn(ownWords, path));
    if (named) return { [named]: ownWords[named] } as Problems<F>;
    const field = byCode[error.problem.code];
    return field ? ({ [field]: errorMessage(error) } as Problems<F>) : undefined;
  };
}
