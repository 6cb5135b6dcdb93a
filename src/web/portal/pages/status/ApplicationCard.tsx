import { certificateUrl, qrUrl } from '../../api/portal';
import type { MyApplication } from '../../api/types';
import { formatDateTime, formatDayRange } from '../../lib/format';
import { statusWords } from '../../lib/status';
import { WithdrawButton } from './WithdrawButton';
import { useT } from '../../i18n';

/**
 * One application: the status in words, when and where, the meetings with attended ticks, and — while
 * accepted — the big check-in QR the officer scans. A certificate link appears once one is issued.
 */
export function ApplicationCard({ kw, application: a }: { kw: string; application: MyApplication }) {
  const { t, lang } = useT();
  const words = statusWords(a.status);
  const titleId = `application-${a.id}`;
  return (
    <article className="card" aria-labelledby={titleId} data-testid="application" data-status={a.status}>
      <h2 id={titleId}>{a.programmeTitle}</h2>
      <p className="muted">
        {a.batchName} · {t('status.business', { name: a.businessName })}
      </p>
      <div className={`notice ${words.tone === 'off' ? 'info' : words.tone}`}>
        <p className="notice-title" data-testid="application-status">
          {t(words.label)}
        </p>
        <p>{t(words.explain)}</p>
      </div>
      {/* The QR comes first: at the venue the owner opens this page to show it, in a hurry. */}
      {words.showQr && a.checkinToken !== null && (
        <figure className="qr-box" data-testid="application-qr">
          <img className="qr" src={qrUrl(kw, a.id)} alt={t('status.qrAlt', { programme: a.programmeTitle })} width={300} height={300} />
          <figcaption className="qr-help">{t('status.qrHelp')}</figcaption>
        </figure>
      )}
      <p>{t('programmes.when', { dates: formatDayRange(a.startsOn, a.endsOn, lang) })}</p>
      {a.venue && <p>{t('programmes.venue', { venue: a.venue })}</p>}
      {a.sessions.length > 0 && (
        <>
          <h3>{t('status.sessions')}</h3>
          <ul className="sessions">
            {a.sessions.map((s) => (
              <li key={s.id} data-testid="application-session" data-attended={s.attended}>
                <span>
                  {s.title}
                  <br />
                  <span className="muted">{formatDateTime(s.startsAt, lang)}</span>
                </span>
                <span className={s.attended ? 'tick ok' : 'tick muted'}>{s.attended ? `✓ ${t('status.attended')}` : t('status.notAttended')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {a.attendancePercent !== null && <p>{t('status.attendance', { percent: a.attendancePercent })}</p>}
      {a.certificateId && (
        <a className="btn btn-primary" href={certificateUrl(kw, a.certificateId, lang)} download data-testid="application-certificate">
          {t('status.certificate')}
        </a>
      )}
      {words.canWithdraw && <WithdrawButton kw={kw} application={a} />}
    </article>
  );
}
