import { fail } from '../../errors';
import { type Actor, membershipIn } from '../../kernel/actor';

/**
 * Who may do what with programmes. Superadmins act as admins everywhere.
 *
 * | role      | read programmes | plan, screen, decide | nominate            | check in |
 * |-----------|-----------------|----------------------|---------------------|----------|
 * | admin     | yes             | yes                  | yes                 | yes      |
 * | officer   | yes             | yes                  | yes                 | yes      |
 * | head      | yes             | no                   | no                  | no       |
 * | assistant | yes             | no                   | their kecamatan     | yes      |
 * | owner     | portal only     | no                   | themselves (portal) | no       |
 * | partner   | no              | no                   | no                  | no       |
 */
const roleIn = (actor: Actor, kw: string) => (actor.isSuperadmin ? 'admin' : membershipIn(actor, kw)?.role);

/** Throws 403 unless the actor may read the programmes of the regency. */
export function assertReadsProgrammes(actor: Actor, kw: string): void {
  const role = roleIn(actor, kw);
  if (role !== 'admin' && role !== 'officer' && role !== 'head' && role !== 'assistant') throw fail.forbidden();
}

/** Whether the actor plans programmes, screens and decides (admins, officers). */
export function managesProgrammes(actor: Actor, kw: string): boolean {
  const role = roleIn(actor, kw);
  return role === 'admin' || role === 'officer';
}

/** Throws 403 unless the actor plans programmes, screens and decides. */
export function assertManagesProgrammes(actor: Actor, kw: string): void {
  if (!managesProgrammes(actor, kw)) throw fail.forbidden();
}

/** Kecamatan the actor may nominate from: all (admins, officers), theirs (assistants); else 403. */
export function nominationScope(actor: Actor, kw: string): { kind: 'all' } | { kind: 'kecamatan'; codes: string[] } {
  if (managesProgrammes(actor, kw)) return { kind: 'all' };
  const m = membershipIn(actor, kw);
  if (m?.role === 'assistant') return { kind: 'kecamatan', codes: m.kecamatanCodes };
  throw fail.forbidden();
}

/** Throws 403 unless the actor takes attendance at sessions (admins, officers, assistants). */
export function assertChecksIn(actor: Actor, kw: string): void {
  const role = roleIn(actor, kw);
  if (role !== 'admin' && role !== 'officer' && role !== 'assistant') throw fail.forbidden();
}

/** The owner record of an owner account in the regency, or 403 (with `notLinked` when not tied yet). */
export function ownerIdOf(actor: Actor, kw: string): string {
  const m = membershipIn(actor, kw);
  if (m?.role !== 'owner') throw fail.forbidden();
  if (!m.ownerId) throw fail.conflict('errors.portal.notLinked');
  return m.ownerId;
}
