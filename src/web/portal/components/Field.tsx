import { type ReactNode, useId } from 'react';
import { useT } from '../i18n';

interface FieldProps {
  label: string;
  /** A short help line shown under the label (read by screen readers with the input). */
  hint?: string;
  /** The translated error, shown in red under the input. */
  error?: string;
  optional?: boolean;
  /** Renders the control with the ids and ARIA wiring it needs. */
  children: (wiring: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/**
 * A labelled form field: visible label, optional hint, the control, and its error underneath. The
 * error sits below the input (where the eye is) and is tied to it with aria-describedby, so a screen
 * reader reads it when the field gets focus.
 */
export function Field({ label, hint, error, optional, children }: FieldProps) {
  const { t } = useT();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="muted"> ({t('common.optional')})</span>}
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
    </div>
  );
}
