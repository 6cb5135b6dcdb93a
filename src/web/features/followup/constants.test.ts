import { describe, expect, it } from 'vitest';
import * as server from '../../../server/modules/followup/followup.schemas';
import { ALERT_KINDS, CHECKIN_CHANNELS, CONFLICT_FIELDS, FOLLOWUP_LICENCES, TASK_STATE_TABS, TASK_STATES } from './constants';
import { followupAccessOf } from './access';

describe('follow-up lists repeated in the web app', () => {
  it('match the server schemas', () => {
    expect(TASK_STATES).toEqual([...server.TASK_STATES]);
    expect([...TASK_STATE_TABS].sort()).toEqual([...server.TASK_STATES].sort());
    expect(CHECKIN_CHANNELS).toEqual([...server.CHECKIN_CHANNELS]);
    expect(CONFLICT_FIELDS).toEqual([...server.CONFLICT_FIELDS]);
    expect(FOLLOWUP_LICENCES).toEqual([...server.LICENCE_KINDS]);
    expect(ALERT_KINDS).toEqual([...server.ALERT_KINDS]);
  });
});

describe('follow-up access', () => {
  it('staff see; the head of office only reads; owners and partners get nothing', () => {
    expect(followupAccessOf('admin')).toEqual({ sees: true, writes: true, kecamatanCodes: [] });
    expect(followupAccessOf('officer').writes).toBe(true);
    expect(followupAccessOf('head')).toEqual({ sees: true, writes: false, kecamatanCodes: [] });
    expect(followupAccessOf('owner').sees).toBe(false);
    expect(followupAccessOf('partner').sees).toBe(false);
    expect(followupAccessOf(undefined).sees).toBe(false);
  });

  it('assistants are limited to their kecamatan; others are not even if codes are set', () => {
    expect(followupAccessOf('assistant', ['32.04.01'])).toEqual({ sees: true, writes: true, kecamatanCodes: ['32.04.01'] });
    expect(followupAccessOf('officer', ['32.04.01']).kecamatanCodes).toEqual([]);
  });
});
