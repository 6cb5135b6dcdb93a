import { fail } from '../../errors';
import { type Actor, membershipIn } from '../../kernel/actor';

/**
 * Who may see and change regencies (tenants). The service calls these; routes never decide.
 *
 * | role                         | list            | add a regency | read settings, regions | change settings |
 * |------------------------------|-----------------|---------------|------------------------|-----------------|
 * | superadmin                   | every regency   | yes           | every regency          | every regency   |
 * | admin                        | their regencies | no            | their regencies        | their regencies |
 * | head, officer, assistant     | their regencies | no            | their regencies        | no              |
 * | owner, partner               | their regencies | no            | their regencies        | no              |
 * | no membership in the regency | —               | no            | no                     | no              |
 *
 * Every member reads settings and regions: the letterhead is on the reports and certificates they get,
 * and owners pick their kecamatan and desa in the portal from the regions.
 */

/** Whether the actor sees this regency at all (in the tenant list, its settings and its regions). */
export function seesTenant(actor: Actor, kodeWilayah: string): boolean {
  return actor.isSuperadmin || membershipIn(actor, kodeWilayah) !== undefined;
}

/** Throws 403 unless the actor sees the regency. */
export function assertSeesTenant(actor: Actor, kodeWilayah: string): void {
  if (!seesTenant(actor, kodeWilayah)) throw fail.forbidden();
}

/** Throws 403 unless the actor may add a regency (superadmins; operators use the CLI). */
export function assertAddsTenants(actor: Actor): void {
  if (!actor.isSuperadmin) throw fail.forbidden();
}

/** Throws 403 unless the actor may change the office settings of the regency (its admins, superadmins). */
export function assertManagesSettings(actor: Actor, kodeWilayah: string): void {
  if (!actor.isSuperadmin && membershipIn(actor, kodeWilayah)?.role !== 'admin') throw fail.forbidden();
}
