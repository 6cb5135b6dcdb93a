import { describe, expect, it } from 'vitest';
import { parseScreen, type Screen, screenHref } from './route';

describe('field app addresses', () => {
  it('reads screens from addresses', () => {
    expect(parseScreen('/lapangan/', '')).toEqual({ name: 'worklist', tab: 'due' });
    expect(parseScreen('/lapangan', '?tab=overdue')).toEqual({ name: 'worklist', tab: 'overdue' });
    expect(parseScreen('/lapangan/', '?tab=bogus')).toEqual({ name: 'worklist', tab: 'due' });
    expect(parseScreen('/lapangan/masuk', '')).toEqual({ name: 'login' });
    expect(parseScreen('/lapangan/usaha/abc', '?tugas=t1')).toEqual({ name: 'checkin', businessId: 'abc', taskId: 't1', redoId: null });
    expect(parseScreen('/lapangan/usaha/%E0%A4%A', '')).toEqual({ name: 'notFound' });
    expect(parseScreen('/lapangan/nope', '')).toEqual({ name: 'notFound' });
    expect(parseScreen('/portal', '')).toEqual({ name: 'notFound' });
  });

  it('round-trips every screen', () => {
    const screens: Screen[] = [
      { name: 'worklist', tab: 'due' },
      { name: 'worklist', tab: 'done' },
      { name: 'login' },
      { name: 'search', q: 'sari rasa' },
      { name: 'outbox' },
      { name: 'checkin', businessId: 'b1', taskId: null, redoId: 'q1' },
    ];
    for (const s of screens) {
      const url = new URL(screenHref(s), 'https://x');
      expect(parseScreen(url.pathname, url.search)).toEqual(s);
    }
  });
});
