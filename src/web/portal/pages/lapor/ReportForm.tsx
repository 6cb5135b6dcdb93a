import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { isApiError } from '../../../api/client';
import { useSendSelfReport } from '../../api/selfReport';
import type { CheckinAnswer, SelfReportView } from '../../api/types';
import { Notice } from '../../components/Notice';
import { translateKey, useT } from '../../i18n';
import { errorKey } from '../../lib/form';
import type { FieldMessage } from '../../lib/messages';
import {
  blocking, findingKey, inputStep, localToday, missing, type ReportFinding, type ReportValues, reportFindings, serverFindings, type Step, stepOf, stepsFor, toInput,
} from '../../lib/report';
import { dropDraft, loadDraft, saveDraft } from './draft';
import { Questions, useErrorText } from './Choices';
import { StepFields } from './StepFields';

/** The server's answer when the link's task already has its report (sent from another tab, or entered by the assistant). */
const USED = 'errors.followup.linkUsed';

/** Fields whose problems an edit of `field` makes stale. */
const STALE: Record<string, string[]> = { status: ['statusReason'], workersMale: ['workers'], workersFemale: ['workers'], hasNewProducts: ['newProducts'] };

interface ReportFormProps {
  token: string;
  view: SelfReportView;
  /** The link stopped working while the owner was filling it in, or its report came in another way (another tab, the assistant). */
  onGone: (why: 'invalid' | 'expired' | 'done') => void;
  onSent: () => void;
}

/**
 * The self-report, one short step at a time. A step's problems show once the owner tries to move on
 * (not while they first type), then follow their edits. Before sending, the plausibility rules the
 * server uses run here too; the server's own 422 is shown the same way, on the step of its field.
 */
export function ReportForm({ token, view, onGone, onSent }: ReportFormProps) {
  const { t } = useT();
  // The id is made once per filling and kept across a reload, so a resend is stored once.
  const [draft] = useState(() => loadDraft(token));
  const [values, setValues] = useState<ReportValues>(draft.values);
  const [step, setStep] = useState<Step>(draft.step);
  const [checked, setChecked] = useState<ReadonlySet<Step>>(new Set());
  const [extra, setExtra] = useState<ReportFinding[]>([]);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [general, setGeneral] = useState<FieldMessage | null>(null);
  const [focusInvalid, setFocusInvalid] = useState(0);
  const today = useMemo(() => localToday(), []);
  const send = useSendSelfReport(token);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const steps = stepsFor(values.status);
  const current = steps.includes(step) ? step : steps[0]!;
  const index = steps.indexOf(current);
  const last = index === steps.length - 1;

  useEffect(() => saveDraft(token, { id: draft.id, step: current, values }), [token, draft.id, current, values]);
  // A new step: its heading takes the focus (a screen reader announces it) and the page starts at the top.
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else headingRef.current?.focus();
  }, [current]);
  // After a refused step (declared after, so it wins when both happen): the first thing to fix.
  useEffect(() => {
    if (focusInvalid > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);

  const problemsOf = (s: Step) => {
    const miss = Object.fromEntries(Object.entries(missing(values, s)).filter((e): e is [string, FieldMessage] => e[1] !== null));
    const own = reportFindings(values, view.previous, today).filter((f) => stepOf(f.field, steps) === s);
    const keys = new Set(own.map(findingKey));
    const findings = [...own, ...extra.filter((f) => stepOf(f.field, steps) === s && !keys.has(findingKey(f)))];
    // The server's errors are shown, not enforced here: only a resend can tell whether they still hold.
    const stops = blocking(findings, confirmed).filter((f) => f.severity === 'question' || keys.has(findingKey(f)));
    return { miss, findings, blocked: Object.keys(miss).length > 0 || stops.length > 0 };
  };

  const set = (patch: Partial<ReportValues>) => {
    const touched = Object.keys(patch).flatMap((k) => [k, ...(STALE[k] ?? [])]);
    setValues((old) => ({ ...old, ...patch }));
    setExtra((old) => old.filter((f) => !touched.includes(f.field)));
    setGeneral(null);
  };
  const goTo = (s: Step) => {
    setStep(s);
    setGeneral(null);
    window.scrollTo(0, 0);
  };
  /** Shows step `s` with its problems and puts the focus on the first. */
  const refuse = (s: Step) => {
    setStep(s);
    setChecked((old) => new Set(old).add(s));
    setFocusInvalid((n) => n + 1);
  };

  const fromServer = (messageKey: string, fields: Parameters<typeof serverFindings>[0]) => {
    const found = serverFindings(fields);
    setExtra(found);
    setGeneral({ key: messageKey, params: {} });
    const first = blocking(found, confirmed)[0] ?? found[0];
    if (first) refuse(stepOf(first.field, steps));
  };
  const answered = (answer: CheckinAnswer) => {
    if (answer.result === 'rejected' && answer.messageKey === USED) return onGone('done');
    if (answer.result === 'rejected') return fromServer(answer.messageKey, answer.fields ?? []);
    // stored, duplicate (a resend of what the server already has) or conflict (kept for the office to settle): all received.
    dropDraft(token);
    onSent();
  };
  const failed = (error: unknown) => {
    if (isApiError(error, 403)) return onGone('expired');
    if (isApiError(error, 404)) return onGone('invalid');
    if (isApiError(error) && error.messageKey === USED) return onGone('done');
    if (isApiError(error, 422) && error.fields.length > 0) return fromServer(error.messageKey, error.fields);
    setGeneral(errorKey(error));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!last) {
      if (problemsOf(current).blocked) return refuse(current);
      return goTo(steps[index + 1]!);
    }
    const stuck = steps.find((s) => problemsOf(s).blocked);
    if (stuck) return refuse(stuck);
    // Every question left has been answered "Ya, angka ini benar" (else a step above would be stuck).
    const asked = [...reportFindings(values, view.previous, today), ...extra].some((f) => f.severity === 'question');
    send.mutate(toInput(values, draft.id, today, asked), { onSuccess: answered, onError: failed });
  };

  const shown = checked.has(current) ? problemsOf(current) : { miss: {}, findings: extra.filter((f) => stepOf(f.field, steps) === current) };
  // Problems of fields with no input on this step (the visit date, or a step not asked) show by the button.
  const loose = shown.findings.filter((f) => inputStep(f.field) !== current);
  const looseError = useErrorText(loose)(...loose.map((f) => f.field));
  const confirm = (key: string, yes: boolean) =>
    setConfirmed((old) => {
      const next = new Set(old);
      if (yes) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="report" data-testid="report-form" data-step={current}>
      <div className="card report-who">
        <p className="report-business">{t('report.greeting', { business: view.businessName })}</p>
        <p className="muted">{t('report.programme', { programme: view.programmeTitle })}</p>
      </div>
      {index === 0 && <p>{t('report.intro', { tenant: view.tenantName })}</p>}
      <p className="report-progress" data-testid="report-progress">
        {t('report.progress', { n: index + 1, total: steps.length })}
      </p>
      <progress max={steps.length} value={index + 1} aria-hidden="true" />
      <h2 ref={headingRef} tabIndex={-1}>
        {t(`report.step.${current}`)}
      </h2>
      <StepFields step={current} values={values} set={set} previous={view.previous} missing={shown.miss} findings={shown.findings} confirmed={confirmed} onConfirm={confirm} />
      {looseError && <p className="error">{looseError}</p>}
      <Questions findings={loose} confirmed={confirmed} onConfirm={confirm} />
      {general && (
        <Notice tone="bad" testId="report-error">
          <p>{translateKey(general.key, general.params)}</p>
        </Notice>
      )}
      <button type="submit" className="btn btn-primary" disabled={send.isPending} data-testid={last ? 'report-send' : 'report-next'}>
        {last ? (send.isPending ? t('common.sending') : t('report.send')) : t('report.next')}
      </button>
      {index > 0 && (
        <button type="button" className="btn btn-secondary" onClick={() => goTo(steps[index - 1]!)} disabled={send.isPending} data-testid="report-back">
          {t('report.back')}
        </button>
      )}
    </form>
  );
}
