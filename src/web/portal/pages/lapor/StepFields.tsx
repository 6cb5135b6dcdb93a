import type { SelfReportView } from '../../api/types';
import { Field } from '../../components/Field';
import { translateKey, useT } from '../../i18n';
import { formatRupiah } from '../../lib/amount';
import type { FieldMessage } from '../../lib/messages';
import { BUSINESS_STATUSES, LICENCE_KINDS, SALES_CHANNELS, TOPICS } from '../../lib/options';
import type { ReportFinding, ReportValues, Step } from '../../lib/report';
import { ChoiceGroup, Questions, useErrorText } from './Choices';
import { WholeInput } from './WholeInput';

export interface StepFieldsProps {
  step: Step;
  values: ReportValues;
  set: (patch: Partial<ReportValues>) => void;
  previous: SelfReportView['previous'];
  /** Missing answers shown now, by field. */
  missing: Record<string, FieldMessage>;
  /** Plausibility findings shown now (any step; each field shows its own). */
  findings: readonly ReportFinding[];
  confirmed: ReadonlySet<string>;
  onConfirm: (key: string, yes: boolean) => void;
}

/** The questions of one step, each with its label, hint and problems right under it. */
export function StepFields({ step, values: v, set, previous, missing, findings, confirmed, onConfirm }: StepFieldsProps) {
  const { t, lang } = useT();
  const errorOf = useErrorText(findings);
  const problem = (field: string, ...also: string[]) => (missing[field] ? translateKey(missing[field].key, missing[field].params) : errorOf(field, ...also));
  const questions = (...fields: string[]) => <Questions findings={findings.filter((f) => fields.includes(f.field))} confirmed={confirmed} onConfirm={onConfirm} />;
  const options = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  switch (step) {
    case 'status':
      return (
        <>
          <ChoiceGroup
            legend={t('report.status.question')}
            type="radio"
            options={options(BUSINESS_STATUSES, 'report.status')}
            selected={v.status ? [v.status] : []}
            onChange={([status]) => set({ status: status as ReportValues['status'] })}
            error={problem('status')}
            testId="report-status"
          />
          {v.status && v.status !== 'active' && (
            <Field label={t('report.status.reason')} hint={t('report.status.reasonHint')} error={problem('statusReason')}>
              {(w) => <textarea {...w} maxLength={500} value={v.statusReason} onChange={(e) => set({ statusReason: e.target.value })} data-testid="report-reason" />}
            </Field>
          )}
        </>
      );
    case 'sales':
      return (
        <>
          <Field
            label={t('report.sales.label')}
            hint={[t('report.sales.hint'), previous.monthlySales !== null && t('report.sales.previous', { amount: formatRupiah(previous.monthlySales, lang) })].filter(Boolean).join(' ')}
            error={problem('monthlySales')}
          >
            {(w) => <WholeInput {...w} prefix="Rp" maxDigits={12} digits={v.monthlySales} onDigits={(monthlySales) => set({ monthlySales })} data-testid="report-sales" />}
          </Field>
          {questions('monthlySales')}
        </>
      );
    case 'workers':
      return (
        <>
          <p>
            {t('report.workers.intro')} <span className="muted">{t('report.workers.previous', { male: previous.workersMale, female: previous.workersFemale })}</span>
          </p>
          <Field label={t('report.workers.male')} error={problem('workersMale')}>
            {(w) => <WholeInput {...w} maxDigits={5} digits={v.workersMale} onDigits={(workersMale) => set({ workersMale })} data-testid="report-workers-male" />}
          </Field>
          <Field label={t('report.workers.female')} error={problem('workersFemale', 'workers')}>
            {(w) => <WholeInput {...w} maxDigits={5} digits={v.workersFemale} onDigits={(workersFemale) => set({ workersFemale })} data-testid="report-workers-female" />}
          </Field>
          {questions('workers', 'workersMale', 'workersFemale')}
        </>
      );
    case 'selling':
      return (
        <>
          <ChoiceGroup
            legend={t('report.products.question')}
            type="radio"
            options={[{ value: 'yes', label: t('report.products.yes') }, { value: 'no', label: t('report.products.no') }]}
            selected={v.hasNewProducts ? [v.hasNewProducts] : []}
            onChange={([has]) => set({ hasNewProducts: has as ReportValues['hasNewProducts'] })}
            error={problem('hasNewProducts')}
            testId="report-new-products"
          />
          {v.hasNewProducts === 'yes' && (
            <Field label={t('report.products.what')} hint={t('report.products.whatHint')} error={problem('newProducts')}>
              {(w) => <input {...w} maxLength={500} value={v.newProducts} onChange={(e) => set({ newProducts: e.target.value })} data-testid="report-new-products-text" />}
            </Field>
          )}
          <ChoiceGroup
            legend={t('report.channels.label')}
            hint={t('report.channels.hint')}
            type="checkbox"
            options={options(SALES_CHANNELS, 'channel')}
            selected={v.salesChannels}
            onChange={(salesChannels) => set({ salesChannels })}
            error={problem('salesChannels')}
            testId="report-channel"
          />
        </>
      );
    case 'licences':
      return (
        <ChoiceGroup
          legend={t('report.licences.label')}
          hint={t('report.licences.hint')}
          type="checkbox"
          options={options(LICENCE_KINDS, 'licence')}
          selected={v.licencesObtained}
          onChange={(licencesObtained) => set({ licencesObtained })}
          error={problem('licencesObtained')}
          testId="report-licence"
        />
      );
    case 'needs':
      return (
        <>
          <Field label={t('report.problems.label')} hint={t('report.problems.hint')} optional error={problem('problems')}>
            {(w) => <textarea {...w} maxLength={1000} value={v.problems} onChange={(e) => set({ problems: e.target.value })} data-testid="report-problems" />}
          </Field>
          <ChoiceGroup
            legend={t('report.needs.label')}
            hint={t('report.needs.hint')}
            type="checkbox"
            options={options(TOPICS, 'topic')}
            selected={v.needs}
            onChange={(needs) => set({ needs })}
            error={problem('needs')}
            testId="report-need"
          />
        </>
      );
  }
}
