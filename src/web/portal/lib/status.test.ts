import { describe, expect, it } from 'vitest';
import { PARTICIPANT_STATUSES } from '../../../server/modules/programmes/programme.table';
import id from '../i18n/id.json';
import en from '../i18n/en.json';
import { APPLICATION_STATUSES, sortApplications, statusWords } from './status';

describe('application status in plain words', () => {
  it('knows every status the server can send, in both languages', () => {
    expect([...APPLICATION_STATUSES]).toEqual([...PARTICIPANT_STATUSES]);
    for (const s of APPLICATION_STATUSES) {
      const words = statusWords(s);
      for (const dict of [id, en]) {
        expect(dict.status.label[s]).toBeTruthy();
        expect(dict.status.explain[s]).toBeTruthy();
      }
      expect(words.label).toBe(`status.label.${s}`);
    }
    expect(id.status.label.applied.toLowerCase()).toContain('menunggu');
  });

  it('shows the QR only while accepted and allows withdrawing only open applications', () => {
    expect(APPLICATION_STATUSES.filter((s) => statusWords(s).showQr)).toEqual(['accepted']);
    expect(APPLICATION_STATUSES.filter((s) => statusWords(s).canWithdraw)).toEqual(['applied', 'accepted', 'waitlisted']);
    expect(statusWords('rejected').tone).toBe('bad');
    expect(statusWords('completed').tone).toBe('ok');
  });

  it('reads an unknown status as waiting', () => {
    expect(statusWords('something_new')).toMatchObject({ label: 'status.label.applied', tone: 'wait', showQr: false });
  });

  it('lists accepted first and withdrawn last', () => {
    const items = [
      { status: 'withdrawn', startsOn: '2027-01-01' },
      { status: 'applied', startsOn: '2027-01-01' },
      { status: 'accepted', startsOn: '2026-01-01' },
      { status: 'applied', startsOn: '2027-03-01' },
    ];
    expect(sortApplications(items).map((i) => `${i.status} ${i.startsOn}`)).toEqual([
      'accepted 2026-01-01', 'applied 2027-03-01', 'applied 2027-01-01', 'withdrawn 2027-01-01',
    ]);
  });
});
