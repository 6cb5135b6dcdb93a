/**
 * The worklist as the phone shows it: the field pack's tasks by tab, with what is waiting on this
 * phone laid over them (a task whose check-in is queued counts as done at once, before any sync), and
 * a search over the kecamatan's businesses for visits without a task. Pure, so it is tested alone.
 */
import type { Tab } from './options';
import type { FieldBusiness, QueuedItem, TaskView } from './types';
import { addDays } from '../../../server/modules/followup/outcome-stats';

/** A task on the phone's worklist. */
export interface TaskRow extends TaskView {
  /** The check-in that closes it is still on this phone (queued, sending or in conflict). */
  waiting: boolean;
  /** A check-in for it was refused by the server: it is open again until edited or discarded. */
  refused: boolean;
}

const byDue = (a: TaskView, b: TaskView) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.businessName.localeCompare(b.businessName));
const byDoneDesc = (a: TaskView, b: TaskView) => ((a.doneOn ?? '') > (b.doneOn ?? '') ? -1 : (a.doneOn ?? '') < (b.doneOn ?? '') ? 1 : byDue(a, b));

/** Days ahead a task counts as "due" (the server's DUE_WINDOW_DAYS; tasks.test.ts keeps them equal). */
export const DUE_WINDOW_DAYS = 14;

/** `iso` (YYYY-MM-DD) plus `days` calendar days: the server's own helper. */
export { addDays };

/** The state of an open task on `today`, by the server's rule: overdue once past, due within the window. */
export function openStateOn(dueOn: string, today: string): 'overdue' | 'due' | 'upcoming' {
  if (dueOn < today) return 'overdue';
  return dueOn <= addDays(today, DUE_WINDOW_DAYS) ? 'due' : 'upcoming';
}

/**
 * Tasks by tab. A task with a check-in waiting on the phone moves to "done" (dated with the visit),
 * because the assistant did the visit: showing it as due again would invite a second one. A refused
 * check-in leaves its task open, flagged. With `days`, open tasks are re-dated to the phone's `today`
 * when it is later than the pack's. Open tabs are oldest due first; "done" is newest first.
 */
export function groupTasks(tasks: readonly TaskView[], queue: readonly QueuedItem[], days?: { today: string; packToday: string }): Record<Tab, TaskRow[]> {
  // Days spent offline move tasks along (upcoming → due → overdue); the server's date wins until then.
  const later = days && days.today > days.packToday ? days.today : null;
  const waiting = new Map<string, QueuedItem>();
  const refused = new Set<string>();
  for (const item of queue) {
    const taskId = item.payload.taskId;
    if (!taskId) continue;
    if (item.state === 'rejected') refused.add(taskId);
    else waiting.set(taskId, item);
  }
  const out: Record<Tab, TaskRow[]> = { due: [], overdue: [], upcoming: [], done: [] };
  for (const task of tasks) {
    const local = task.state === 'done' ? undefined : waiting.get(task.id);
    const row: TaskRow = local
      ? { ...task, state: 'done', doneOn: local.payload.visitedOn, checkinId: local.id, waiting: true, refused: false }
      : task.state === 'done'
        ? { ...task, waiting: false, refused: false }
        : { ...task, state: later ? openStateOn(task.dueOn, later) : task.state, waiting: false, refused: refused.has(task.id) };
    out[row.state].push(row);
  }
  for (const tab of ['due', 'overdue', 'upcoming'] as const) out[tab].sort(byDue);
  out.done.sort(byDoneDesc);
  return out;
}

/** Lower case without accents, for matching what people type on a phone keyboard. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Businesses matching every word of `query` in their name, owner, desa or address, best first (name
 * starts with the query, then name contains it, then the rest, each by name); at most `limit`.
 */
export function searchBusinesses(businesses: readonly FieldBusiness[], query: string, limit = 30): FieldBusiness[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const q = words.join(' ');
  const scored: { b: FieldBusiness; rank: number }[] = [];
  for (const b of businesses) {
    const name = fold(b.name);
    const haystack = `${name} ${fold(b.ownerName)} ${fold(b.desaName)} ${fold(b.address ?? '')}`;
    if (!words.every((w) => haystack.includes(w))) continue;
    scored.push({ b, rank: name.startsWith(q) ? 0 : name.includes(q) ? 1 : 2 });
  }
  scored.sort((x, y) => x.rank - y.rank || x.b.name.localeCompare(y.b.name));
  return scored.slice(0, limit).map((s) => s.b);
}

export { localToday } from '../../lib/device';
