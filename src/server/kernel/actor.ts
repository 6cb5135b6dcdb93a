/** Roles a user can hold in one regency (tenant). */
export const ROLES = ['admin', 'head', 'officer', 'assistant', 'owner', 'partner'] as const;
export type Role = (typeof ROLES)[number];

/** What a user is in one regency. */
export interface Membership {
  kodeWilayah: string;
  tenantName: string;
  isDemo: boolean;
  role: Role;
  /** For assistants: the kecamatan they work in. */
  kecamatanCodes: string[];
  /** For owners: their owner record. */
  ownerId: string | null;
}

/** The authenticated user behind a request, as every service receives it. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  isSuperadmin: boolean;
  locale: string;
  memberships: Membership[];
}

/** The actor's membership in a regency, if any. */
export function membershipIn(actor: Actor, kodeWilayah: string): Membership | undefined {
  return actor.memberships.find((m) => m.kodeWilayah === kodeWilayah);
}

/** The system itself (demo seeding, CLI), recorded as such in the audit log. */
export const SYSTEM_ACTOR_NAME = 'sistem';

/** Who did it, as the audit trail records it: a user, or the system (seeding, CLI, the waitlist). */
export interface AuditActor {
  userId: string | null;
  name: string;
}

/** The audit trail's view of a signed-in actor: their id and the name shown beside the change. */
export function auditActor(actor: Actor): AuditActor {
  return { userId: actor.userId, name: actor.displayName };
}
