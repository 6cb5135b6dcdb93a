import { ApiError } from '../../../api/client';
import type { CheckinResult } from '../../../api/types';

/** What the officer sees after a scan or a tick: green (present), orange (already present) or red (refused). */
export interface Feedback {
  kind: 'ok' | 'again' | 'error';
  messageKey: string;
  params: Record<string, string | number>;
}

/** A check-in reply (or its failure) as feedback. */
export function feedbackOf(outcome: { result: CheckinResult } | { error: unknown }): Feedback {
  if ('result' in outcome) {
    const { result } = outcome;
    const params = { name: result.ownerName, business: result.businessName };
    return result.firstTime ? { kind: 'ok', messageKey: 'programmes.attendance.present', params } : { kind: 'again', messageKey: 'programmes.attendance.already', params };
  }
  const e = outcome.error;
  if (e instanceof ApiError) return { kind: 'error', messageKey: e.messageKey, params: e.params };
  return { kind: 'error', messageKey: 'errors.generic', params: {} };
}

/** The same code in front of the camera is read many times a second: send it again only after this pause. */
export const REPEAT_PAUSE_MS = 8000;

/** Whether a decoded text should be sent: not empty, not while a check-in is on its way, not the same code again too soon. */
export function shouldSubmit(text: string, last: { text: string; at: number } | null, now: number, busy: boolean): boolean {
  if (busy || text.trim() === '') return false;
  return !last || last.text !== text || now - last.at >= REPEAT_PAUSE_MS;
}

/** Frame size for decoding: at most `max` pixels wide, aspect kept. */
export function frameSize(width: number, height: number, max = 640): { width: number; height: number } {
  if (width <= max) return { width, height };
  return { width: max, height: Math.round((height * max) / width) };
}

type JsQr = typeof import('jsqr').default;
let jsQrOnce: Promise<JsQr> | undefined;

/** The QR decoder, loaded on first use so it stays out of the main bundle. */
export function loadJsQr(): Promise<JsQr> {
  jsQrOnce ??= import('jsqr').then((m) => m.default);
  return jsQrOnce;
}
