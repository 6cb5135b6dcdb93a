import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { feedbackOf, frameSize, REPEAT_PAUSE_MS, shouldSubmit } from './scan';

const result = (firstTime: boolean) => ({
  participantId: '00000000-0000-4000-8000-000000000001',
  businessName: 'Keripik Tempe Bu Euis',
  ownerName: 'Euis Rohayati',
  firstTime,
  checkedInAt: '2026-03-10T01:05:00.000Z',
});

describe('attendance scanning', () => {
  it('turns replies into green, orange or red feedback', () => {
    expect(feedbackOf({ result: result(true) })).toEqual({
      kind: 'ok',
      messageKey: 'programmes.attendance.present',
      params: { name: 'Euis Rohayati', business: 'Keripik Tempe Bu Euis' },
    });
    expect(feedbackOf({ result: result(false) }).kind).toBe('again');
    const refused = new ApiError(422, { error: { code: 'validation', messageKey: 'errors.programme.qrOtherBatch', params: {} } });
    expect(feedbackOf({ error: refused })).toEqual({ kind: 'error', messageKey: 'errors.programme.qrOtherBatch', params: {} });
    expect(feedbackOf({ error: new Error('x') }).messageKey).toBe('errors.generic');
  });

  it('sends a code once, not on every frame', () => {
    expect(shouldSubmit('abc', null, 0, false)).toBe(true);
    expect(shouldSubmit('abc', null, 0, true)).toBe(false);
    expect(shouldSubmit('  ', null, 0, false)).toBe(false);
    expect(shouldSubmit('abc', { text: 'abc', at: 1000 }, 1000 + REPEAT_PAUSE_MS - 1, false)).toBe(false);
    expect(shouldSubmit('abc', { text: 'abc', at: 1000 }, 1000 + REPEAT_PAUSE_MS, false)).toBe(true);
    expect(shouldSubmit('xyz', { text: 'abc', at: 1000 }, 1001, false)).toBe(true);
  });

  it('scales frames down for decoding', () => {
    expect(frameSize(1280, 720)).toEqual({ width: 640, height: 360 });
    expect(frameSize(320, 240)).toEqual({ width: 320, height: 240 });
  });
});
