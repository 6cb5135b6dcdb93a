import { useId } from 'react';
import { translateKey, useT } from '../../i18n';
import { displayParams, findingKey, type ReportFinding } from '../../lib/report';

interface ChoiceGroupProps {
  legend: string;
  hint?: string;
  /** The translated error, shown under the choices. */
  error?: string;
  /** radio = one answer; checkbox = any number, laid out as chips. */
  type: 'radio' | 'checkbox';
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** data-testid of each input: `${testId}-${value}`. */
  testId: string;
}

/**
 * A question answered by tapping: the whole row is the target (52 px high), the question is the
 * fieldset's legend, and its error sits underneath, tied to every choice so a screen reader says it.
 */
export function ChoiceGroup({ legend, hint, error, type, options, selected, onChange, testId }: ChoiceGroupProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const toggle = (value: string, on: boolean) =>
    onChange(type === 'radio' ? [value] : on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className={error ? 'has-error' : undefined}>
      <legend className="legend">{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className={type === 'checkbox' ? 'chips' : undefined}>
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input
              type={type}
              name={id}
              value={o.value}
              checked={selected.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              data-testid={`${testId}-${o.value}`}
            />
            {o.label}
          </label>
        ))}
      </div>
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * The plausibility questions about one answer ("dulu Rp8.000.000, sekarang Rp120.000.000. Apakah angkanya
 * benar?"), each with its "Ya, angka ini benar" box: a true but unusual figure is confirmed, not refused.
 */
export function Questions({ findings, confirmed, onConfirm }: { findings: readonly ReportFinding[]; confirmed: ReadonlySet<string>; onConfirm: (key: string, yes: boolean) => void }) {
  const { t, lang } = useT();
  return findings
    .filter((f) => f.severity === 'question')
    .map((f) => {
      const key = findingKey(f);
      return (
        <div key={key} className="notice wait report-question" role="alert" data-testid="report-question" data-rule={f.messageKey}>
          <p className="notice-title">{t('report.checkTitle')}</p>
          <p>{translateKey(f.messageKey, displayParams(f, lang))}</p>
          <label className="choice">
            <input type="checkbox" checked={confirmed.has(key)} onChange={(e) => onConfirm(key, e.target.checked)} aria-invalid={confirmed.has(key) ? undefined : true} data-testid="report-confirm" />
            {t('report.confirm')}
          </label>
        </div>
      );
    });
}

/** The first error finding's text for `fields`, translated with readable values. */
export function useErrorText(findings: readonly ReportFinding[]) {
  const { lang } = useT();
  return (...fields: string[]) => {
    const f = findings.find((x) => x.severity === 'error' && fields.includes(x.field));
    return f ? translateKey(f.messageKey, displayParams(f, lang)) : undefined;
  };
}
