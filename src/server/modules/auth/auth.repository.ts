import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tenants } from '../tenancy/tenant.table';
import type { Membership } from '../../kernel/actor';
import { memberships, sessions, users } from './auth.table';

export type UserRow = typeof users.$inferSelect;

/** SQL for accounts, sessions and memberships. */
export function createAuthRepository(db: Db) {
  return {
    async findUserByUsername(username: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.username, username));
      return row;
    },

    async findUserById(id: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row;
    },

    /** Counts a failed login and locks the account when the count reaches `maxFailures`. Atomic. */
    async recordFailedLogin(userId: string, maxFailures: number, lockMinutes: number): Promise<UserRow | undefined> {
      const [row] = await db
        .update(users)
        .set({
          failedLogins: sql`case when ${users.failedLogins} + 1 >= ${maxFailures} then 0 else ${users.failedLogins} + 1 end`,
          lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${maxFailures}
            then now() + make_interval(mins => ${lockMinutes}) else ${users.lockedUntil} end`,
        })
        .where(eq(users.id, userId))
        .returning();
      return row;
    },

    async clearFailedLogins(userId: string): Promise<void> {
      await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
    },

    async insertUser(row: typeof users.$inferInsert): Promise<UserRow> {
      const [created] = await db.insert(users).values(row).returning();
      return created!;
    },

    async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
      await db.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, userId));
    },

    async insertSession(id: string, userId: string, expiresAt: Date): Promise<void> {
      await db.insert(sessions).values({ id, userId, expiresAt });
    },

    /** The user of a live session; expired sessions are ignored. */
    async findSessionUser(sessionId: string): Promise<UserRow | undefined> {
      const [row] = await db
        .select({ user: users })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.id, sessionId), sql`${sessions.expiresAt} > now()`));
      return row?.user;
    },

    async deleteSession(sessionId: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.id, sessionId));
    },

    /** Ends every session of a user except the one given (after a password change). */
    async deleteOtherSessions(userId: string, keepSessionId: string): Promise<void> {
      await db.delete(sessions).where(and(eq(sessions.userId, userId), sql`${sessions.id} <> ${keepSessionId}`));
    },

    async deleteExpiredSessions(): Promise<void> {
      await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
    },

    async listMemberships(userId: string): Promise<Membership[]> {
      const rows = await db
        .select({
          kodeWilayah: memberships.kodeWilayah,
          tenantName: tenants.name,
          isDemo: tenants.isDemo,
          role: memberships.role,
          kecamatanCodes: memberships.kecamatanCodes,
          ownerId: memberships.ownerId,
        })
        .from(memberships)
        .innerJoin(tenants, eq(tenants.kodeWilayah, memberships.kodeWilayah))
        .where(eq(memberships.userId, userId))
        .orderBy(memberships.kodeWilayah);
      return rows.map((r) => ({ ...r, role: r.role }));
    },

    async upsertMembership(row: typeof memberships.$inferInsert): Promise<void> {
      await db
        .insert(memberships)
        .values(row)
        .onConflictDoUpdate({
          target: [memberships.kodeWilayah, memberships.userId],
          set: { role: row.role, kecamatanCodes: row.kecamatanCodes ?? [], ownerId: row.ownerId ?? null },
        });
    },

    async listTenantUsers(kodeWilayah: string) {
      return db
        .select({
          id: users.id,
          username: users.username,
          displayName: users.displayName,
          role: memberships.role,
          kecamatanCodes: memberships.kecamatanCodes,
          lockedUntil: users.lockedUntil,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.kodeWilayah, kodeWilayah))
        .orderBy(users.username);
    },
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
