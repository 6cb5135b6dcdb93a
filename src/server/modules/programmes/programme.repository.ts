import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query';
import { attendance, participants, programmeBatches, programmes, programmeSessions, SEATED_SQL } from './programme.table';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type BatchRow = typeof programmeBatches.$inferSelect;
export type SessionRow = typeof programmeSessions.$inferSelect;
type NewProgramme = typeof programmes.$inferInsert;

/** Batch counts by participant status, for capacity meters and lists. */
export interface BatchCounts {
  batchId: string;
  accepted: number;
  waitlisted: number;
  applied: number;
}

/** SQL of programmes, batches and sessions. Participants and attendance live in participant.repository.ts. */
export function createProgrammeRepository(db: Db) {
  return {
    async insertProgramme(tx: Db, row: NewProgramme): Promise<ProgrammeRow> {
      const [inserted] = await tx.insert(programmes).values(row).returning();
      return inserted!;
    },

    /** Updates when `version` is current; undefined when someone changed it meanwhile. */
    async updateProgramme(tx: Db, kw: string, id: string, version: number, fields: Partial<NewProgramme>): Promise<ProgrammeRow | undefined> {
      const [row] = await tx
        .update(programmes)
        .set({ ...fields, version: sql`${programmes.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(programmes.kodeWilayah, kw), eq(programmes.id, id), eq(programmes.version, version)))
        .returning();
      return row;
    },

    async getProgramme(kw: string, id: string, tx: Db = db): Promise<ProgrammeRow | undefined> {
      const [row] = await tx.select().from(programmes).where(and(eq(programmes.kodeWilayah, kw), eq(programmes.id, id)));
      return row;
    },

    /** Programmes newest first, with how many were accepted or completed and how many batches. */
    async listProgrammes(kw: string, filter: { year?: number; status?: string }) {
      const conditions = [eq(programmes.kodeWilayah, kw)];
      if (filter.year) conditions.push(eq(programmes.year, filter.year));
      if (filter.status) conditions.push(eq(programmes.status, filter.status as ProgrammeRow['status']));
      return db
        .select({
          programme: programmes,
          // Qualified by hand: in a one-table select Drizzle writes bare column names, which inside the
          // subquery would bind to the subquery's own table.
          realised: sql<number>`(select count(*) from ${participants} p where p.kode_wilayah = programmes.kode_wilayah
            and p.programme_id = programmes.id and p.status in ${SEATED_SQL})`.mapWith(Number),
          batchCount: sql<number>`(select count(*) from ${programmeBatches} b where b.kode_wilayah = programmes.kode_wilayah
            and b.programme_id = programmes.id)`.mapWith(Number),
        })
        .from(programmes)
        .where(and(...conditions))
        .orderBy(desc(programmes.year), desc(programmes.createdAt))
        .limit(500);
    },

    async realisedOf(kw: string, programmeId: string): Promise<number> {
      const [row] = await queryRows<{ n: string }>(db, sql`select count(*) as n from ${participants}
        where kode_wilayah = ${kw} and programme_id = ${programmeId} and status in ${SEATED_SQL}`);
      return Number(row?.n ?? 0);
    },

    async insertBatch(tx: Db, row: typeof programmeBatches.$inferInsert): Promise<BatchRow> {
      const [inserted] = await tx.insert(programmeBatches).values(row).returning();
      return inserted!;
    },

    async updateBatch(tx: Db, kw: string, id: string, fields: Partial<typeof programmeBatches.$inferInsert>): Promise<BatchRow | undefined> {
      const [row] = await tx
        .update(programmeBatches)
        .set(fields)
        .where(and(eq(programmeBatches.kodeWilayah, kw), eq(programmeBatches.id, id)))
        .returning();
      return row;
    },

    async getBatch(kw: string, id: string, tx: Db = db): Promise<BatchRow | undefined> {
      const [row] = await tx.select().from(programmeBatches).where(and(eq(programmeBatches.kodeWilayah, kw), eq(programmeBatches.id, id)));
      return row;
    },

    /**
     * Locks a batch row until the transaction ends: every seat decision of the batch goes through it,
     * so two officers accepting the last seat at once are served one after the other.
     */
    async lockBatch(tx: Db, kw: string, id: string): Promise<BatchRow | undefined> {
      const [row] = await tx
        .select()
        .from(programmeBatches)
        .where(and(eq(programmeBatches.kodeWilayah, kw), eq(programmeBatches.id, id)))
        .for('update');
      return row;
    },

    async batchesOf(kw: string, programmeId: string): Promise<BatchRow[]> {
      return db
        .select()
        .from(programmeBatches)
        .where(and(eq(programmeBatches.kodeWilayah, kw), eq(programmeBatches.programmeId, programmeId)))
        .orderBy(asc(programmeBatches.startsOn), asc(programmeBatches.createdAt));
    },

    async batchCounts(kw: string, batchIds: string[], tx: Db = db): Promise<BatchCounts[]> {
      if (!batchIds.length) return [];
      const rows = await tx
        .select({
          batchId: participants.batchId,
          accepted: sql<number>`count(*) filter (where ${participants.status} in ${SEATED_SQL})`.mapWith(Number),
          waitlisted: sql<number>`count(*) filter (where ${participants.status} = 'waitlisted')`.mapWith(Number),
          applied: sql<number>`count(*) filter (where ${participants.status} = 'applied')`.mapWith(Number),
        })
        .from(participants)
        .where(and(eq(participants.kodeWilayah, kw), inArray(participants.batchId, batchIds)))
        .groupBy(participants.batchId);
      return rows;
    },

    async insertSessions(tx: Db, rows: (typeof programmeSessions.$inferInsert)[]): Promise<void> {
      if (rows.length) await tx.insert(programmeSessions).values(rows);
    },

    async getSession(kw: string, id: string, tx: Db = db): Promise<SessionRow | undefined> {
      const [row] = await tx.select().from(programmeSessions).where(and(eq(programmeSessions.kodeWilayah, kw), eq(programmeSessions.id, id)));
      return row;
    },

    /** Deletes a session that nobody attended; false when attendance exists (it is evidence, never dropped). */
    async deleteSessionWithoutAttendance(tx: Db, kw: string, id: string): Promise<boolean> {
      const rows = await queryRows<{ id: string }>(tx, sql`delete from ${programmeSessions} s where s.kode_wilayah = ${kw} and s.id = ${id}
        and not exists (select 1 from ${attendance} a where a.kode_wilayah = s.kode_wilayah and a.session_id = s.id) returning s.id`);
      return rows.length > 0;
    },

    /** Sessions of the batches, in time order, with how many checked in. */
    async sessionsOf(kw: string, batchIds: string[], tx: Db = db) {
      if (!batchIds.length) return [];
      return tx
        .select({
          session: programmeSessions,
          checkedIn: sql<number>`(select count(*) from ${attendance} a where a.kode_wilayah = programme_sessions.kode_wilayah
            and a.session_id = programme_sessions.id)`.mapWith(Number),
        })
        .from(programmeSessions)
        .where(and(eq(programmeSessions.kodeWilayah, kw), inArray(programmeSessions.batchId, batchIds)))
        .orderBy(asc(programmeSessions.startsAt));
    },

    /** Sessions starting in [from, to) in every regency, for the reminder scheduler. */
    async sessionsStartingBetween(from: Date, to: Date) {
      return db
        .select({ session: programmeSessions, batch: programmeBatches, programme: programmes })
        .from(programmeSessions)
        .innerJoin(
          programmeBatches,
          and(eq(programmeBatches.kodeWilayah, programmeSessions.kodeWilayah), eq(programmeBatches.id, programmeSessions.batchId)),
        )
        .innerJoin(programmes, and(eq(programmes.kodeWilayah, programmeBatches.kodeWilayah), eq(programmes.id, programmeBatches.programmeId)))
        .where(sql`${programmeSessions.startsAt} >= ${from.toISOString()} and ${programmeSessions.startsAt} < ${to.toISOString()}`);
    },

    /** Open programmes' batches that have not started or completed, for the owner portal. */
    async openBatches(kw: string, today: string) {
      return db
        .select({ programme: programmes, batch: programmeBatches })
        .from(programmeBatches)
        .innerJoin(programmes, and(eq(programmes.kodeWilayah, programmeBatches.kodeWilayah), eq(programmes.id, programmeBatches.programmeId)))
        .where(
          and(
            eq(programmeBatches.kodeWilayah, kw),
            eq(programmes.status, 'open'),
            sql`${programmeBatches.completedAt} is null and ${programmeBatches.endsOn} >= ${today}`,
          ),
        )
        .orderBy(asc(programmeBatches.startsOn))
        .limit(200);
    },
  };
}

export type ProgrammeRepository = ReturnType<typeof createProgrammeRepository>;
