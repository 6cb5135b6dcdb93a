import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tenants } from '../tenancy/tenant.table';
import type { Membership } from '../../kernel/actor';
import { loginAttempts, memberships, sessions, users } from './auth.table';
import type { AttemptCounter } from './lockout';

/** The `source` of the account-wide lock-out counter. */
export const ACCOUNT_SOURCE = '*';

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

    /**
     * Runs `decide` on the two lock-out counters of a login attempt, (username, source) and (username, `*`),
     * under row locks, and stores what it returns: concurrent attempts on one username take turns, so none
     * reads a count another is about to change. The account row is always locked first (no deadlocks).
     */
    async withLoginCounters<T>(
      username: string,
      source: string,
      decide: (pair: AttemptCounter, account: AttemptCounter) => { pair: AttemptCounter; account: AttemptCounter; result: T },
    ): Promise<T> {
      return db.transaction(async (tx) => {
        await tx
          .insert(loginAttempts)
          .values([{ username, source: ACCOUNT_SOURCE }, { username, source }])
          .onConflictDoNothing();
        const row = async (s: string) => {
          const [r] = await tx
            .select()
            .from(loginAttempts)
            .where(and(eq(loginAttempts.username, username), eq(loginAttempts.source, s)))
            .for('update');
          return r!;
        };
        const account = await row(ACCOUNT_SOURCE);
        const pair = await row(source);
        const out = decide(pair, account);
        for (const [s, c] of [[ACCOUNT_SOURCE, out.account], [source, out.pair]] as const) {
          await tx
            .update(loginAttempts)
            .set({ failures: c.failures, locks: c.locks, lockedUntil: c.lockedUntil, lastAttemptAt: c.lastAttemptAt, lastSuccessAt: c.lastSuccessAt })
            .where(and(eq(loginAttempts.username, username), eq(loginAttempts.source, s)));
        }
        return out.result;
      });
    },

    /** Marks an account locked (for the admins' list) and ends all its sessions. */
    async lockUser(userId: string, until: Date): Promise<void> {
      await db.update(users).set({ lockedUntil: until }).where(eq(users.id, userId));
      await db.delete(sessions).where(eq(sessions.userId, userId));
    },

    /** Forgets counters nobody has touched for a day and that hold no lock (they would start over anyway). */
    async deleteIdleLoginCounters(): Promise<void> {
      await db
        .delete(loginAttempts)
        .where(and(lt(loginAttempts.lastAttemptAt, new Date(Date.now() - 24 * 3_600_000)), sql`coalesce(${loginAttempts.lockedUntil} < now(), true)`));
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

    /** The user of a live session and when it expires; expired sessions are ignored. */
    async findSessionUser(sessionId: string): Promise<{ user: UserRow; expiresAt: Date } | undefined> {
      const [row] = await db
        .select({ user: users, expiresAt: sessions.expiresAt })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.id, sessionId), sql`${sessions.expiresAt} > now()`));
      return row;
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
