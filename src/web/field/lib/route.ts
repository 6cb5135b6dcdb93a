/**
 * The field app's addresses, under /lapangan/ (the service worker's scope, so every screen opens
 * offline). Pure, so they are tested without a browser.
 */
import { TABS, type Tab } from './options';

/** Where the field app lives. */
export const BASE = '/lapangan';

/** A screen of the app and its parameters. */
export type Screen =
  | { name: 'worklist'; tab: Tab }
  | { name: 'login' }
  | { name: 'search'; q: string }
  | { name: 'checkin'; businessId: string; taskId: string | null; redoId: string | null }
  | { name: 'outbox' }
  | { name: 'notFound' };

const isTab = (v: string | null): v is Tab => (TABS as readonly string[]).includes(v ?? '');

/** The screen of a browser address (path + query). */
export function parseScreen(pathname: string, search: string): Screen {
  const query = new URLSearchParams(search);
  const rest = pathname.startsWith(`${BASE}/`) ? pathname.slice(BASE.length + 1) : pathname === BASE ? '' : null;
  if (rest === null) return { name: 'notFound' };
  const parts = rest.split('/').filter(Boolean);
  if (parts.length === 0) {
    const tab = query.get('tab');
    return { name: 'worklist', tab: isTab(tab) ? tab : 'due' };
  }
  if (parts.length === 1 && parts[0] === 'masuk') return { name: 'login' };
  if (parts.length === 1 && parts[0] === 'cari') return { name: 'search', q: query.get('q') ?? '' };
  if (parts.length === 1 && parts[0] === 'kirim') return { name: 'outbox' };
  if (parts.length === 2 && parts[0] === 'usaha') {
    let businessId: string;
    try {
      businessId = decodeURIComponent(parts[1]!);
    } catch {
      return { name: 'notFound' };
    }
    return { name: 'checkin', businessId, taskId: query.get('tugas'), redoId: query.get('ulang') };
  }
  return { name: 'notFound' };
}

/** The browser address of a screen. */
export function screenHref(screen: Screen): string {
  switch (screen.name) {
    case 'worklist':
      return screen.tab === 'due' ? `${BASE}/` : `${BASE}/?tab=${screen.tab}`;
    case 'login':
      return `${BASE}/masuk`;
    case 'search':
      return screen.q ? `${BASE}/cari?q=${encodeURIComponent(screen.q)}` : `${BASE}/cari`;
    case 'outbox':
      return `${BASE}/kirim`;
    case 'checkin': {
      const q = new URLSearchParams();
      if (screen.taskId) q.set('tugas', screen.taskId);
      if (screen.redoId) q.set('ulang', screen.redoId);
      const qs = q.toString();
      return `${BASE}/usaha/${encodeURIComponent(screen.businessId)}${qs ? `?${qs}` : ''}`;
    }
    default:
      return `${BASE}/`;
  }
}
