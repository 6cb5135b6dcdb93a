import { fail } from '../../errors';
import { type Actor, membershipIn } from '../../kernel/actor';

/**
 * Who may read the regency's outbox (what was sent to whom, what failed). Messages themselves are
 * queued by other modules inside their own changes, never on a user's request, so reading is the only
 * decision here. Even for admins, recipients are masked and sign-up codes hidden (the service's view).
 *
 * | role                                         | outbox |
 * |----------------------------------------------|--------|
 * | superadmin, admin                            | yes    |
 * | head, officer, assistant, owner, partner, outsiders | no |
 */
export function mayBrowseOutbox(actor: Actor, kodeWilayah: string): boolean {
  return actor.isSuperadmin || membershipIn(actor, kodeWilayah)?.role === 'admin';
}

/** Throws 403 unless the actor may read the outbox. */
export function assertBrowsesOutbox(actor: Actor, kodeWilayah: string): void {
  if (!mayBrowseOutbox(actor, kodeWilayah)) throw fail.forbidden();
}
