import { describe, expect, it } from 'vitest';
import { checkSessionRow, localIso, offsetText, rowToSession, sortSessions } from './schedule';

describe('session schedule', () => {
  it('writes times with the officer\'s offset', () => {
    expect(offsetText(420)).toBe('+07:00');
    expect(offsetText(480 + 30)).toBe('+08:30');
    expect(offsetText(-300)).toBe('-05:00');
    expect(localIso('2026-03-10', '08:30', 420)).toBe('2026-03-10T08:30:00+07:00');
    expect(rowToSession({ title: ' Sesi 1 ', date: '2026-03-10', start: '08:00', end: '12:00' }, () => 540)).toEqual({
      title: 'Sesi 1',
      startsAt: '2026-03-10T08:00:00+09:00',
      endsAt: '2026-03-10T12:00:00+09:00',
    });
  });

  it('checks a row: filled in, end after start, within the batch dates', () => {
    const batch = { startsOn: '2026-03-10', endsOn: '2026-03-11' };
    expect(checkSessionRow({ title: 'Sesi 1', date: '2026-03-10', start: '08:00', end: '12:00' }, batch)).toEqual({});
    expect(checkSessionRow({ title: '', date: '2026-03-12', start: '13:00', end: '12:00' }, batch)).toEqual({
      title: 'validation.required',
      date: 'errors.programme.sessionOutsideBatch',
      end: 'validation.endsBeforeStarts',
    });
    expect(checkSessionRow({ title: 'x', date: '', start: '', end: '' }, batch)).toEqual({
      date: 'validation.required',
      start: 'validation.required',
      end: 'validation.required',
    });
  });

  it('orders sessions by their instant, whatever the offset', () => {
    const s = (id: string, startsAt: string) => ({ id, title: id, startsAt, endsAt: startsAt, checkedIn: 0 });
    const sorted = sortSessions([s('b', '2026-03-10T09:00:00+07:00'), s('a', '2026-03-10T01:30:00Z')]);
    expect(sorted.map((x) => x.id)).toEqual(['a', 'b']);
  });
});
