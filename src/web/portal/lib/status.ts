/**
 * How an application's status is told to an owner: plain words (dictionary keys), a colour tone and
 * what they can still do. One table, so the status page and its tests agree.
 */
export const APPLICATION_STATUSES = ['applied', 'accepted', 'waitlisted', 'rejected', 'withdrawn', 'completed', 'not_completed'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** ok = green, wait = amber, bad = red, off = grey. */
export type Tone = 'ok' | 'wait' | 'bad' | 'off';

export interface StatusWords {
  /** Short label, e.g. "Menunggu pemeriksaan petugas". */
  label: string;
  /** One sentence on what happens next. */
  explain: string;
  tone: Tone;
  /** The owner may still withdraw (before the programme ends). */
  canWithdraw: boolean;
  /** The check-in QR is shown (only while accepted: the server sends no token otherwise). */
  showQr: boolean;
}

const TONES: Record<ApplicationStatus, Tone> = {
  applied: 'wait',
  accepted: 'ok',
  waitlisted: 'wait',
  rejected: 'bad',
  withdrawn: 'off',
  completed: 'ok',
  not_completed: 'bad',
};

/** The words and tone of `status`; an unknown status (a newer server) reads as "waiting". */
export function statusWords(status: string): StatusWords {
  const known = (APPLICATION_STATUSES as readonly string[]).includes(status) ? (status as ApplicationStatus) : 'applied';
  return {
    label: `status.label.${known}`,
    explain: `status.explain.${known}`,
    tone: TONES[known],
    canWithdraw: known === 'applied' || known === 'accepted' || known === 'waitlisted',
    showQr: known === 'accepted',
  };
}

/** Open applications first (accepted, waiting), finished and cancelled ones last; newest start first within. */
export function sortApplications<T extends { status: string; startsOn: string }>(items: readonly T[]): T[] {
  const rank = (s: string) => ({ accepted: 0, applied: 1, waitlisted: 1, completed: 2, not_completed: 3, rejected: 4, withdrawn: 5 })[s] ?? 1;
  return [...items].sort((a, b) => rank(a.status) - rank(b.status) || b.startsOn.localeCompare(a.startsOn));
}
