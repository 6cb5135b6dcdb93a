import type { SessionInput, SessionView } from '../../api/types';

/** One session row of the batch form: a date and a start and end time, in the officer's time zone. */
export interface SessionRow {
  title: string;
  date: string;
  start: string;
  end: string;
}

/** "+07:00" for an offset of 420 minutes east of UTC. */
export function offsetText(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  const abs = Math.abs(minutesEast);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The browser's offset (minutes east of UTC) on that local date and time. */
export function localOffsetAt(date: string, time: string): number {
  const d = new Date(`${date}T${time}:00`);
  return Number.isNaN(d.getTime()) ? 0 : -d.getTimezoneOffset();
}

/** "2026-03-10" + "08:30" at +07:00 → "2026-03-10T08:30:00+07:00". */
export function localIso(date: string, time: string, minutesEast: number): string {
  return `${date}T${time}:00${offsetText(minutesEast)}`;
}

/** The API body of a session row, in the browser's time zone. */
export function rowToSession(row: SessionRow, offset: (date: string, time: string) => number = localOffsetAt): SessionInput {
  return {
    title: row.title.trim(),
    startsAt: localIso(row.date, row.start, offset(row.date, row.start)),
    endsAt: localIso(row.date, row.end, offset(row.date, row.end)),
  };
}

/** Problems of one row as message keys per field: all parts needed, the end after the start, inside the batch's dates. */
export function checkSessionRow(row: SessionRow, batch: { startsOn: string; endsOn: string }): Partial<Record<keyof SessionRow, string>> {
  const errors: Partial<Record<keyof SessionRow, string>> = {};
  if (!row.title.trim()) errors.title = 'validation.required';
  if (!row.date) errors.date = 'validation.required';
  else if ((batch.startsOn && row.date < batch.startsOn) || (batch.endsOn && row.date > batch.endsOn)) errors.date = 'errors.programme.sessionOutsideBatch';
  if (!row.start) errors.start = 'validation.required';
  if (!row.end) errors.end = 'validation.required';
  else if (row.start && row.end <= row.start) errors.end = 'validation.endsBeforeStarts';
  return errors;
}

/** A fresh row on the batch's first day, 08:00–12:00, titled "Sesi n". */
export function newSessionRow(n: number, date: string, titleOf: (n: number) => string): SessionRow {
  return { title: titleOf(n), date, start: '08:00', end: '12:00' };
}

/** Sessions in time order. */
export function sortSessions(sessions: SessionView[]): SessionView[] {
  return [...sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
