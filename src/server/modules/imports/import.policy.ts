import { fail } from '../../errors';
import type { Actor } from '../../kernel/actor';
import { maskPhone } from '../../kernel/phone';
import { maskNik } from '../registry/nik';
import { seesPersonalData, writeScope } from '../registry/registry.policy';

/**
 * Who may see and act on which import. An import is an uploaded file of the whole regency's rows, so
 * the registry's kecamatan scope cannot filter it row by row: an assistant sees and acts only on the
 * files they uploaded themselves (their rows outside their kecamatan are refused at the check), office
 * roles on every import of the regency.
 *
 * | role            | list / see / dry run / report / commit | mapping remembered for the regency |
 * |-----------------|----------------------------------------|------------------------------------|
 * | admin, officer  | every import of the regency            | yes                                |
 * | assistant       | only imports they uploaded             | no (applies to their import only)  |
 * | head, owner, partner | nothing (403)                     | —                                  |
 *
 * Sample values of NIK, phone and address columns are masked for roles that see masked identifiers in the
 * registry (`seesPersonalData`), so a file never shows what the registry would hide.
 */
export type ImportAccess = { kind: 'all' } | { kind: 'own'; userId: string };

/** What the actor may reach among the regency's imports; 403 for roles that may not import. */
export function importAccess(actor: Actor, kw: string): ImportAccess {
  const scope = writeScope(actor, kw);
  if (scope.kind === 'all') return { kind: 'all' };
  if (scope.kind === 'kecamatan') return { kind: 'own', userId: actor.userId };
  throw fail.forbidden();
}

/** True when this import lies inside the access (an assistant's own upload, or any for office roles). */
export function mayActOnImport(access: ImportAccess, row: { uploadedBy: string }): boolean {
  return access.kind === 'all' || row.uploadedBy === access.userId;
}

/**
 * A mapping is remembered per header layout for the whole regency and proposed to everyone's next
 * upload: only those who write the whole registry may change that shared memory.
 */
export function maySaveSharedMapping(access: ImportAccess): boolean {
  return access.kind === 'all';
}

/** Import fields whose values are personal data, masked like the registry masks them. */
const PERSONAL_FIELDS = new Set(['nik', 'phone', 'address']);

/**
 * How the actor sees a sample value of a column mapped to `field`: as it is, or masked as the registry
 * masks it (NIK, phone) for roles without personal data; a column not mapped to any field
 * is masked when a value has the shape of a NIK or a mobile number.
 */
export function sampleMasker(actor: Actor, kw: string): (field: string | null, value: string) => string {
  if (seesPersonalData(actor, kw)) return (_field, value) => value;
  return (field, value) => {
    const digits = value.replace(/[\s-]/g, '');
    if (field === 'nik' || (field === null && /^\d{16}$/.test(digits))) return maskNik(digits) ?? '';
    if (field === 'phone' || (field === null && /^(\+62|62|0)8\d{7,12}$/.test(digits))) return maskPhone(value) ?? '';
    if (field && PERSONAL_FIELDS.has(field)) return '••••';
    return value;
  };
}
