import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ContrastResult,
  checkLogo,
  contrastReport,
  defaultThemeColors,
  hexColorPattern,
  logoMaxBytes,
  resolveColors,
  type Theme,
  type ThemeColorKey,
  themeColorKeys,
} from "../../../domain/theme/index.ts";
import { useAnnounce } from "../../components/announcer.tsx";
import { ApiError } from "../../components/api-client.ts";
import { useErrorMessage } from "../../components/errors.ts";
import { ThemeLogo, themeStyle, useWorkspaceTheme } from "../../components/theme.tsx";
import { Alert, Button, Heading2, PageTitle, Paragraph } from "../../components/ui.tsx";
import { useCurrentWorkspace } from "../../components/workspace.ts";
import { useSaveTheme } from "./api.ts";
import "./theme.css";

const fieldId = (key: ThemeColorKey) => `theme-${key}`;
const logoId = "theme-logo";
const logoKb = Math.round(logoMaxBytes / 1024);

/** A problem to show at a field and in the summary above the form. */
interface Problem {
  field: ThemeColorKey | "logo";
  message: string;
}

function number(n: number, language: string) {
  return n.toLocaleString(language === "en" ? "en-GB" : "nl-NL");
}

/** The theme the form describes, with only valid colours (others fall back to the default). */
function formTheme(colors: Record<ThemeColorKey, string>, logo: string | null): Theme {
  const valid: Partial<Record<ThemeColorKey, string>> = {};
  for (const key of themeColorKeys) {
    const value = colors[key].trim().toLowerCase();
    if (hexColorPattern.test(value)) valid[key] = value;
  }
  return { colors: valid, logo };
}

function ColorField({
  name,
  value,
  error,
  onChange,
}: {
  name: ThemeColorKey;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = fieldId(name);
  const label = t(`workspaceTheme.fields.${name}`);
  const valid = hexColorPattern.test(value.trim());
  return (
    <div
      className={`utrecht-form-field sb-theme-field ${error ? "utrecht-form-field--invalid" : ""}`}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field-description" id={`${id}-description`}>
        {t("workspaceTheme.colorHint")}
      </div>
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input sb-theme-field__inputs">
        <input
          id={id}
          className={`utrecht-textbox utrecht-textbox--html-input sb-theme-field__text ${error ? "utrecht-textbox--invalid" : ""}`}
          value={value}
          spellCheck={false}
          autoComplete="off"
          maxLength={7}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-description${error ? ` ${id}-error` : ""}`}
          onChange={(e) => onChange(e.target.value)}
        />
        <input
          type="color"
          className="sb-theme-field__swatch"
          aria-label={t("workspaceTheme.pickColor", { label })}
          value={valid ? value.trim().toLowerCase() : defaultThemeColors[name]}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    </div>
  );
}

function ContrastTable({ report }: { report: ContrastResult[] }) {
  const { t, i18n } = useTranslation();
  const failing = report.filter((r) => !r.passes).length;
  return (
    <section aria-labelledby="theme-contrast" className="sb-section">
      <Heading2 id="theme-contrast">{t("workspaceTheme.reportTitle")}</Heading2>
      <Paragraph>{t("workspaceTheme.reportIntro")}</Paragraph>
      <p className="utrecht-paragraph" role="status">
        {failing === 0
          ? t("workspaceTheme.allPass")
          : t("workspaceTheme.someFail", { count: failing })}
      </p>
      <div className="utrecht-table-container utrecht-table-container--overflow-inline">
        <table className="utrecht-table utrecht-table--html-table sb-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t("workspaceTheme.reportPair")}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t("workspaceTheme.reportRatio")}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t("workspaceTheme.reportMinimum")}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t("workspaceTheme.reportResult")}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {report.map((r) => (
              <tr key={r.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell sb-table__name">
                  <span className="sb-theme-pair" aria-hidden="true">
                    <span className="sb-theme-pair__swatch" style={{ background: r.background }} />
                    <span className="sb-theme-pair__swatch" style={{ background: r.foreground }} />
                  </span>
                  {t(`workspaceTheme.pairs.${r.id}`)}
                </th>
                <td className="utrecht-table__cell">{number(r.ratio, i18n.language)}:1</td>
                <td className="utrecht-table__cell">{number(r.minimum, i18n.language)}:1</td>
                <td
                  className={`utrecht-table__cell ${r.passes ? "sb-theme-pass" : "sb-theme-fail"}`}
                >
                  {r.passes ? `✓ ${t("workspaceTheme.passes")}` : `✗ ${t("workspaceTheme.fails")}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * The theme on a small sample of the app. Shown only while every pair passes: the page itself
 * must stay readable; the contrast table shows the failing colours side by side instead.
 */
function ThemePreview({ theme, name, passes }: { theme: Theme; name: string; passes: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="theme-preview" className="sb-section">
      <Heading2 id="theme-preview">{t("workspaceTheme.previewTitle")}</Heading2>
      {passes ? (
        <div className="sb-theme sb-theme-preview" style={themeStyle(theme)}>
          <div className="sb-theme-preview__header">
            <ThemeLogo theme={theme} name={name} />
            <span>{t("workspaceTheme.previewHeader")}</span>
          </div>
          <div className="sb-theme-preview__body">
            <span className="utrecht-link sb-theme-preview__link">
              {t("workspaceTheme.previewLink")}
            </span>
            <span className="utrecht-button utrecht-button--primary-action">
              {t("workspaceTheme.previewButton")}
            </span>
            <span className="utrecht-button utrecht-button--secondary-action sb-theme-preview__focus">
              {t("workspaceTheme.fields.focus")}
            </span>
          </div>
        </div>
      ) : (
        <Paragraph>{t("workspaceTheme.previewUnavailable")}</Paragraph>
      )}
    </section>
  );
}

/** Owners set the workspace's colours and logo; a theme below WCAG AA is refused. */
export function ThemeSettingsPage() {
  const { t } = useTranslation();
  const overview = useCurrentWorkspace().data;
  const slug = overview?.workspace.slug ?? "";
  const stored = useWorkspaceTheme(slug || undefined);
  const save = useSaveTheme(slug);
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [colors, setColors] = useState<Record<ThemeColorKey, string> | null>(null);
  const [logo, setLogo] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (stored.data && colors === null) {
      setColors(resolveColors(stored.data));
      setLogo(stored.data.logo);
    }
  }, [stored.data, colors]);

  const current = colors ? formTheme(colors, logo) : null;
  const report = contrastReport(current);

  useEffect(() => {
    if (problems.length > 0) summaryRef.current?.focus();
  }, [problems]);

  if (!overview) return null;
  const isOwner = overview.workspace.role === "owner";

  const title = (
    <PageTitle title={t("workspaceTheme.title")}>{t("workspaceTheme.title")}</PageTitle>
  );
  if (!isOwner) {
    return (
      <>
        {title}
        <Paragraph>{t("workspaceTheme.ownersOnly")}</Paragraph>
      </>
    );
  }
  if (stored.isError) {
    return (
      <>
        {title}
        <Alert type="error">{errorMessage(stored.error)}</Alert>
      </>
    );
  }
  if (!colors || !current) {
    return (
      <>
        {title}
        <Paragraph>{t("app.loading")}</Paragraph>
      </>
    );
  }

  const problemAt = (field: Problem["field"]) =>
    problems
      .filter((p) => p.field === field)
      .map((p) => p.message)
      .join(" ");

  const send = (theme: Theme, done: string) => {
    setRefusal(null);
    save.mutate(theme, {
      onSuccess: (saved) => {
        setProblems([]);
        setColors(resolveColors(saved));
        setLogo(saved.logo);
        announce(done);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.problem.errors?.length) {
          setRefusal(errorMessage(error));
          setProblems(
            error.problem.errors.map((e) => {
              const key = e.path.split(".").pop() ?? "";
              const field = (themeColorKeys as readonly string[]).includes(key)
                ? (key as ThemeColorKey)
                : "logo";
              return { field, message: e.message };
            }),
          );
        } else {
          setProblems([]);
          setRefusal(errorMessage(error));
        }
      },
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const invalid = themeColorKeys
      .filter((key) => !hexColorPattern.test(colors[key].trim()))
      .map((key) => ({ field: key, message: t("workspaceTheme.invalidColor") }));
    if (invalid.length > 0) {
      setRefusal(null);
      setProblems(invalid);
      return;
    }
    send(current, t("workspaceTheme.saved"));
  };

  const chooseLogo = (file: File | undefined) => {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      const problem = checkLogo(url);
      if (problem) {
        setProblems([
          { field: "logo", message: t(`workspaceTheme.logoProblems.${problem}`, { size: logoKb }) },
        ]);
      } else {
        setProblems((all) => all.filter((p) => p.field !== "logo"));
        setLogo(url);
      }
    };
    reader.readAsDataURL(file);
  };

  const logoError = problemAt("logo");
  return (
    <div className="sb-theme-settings">
      {title}
      <Paragraph lead>{t("workspaceTheme.intro")}</Paragraph>
      {problems.length > 0 && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          className="utrecht-alert utrecht-alert--error sb-error-summary"
          aria-labelledby="theme-errors-title"
        >
          <div className="utrecht-alert__content">
            <h2 id="theme-errors-title" className="utrecht-heading-3">
              {refusal ? t("workspaceTheme.refusedTitle") : t("workspaceTheme.errorSummary")}
            </h2>
            {refusal && <p className="utrecht-paragraph">{refusal}</p>}
            <ul className="utrecht-unordered-list">
              {problems.map((p) => (
                <li key={`${p.field}-${p.message}`} className="utrecht-unordered-list__item">
                  <a
                    className="utrecht-link"
                    href={`#${p.field === "logo" ? logoId : fieldId(p.field)}`}
                  >
                    {p.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {refusal && problems.length === 0 && <Alert type="error">{refusal}</Alert>}
      <form className="sb-form" noValidate onSubmit={submit}>
        <fieldset className="utrecht-form-fieldset sb-theme-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-label">
            {t("workspaceTheme.colorsLegend")}
          </legend>
          {themeColorKeys.map((key) => (
            <ColorField
              key={key}
              name={key}
              value={colors[key]}
              error={problemAt(key) || undefined}
              onChange={(value) => setColors({ ...colors, [key]: value })}
            />
          ))}
        </fieldset>
        <fieldset className="utrecht-form-fieldset sb-theme-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-label">
            {t("workspaceTheme.logoLegend")}
          </legend>
          <div className={`utrecht-form-field ${logoError ? "utrecht-form-field--invalid" : ""}`}>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor={logoId}>
                {t("workspaceTheme.logo", { size: logoKb })}
              </label>
            </div>
            <div className="utrecht-form-field-description" id={`${logoId}-description`}>
              {t("workspaceTheme.logoHint")}
            </div>
            {logoError && (
              <div className="utrecht-form-field-error-message" id={`${logoId}-error`}>
                {logoError}
              </div>
            )}
            <div className="utrecht-form-field__input">
              <input
                id={logoId}
                type="file"
                accept="image/png,image/jpeg,image/webp"
                aria-invalid={logoError ? true : undefined}
                aria-describedby={`${logoId}-description${logoError ? ` ${logoId}-error` : ""}`}
                onChange={(e) => chooseLogo(e.target.files?.[0])}
              />
            </div>
          </div>
          {logo && (
            <div className="sb-theme-logo">
              <p className="utrecht-paragraph">{t("workspaceTheme.logoCurrent")}</p>
              <ThemeLogo theme={{ colors: {}, logo }} name={overview.workspace.name} />
              <Button onClick={() => setLogo(null)}>{t("workspaceTheme.logoRemove")}</Button>
            </div>
          )}
        </fieldset>
        <ContrastTable report={report} />
        <ThemePreview
          theme={current}
          name={overview.workspace.name}
          passes={report.every((r) => r.passes)}
        />
        <div className="sb-actions">
          <Button type="submit" appearance="primary" busy={save.isPending}>
            {t("workspaceTheme.save")}
          </Button>
          <Button
            busy={save.isPending}
            onClick={() => send({ colors: {}, logo: null }, t("workspaceTheme.resetDone"))}
          >
            {t("workspaceTheme.reset")}
          </Button>
        </div>
      </form>
    </div>
  );
}
