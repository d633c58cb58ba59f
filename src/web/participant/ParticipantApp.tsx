import {
  type FormEvent,
  type ReactNode,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import type { CriterionSet } from "../../domain/criteria.ts";
import type { RealismRating } from "../../domain/expectations/realism.ts";
import {
  foreignJoinCodeCharacter,
  formatJoinCode,
  normaliseJoinCode,
} from "../../domain/live/join-code.ts";
import type {
  GivenAnswers,
  LiveAnswer,
  LiveCriterion,
  LiveTarget,
  ParticipantStep,
} from "../../domain/live/protocol.ts";
import type { Answer, Overall } from "../../domain/scoring/scales.ts";
import type { Sphere } from "../../domain/spheres.ts";
import { fetchSession, type JoinableSession, join, liveSocketUrl, RequestError } from "./api.ts";
import { currentLanguage, setLanguage, type Translate, useT } from "./i18n.ts";
import {
  LiveClient,
  type LiveState,
  loadParticipation,
  type Participation,
  saveParticipation,
} from "./live-client.ts";
import { participantLogo, participantThemeStyle } from "./theme.ts";

// The answer scales, positive first where they have a direction (checked against the domain's).
const overallOptions = ["rather_yes", "doubt", "rather_not"] as const satisfies Overall[];
const sphereOptions = ["personal", "communal", "institutional"] as const satisfies Sphere[];
const realismOptions = [
  "realistic",
  "partly",
  "unrealistic",
  "unknown",
] as const satisfies RealismRating[];
const criterionOptions = ["no", "partly", "yes", "unknown"] as const satisfies Answer[];

const p = (key: string) => `live.participant.${key}`;

type Screen =
  | { name: "code"; typed?: string; error?: string; badCode?: boolean }
  | { name: "loading"; code: string }
  | { name: "join"; code: string; session: JoinableSession; rejoin?: boolean }
  | { name: "live"; code: string; participation: Participation };

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function codeInPath(): string | null {
  const match = /^\/doe-mee\/([^/?#]+)/.exec(location.pathname);
  if (!match) return null;
  try {
    return normaliseJoinCode(decodeURIComponent(match[1]!));
  } catch {
    return null;
  }
}

function screenFromPath(): Screen {
  const code = codeInPath();
  // A link with a code that cannot be one (mistyped from the screen): say so, keep what was typed.
  const typed = /^\/doe-mee\/([^/?#]+)/.exec(location.pathname)?.[1];
  if (!code && typed) return { name: "code", typed: safeDecode(typed), badCode: true };
  if (!code) return { name: "code" };
  const participation = loadParticipation(localStorage, code);
  return participation ? { name: "live", code, participation } : { name: "loading", code };
}

function errorText(t: Translate, error: unknown): string {
  const code = error instanceof RequestError ? error.code : "internal";
  if (code === "not_found") return t(p("unknownCode"));
  if (["session_ended", "too_many_requests", "validation_failed", "network"].includes(code)) {
    return t(`errors.${code}`, {
      seconds: error instanceof RequestError ? error.retryAfterSeconds : 0,
    });
  }
  return t("errors.internal");
}

let titleShownBefore = false;

/**
 * The page's h1: sets the document title and, when the screen changes (`focusKey`), takes focus
 * so a screen reader reads the new question; not on the first screen of the visit.
 */
function Title({ text, focusKey = text }: { text: string; focusKey?: string }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${text} · ${t("app.name")}`;
  }, [text, t]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows the screen
  useEffect(() => {
    if (titleShownBefore) ref.current?.focus();
    titleShownBefore = true;
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {text}
    </h1>
  );
}

export function ParticipantApp() {
  const t = useT();
  const [screen, setScreen] = useState<Screen>(screenFromPath);
  // The workspace's look, kept from the last session fetched (also while taking part).
  const [look, setLook] = useState<Pick<JoinableSession, "theme" | "workspaceName"> | null>(null);
  const seen = screen.name === "join" ? screen.session : null;
  useEffect(() => {
    if (seen) setLook({ theme: seen.theme, workspaceName: seen.workspaceName });
  }, [seen]);

  useEffect(() => {
    const back = () => setScreen(screenFromPath());
    addEventListener("popstate", back);
    return () => removeEventListener("popstate", back);
  }, []);

  const loadingCode = screen.name === "loading" ? screen.code : null;
  useEffect(() => {
    if (!loadingCode) return;
    let current = true;
    fetchSession(loadingCode).then(
      (session) => current && setScreen({ name: "join", code: loadingCode, session }),
      (error) =>
        current &&
        setScreen({
          name: "code",
          typed: formatJoinCode(loadingCode),
          error: errorText(t, error),
        }),
    );
    return () => {
      current = false;
    };
  }, [loadingCode, t]);

  let content: ReactNode;
  switch (screen.name) {
    case "code":
      content = (
        <CodeScreen
          key={`${screen.typed}:${screen.badCode}`}
          typed={screen.typed}
          error={screen.error}
          badCode={screen.badCode}
          onCode={(code) => {
            history.pushState(null, "", `/doe-mee/${code}`);
            setScreen(screenFromPath());
          }}
        />
      );
      break;
    case "loading":
      content = <Title text={t(p("title"))} />;
      break;
    case "join":
      content = (
        <JoinScreen
          code={screen.code}
          session={screen.session}
          rejoin={screen.rejoin}
          onJoined={(participation) =>
            setScreen({ name: "live", code: screen.code, participation })
          }
        />
      );
      break;
    case "live":
      content = (
        <LiveScreen
          key={screen.participation.token}
          code={screen.code}
          participation={screen.participation}
          onRejoin={() =>
            fetchSession(screen.code).then(
              (session) => setScreen({ name: "join", code: screen.code, session, rejoin: true }),
              (error) => setScreen({ name: "code", error: errorText(t, error) }),
            )
          }
        />
      );
      break;
  }

  return (
    <div className="p-page" style={participantThemeStyle(look?.theme)}>
      <header className="p-header">
        <span className="p-brand">
          {look && participantLogo(look.theme) && (
            <img className="p-logo" src={participantLogo(look.theme)!} alt={look.workspaceName} />
          )}
          {t("app.name")}
        </span>
        <LanguageButton />
      </header>
      <main className="p-main">{content}</main>
    </div>
  );
}

function LanguageButton() {
  const t = useT();
  const target = t("language.switchToLang") === "en" ? "en" : "nl";
  return (
    <button
      type="button"
      className="p-button p-button--header"
      lang={target}
      aria-label={t("language.switchHint")}
      onClick={() => setLanguage(target)}
    >
      {t("language.switchTo")}
    </button>
  );
}

function CodeScreen({
  typed,
  error,
  badCode = false,
  onCode,
}: {
  typed?: string;
  error?: string;
  badCode?: boolean;
  onCode: (code: string) => void;
}) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState(typed ?? "");
  const [invalid, setInvalid] = useState(badCode);
  const [checked, setChecked] = useState(typed ?? "");
  const foreign = foreignJoinCodeCharacter(checked);
  const message = invalid
    ? foreign
      ? t(p("codeForeignCharacter"), { character: foreign })
      : t(p("codeInvalid"))
    : error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = normaliseJoinCode(value);
    setInvalid(!code);
    setChecked(value);
    if (code) onCode(code);
  };
  return (
    <>
      <Title text={t(p("title"))} />
      <p>{t(p("intro"))}</p>
      <form className="p-form" onSubmit={submit} noValidate>
        <div className="p-field">
          <label htmlFor={id}>{t(p("code"))}</label>
          <p className="p-hint" id={`${id}-hint`}>
            {t(p("codeHint"))}
          </p>
          {message && (
            <p className="p-error" id={`${id}-error`} role="alert">
              {message}
            </p>
          )}
          <input
            id={id}
            className="p-input p-input--code"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            maxLength={20}
            aria-invalid={message ? true : undefined}
            aria-describedby={`${id}-hint${message ? ` ${id}-error` : ""}`}
          />
        </div>
        <button type="submit" className="p-button">
          {t(p("next"))}
        </button>
      </form>
    </>
  );
}

function groupLabel(t: Translate, group: JoinableSession["groups"][number]): string {
  if (group.name) return group.name;
  return group.key ? t(`stakeholders.${group.key}`, { defaultValue: group.key }) : "";
}

function JoinScreen({
  code,
  session,
  rejoin,
  onJoined,
}: {
  code: string;
  session: JoinableSession;
  rejoin?: boolean;
  onJoined: (participation: Participation) => void;
}) {
  const t = useT();
  const id = useId();
  const [groupId, setGroupId] = useState<string>("");
  const [nickname, setNickname] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError("");
    try {
      const participation = await join(code, groupId || null, nickname.trim());
      saveParticipation(localStorage, code, participation);
      onJoined(participation);
    } catch (e) {
      setError(errorText(t, e));
      setBusy(false);
    }
  };
  const groups = [
    ...session.groups.map((g) => ({ value: g.id, label: groupLabel(t, g) })),
    { value: "", label: t(p("noGroup")) },
  ];
  return (
    <>
      <p className="p-kicker">{t(p("joinKicker"), { code: formatJoinCode(code) })}</p>
      <Title text={session.title} />
      {rejoin && <p className="p-notice">{t(p("rejoin"))}</p>}
      <form className="p-form" onSubmit={submit}>
        <fieldset className="p-fieldset">
          <legend>{t(p("groupLegend"))}</legend>
          <p className="p-hint">{t(p("groupHint"))}</p>
          {groups.map((group) => (
            <label key={group.value || "none"} className="p-option">
              <input
                type="radio"
                name="group"
                value={group.value}
                checked={groupId === group.value}
                onChange={() => setGroupId(group.value)}
              />
              <span>{group.label}</span>
            </label>
          ))}
        </fieldset>
        <div className="p-field">
          <label htmlFor={id}>{t(p("nickname"))}</label>
          <p className="p-hint" id={`${id}-hint`}>
            {t(p("nicknameHint"))}
          </p>
          <input
            id={id}
            className="p-input"
            value={nickname}
            onChange={(e) => setNickname(e.target.value)}
            maxLength={40}
            autoComplete="nickname"
            aria-describedby={`${id}-hint`}
          />
        </div>
        {error && (
          <p className="p-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="p-button" aria-busy={busy || undefined} disabled={busy}>
          {t(p("join"))}
        </button>
      </form>
    </>
  );
}

function LiveScreen({
  code,
  participation,
  onRejoin,
}: {
  code: string;
  participation: Participation;
  onRejoin: () => void;
}) {
  const t = useT();
  const client = useMemo(
    () =>
      new LiveClient({
        url: liveSocketUrl(),
        token: participation.token,
        code,
        store: localStorage,
        connect: (url) => new WebSocket(url),
      }),
    [code, participation.token],
  );
  useEffect(() => {
    client.start();
    const wake = () => client.wake();
    const visible = () => document.visibilityState === "visible" && client.wake();
    addEventListener("online", wake);
    addEventListener("pageshow", wake);
    document.addEventListener("visibilitychange", visible);
    return () => {
      client.stop();
      removeEventListener("online", wake);
      removeEventListener("pageshow", wake);
      document.removeEventListener("visibilitychange", visible);
    };
  }, [client]);
  const state = useSyncExternalStore(client.subscribe, client.getState);
  const rejoin = state.status === "rejoin";
  const onRejoinRef = useRef(onRejoin);
  onRejoinRef.current = onRejoin;
  useEffect(() => {
    if (rejoin) onRejoinRef.current();
  }, [rejoin]);

  const vote = (target: string, answer: LiveAnswer) => {
    const step = state.session?.step;
    if (step) client.vote(step.id, target, answer);
  };

  return (
    <>
      {state.session && <p className="p-kicker">{state.session.title}</p>}
      <StepView state={state} onVote={vote} />
      <ConnectionStatus state={state} />
      {state.refused && (
        <p className="p-error" role="alert">
          {t(p(`refused.${state.refused.code}`))}
        </p>
      )}
    </>
  );
}

/** Only when something is wrong: a line that says so, and how many answers wait to be sent. */
function ConnectionStatus({ state }: { state: LiveState }) {
  const t = useT();
  let text = "";
  if (state.status === "offline") {
    text = state.pending ? t(p("offlinePending"), { count: state.pending }) : t(p("offline"));
  } else if (state.status === "connecting") {
    text = state.pending ? t(p("connectingPending"), { count: state.pending }) : t(p("connecting"));
  }
  return (
    <p className={text ? "p-status" : "p-status p-status--empty"} role="status">
      {text}
    </p>
  );
}

function StepView({
  state,
  onVote,
}: {
  state: LiveState;
  onVote: (target: string, answer: LiveAnswer) => void;
}) {
  const t = useT();
  const session = state.session;
  if (state.status === "ended" || session?.status === "ended") {
    return (
      <>
        <Title text={t(p("endedTitle"))} />
        <p>{t(p("ended"))}</p>
      </>
    );
  }
  if (!session) return <Title text={t(p("connectingTitle"))} />;
  const step = session.step;
  if (!step || session.status !== "running") {
    return (
      <>
        <Title text={t(p("waitingTitle"))} />
        <p>{t(p("waiting"))}</p>
      </>
    );
  }
  const counter = (
    <p className="p-count">{t(p("stepOf"), { position: step.position, total: step.total })}</p>
  );
  if (step.kind === "discuss" || step.state !== "open") {
    const message =
      step.kind === "discuss" ? "discuss" : step.state === "pending" ? "notOpen" : "closed";
    return (
      <>
        {counter}
        <Title text={step.title} focusKey={`${step.id}:${step.state}`} />
        <p>{t(p(message))}</p>
      </>
    );
  }
  const given = state.answers[step.id] ?? {};
  return (
    <>
      {counter}
      <Title text={step.title} focusKey={`${step.id}:${step.state}`} />
      {step.kind === "open_question" ? (
        <OpenQuestion key={step.id} step={step} given={given} onVote={onVote} />
      ) : (
        <TargetSteps key={step.id} step={step} given={given} onVote={onVote} />
      )}
    </>
  );
}

type Given = GivenAnswers[string];

function OpenQuestion({
  step,
  given,
  onVote,
}: {
  step: ParticipantStep;
  given: Given;
  onVote: (target: string, answer: LiveAnswer) => void;
}) {
  const t = useT();
  const id = useId();
  const sent = (given[step.id] as { text?: string } | undefined)?.text ?? "";
  const [text, setText] = useState(sent);
  const [empty, setEmpty] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    setEmpty(!value);
    if (value) onVote(step.id, { text: value });
  };
  return (
    <form className="p-form" onSubmit={submit} noValidate>
      <div className="p-field">
        <label htmlFor={id} className="p-question">
          {step.question || step.title}
        </label>
        <p className="p-hint" id={`${id}-hint`}>
          {t(p("openHint"))}
        </p>
        {empty && (
          <p className="p-error" id={`${id}-error`} role="alert">
            {t(p("openEmpty"))}
          </p>
        )}
        <textarea
          id={id}
          className="p-input"
          rows={4}
          maxLength={500}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={empty || undefined}
          aria-describedby={`${id}-hint${empty ? ` ${id}-error` : ""}`}
        />
      </div>
      <button type="submit" className="p-button">
        {sent ? t(p("openChange")) : t(p("openSend"))}
      </button>
      {sent && (
        <p className="p-done" role="status">
          {t(p("openSent"), { text: sent })}
        </p>
      )}
    </form>
  );
}

/** Which value of `answer` a step kind's buttons show as chosen. */
function chosenValue(kind: ParticipantStep["kind"], answer: LiveAnswer | undefined) {
  if (!answer) return undefined;
  if (kind === "quick_vote" && "overall" in answer) return answer.overall;
  if (kind === "sphere_placement" && "sphere" in answer) return answer.sphere;
  if (kind === "expectation_realism" && "rating" in answer) return answer.rating;
  return undefined;
}

function useChoices(kind: ParticipantStep["kind"]) {
  const t = useT();
  switch (kind) {
    case "quick_vote":
      return {
        question: t("delimitation.overallQuestion"),
        options: overallOptions.map((value) => ({
          value,
          label: t(`delimitation.overall.${value}`),
          hint: "",
          answer: { overall: value } as LiveAnswer,
        })),
      };
    case "sphere_placement":
      return {
        question: t("delimitation.proposedSphere"),
        options: sphereOptions.map((value) => ({
          value,
          label: t(`model.spheres.${value}`),
          hint: t(`model.sphereDescriptions.${value}`),
          answer: { sphere: value } as LiveAnswer,
        })),
      };
    case "expectation_realism":
      return {
        question: t("expectations.realismTitle"),
        options: realismOptions.map((value) => ({
          value,
          label: t(`expectations.ratings.${value}`),
          hint: "",
          answer: { rating: value } as LiveAnswer,
        })),
      };
    default:
      return { question: t("delimitation.scoreIntro"), options: [] };
  }
}

function isAnswered(kind: ParticipantStep["kind"], answer: LiveAnswer | undefined, criteria = 0) {
  if (!answer) return false;
  if (kind === "score_items") {
    return "answers" in answer && Object.keys(answer.answers).length >= criteria;
  }
  return chosenValue(kind, answer) !== undefined;
}

/** One target (item or expectation) per screen, then an overview of the answers given. */
function TargetSteps({
  step,
  given,
  onVote,
}: {
  step: ParticipantStep;
  given: Given;
  onVote: (target: string, answer: LiveAnswer) => void;
}) {
  const t = useT();
  const targets = step.targets;
  const [index, setIndex] = useState(() => {
    const first = targets.findIndex(
      (target) => !isAnswered(step.kind, given[target.id], step.criteria.length),
    );
    return first < 0 ? targets.length : first;
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows the index
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [index]);
  const { question, options } = useChoices(step.kind);
  const headingId = useId();

  if (targets.length === 0) return <p>{t(p("nothingToAnswer"))}</p>;

  if (index >= targets.length) {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {t(p("overviewTitle"))}
        </h2>
        <p>{t(p("allAnswered"))}</p>
        <ul className="p-overview">
          {targets.map((target, i) => (
            <li key={target.id}>
              <span className="p-overview__name">{target.name}</span>
              <span className="p-overview__answer">
                {answerSummary(t, step, given[target.id], options)}
              </span>
              <button
                type="button"
                className="p-button p-button--secondary"
                onClick={() => setIndex(i)}
                aria-label={`${t(p("change"))}: ${target.name}`}
              >
                {t(p("change"))}
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  const target = targets[index]!;
  const chosen = chosenValue(step.kind, given[target.id]);
  const description =
    typeof target.description === "string"
      ? target.description
      : target.description[currentLanguage()];
  return (
    <>
      <p className="p-question">{question}</p>
      <section className="p-card" aria-labelledby={headingId}>
        <p className="p-count">{t(p("targetOf"), { n: index + 1, total: targets.length })}</p>
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {target.name}
        </h2>
        {description && <p className="p-description">{description}</p>}
        {step.kind === "score_items" ? (
          <Criteria
            target={target}
            criteria={step.criteria}
            given={given[target.id]}
            onAnswer={(versionId, answer) =>
              onVote(target.id, { answers: { [versionId]: answer } })
            }
          />
        ) : (
          <fieldset className="p-fieldset p-choices">
            <legend className="p-visually-hidden">
              {question} {target.name}
            </legend>
            {options.map((option) => (
              <button
                key={option.value}
                type="button"
                className="p-choice"
                aria-pressed={chosen === option.value}
                onClick={() => {
                  onVote(target.id, option.answer);
                  setIndex(index + 1);
                }}
              >
                <span className="p-choice__label">{option.label}</span>
                {option.hint && <span className="p-choice__hint">{option.hint}</span>}
              </button>
            ))}
          </fieldset>
        )}
      </section>
      <nav className="p-pager" aria-label={t(p("pager"))}>
        <button
          type="button"
          className="p-button p-button--secondary"
          disabled={index === 0}
          onClick={() => setIndex(index - 1)}
        >
          {t(p("previous"))}
        </button>
        <button
          type="button"
          className={`p-button ${isAnswered(step.kind, given[target.id], step.criteria.length) ? "" : "p-button--secondary"}`}
          onClick={() => setIndex(index + 1)}
        >
          {index + 1 < targets.length ? t(p("nextTarget")) : t(p("toOverview"))}
        </button>
      </nav>
    </>
  );
}

function answerSummary(
  t: Translate,
  step: ParticipantStep,
  answer: LiveAnswer | undefined,
  options: { value: string; label: string }[],
): string {
  if (!answer) return t(p("notAnswered"));
  if (step.kind === "score_items" && "answers" in answer) {
    return t(p("criteriaAnswered"), {
      n: Object.keys(answer.answers).length,
      total: step.criteria.length,
    });
  }
  const value = chosenValue(step.kind, answer);
  return options.find((o) => o.value === value)?.label ?? t(p("notAnswered"));
}

function criterionSet(criterion: LiveCriterion): CriterionSet | null {
  return criterion.set;
}

/** The criteria for one item, grouped under their lead sentence ("…als het bijdraagt aan"). */
function Criteria({
  target,
  criteria,
  given,
  onAnswer,
}: {
  target: LiveTarget;
  criteria: LiveCriterion[];
  given: LiveAnswer | undefined;
  onAnswer: (versionId: string, answer: Answer) => void;
}) {
  const t = useT();
  const answers = given && "answers" in given ? given.answers : {};
  const sets: (CriterionSet | null)[] = [];
  for (const c of criteria) if (!sets.includes(criterionSet(c))) sets.push(criterionSet(c));
  return (
    <>
      {sets.map((set) => (
        <div key={set ?? "other"} className="p-criteria">
          {set && <h3>{t(`criteria.sets.${set}`)}</h3>}
          {criteria
            .filter((c) => criterionSet(c) === set)
            .map((criterion) => (
              <CriterionQuestion
                key={criterion.versionId}
                name={`${target.id}-${criterion.versionId}`}
                label={
                  criterion.label ??
                  t(`criteria.${criterion.key}.label`, { defaultValue: criterion.key })
                }
                explanation={
                  criterion.explanation ??
                  t(`criteria.${criterion.key}.explanation`, { defaultValue: "" })
                }
                value={answers[criterion.versionId]}
                onChange={(answer) => onAnswer(criterion.versionId, answer)}
              />
            ))}
        </div>
      ))}
    </>
  );
}

function CriterionQuestion({
  name,
  label,
  explanation,
  value,
  onChange,
}: {
  name: string;
  label: string;
  explanation: string;
  value: Answer | undefined;
  onChange: (answer: Answer) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="p-fieldset p-criterion" aria-describedby={explanation ? id : undefined}>
      <legend>{label}</legend>
      {explanation && (
        <p className="p-hint" id={id}>
          {explanation}
        </p>
      )}
      <div className="p-options-row">
        {criterionOptions.map((option) => (
          <label key={option} className="p-option">
            <input
              type="radio"
              name={name}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <span>{t(`delimitation.answers.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
