import { and, asc, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query';
import { users } from '../auth/auth.table';
import { businesses, owners } from '../registry/registry.table';
import { businessNeeds, ownerClaims, ownerSignups } from './portal.table';

export type SignupRow = typeof ownerSignups.$inferSelect;
export type ClaimRow = typeof ownerClaims.$inferSelect;

/** SQL of the owner portal: sign-ups, claims on registry records, stated needs, and the reads they need. */
export function createPortalRepository(db: Db) {
  return {
    async insertSignup(tx: Db, row: typeof ownerSignups.$inferInsert): Promise<void> {
      await tx.insert(ownerSignups).values(row);
    },

    /** Codes sent to a phone since a time, in every regency (the phone is one account instance-wide). */
    async recentSignups(phone: string, since: Date): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(ownerSignups)
        .where(and(eq(ownerSignups.phone, phone), gte(ownerSignups.createdAt, since)));
      return row?.n ?? 0;
    },

    async getSignup(kw: string, id: string): Promise<SignupRow | undefined> {
      const [row] = await db.select().from(ownerSignups).where(and(eq(ownerSignups.kodeWilayah, kw), eq(ownerSignups.id, id)));
      return row;
    },

    /**
     * Takes one attempt before the code is compared, in one statement: guesses sent in parallel each take
     * their own attempt, so no more than `max` are ever compared. Undefined when none is left (or the
     * sign-up is used or expired).
     */
    async takeAttempt(kw: string, id: string, max: number, now: Date): Promise<{ codeHash: string; attempts: number } | undefined> {
      const [row] = await db
        .update(ownerSignups)
        .set({ attempts: sql`${ownerSignups.attempts} + 1` })
        .where(
          and(
            eq(ownerSignups.kodeWilayah, kw), eq(ownerSignups.id, id), sql`${ownerSignups.attempts} < ${max}`, isNull(ownerSignups.usedAt),
            sql`${ownerSignups.expiresAt} > ${now.toISOString()}`,
          ),
        )
        .returning({ codeHash: ownerSignups.codeHash, attempts: ownerSignups.attempts });
      return row;
    },

    /** Marks a sign-up used, once: false when it already was (a double submit). */
    async markUsed(kw: string, id: string, used: boolean): Promise<boolean> {
      const rows = await db
        .update(ownerSignups)
        .set({ usedAt: used ? sql`now()` : null })
        .where(and(eq(ownerSignups.kodeWilayah, kw), eq(ownerSignups.id, id), used ? isNull(ownerSignups.usedAt) : sql`true`))
        .returning({ id: ownerSignups.id });
      return rows.length > 0;
    },

    async ownersByNik(kw: string, nik: string) {
      return db.select({ id: owners.id, fullName: owners.fullName, phone: owners.phone }).from(owners).where(and(eq(owners.kodeWilayah, kw), eq(owners.nik, nik)));
    },

    async businessesOfOwner(kw: string, ownerId: string) {
      return db
        .select()
        .from(businesses)
        .where(and(eq(businesses.kodeWilayah, kw), eq(businesses.ownerId, ownerId), isNull(businesses.deletedAt)))
        .orderBy(businesses.name);
    },

    /** The latest statement of needs per business. */
    async latestNeeds(kw: string, businessIds: string[]) {
      if (!businessIds.length) return [];
      return queryRows<{ business_id: string; needs: string[]; note: string | null; created_at: string | Date }>(
        db,
        sql`select distinct on (business_id) business_id, needs, note, created_at from ${businessNeeds}
          where kode_wilayah = ${kw} and business_id in (${sql.join(businessIds.map((id) => sql`${id}::uuid`), sql`, `)})
          order by business_id, created_at desc`,
      );
    },

    /** Statements of needs, several in one statement (the demo seeds 1,500; 6 bind parameters each). */
    async insertNeeds(tx: Db, rows: (typeof businessNeeds.$inferInsert)[]): Promise<void> {
      if (rows.length) await tx.insert(businessNeeds).values(rows);
    },

    async insertClaim(tx: Db, row: typeof ownerClaims.$inferInsert): Promise<void> {
      await tx.insert(ownerClaims).values(row);
    },

    async claimsOfUser(kw: string, userId: string): Promise<ClaimRow[]> {
      return db.select().from(ownerClaims).where(and(eq(ownerClaims.kodeWilayah, kw), eq(ownerClaims.userId, userId))).orderBy(desc(ownerClaims.createdAt));
    },

    async getClaim(kw: string, id: string): Promise<ClaimRow | undefined> {
      const [row] = await db.select().from(ownerClaims).where(and(eq(ownerClaims.kodeWilayah, kw), eq(ownerClaims.id, id)));
      return row;
    },

    /** Claims of a regency with the account behind each (name and phone): pending oldest first (a queue), decided newest first. */
    async listClaims(kw: string, status: ClaimRow['status'], where?: { id: string }) {
      return db
        .select({ claim: ownerClaims, userName: users.displayName, phone: users.username })
        .from(ownerClaims)
        .innerJoin(users, eq(users.id, ownerClaims.userId))
        .where(and(eq(ownerClaims.kodeWilayah, kw), eq(ownerClaims.status, status), where ? eq(ownerClaims.id, where.id) : undefined))
        .orderBy(status === 'pending' ? asc(ownerClaims.createdAt) : desc(ownerClaims.decidedAt))
        .limit(200);
    },

    /** Owners' names and phones, and their businesses' names, for a page of claims (two queries, not two per claim). */
    async ownersWithBusinesses(kw: string, ownerIds: string[]) {
      if (!ownerIds.length) return { owners: [], businesses: [] };
      const [ownerRows, businessRows] = await Promise.all([
        db.select({ id: owners.id, fullName: owners.fullName, phone: owners.phone }).from(owners).where(and(eq(owners.kodeWilayah, kw), inArray(owners.id, ownerIds))),
        db
          .select({ ownerId: businesses.ownerId, name: businesses.name })
          .from(businesses)
          .where(and(eq(businesses.kodeWilayah, kw), inArray(businesses.ownerId, ownerIds), isNull(businesses.deletedAt)))
          .orderBy(businesses.name),
      ]);
      return { owners: ownerRows, businesses: businessRows };
    },

    /** Sets a claim's fields whatever its status (to put a claim back when its approval could not finish). */
    async setClaim(kw: string, id: string, fields: Partial<typeof ownerClaims.$inferInsert>): Promise<void> {
      await db.update(ownerClaims).set(fields).where(and(eq(ownerClaims.kodeWilayah, kw), eq(ownerClaims.id, id)));
    },

    /** Decides a pending claim; undefined when someone decided it first. */
    async decideClaim(tx: Db, kw: string, id: string, fields: Partial<typeof ownerClaims.$inferInsert>): Promise<ClaimRow | undefined> {
      const [row] = await tx
        .update(ownerClaims)
        .set(fields)
        .where(and(eq(ownerClaims.kodeWilayah, kw), eq(ownerClaims.id, id), eq(ownerClaims.status, 'pending')))
        .returning();
      return row;
    },
  };
}

export type PortalRepository = ReturnType<typeof createPortalRepository>;
