import {
  type ButtonHTMLAttributes,
  type ChangeEvent,
  type ComponentPropsWithRef,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type SyntheticEvent,
  type TextareaHTMLAttributes,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";

type ButtonAppearance = "primary" | "secondary" | "subtle" | "danger";

const appearanceClass: Record<ButtonAppearance, string> = {
  primary: "utrecht-button--primary-action",
  secondary: "utrecht-button--secondary-action",
  subtle: "utrecht-button--subtle",
  danger: "utrecht-button--secondary-action sb-button--danger",
};

export function Button({
  appearance = "secondary",
  busy = false,
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  appearance?: ButtonAppearance;
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      type={type}
      aria-busy={busy || undefined}
      className={`utrecht-button ${appearanceClass[appearance]} ${busy ? "utrecht-button--busy" : ""} ${className}`}
      {...props}
    />
  );
}

let navigatedOnce = false;

/**
 * The page's h1. It sets the document title and, after an in-app navigation, takes focus so
 * screen-reader and keyboard users start at the new page's top.
 */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Sociale basis`;
    if (navigatedOnce) ref.current?.focus();
    navigatedOnce = true;
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="utrecht-heading-1 sb-page-title">
      {children}
    </h1>
  );
}

/**
 * A page whose subject is missing or failed to load: still a page with its own h1 and title,
 * so a screen-reader user knows where they landed, and the reason as an alert.
 */
export function ErrorPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <Alert type="error">{children}</Alert>
    </>
  );
}

export function Heading2({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h2 id={id} className="utrecht-heading-2">
      {children}
    </h2>
  );
}

export function Paragraph({ children, lead = false }: { children: ReactNode; lead?: boolean }) {
  return <p className={`utrecht-paragraph ${lead ? "utrecht-paragraph--lead" : ""}`}>{children}</p>;
}

export function Alert({
  type,
  children,
  focusOnMount = false,
}: {
  type: "info" | "ok" | "warning" | "error";
  children: ReactNode;
  focusOnMount?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <div
      ref={ref}
      tabIndex={focusOnMount ? -1 : undefined}
      role={type === "error" ? "alert" : "status"}
      className={`utrecht-alert utrecht-alert--${type}`}
    >
      <div className="utrecht-alert__content">{children}</div>
    </div>
  );
}

interface FieldProps {
  label: string;
  description?: string;
  error?: string;
}

/** Label, description and error of one form control, linked to it for assistive technology. */
function FormField({
  label,
  description,
  error,
  children,
}: FieldProps & { children: (control: { id: string; describedBy?: string }) => ReactNode }) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : "", error ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={`utrecht-form-field ${error ? "utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        {children({ id, describedBy: describedBy || undefined })}
      </div>
    </div>
  );
}

type Control = HTMLInputElement | HTMLTextAreaElement;

/**
 * The browser's own check (`required`, `type="email"`, `min`…) shown like ours: when a submit is
 * refused, the field is marked invalid and its message is linked to it, not only in a bubble.
 */
function useNativeError<E extends Control>(
  onInvalid?: (event: SyntheticEvent<E>) => void,
  onChange?: (event: ChangeEvent<E>) => void,
) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string>();
  return {
    message,
    onInvalid: (event: SyntheticEvent<E>) => {
      const validity = event.currentTarget.validity;
      setMessage(
        validity.valueMissing ? t("auth.required") : event.currentTarget.validationMessage,
      );
      onInvalid?.(event);
    },
    onChange: (event: ChangeEvent<E>) => {
      if (message && event.currentTarget.validity.valid) setMessage(undefined);
      onChange?.(event);
    },
  };
}

export function TextField({
  label,
  description,
  error,
  onInvalid,
  onChange,
  ...input
}: FieldProps & ComponentPropsWithRef<"input">) {
  const native = useNativeError<HTMLInputElement>(onInvalid, onChange);
  const shown = error ?? native.message;
  return (
    <FormField label={label} description={description} error={shown}>
      {({ id, describedBy }) => (
        <input
          id={id}
          className={`utrecht-textbox utrecht-textbox--html-input ${shown ? "utrecht-textbox--invalid" : ""}`}
          aria-invalid={shown ? true : undefined}
          aria-describedby={describedBy}
          {...input}
          onInvalid={native.onInvalid}
          onChange={native.onChange}
        />
      )}
    </FormField>
  );
}

export function SelectField({
  label,
  description,
  children,
  ...select
}: Omit<FieldProps, "error"> & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FormField label={label} description={description}>
      {({ id, describedBy }) => (
        <select
          id={id}
          className="utrecht-select utrecht-select--html-select"
          aria-describedby={describedBy}
          {...select}
        >
          {children}
        </select>
      )}
    </FormField>
  );
}

export function TextArea({
  label,
  description,
  error,
  onInvalid,
  onChange,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const native = useNativeError<HTMLTextAreaElement>(onInvalid, onChange);
  const shown = error ?? native.message;
  return (
    <FormField label={label} description={description} error={shown}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          className="utrecht-textarea utrecht-textarea--html-textarea"
          aria-invalid={shown ? true : undefined}
          aria-describedby={describedBy}
          rows={4}
          {...textarea}
          onInvalid={native.onInvalid}
          onChange={native.onChange}
        />
      )}
    </FormField>
  );
}

/** A group of checkboxes in a fieldset with a legend. */
/** One checkbox with its label, for a yes/no choice that needs no group legend. */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  className = "",
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
}) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox ${className}`.trim()}>
      <input
        id={id}
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string;
  options: { value: string; label: string }[];
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  const id = useId();
  return (
    <fieldset className="utrecht-form-fieldset sb-checkbox-group">
      <legend className="utrecht-form-fieldset__legend utrecht-form-label">{legend}</legend>
      {options.map((option) => (
        <CheckboxField
          key={option.value}
          id={`${id}-${option.value}`}
          label={option.label}
          checked={selected.includes(option.value)}
          onChange={(checked) =>
            onChange(
              checked ? [...selected, option.value] : selected.filter((v) => v !== option.value),
            )
          }
        />
      ))}
    </fieldset>
  );
}

/** A group of radio buttons in a fieldset with a legend (optionally visually hidden). */
export function RadioGroup<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  inline = false,
  description,
}: {
  legend: ReactNode;
  name: string;
  options: { value: V; label: string }[];
  value: V | null;
  onChange: (value: V) => void;
  inline?: boolean;
  description?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className={`utrecht-form-fieldset sb-radio-group ${inline ? "sb-radio-group--inline" : ""}`}
      aria-describedby={description ? `${id}-description` : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-label">{legend}</legend>
      {description && (
        <p className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </p>
      )}
      <div className="sb-radio-group__options">
        {options.map((option) => (
          <label key={option.value} className="sb-radio" htmlFor={`${id}-${option.value}`}>
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={name}
              className="utrecht-radio-button utrecht-radio-button--html-input"
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
