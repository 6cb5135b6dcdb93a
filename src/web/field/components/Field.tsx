import { type ReactNode, useId } from 'react';
import { useT } from '../i18n';

interface FieldProps {
  label: string;
  hint?: string;
  /** The translated error, shown in red under the control. */
  error?: string;
  /** A translated question (unlikely figure), shown in amber under the control. */
  question?: string;
  optional?: boolean;
  children: (wiring: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/**
 * A labelled field: visible label, optional hint, the control, and its message underneath (where the
 * eye is), tied to the control with aria-describedby so a screen reader reads it on focus.
 */
export function Field({ label, hint, error, question, optional, children }: FieldProps) {
  const { t } = useT();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const questionId = question ? `${id}-question` : undefined;
  const describedBy = [hintId, errorId, questionId].filter(Boolean).join(' ') || undefined;
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
      {question && (
        <p className="question" id={questionId}>
          {question}
        </p>
      )}
    </div>
  );
}
