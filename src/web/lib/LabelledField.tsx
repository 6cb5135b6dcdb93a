import { type ReactNode, useId } from 'react';

/** Props of {@link LabelledField}; every text comes translated by the app that renders it. */
export interface LabelledFieldProps {
  label: string;
  /** A short help line shown under the label (read by screen readers with the control). */
  hint?: string;
  /** The error, shown in red under the control. */
  error?: string;
  /** A question about an unlikely value, shown in amber under the control. */
  question?: string;
  /** Marks the field optional with `optionalText` after the label. */
  optional?: boolean;
  optionalText: string;
  /** Renders the control with the ids and ARIA wiring it needs. */
  children: (wiring: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/**
 * A labelled form field for the two light apps (owner portal, field app): visible label, optional hint,
 * the control, and its error or question underneath (where the eye is), tied to the control with
 * aria-describedby so a screen reader reads it when the field gets focus. Plain HTML, no UI library.
 */
export function LabelledField({ label, hint, error, question, optional, optionalText, children }: LabelledFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const questionId = question ? `${id}-question` : undefined;
  const describedBy = [hintId, errorId, questionId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="muted"> ({optionalText})</span>}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}) })}
      {error && (
        <p className="error" id={errorId}>
          {error}
        </p>
      )}
      {question && (
        <p className="question" id={questionId}>
          {question}
        </p>
      )}
    </div>
  );
}
