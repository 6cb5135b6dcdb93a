import { EMPTY_REPORT, newId, parseDraft, type ReportDraft } from '../../lib/report';

/**
 * The half-filled report of one link, in sessionStorage: a cheap phone drops a background tab while the
 * owner looks up last month's sales, and the reload must not lose the answers or the report's id (a
 * resend with a new id would be a second report). Per tab and per link; gone when the tab closes.
 */
const key = (token: string) => `berdaya.lapor.${token}`;

/** The stored draft of `token`, or a fresh one with a new id. */
export function loadDraft(token: string): ReportDraft {
  let raw: string | null = null;
  try {
    raw = window.sessionStorage.getItem(key(token));
  } catch {
    /* storage blocked: start fresh */
  }
  return parseDraft(raw) ?? { id: newId(), step: 'status', values: EMPTY_REPORT };
}

/** Remembers the draft (silently not, when storage is full or blocked). */
export function saveDraft(token: string, draft: ReportDraft): void {
  try {
    window.sessionStorage.setItem(key(token), JSON.stringify(draft));
  } catch {
    /* not remembered: the page still works */
  }
}

/** Forgets the draft once the server has the report. */
export function dropDraft(token: string): void {
  try {
    window.sessionStorage.removeItem(key(token));
  } catch {
    /* nothing to forget */
  }
}
