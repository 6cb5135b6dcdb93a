import { fail } from '../../errors';
import { type Actor, membershipIn } from '../../kernel/actor';
import { seesPersonalData } from '../registry/registry.policy';

/**
 * Who may read which part of the audit trail. The service calls these; the route never decides.
 *
 * | role                | whole trail of the regency | one business's history (and its owner's) | personal data |
 * |---------------------|----------------------------|------------------------------------------|---------------|
 * | superadmin, admin   | yes                        | yes                                      | visible*      |
 * | officer             | no                         | when it may read the business            | visible       |
 * | head                | no                         | when it may read the business            | masked        |
 * | assistant           | no                         | businesses of their kecamatan            | visible       |
 * | owner               | no                         | their own businesses                     | visible       |
 * | partner, outsiders  | no                         | no (the registry refuses them)           | —             |
 *
 * *A superadmin whose own membership in the regency is the head's sees it masked, as the registry does.
 * Which businesses are readable is the registry's rule: the service asks the registry for the record.
 */
export type AuditReach = 'regency' | 'business';

/** Admins (and superadmins) browse the regency's whole trail. */
export function mayBrowseAudit(actor: Actor, kodeWilayah: string): boolean {
  return actor.isSuperadmin || membershipIn(actor, kodeWilayah)?.role === 'admin';
}

/**
 * How far a listing reaches: the whole regency (admins), or one business's history for anyone else who
 * asks for a business (the caller must still check the business is readable). Anything else is 403.
 */
export function auditReach(actor: Actor, kodeWilayah: string, query: { entity?: string; entityId?: string }): AuditReach {
  if (mayBrowseAudit(actor, kodeWilayah)) return 'regency';
  if (query.entity === 'business' && query.entityId) return 'business';
  throw fail.forbidden();
}

/** Whether NIK, phone, address and birth date in the entries' before/after are masked for this actor. */
export function masksAuditPersonalData(actor: Actor, kodeWilayah: string): boolean {
  return !seesPersonalData(actor, kodeWilayah);
}
