import type { TFunction } from 'i18next';
import i18n from '../../../i18n';

/** The test id (and DOM hook) of the input for an API field path: `owner.nik` → `form-owner-nik`. */
export function testIdOf(path: string): string {
  if (path === 'kecamatanCode') return 'form-kecamatan';
  if (path === 'desaCode') return 'form-desa';
  return `form-${path.replace(/\./g, '-')}`;
}

/** A readable label for an API field path, e.g. `licences.0.number` → "Izin ke-1 – Nomor". */
export function fieldLabel(t: TFunction, path: string): string {
  const parts = path.split('.');
  const [head, second, third] = parts;
  if (head === 'owner' && second) return t(`business.ownerFields.${second}`);
  if (head === 'licences' && second !== undefined && /^\d+$/.test(second)) {
    const row = t('business.fields.licenceRow', { n: Number(second) + 1 });
    return third ? `${row} – ${t(`business.licenceFields.${third}`)}` : row;
  }
  const key = `business.fields.${head}`;
  return head && i18n.exists(key) ? t(key) : path;
}

/** Moves focus (and the screen) to the input of a field path, if it is on the page. */
export function focusField(path: string): void {
  const el = document.querySelector<HTMLElement>(`[data-testid="${testIdOf(path)}"]`);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
}
