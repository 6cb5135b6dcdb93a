import { describe, expect, it } from 'vitest';
import { DUE_WINDOW_DAYS as SERVER_WINDOW } from '../../../server/modules/followup/followup.service';
import { addDays, DUE_WINDOW_DAYS, fold, groupTasks, localToday, openStateOn, searchBusinesses } from './tasks';
import type { FieldBusiness, QueuedItem, TaskView } from './types';

const id = (n: number) => `0190a3c4-0000-7000-8000-${String(n).padStart(12, '0')}`;
const task = (n: number, state: TaskView['state'], dueOn: string, patch: Partial<TaskView> = {}): TaskView => ({
  id: id(n),
  programmeId: id(900),
  programmeTitle: 'Kemasan Naik Kelas',
  participantId: id(500 + n),
  businessId: id(100 + n),
  businessName: `Usaha ${n}`,
  ownerName: `Pemilik ${n}`,
  kecamatanCode: '32.04.01',
  kecamatanName: 'Cileunyi',
  desaName: 'Cibiru',
  offsetMonths: 3,
  dueOn,
  state,
  doneOn: state === 'done' ? dueOn : null,
  checkinId: null,
  ...patch,
});
const queued = (n: number, taskN: number | null, state: QueuedItem['state'] = 'queued'): QueuedItem => ({
  id: id(700 + n),
  businessId: id(100 + (taskN ?? n)),
  queuedAt: '2026-06-01T08:00:00.000Z',
  attempts: 0,
  state,
  payload: { businessId: id(100 + (taskN ?? n)), taskId: taskN === null ? null : id(taskN), visitedOn: '2026-06-01', status: 'active' },
});

describe('worklist grouping', () => {
  const tasks = [task(1, 'due', '2026-06-05'), task(2, 'due', '2026-06-02'), task(3, 'overdue', '2026-05-01'), task(4, 'upcoming', '2026-08-01'), task(5, 'done', '2026-05-20')];

  it('puts tasks in their tabs, oldest due first, done newest first', () => {
    const g = groupTasks(tasks, []);
    expect(g.due.map((t) => t.id)).toEqual([id(2), id(1)]);
    expect(g.overdue.map((t) => t.id)).toEqual([id(3)]);
    expect(g.upcoming.map((t) => t.id)).toEqual([id(4)]);
    expect(g.done.map((t) => t.id)).toEqual([id(5)]);
  });

  it('counts a task as done as soon as its check-in is queued (or in conflict), dated with the visit', () => {
    const g = groupTasks(tasks, [queued(1, 1), queued(3, 3, 'conflict'), queued(9, null)]);
    expect(g.due.map((t) => t.id)).toEqual([id(2)]);
    expect(g.overdue).toEqual([]);
    const done = g.done.find((t) => t.id === id(1))!;
    expect(done).toMatchObject({ state: 'done', doneOn: '2026-06-01', waiting: true, checkinId: id(701) });
    expect(g.done.find((t) => t.id === id(3))?.waiting).toBe(true);
  });

  it('leaves the task of a refused check-in open, flagged', () => {
    const g = groupTasks(tasks, [queued(1, 1, 'rejected')]);
    expect(g.due.find((t) => t.id === id(1))).toMatchObject({ refused: true, waiting: false });
  });

  it('moves open tasks along when the phone has been offline for days', () => {
    const g = groupTasks(tasks, [], { today: '2026-06-03', packToday: '2026-06-01' });
    expect(g.overdue.map((t) => t.id)).toEqual([id(3), id(2)]);
    expect(g.due.map((t) => t.id)).toEqual([id(1)]);
    // The server's date wins while the phone is not later than it.
    expect(groupTasks(tasks, [], { today: '2026-06-01', packToday: '2026-06-01' }).due).toHaveLength(2);
  });

  it('uses the server rule for open states', () => {
    expect(DUE_WINDOW_DAYS).toBe(SERVER_WINDOW);
    expect(openStateOn('2026-05-31', '2026-06-01')).toBe('overdue');
    expect(openStateOn('2026-06-01', '2026-06-01')).toBe('due');
    expect(openStateOn(addDays('2026-06-01', DUE_WINDOW_DAYS), '2026-06-01')).toBe('due');
    expect(openStateOn(addDays('2026-06-01', DUE_WINDOW_DAYS + 1), '2026-06-01')).toBe('upcoming');
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
  });

  it("dates today by the phone's clock, not UTC", () => {
    expect(localToday(new Date(2026, 0, 2, 0, 30))).toBe('2026-01-02');
  });
});

describe('business search', () => {
  const b = (n: number, name: string, ownerName: string, desaName = 'Cibiru'): FieldBusiness => ({
    id: id(n), version: 1, name, ownerName, kecamatanCode: '32.04.01', desaName, address: null, sector: 'kuliner', status: 'active',
    scale: 'micro', startYear: null, monthlySales: null, workersMale: 0, workersFemale: 0, salesChannels: [], licences: [], lastVisitOn: null,
  });
  const list = [b(1, 'Warung Sari Rasa', 'Dedi'), b(2, 'Sari Roti Bu Ani', 'Ani'), b(3, 'Batik Kéris', 'Sari', 'Cinunuk')];

  it('matches every word across name, owner and desa, best names first', () => {
    expect(searchBusinesses(list, 'sari').map((x) => x.name)).toEqual(['Sari Roti Bu Ani', 'Warung Sari Rasa', 'Batik Kéris']);
    expect(searchBusinesses(list, 'sari cinunuk').map((x) => x.name)).toEqual(['Batik Kéris']);
    expect(searchBusinesses(list, 'keris').map((x) => x.name)).toEqual(['Batik Kéris']);
    expect(searchBusinesses(list, '   ')).toEqual([]);
    expect(searchBusinesses(list, 'sari', 1)).toHaveLength(1);
    expect(fold('KÉRIS')).toBe('keris');
  });
});
