import { DEFAULT_DROP_PERCENT, TASK_STATE_TABS } from './constants';
import type { TaskState } from './followup.types';

/** The worklist's filters as kept in the address (?kecamatan=&programmeId=&state=), so a link can open it filtered. */
export interface WorklistParams {
  kecamatan: string;
  programmeId: string;
  state: TaskState;
}

const KECAMATAN = /^\d{2}\.\d{2}\.\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters, ignoring malformed values (a hand-edited address must not cause a 422); the tab defaults to "due". */
export function readWorklistParams(params: URLSearchParams): WorklistParams {
  const kecamatan = params.get('kecamatan') ?? '';
  const programmeId = params.get('programmeId') ?? '';
  const state = TASK_STATE_TABS.find((s) => s === params.get('state')) ?? 'due';
  return { kecamatan: KECAMATAN.test(kecamatan) ? kecamatan : '', programmeId: UUID.test(programmeId) ? programmeId : '', state };
}

/** The address query of a filtered worklist (empty filters left out). */
export function worklistSearch(p: Partial<WorklistParams>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The alerts' sales-drop threshold in ?drop= (whole percent 1–100), else the default 30. */
export function readDropPercent(search: URLSearchParams): number {
  const n = Number(search.get('drop'));
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n : DEFAULT_DROP_PERCENT;
}
