import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import {
  type ControlInput,
  type FacilitatorSessionView,
  type FacilitatorStep,
  formatJoinCode,
  isAnswering,
  type OpenAnswerView,
} from "../../../domain/live/index.ts";
import { roleSatisfies } from "../../../domain/roles.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { Confirm } from "../../components/Confirm.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { useFocusBackInto } from "../../components/focus.ts";
import { Alert, Button, Heading2, PageTitle, Paragraph } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { AgendaEditor } from "./AgendaEditor.tsx";
import {
  joinLink,
  useAgendaExpectations,
  useAgendaItems,
  useDateFormat,
  useLiveSession,
  useSessionActions,
  useStepResults,
} from "./api.ts";
import { StepResultsView } from "./StepResultsView.tsx";
import { type Progress, useSessionWatch, type WatchState } from "./useSessionWatch.ts";
import "./sessions.css";

type StepAction = Exclude<ControlInput["action"], "start" | "end">;

/**
 * The buttons a step offers in its state: while the session runs, go to, open, close, reveal
 * and hide; once it ended, only reveal and hide (to talk the results through afterwards).
 * A discussion step asks nothing: it is revealed to show the items discussed.
 */
function actionsFor(step: FacilitatorStep, current: boolean, running: boolean): StepAction[] {
  const actions: StepAction[] = [];
  if (running && !current) actions.push("goto");
  if (isAnswering(step.kind)) {
    if (running && (step.state === "pending" || step.state === "closed")) actions.push("open");
    if (running && step.state === "open") actions.push("close");
    if (step.state === "closed") actions.push("reveal");
  } else if (step.state !== "revealed" && ((running && current) || step.state !== "pending")) {
    // A discussion step shows what the steps before it found: once the room is there.
    actions.push("reveal");
  }
  if (step.state === "revealed") actions.push("hide");
  return actions;
}

/** Where focus goes after a step action: the move that usually follows it. */
const nextMove: Record<StepAction, StepAction[]> = {
  goto: ["open", "reveal"],
  open: ["close"],
  close: ["reveal", "open"],
  reveal: ["hide"],
  hide: ["reveal", "open"],
};

/** The facilitator's page: join details, start and end, the agenda with its controls, results. */
export function SessionControlPage() {
  const { t } = useTranslation();
  const sessionId = useParams().sessionId ?? "";
  const { data: workspace } = useCurrentWorkspace();
  const slug = workspace?.workspace.slug ?? "";
  const session = useLiveSession(slug, sessionId);
  const watch = useSessionWatch(slug, session.data ? sessionId : "");
  const errorMessage = useErrorMessage();
  const formatDate = useDateFormat();
  if (!workspace) return null;
  if (session.isPending) return <Paragraph>{t("app.loading")}</Paragraph>;
  if (session.isError) {
    return (
      <>
        <PageTitle title={t("app.notFoundTitle")}>{t("app.notFoundTitle")}</PageTitle>
        <Alert type="error">{errorMessage(session.error)}</Alert>
      </>
    );
  }
  const s = session.data;
  const canControl = roleSatisfies(workspace.workspace.role, "editor");

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/w/${slug}/bijeenkomsten`}>
          ← {t("nav.sessions")}
        </Link>
      </p>
      <PageTitle title={s.title}>{s.title}</PageTitle>
      <Paragraph>
        {formatDate(s.date)} ·{" "}
        <span className={`sb-badge sb-live-status--${s.status}`}>
          {t(`live.statuses.${s.status}`)}
        </span>
      </Paragraph>
      <JoinDetails slug={slug} session={s} />
      <SessionStatusControls slug={slug} session={s} watch={watch} canControl={canControl} />
      <section aria-labelledby="agenda-heading" className="sb-section">
        <Heading2 id="agenda-heading">{t("live.control.agenda")}</Heading2>
        {s.status === "planned" && canControl ? (
          <AgendaEditor slug={slug} sessionId={s.id} steps={s.steps} />
        ) : (
          <Agenda slug={slug} session={s} watch={watch} canControl={canControl} />
        )}
      </section>
      {canControl && s.status !== "running" && <DeleteSession slug={slug} session={s} />}
    </>
  );
}

function JoinDetails({ slug, session }: { slug: string; session: FacilitatorSessionView }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const link = joinLink(session.code);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      announce(t("live.control.copied"));
    } catch {
      announce(t("live.control.copyFailed"));
    }
  };
  return (
    <section aria-labelledby="join-heading" className="sb-live-join sb-card">
      <Heading2 id="join-heading">{t("live.control.joinTitle")}</Heading2>
      <p className="utrecht-paragraph">
        {t("live.control.code")}{" "}
        <strong className="sb-live-code-inline sb-live-code-inline--large">
          {formatJoinCode(session.code)}
        </strong>
      </p>
      <p className="utrecht-paragraph">
        {t("live.control.link")} <span className="sb-live-link">{link}</span>{" "}
        <Button appearance="subtle" onClick={copy}>
          {t("live.control.copy")}
        </Button>
      </p>
      <ul className="sb-actions sb-plain-list">
        <li>
          <Link
            className="utrecht-link sb-inline-link"
            to={`/w/${slug}/bijeenkomsten/${session.id}/scherm`}
            target="_blank"
          >
            {t("live.control.presenter")}
            <span className="sb-visually-hidden"> ({t("live.control.newWindow")})</span>
          </Link>
        </li>
        <li>
          <a
            className="utrecht-link sb-inline-link"
            href={`/api/v1/workspaces/${encodeURIComponent(slug)}/sessions/${session.id}/votes`}
            download
          >
            {t("live.control.csv")}
          </a>
        </li>
      </ul>
    </section>
  );
}

function ProgressLine({ progress, watch }: { progress: Progress | null; watch: WatchState }) {
  const { t } = useTranslation();
  return (
    <div className="sb-live-progress">
      <dl className="sb-live-figures">
        <div>
          <dt>{t("live.control.joined")}</dt>
          <dd>{progress?.joined ?? "—"}</dd>
        </div>
        <div>
          <dt>{t("live.control.answered")}</dt>
          <dd>{progress?.stepId ? progress.answered : "—"}</dd>
        </div>
      </dl>
      <p className="sb-muted">{t(`live.control.live.${watch.connection}`)}</p>
    </div>
  );
}

function SessionStatusControls({
  slug,
  session,
  watch,
  canControl,
}: {
  slug: string;
  session: FacilitatorSessionView;
  watch: WatchState;
  canControl: boolean;
}) {
  const { t } = useTranslation();
  const { control } = useSessionActions(slug, session.id);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [confirmEnd, setConfirmEnd] = useState(false);
  const section = useRef<HTMLElement>(null);
  // Start goes away once the session runs, and the end confirmation when it ended.
  useFocusBackInto(() => section.current, `${session.status}-${confirmEnd}-${control.isPending}`);
  const run = (action: "start" | "end") =>
    control.mutate(
      { action },
      {
        onSuccess: () => {
          setConfirmEnd(false);
          announce(t(action === "start" ? "live.control.started" : "live.control.ended"));
        },
      },
    );
  return (
    <section ref={section} aria-labelledby="status-heading" className="sb-section">
      <Heading2 id="status-heading">{t("live.control.statusTitle")}</Heading2>
      <ProgressLine progress={watch.progress} watch={watch} />
      {canControl && session.status === "planned" && (
        <>
          <Paragraph>{t("live.control.startHint")}</Paragraph>
          <Button appearance="primary" busy={control.isPending} onClick={() => run("start")}>
            {t("live.control.start")}
          </Button>
        </>
      )}
      {canControl && session.status === "running" && !confirmEnd && (
        <Button onClick={() => setConfirmEnd(true)}>{t("live.control.end")}</Button>
      )}
      {canControl && session.status === "running" && confirmEnd && (
        <Confirm
          question={t("live.control.endConfirm")}
          yes={t("live.control.endYes")}
          busy={control.isPending}
          onYes={() => run("end")}
          onNo={() => setConfirmEnd(false)}
        />
      )}
      {session.status === "ended" && <Paragraph>{t("live.control.endedText")}</Paragraph>}
      {control.isError && <Alert type="error">{errorMessage(control.error)}</Alert>}
    </section>
  );
}

function Agenda({
  slug,
  session,
  watch,
  canControl,
}: {
  slug: string;
  session: FacilitatorSessionView;
  watch: WatchState;
  canControl: boolean;
}) {
  const { t } = useTranslation();
  const { control } = useSessionActions(slug, session.id);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const items = useAgendaItems(slug);
  const expectations = useAgendaExpectations(slug);
  const names = new Map(
    [...(items.data ?? []), ...(expectations.data ?? [])].map((x) => [x.id, x.name]),
  );
  // The button pressed goes away (Close becomes Show results): focus moves to the step's next
  // action instead of falling back to the page.
  const focusStep = useRef<{ stepId: string; action: StepAction; before: string } | null>(null);
  const stepKey = (stepId: string) =>
    `${session.steps.find((x) => x.id === stepId)?.state}|${session.currentStepId}`;
  const act = (action: StepAction, step: FacilitatorStep) => {
    focusStep.current = { stepId: step.id, action, before: stepKey(step.id) };
    control.mutate(
      { action, stepId: step.id },
      { onSuccess: () => announce(t(`live.control.done.${action}`, { title: step.title })) },
    );
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the session changes
  useEffect(() => {
    const pending = focusStep.current;
    if (!pending || control.isPending) return;
    if (control.isError) {
      focusStep.current = null;
      return;
    }
    // Wait for the step to show its new state (its buttons change with it).
    if (stepKey(pending.stepId) === pending.before) return;
    focusStep.current = null;
    const buttons = document.querySelector(`[data-step-buttons="${pending.stepId}"]`);
    if (buttons?.contains(document.activeElement)) return;
    // The step's next move (Show results after Close), else its first button.
    const next = nextMove[pending.action]
      .map((a) => buttons?.querySelector<HTMLButtonElement>(`[data-action="${a}"]:not(:disabled)`))
      .find(Boolean);
    (next ?? buttons?.querySelector<HTMLButtonElement>("button:not(:disabled)"))?.focus();
  }, [session, control.isPending, control.isError]);
  const running = session.status === "running";

  return (
    <>
      {control.isError && <Alert type="error">{errorMessage(control.error)}</Alert>}
      <ol className="sb-live-agenda">
        {session.steps.map((step, index) => {
          const current = step.id === session.currentStepId;
          const targets = [...step.itemIds, ...step.expectationIds];
          return (
            <li
              key={step.id}
              className={`sb-live-step ${current ? "sb-live-step--current" : ""}`}
              aria-current={current ? "step" : undefined}
            >
              <div className="sb-live-step__summary">
                <h3 className="utrecht-heading-4 sb-live-step__title">
                  {index + 1}. {step.title}
                  {current && <span className="sb-live-now"> {t("live.control.current")}</span>}
                </h3>
                <p className="sb-muted sb-live-step__meta">
                  {t(`live.kinds.${step.kind}`)} ·{" "}
                  {t("live.agenda.minutesShort", { minutes: step.minutes })} ·{" "}
                  <span className={`sb-live-state sb-live-state--${step.state}`}>
                    {t(`live.states.${step.state}`)}
                  </span>
                </p>
                {canControl && session.status !== "planned" && (
                  <div className="sb-live-step__buttons" data-step-buttons={step.id}>
                    {actionsFor(step, current, running).map((action) => (
                      <Button
                        key={action}
                        data-action={action}
                        appearance={
                          action === "open" || action === "reveal" ? "primary" : "secondary"
                        }
                        disabled={control.isPending}
                        onClick={() => act(action, step)}
                        aria-label={`${t(`live.control.actions.${action}`)}: ${step.title}`}
                      >
                        {t(`live.control.actions.${action}`)}
                      </Button>
                    ))}
                  </div>
                )}
              </div>
              {step.question && (
                <p className="utrecht-paragraph">
                  {t("live.control.question")} {step.question}
                </p>
              )}
              {targets.length > 0 && (
                <details className="sb-live-details">
                  <summary
                    aria-label={`${t("live.control.targets", { count: targets.length })}: ${step.title}`}
                  >
                    {t("live.control.targets", { count: targets.length })}
                  </summary>
                  <ul>
                    {targets.map((id) => (
                      <li key={id}>{names.get(id) ?? "…"}</li>
                    ))}
                  </ul>
                </details>
              )}
              {step.notes &&
                (current ? (
                  <div className="sb-live-notes">
                    <h4 className="utrecht-heading-5">{t("live.control.notes")}</h4>
                    <p className="utrecht-paragraph">{step.notes}</p>
                  </div>
                ) : (
                  <details className="sb-live-details">
                    <summary aria-label={`${t("live.control.notes")}: ${step.title}`}>
                      {t("live.control.notes")}
                    </summary>
                    <p className="utrecht-paragraph">{step.notes}</p>
                  </details>
                ))}
              {current && canControl && step.kind === "open_question" && (
                <Moderation slug={slug} session={session} step={step} watch={watch} />
              )}
              {step.state === "revealed" &&
                (current ? (
                  <CurrentResults slug={slug} session={session} step={step} watch={watch} />
                ) : (
                  <EarlierResults slug={slug} session={session} step={step} />
                ))}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function CurrentResults({
  slug,
  session,
  step,
  watch,
}: {
  slug: string;
  session: FacilitatorSessionView;
  step: FacilitatorStep;
  watch: WatchState;
}) {
  const { t } = useTranslation();
  const live = watch.results[step.id];
  const fetched = useStepResults(slug, session.id, step.id, live === undefined);
  const results = live ?? (live === undefined ? fetched.data : null);
  if (!results) return null;
  return (
    <section className="sb-live-results" aria-labelledby={`results-${step.id}`}>
      <h4 id={`results-${step.id}`} className="utrecht-heading-5">
        {t("live.control.results")}
      </h4>
      <StepResultsView kind={step.kind} title={step.title} results={results} decisionsFor={slug} />
    </section>
  );
}

/** A revealed step that is no longer current: its results on request. */
function EarlierResults({
  slug,
  session,
  step,
}: {
  slug: string;
  session: FacilitatorSessionView;
  step: FacilitatorStep;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const results = useStepResults(slug, session.id, step.id, open);
  return (
    <details className="sb-live-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary aria-label={`${t("live.control.results")}: ${step.title}`}>
        {t("live.control.results")}
      </summary>
      {results.isPending && open && <Paragraph>{t("app.loading")}</Paragraph>}
      {results.data && (
        <StepResultsView
          kind={step.kind}
          title={step.title}
          results={results.data}
          decisionsFor={slug}
        />
      )}
    </details>
  );
}

function Moderation({
  slug,
  session,
  step,
  watch,
}: {
  slug: string;
  session: FacilitatorSessionView;
  step: FacilitatorStep;
  watch: WatchState;
}) {
  const { t } = useTranslation();
  const { moderate } = useSessionActions(slug, session.id);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const answers: OpenAnswerView[] =
    watch.openAnswers?.stepId === step.id ? watch.openAnswers.answers : [];
  const list = useRef<HTMLElement>(null);
  const pressed = useRef<string | null>(null);
  // "Goedkeuren" goes away once approved: focus goes to the other button of the same answer.
  useFocusBackInto(
    () => list.current?.querySelector<HTMLElement>(`[data-answer="${pressed.current}"]`),
    `${answers.map((a) => a.status).join()}-${moderate.isPending}`,
  );
  const set = (answer: OpenAnswerView, status: "approved" | "hidden") => {
    pressed.current = answer.id;
    moderate.mutate(
      { answerId: answer.id, status },
      { onSuccess: () => announce(t(`live.moderation.done.${status}`, { text: answer.text })) },
    );
  };
  return (
    <section ref={list} className="sb-live-moderation" aria-labelledby={`moderation-${step.id}`}>
      <h4 id={`moderation-${step.id}`} className="utrecht-heading-5">
        {t("live.moderation.title", { count: answers.length })}
      </h4>
      <p className="utrecht-paragraph sb-muted">{t("live.moderation.intro")}</p>
      {moderate.isError && <Alert type="error">{errorMessage(moderate.error)}</Alert>}
      {answers.length === 0 ? (
        <p className="utrecht-paragraph">{t("live.moderation.none")}</p>
      ) : (
        <ul className="sb-live-open-answers">
          {answers.map((answer) => (
            <li
              key={answer.id}
              data-answer={answer.id}
              className={`sb-live-open-answer sb-live-open-answer--${answer.status}`}
            >
              <p className="utrecht-paragraph sb-live-open-answer__text">{answer.text}</p>
              <p className="utrecht-paragraph sb-live-open-answer__status">
                {t(`live.moderation.statuses.${answer.status}`)}
              </p>
              <div className="sb-live-step__buttons">
                {answer.status !== "approved" && (
                  <Button
                    onClick={() => set(answer, "approved")}
                    disabled={moderate.isPending}
                    aria-label={`${t("live.moderation.approve")}: ${answer.text}`}
                  >
                    {t("live.moderation.approve")}
                  </Button>
                )}
                {answer.status !== "hidden" && (
                  <Button
                    appearance="danger"
                    onClick={() => set(answer, "hidden")}
                    disabled={moderate.isPending}
                    aria-label={`${t("live.moderation.hide")}: ${answer.text}`}
                  >
                    {t("live.moderation.hide")}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DeleteSession({ slug, session }: { slug: string; session: FacilitatorSessionView }) {
  const { t } = useTranslation();
  const { remove } = useSessionActions(slug, session.id);
  const announce = useAnnounce();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [confirm, setConfirm] = useState(false);
  return (
    <section aria-labelledby="delete-heading" className="sb-section">
      <Heading2 id="delete-heading">{t("live.control.deleteTitle")}</Heading2>
      <Paragraph>{t("live.control.deleteIntro")}</Paragraph>
      {!confirm ? (
        <Button appearance="danger" onClick={() => setConfirm(true)}>
          {t("live.control.delete")}
        </Button>
      ) : (
        <Confirm
          question={t("live.control.deleteConfirm", { title: session.title })}
          yes={t("live.control.deleteYes")}
          busy={remove.isPending}
          onYes={() =>
            remove.mutate(undefined, {
              onSuccess: () => {
                announce(t("live.control.deleted", { title: session.title }));
                navigate(`/w/${slug}/bijeenkomsten`);
              },
            })
          }
          onNo={() => setConfirm(false)}
        />
      )}
      {remove.isError && <Alert type="error">{errorMessage(remove.error)}</Alert>}
    </section>
  );
}
