import type { AlertKind, CheckinChannel, ConflictField, FollowupLicence, TaskState } from './followup.types';

// The server's lists, repeated so the web bundle does not import the schema module at run time
// (constants.test.ts checks they stay equal).

/** Task states in the order the worklist tabs show them: what needs doing first. */
export const TASK_STATE_TABS: TaskState[] = ['due', 'overdue', 'upcoming', 'done'];
export const TASK_STATES: TaskState[] = ['upcoming', 'due', 'overdue', 'done'];
export const CHECKIN_CHANNELS: CheckinChannel[] = ['app', 'self', 'office'];
export const CONFLICT_FIELDS: ConflictField[] = ['status', 'monthlySales', 'workersMale', 'workersFemale', 'salesChannels'];
export const FOLLOWUP_LICENCES: FollowupLicence[] = ['NIB', 'SKU', 'PIRT', 'HALAL', 'HKI', 'NPWP'];
export const ALERT_KINDS: AlertKind[] = ['overdue', 'closed', 'sales_drop', 'backlog'];

/** Badge colours of a task's state. */
export const TASK_STATE_COLOR: Record<TaskState, string> = { upcoming: 'gray', due: 'blue', overdue: 'red', done: 'teal' };
/** The survival checkpoints the dashboard always shows (months since completion). */
export const SURVIVAL_MONTHS = [1, 3, 6, 12] as const;
/** Default "sales fell by more than" threshold of the alerts, in percent. */
export const DEFAULT_DROP_PERCENT = 30;
