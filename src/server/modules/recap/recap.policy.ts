import { fail } from '../../errors';
import type { Actor } from '../../kernel/actor';
import { readScope } from '../registry/registry.policy';

/**
 * Who may read the yearly recap, and of which kecamatan: the registry's read scope, without owners
 * (a count of the regency is office work, not their own businesses). `null` = every kecamatan.
 *
 * | role                          | recap                      |
 * |-------------------------------|----------------------------|
 * | superadmin, admin, head, officer | every kecamatan         |
 * | assistant                     | their kecamatan            |
 * | owner, partner, outsiders     | no                         |
 */
export function recapScope(actor: Actor, kodeWilayah: string): string[] | null {
  const scope = readScope(actor, kodeWilayah);
  if (scope.kind === 'owner') throw fail.forbidden();
  return scope.kind === 'all' ? null : scope.codes;
}
