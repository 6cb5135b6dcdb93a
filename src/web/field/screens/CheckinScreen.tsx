import { type FormEvent, useMemo, useRef, useState } from 'react';
import { formatDate } from '../../lib/format';
import { Notice } from '../../portal/components/Notice';
import { PageHeading } from '../../portal/components/PageHeading';
import { useT } from '../i18n';
import { buildPayload, type CheckinForm, checkForm, emptyForm, formFromPayload } from '../lib/checkin-form';
import { localToday } from '../lib/tasks';
import type { FieldBusiness, TaskView } from '../lib/types';
import { go, Link } from '../router';
import { useField } from '../state';
import { MoreSection } from './checkin/MoreSection';
import { StatusSection } from './checkin/StatusSection';

interface CheckinScreenProps {
  businessId: string;
  taskId: string | null;
  /** A refused check-in being corrected: saved as a new one, the refused one is dropped. */
  redoId: string | null;
}

/** "Catat kunjungan" for a business (and its task, if any): saved on the phone, never needs the network. */
export default function CheckinScreen({ businessId, taskId, redoId }: CheckinScreenProps) {
  const { t } = useT();
  const { state } = useField();
  const business = state.pack?.businesses.find((b) => b.id === businessId);
  const redo = redoId ? state.items.find((i) => i.id === redoId && i.state === 'rejected') : undefined;
  const task = state.pack?.tasks.find((k) => k.id === (redo?.payload.taskId ?? taskId));
  if (!business) {
    return (
      <section>
        <PageHeading>{t('checkin.title')}</PageHeading>
        <Notice tone="wait">{t('checkin.unknownBusiness')}</Notice>
        <Link className="btn btn-secondary" to={{ name: 'worklist', tab: 'due' }}>
          {t('common.back')}
        </Link>
      </section>
    );
  }
  return <CheckinEditor key={`${business.id}/${task?.id}/${redo?.id}`} business={business} task={task ?? null} initial={redo ? formFromPayload(redo.payload) : null} redoId={redo?.id ?? null} />;
}

function CheckinEditor({ business, task, initial, redoId }: { business: FieldBusiness; task: TaskView | null; initial: CheckinForm | null; redoId: string | null }) {
  const { t, lang } = useT();
  const { field } = useField();
  const today = localToday();
  const [form, setForm] = useState<CheckinForm>(() => initial ?? emptyForm(business, today));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const check = useMemo(() => checkForm(form, business, today), [form, business, today]);
  const set = (patch: Partial<CheckinForm>) => setForm((f) => ({ ...f, ...patch }));
  const confirmed = check.questions.length > 0 && form.confirmedFor === check.signature;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!check.canSave) {
      // Wait for the messages to render, then take the assistant to the first one.
      requestAnimationFrame(() => {
        const target = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .has-error input, #confirm-box input');
        target?.focus();
        target?.scrollIntoView({ block: 'center' });
      });
      return;
    }
    setBusy(true);
    try {
      await field.save(buildPayload(form, business, task?.id ?? null, check), redoId ?? undefined);
      go({ name: 'worklist', tab: task && task.state !== 'done' ? task.state : 'due' }, { replace: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <PageHeading>{t('checkin.title')}</PageHeading>
      <div className="card who">
        <h2>{business.name}</h2>
        <p>
          {business.ownerName} · {business.desaName}
        </p>
        <p className="muted">
          {task ? `${t('checkin.forTask', { programme: task.programmeTitle, months: task.offsetMonths })} · ${t('worklist.dueOn', { date: formatDate(task.dueOn, lang) })}` : t('checkin.noTask')}
        </p>
      </div>
      {redoId && <Notice tone="info">{t('checkin.redo')}</Notice>}
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate data-testid="checkin-form">
        <StatusSection form={form} set={set} check={check} shown={tried} business={business} />
        <MoreSection form={form} set={set} />
        {tried && check.questions.length > 0 && (
          <div className="notice wait" id="confirm-box" data-testid="checkin-confirm-box">
            <p className="notice-title">{t('checkin.confirmTitle')}</p>
            <ul>
              {check.questions.map((q) => (
                <li key={q.messageKey}>{t(q.messageKey, q.params)}</li>
              ))}
            </ul>
            <label className="choice">
              <input type="checkbox" checked={confirmed} onChange={(e) => set({ confirmedFor: e.target.checked ? check.signature : null })} data-testid="checkin-confirm" />
              {t('checkin.confirm')}
            </label>
            {!confirmed && <p className="error">{t('checkin.confirmNeeded')}</p>}
          </div>
        )}
        {tried && Object.keys(check.errors).length > 0 && (
          <Notice tone="bad" testId="checkin-errors">
            {t('common.fixFields')}
          </Notice>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="checkin-save">
          {busy ? t('checkin.saving') : t('checkin.save')}
        </button>
      </form>
    </section>
  );
}
