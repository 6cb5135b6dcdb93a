import { formatNumber, formatRupiah } from '../../../lib/format';
import { Field } from '../../components/Field';
import { RupiahInput } from '../../components/RupiahInput';
import { useT } from '../../i18n';
import { type CheckinForm, type FormCheck, type FormField, formFieldOf } from '../../lib/checkin-form';
import { BUSINESS_STATUSES } from '../../lib/options';
import { countDigits } from '../../lib/rupiah';
import type { FieldBusiness } from '../../lib/types';

interface SectionProps {
  form: CheckinForm;
  set: (patch: Partial<CheckinForm>) => void;
  check: FormCheck;
  /** Messages show only after the first "Simpan", so nobody is scolded while still typing. */
  shown: boolean;
  business: FieldBusiness;
}

/** Visit date, status (+ reason), monthly sales and workers: the figures the plausibility rules judge. */
export function StatusSection({ form, set, check, shown, business }: SectionProps) {
  const { t, lang } = useT();
  const error = (field: FormField) => {
    const m = shown ? check.errors[field] : undefined;
    return m ? t(m.key, m.params) : undefined;
  };
  const question = (...fields: FormField[]) => {
    if (!shown) return undefined;
    const found = check.questions.filter((q) => fields.includes(formFieldOf(q)));
    return found.length ? found.map((q) => t(q.messageKey, q.params)).join(' ') : undefined;
  };
  const statusError = error('status');
  const workersTotal = business.workersMale + business.workersFemale;

  return (
    <>
      <Field label={t('checkin.visitedOn')} error={error('visitedOn')} question={question('visitedOn')}>
        {(w) => <input {...w} type="date" value={form.visitedOn} onChange={(e) => set({ visitedOn: e.target.value })} data-testid="checkin-date" />}
      </Field>

      <fieldset className={statusError ? 'has-error' : undefined} aria-describedby={statusError ? 'status-error' : undefined} data-testid="checkin-status">
        <legend className="legend">{t('checkin.status')}</legend>
        {BUSINESS_STATUSES.map((s) => (
          <label key={s} className="choice">
            <input type="radio" name="status" value={s} checked={form.status === s} onChange={() => set({ status: s })} aria-invalid={statusError ? true : undefined} />
            {t(`status.${s}`)}
          </label>
        ))}
        {statusError && (
          <p className="error" id="status-error">
            {statusError}
          </p>
        )}
      </fieldset>

      {(form.status === 'dormant' || form.status === 'closed') && (
        <Field label={t('checkin.reason')} hint={t('checkin.reasonHint')} error={error('statusReason')}>
          {(w) => <textarea {...w} maxLength={500} value={form.statusReason} onChange={(e) => set({ statusReason: e.target.value })} data-testid="checkin-reason" />}
        </Field>
      )}

      <Field
        label={t('checkin.sales')}
        hint={business.monthlySales !== null ? t('checkin.previousSales', { amount: formatRupiah(business.monthlySales, lang) }) : t('checkin.salesHint')}
        error={error('monthlySales')}
        question={question('monthlySales')}
        optional
      >
        {(w) => <RupiahInput {...w} value={form.monthlySales} onChange={(digits) => set({ monthlySales: digits })} data-testid="checkin-sales" />}
      </Field>

      <fieldset>
        <legend className="legend">
          {t('checkin.workers')} <span className="muted">({t('common.optional')})</span>
        </legend>
        <p className="hint">{t('checkin.previousWorkers', { count: formatNumber(workersTotal, lang) })}</p>
        <div className="pair">
          <Field label={t('checkin.male')} error={error('workersMale')}>
            {(w) => <input {...w} inputMode="numeric" autoComplete="off" value={form.workersMale} onChange={(e) => set({ workersMale: countDigits(e.target.value) })} data-testid="checkin-workers-male" />}
          </Field>
          <Field label={t('checkin.female')} error={error('workersFemale')}>
            {(w) => <input {...w} inputMode="numeric" autoComplete="off" value={form.workersFemale} onChange={(e) => set({ workersFemale: countDigits(e.target.value) })} data-testid="checkin-workers-female" />}
          </Field>
        </div>
        {error('workers') && <p className="error">{error('workers')}</p>}
        {question('workers', 'workersMale', 'workersFemale') && <p className="question">{question('workers', 'workersMale', 'workersFemale')}</p>}
      </fieldset>
    </>
  );
}
