import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Language } from "../../../domain/i18n/index.ts";
import {
  type FacilitatorSessionView,
  formatJoinCode,
  type StepResults,
} from "../../../domain/live/index.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { useErrorMessage } from "../../components/errors.ts";
import { ThemeLogo, themeStyle, useWorkspaceTheme } from "../../components/theme.tsx";
import { Alert, Button, PageTitle, Paragraph } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { setLanguage } from "../../i18n/i18n.ts";
import { joinLink, useLiveSession } from "./api.ts";
import { StepResultsView } from "./StepResultsView.tsx";
import { useSessionWatch } from "./useSessionWatch.ts";
import "./sessions.css";

/** Results are announced to screen readers at most this often while votes come in. */
const announceEveryMs = 15_000;

/**
 * Tells screen-reader users in the room that results appeared or changed: at once when a step's
 * results are revealed, then at most once per `announceEveryMs`, through the polite region.
 */
function useResultsAnnouncement(
  session: FacilitatorSessionView | undefined,
  results: StepResults | null | undefined,
  answered: number,
) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const shownFor = useRef<string | null>(null);
  const last = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const step = session?.steps.find((s) => s.id === session.currentStepId);
  const stepId = step?.id ?? null;
  const texts = useRef({ shown: "", updated: "" });
  texts.current = step
    ? {
        shown: t("live.presenter.resultsShown", { title: step.title }),
        updated: t("live.presenter.resultsUpdated", { title: step.title, answered }),
      }
    : { shown: "", updated: "" };

  useEffect(() => {
    if (!stepId || !results) {
      shownFor.current = null;
      return;
    }
    if (shownFor.current !== stepId) {
      shownFor.current = stepId;
      last.current = Date.now();
      clearTimeout(pending.current);
      pending.current = undefined;
      announce(texts.current.shown);
      return;
    }
    if (pending.current) return;
    const wait = Math.max(0, last.current + announceEveryMs - Date.now());
    pending.current = setTimeout(() => {
      pending.current = undefined;
      last.current = Date.now();
      announce(texts.current.updated);
    }, wait);
  }, [results, stepId, announce]);

  useEffect(() => () => clearTimeout(pending.current), []);
}

function LanguageButton() {
  const { t } = useTranslation();
  const target = t("language.switchToLang") as Language;
  return (
    <Button
      appearance="subtle"
      lang={target}
      aria-label={t("language.switchHint")}
      onClick={() => setLanguage(target)}
    >
      {t("language.switchTo")}
    </Button>
  );
}

/**
 * The big screen: how to join (QR code, link, code), how many joined and answered, the current
 * step and, once the facilitator reveals it, its results. Minimal chrome: no site header or
 * navigation, readable from the back of a room.
 */
export function PresenterPage() {
  const { t } = useTranslation();
  const { slug = "", sessionId = "" } = useParams();
  const session = useLiveSession(slug, sessionId);
  const watch = useSessionWatch(slug, session.data ? sessionId : "");
  const errorMessage = useErrorMessage();
  const s = session.data;
  // Once the session has ended the screen says so, not the last step it showed.
  const step =
    s && s.status !== "ended" ? (s.steps.find((x) => x.id === s.currentStepId) ?? null) : null;
  const results = step ? watch.results[step.id] : undefined;
  const answered = watch.progress?.stepId === step?.id ? (watch.progress?.answered ?? 0) : 0;
  useResultsAnnouncement(s, step?.state === "revealed" ? results : null, answered);

  const theme = useWorkspaceTheme(slug).data;
  const workspaceName = useCurrentWorkspace().data?.workspace.name;
  const rootStyle = themeStyle(theme);
  const bar = (
    <div className="sb-presenter__bar">
      {workspaceName && <ThemeLogo theme={theme} name={workspaceName} />}
      <Link className="sb-presenter__back" to={`/w/${slug}/bijeenkomsten/${sessionId}`}>
        {t("live.presenter.back")}
      </Link>
      <LanguageButton />
    </div>
  );

  if (session.isPending) {
    return (
      <div className="utrecht-document sb-presenter sb-theme" style={rootStyle}>
        <main className="sb-presenter__main">
          {bar}
          <Paragraph>{t("app.loading")}</Paragraph>
        </main>
      </div>
    );
  }
  if (!s) {
    return (
      <div className="utrecht-document sb-presenter sb-theme" style={rootStyle}>
        <main className="sb-presenter__main">
          {bar}
          <PageTitle title={t("app.notFoundTitle")}>{t("app.notFoundTitle")}</PageTitle>
          <Alert type="error">{errorMessage(session.error)}</Alert>
        </main>
      </div>
    );
  }

  const link = joinLink(s.code);
  const revealed = step?.state === "revealed" && results;
  const joinLabel = t("live.presenter.qrAlt", { link });
  return (
    <div
      className={`utrecht-document sb-presenter sb-theme ${revealed ? "sb-presenter--results" : ""}`}
      style={rootStyle}
    >
      <main className="sb-presenter__main">
        {bar}
        <PageTitle title={s.title}>{s.title}</PageTitle>
        <div className="sb-presenter__grid">
          <section className="sb-presenter__join" aria-labelledby="presenter-join">
            <h2 id="presenter-join" className="sb-presenter__join-title">
              {t("live.presenter.joinTitle")}
            </h2>
            {s.status !== "ended" && (
              <img
                className="sb-presenter__qr"
                src={`/api/v1/workspaces/${encodeURIComponent(slug)}/sessions/${s.id}/qr-code`}
                alt={joinLabel}
                width={320}
                height={320}
              />
            )}
            <p className="sb-presenter__link">
              {t("live.presenter.goTo")} <strong>{link.replace(/^https?:\/\//, "")}</strong>
            </p>
            <p className="sb-presenter__code-label">{t("live.presenter.code")}</p>
            <p className="sb-presenter__code">{formatJoinCode(s.code)}</p>
          </section>
          <section className="sb-presenter__now" aria-labelledby="presenter-step">
            <dl className="sb-presenter__figures">
              <div>
                <dt>{t("live.presenter.joined")}</dt>
                <dd>{watch.progress?.joined ?? 0}</dd>
              </div>
              {step && (
                <div>
                  <dt>{t("live.presenter.answered")}</dt>
                  <dd>{answered}</dd>
                </div>
              )}
            </dl>
            {step ? (
              <>
                <p className="sb-presenter__position">
                  {t("live.presenter.stepOf", {
                    position: s.steps.indexOf(step) + 1,
                    total: s.steps.length,
                  })}{" "}
                  · {t(`live.states.${step.state}`)}
                </p>
                <h2 id="presenter-step" className="sb-presenter__step">
                  {step.title}
                </h2>
                {step.question && <p className="sb-presenter__question">{step.question}</p>}
              </>
            ) : (
              <h2 id="presenter-step" className="sb-presenter__step">
                {s.status === "ended" ? t("live.presenter.ended") : t("live.presenter.welcome")}
              </h2>
            )}
            {step && revealed && results && (
              <div className="sb-presenter__results">
                <StepResultsView kind={step.kind} title={step.title} results={results} />
              </div>
            )}
            {step?.state === "open" && (
              <p className="sb-presenter__hint">{t("live.presenter.answerNow")}</p>
            )}
          </section>
        </div>
        {watch.connection === "lost" && (
          <p className="sb-presenter__offline">{t("live.control.live.lost")}</p>
        )}
      </main>
    </div>
  );
}
