import { useMemo, useState } from 'react';
import { formatDate } from '../../lib/format';
import { Notice } from '../../portal/components/Notice';
import { PageHeading } from '../../portal/components/PageHeading';
import { SessionNotice } from '../components/SessionNotice';
import { FieldError } from '../data/controller';
import { useT } from '../i18n';
import { TABS, type Tab } from '../lib/options';
import { groupTasks, localToday, type TaskRow } from '../lib/tasks';
import { go, Link } from '../router';
import { useField } from '../state';
import { PackBar } from './PackBar';

/** One task: business, owner, desa, programme and "+N bulan", due date; open tasks lead to the form. */
function TaskCard({ task }: { task: TaskRow }) {
  const { t, lang } = useT();
  const body = (
    <>
      <span className="task-name">{task.businessName}</span>
      <span>
        {task.ownerName} · {task.desaName}
      </span>
      <span>
        {task.programmeTitle} · <strong>{t('worklist.months', { count: task.offsetMonths })}</strong>
      </span>
      <span>{task.state === 'done' && task.doneOn ? t('worklist.doneOn', { date: formatDate(task.doneOn, lang) }) : t('worklist.dueOn', { date: formatDate(task.dueOn, lang) })}</span>
      {task.waiting && <span className="badge wait">{t('worklist.waiting')}</span>}
      {task.refused && <span className="badge bad">{t('worklist.refused')}</span>}
    </>
  );
  if (task.state === 'done') return <div className="task">{body}</div>;
  return (
    <Link className="task" to={{ name: 'checkin', businessId: task.businessId, taskId: task.id, redoId: null }} data-testid="task">
      {body}
    </Link>
  );
}

/** The worklist: tabs Jatuh tempo / Terlambat / Akan datang / Selesai over the stored field pack. */
export default function WorklistScreen({ tab: asked }: { tab: Tab }) {
  const { t } = useT();
  const { field, state } = useField();
  const [logoutProblem, setLogoutProblem] = useState<string | null>(null);
  const today = localToday();
  const groups = useMemo(
    () => groupTasks(state.pack?.tasks ?? [], state.items, state.pack ? { today, packToday: state.pack.today } : undefined),
    [state.pack, state.items, today],
  );
  const area = state.pack?.kecamatan.find((k) => k.code === (state.kecamatan ?? state.pack?.tasks[0]?.kecamatanCode))?.name ?? state.pack?.kecamatan[0]?.name;
  // Opened without a chosen tab (the app's start), show the most urgent tab that has work in it.
  const chosen = new URLSearchParams(window.location.search).has('tab');
  const tab = chosen || groups[asked].length ? asked : (['overdue', 'due', 'upcoming'] as const).find((n) => groups[n].length) ?? asked;
  const rows = groups[tab];

  const logout = async () => {
    try {
      await field.logout();
      go({ name: 'login' }, { replace: true });
    } catch (e) {
      setLogoutProblem(e instanceof FieldError ? t(e.key, e.params) : t('errors.generic'));
    }
  };

  return (
    <section>
      <PageHeading>{t('worklist.title')}</PageHeading>
      {state.pack && (
        <p className="muted">
          {state.pack.tenantName}
          {area ? ` · ${t('pack.area', { name: area })}` : ''}
        </p>
      )}
      <SessionNotice />
      {/* Before the first download the button is the point of the screen; afterwards the list is. */}
      {!state.pack && <PackBar />}
      {state.pack && (
        <>
          <div className="tabs" role="tablist" aria-label={t('worklist.tabsLabel')}>
            {TABS.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`tab-${name}`}
                aria-selected={name === tab}
                aria-controls="tab-panel"
                onClick={() => go({ name: 'worklist', tab: name }, { replace: true })}
                data-testid={`tab-${name}`}
              >
                {t(`worklist.tab.${name}`)} <span className="count">{groups[name].length}</span>
              </button>
            ))}
          </div>
          <div id="tab-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
            {rows.length === 0 ? (
              <p className="empty">{t(`worklist.empty.${tab}`)}</p>
            ) : (
              <ul className="tasks">
                {rows.map((task) => (
                  <li key={task.id}>
                    <TaskCard task={task} />
                  </li>
                ))}
              </ul>
            )}
          </div>
          <Link className="btn btn-secondary" to={{ name: 'search', q: '' }}>
            {t('worklist.search')}
          </Link>
          <p className="hint">{t('worklist.searchHint')}</p>
          <PackBar />
        </>
      )}
      <hr />
      {logoutProblem && <Notice tone="wait">{logoutProblem}</Notice>}
      <button type="button" className="btn-link" onClick={() => void logout()} data-testid="logout">
        {t('logout.button')} ({state.me?.user.displayName})
      </button>
    </section>
  );
}
