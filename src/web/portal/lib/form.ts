import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { translateKey } from '../i18n';
import { type FieldMessage, fieldMessages } from './messages';

/** The dictionary key and values of any thrown error (network failures included). */
export function errorKey(error: unknown): FieldMessage {
  if (error instanceof ApiError) return { key: error.messageKey, params: error.params };
  return { key: 'errors.generic', params: {} };
}

/**
 * A form's problems: per field (shown under the inputs) and one general message (shown above the
 * button). After a failed submit the first invalid input takes the focus, so keyboard and screen
 * reader users land on what to fix.
 */
export function useFormProblems(aliases: Record<string, string> = {}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [fields, setFieldsState] = useState<Record<string, FieldMessage>>({});
  const [general, setGeneral] = useState<FieldMessage | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  /** Shows client-side problems; returns true when there were none. */
  const check = useCallback((problems: Record<string, FieldMessage | null>) => {
    const found = Object.fromEntries(Object.entries(problems).filter((e): e is [string, FieldMessage] => e[1] !== null));
    setFieldsState(found);
    setGeneral(null);
    setAttempt((n) => n + 1);
    return Object.keys(found).length === 0;
  }, []);

  /** Shows a server error: its field problems under the inputs, else its message above the button. */
  const fromError = useCallback(
    (error: unknown) => {
      const list = error instanceof ApiError ? error.fields : [];
      const mapped = fieldMessages(list, aliases);
      setFieldsState(mapped);
      setGeneral(Object.keys(mapped).length > 0 ? { key: 'common.fixFields', params: {} } : errorKey(error));
      setAttempt((n) => n + 1);
    },
    // aliases is a literal of the caller: its content never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const clear = useCallback(() => {
    setFieldsState({});
    setGeneral(null);
  }, []);

  const fieldText = (name: string) => (fields[name] ? translateKey(fields[name].key, fields[name].params) : undefined);
  const generalText = general ? translateKey(general.key, general.params) : undefined;
  return { formRef, check, fromError, clear, fieldText, generalText, general };
}

/** A required-field problem, or null. */
export const required = (value: string): FieldMessage | null => (value.trim() ? null : { key: 'validation.required', params: {} });
