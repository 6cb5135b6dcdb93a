import { describe, expect, it } from 'vitest';
import { batchToForm, batchToInput, checkBatch, emptyBatch } from './batchForm';

describe('batch form', () => {
  const filled = {
    ...emptyBatch('Angkatan 1'),
    venue: ' Aula PLUT ',
    startsOn: '2026-03-10',
    endsOn: '2026-03-11',
    sessions: [
      { title: 'Hari 1', date: '2026-03-10', start: '08:00', end: '12:00' },
      { title: 'Hari 2', date: '2026-03-11', start: '08:00', end: '12:00' },
    ],
  };

  it('builds the request with sessions at the officer\'s offset', () => {
    expect(batchToInput(filled, () => 420)).toEqual({
      name: 'Angkatan 1',
      venue: 'Aula PLUT',
      capacity: 25,
      trainers: null,
      startsOn: '2026-03-10',
      endsOn: '2026-03-11',
      sessions: [
        { title: 'Hari 1', startsAt: '2026-03-10T08:00:00+07:00', endsAt: '2026-03-10T12:00:00+07:00' },
        { title: 'Hari 2', startsAt: '2026-03-11T08:00:00+07:00', endsAt: '2026-03-11T12:00:00+07:00' },
      ],
    });
    expect(checkBatch(filled)).toEqual({});
  });

  it('checks capacity, dates and each session row', () => {
    const bad = { ...filled, name: ' ', capacity: 0 as const, endsOn: '2026-03-09', sessions: [{ title: 'Hari 1', date: '2026-03-12', start: '08:00', end: '07:00' }] };
    expect(checkBatch(bad)).toEqual({
      name: 'validation.required',
      capacity: 'programmes.batch.capacityMin',
      endsOn: 'validation.endsBeforeStarts',
      'sessions.0.date': 'errors.programme.sessionOutsideBatch',
      'sessions.0.end': 'validation.endsBeforeStarts',
    });
  });

  it('edits a stored batch without its sessions', () => {
    const stored = { id: 'b', programmeId: 'p', name: 'A1', venue: null, capacity: 20, trainers: 'Bu Rina', startsOn: '2026-03-10', endsOn: '2026-03-12', completedAt: null, accepted: 0, waitlisted: 0, applied: 0, sessions: [] };
    expect(batchToForm(stored)).toEqual({ name: 'A1', venue: '', capacity: 20, trainers: 'Bu Rina', startsOn: '2026-03-10', endsOn: '2026-03-12', sessions: [] });
  });
});
