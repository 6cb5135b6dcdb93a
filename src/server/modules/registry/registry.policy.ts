import { fail } from '../../errors';
import { type Actor, membershipIn } from '../../kernel/actor';

/**
 * Who may see and change what in the registry. Services call these before touching data; routes never
 * decide. Superadmins act as admins in every regency.
 *
 * | role      | read                 | write          | NIK/phone/address |
 * |-----------|----------------------|----------------|-------------------|
 * | admin     | all in regency       | yes            | visible           |
 * | officer   | all in regency       | yes            | visible           |
 * | head      | all in regency       | no             | masked            |
 * | assistant | their kecamatan      | their kecamatan| visible           |
 * | owner     | their own businesses | no (portal)    | visible (own)     |
 * | partner   | nothing              | no             | —                 |
 */
export type RegistryScope = { kind: 'all' } | { kind: 'kecamatan'; codes: string[] } | { kind: 'owner'; ownerId: string };

/** What the actor may read in a regency; throws 403 when nothing. */
export function readScope(actor: Actor, kodeWilayah: string): RegistryScope {
  const m = membershipIn(actor, kodeWilayah);
  if (!m) {
    if (actor.isSuperadmin) return { kind: 'all' };
    throw fail.forbidden();
  }
  switch (m.role) {
    case 'admin':
    case 'officer':
    case 'head':
      return { kind: 'all' };
    case 'assistant':
      return { kind: 'kecamatan', codes: m.kecamatanCodes };
    case 'owner':
      if (!m.ownerId) throw fail.forbidden();
      return { kind: 'owner', ownerId: m.ownerId };
    default:
      throw fail.forbidden();
  }
}

/** What the actor may change in a regency; throws 403 for read-only roles. */
export function writeScope(actor: Actor, kodeWilayah: string): RegistryScope {
  const m = membershipIn(actor, kodeWilayah);
  if (!m) {
    if (actor.isSuperadmin) return { kind: 'all' };
    throw fail.forbidden();
  }
  if (m.role === 'admin' || m.role === 'officer') return { kind: 'all' };
  if (m.role === 'assistant') return { kind: 'kecamatan', codes: m.kecamatanCodes };
  throw fail.forbidden();
}

/** True when a record with this kecamatan and owner lies inside the scope. */
export function inScope(scope: RegistryScope, record: { kecamatanCode: string; ownerId: string }): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'kecamatan') return scope.codes.includes(record.kecamatanCode);
  return scope.ownerId === record.ownerId;
}

/**
 * Whether a write scope covers an owner's personal data: an owner record is shared by all their businesses,
 * so an assistant may change it only when every (live) business of that owner lies in their kecamatan.
 */
export function ownerInScope(scope: RegistryScope, ownerKecamatanCodes: readonly string[]): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'kecamatan') return ownerKecamatanCodes.every((code) => scope.codes.includes(code));
  return false;
}

/** Whether the actor may write, without throwing (for `canEdit` in replies). */
export function mayWrite(actor: Actor, kodeWilayah: string, record: { kecamatanCode: string; ownerId: string }): boolean {
  try {
    return inScope(writeScope(actor, kodeWilayah), record);
  } catch {
    return false;
  }
}

/** The head of office reads aggregates and records, but does not need NIK, phone or address. */
export function seesPersonalData(actor: Actor, kodeWilayah: string): boolean {
  const m = membershipIn(actor, kodeWilayah);
  if (!m) return actor.isSuperadmin;
  return m.role !== 'head' && m.role !== 'partner';
}
