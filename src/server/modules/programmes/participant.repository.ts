import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query';
import { businesses, licences, owners } from '../registry/registry.table';
import { attendance, certificates, participants, programmeBatches, programmes, programmeSessions, SEATED_SQL } from './programme.table';

export type ParticipantRow = typeof participants.$inferSelect;
type NewParticipant = typeof participants.$inferInsert;

/** A participant with what screening and lists need from the registry. */
export interface ParticipantFacts {
  participant: ParticipantRow;
  businessName: string;
  ownerName: string;
  ownerPhone: string | null;
  gender: 'L' | 'P' | null;
  kecamatanCode: string;
  scale: 'micro' | 'small' | 'medium' | 'large';
  sector: string;
  startYear: number | null;
  licenceKinds: string[];
  attended: number;
  certificateId: string | null;
  certificateRevoked: boolean;
}

const factsColumns = {
  participant: participants,
  businessName: businesses.name,
  ownerName: owners.fullName,
  ownerPhone: owners.phone,
  gender: owners.gender,
  kecamatanCode: businesses.kecamatanCode,
  scale: businesses.scale,
  sector: businesses.sector,
  startYear: businesses.startYear,
  licenceKinds: sql<string[]>`array(select distinct l.kind from ${licences} l where l.kode_wilayah = ${participants.kodeWilayah}
    and l.business_id = ${participants.businessId})`,
  attended: sql<number>`(select count(*) from ${attendance} a where a.kode_wilayah = ${participants.kodeWilayah}
    and a.participant_id = ${participants.id})`.mapWith(Number),
  certificateId: sql<string | null>`(select c.id from ${certificates} c where c.kode_wilayah = ${participants.kodeWilayah}
    and c.participant_id = ${participants.id} and c.revoked_at is null)`,
  certificateRevoked: sql<boolean>`exists (select 1 from ${certificates} c where c.kode_wilayah = ${participants.kodeWilayah}
    and c.participant_id = ${participants.id} and c.revoked_at is not null)`,
};

/** SQL of participants (nominations and applications), attendance and certificates. */
export function createParticipantRepository(db: Db) {
  function factsQuery(tx: Db) {
    return tx
      .select(factsColumns)
      .from(participants)
      .innerJoin(businesses, and(eq(businesses.kodeWilayah, participants.kodeWilayah), eq(businesses.id, participants.businessId)))
      .innerJoin(owners, and(eq(owners.kodeWilayah, participants.kodeWilayah), eq(owners.id, participants.ownerId)));
  }

  return {
    /** Inserts a nomination; undefined when the business is already in this programme (the unique key). */
    async insert(tx: Db, row: NewParticipant): Promise<ParticipantRow | undefined> {
      const [inserted] = await tx.insert(participants).values(row).onConflictDoNothing().returning();
      return inserted;
    },

    async findByBusiness(kw: string, programmeId: string, businessId: string, tx: Db = db): Promise<ParticipantRow | undefined> {
      const [row] = await tx
        .select()
        .from(participants)
        .where(and(eq(participants.kodeWilayah, kw), eq(participants.programmeId, programmeId), eq(participants.businessId, businessId)));
      return row;
    },

    async get(kw: string, id: string, tx: Db = db): Promise<ParticipantRow | undefined> {
      const [row] = await tx.select().from(participants).where(and(eq(participants.kodeWilayah, kw), eq(participants.id, id)));
      return row;
    },

    /** Updates when `version` is current; undefined when someone decided meanwhile. */
    async update(tx: Db, kw: string, id: string, version: number, fields: Partial<NewParticipant>): Promise<ParticipantRow | undefined> {
      const [row] = await tx
        .update(participants)
        .set({ ...fields, version: sql`${participants.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(participants.kodeWilayah, kw), eq(participants.id, id), eq(participants.version, version)))
        .returning();
      return row;
    },

    async factsOfBatch(kw: string, batchId: string, tx: Db = db): Promise<ParticipantFacts[]> {
      return factsQuery(tx)
        .where(and(eq(participants.kodeWilayah, kw), eq(participants.batchId, batchId)))
        .orderBy(asc(participants.createdAt));
    },

    async factsOf(kw: string, id: string, tx: Db = db): Promise<ParticipantFacts | undefined> {
      const [row] = await factsQuery(tx).where(and(eq(participants.kodeWilayah, kw), eq(participants.id, id)));
      return row;
    },

    /** Earlier participations of these businesses in other programmes of the same kind and topic. */
    async historyOf(kw: string, businessIds: string[], programme: { id: string; kind: string; topic: string }, tx: Db = db) {
      if (!businessIds.length) return [];
      return queryRows<{ business_id: string; programme_id: string; year: number; status: ParticipantRow['status'] }>(
        tx,
        sql`select p.business_id, p.programme_id, g.year, p.status from ${participants} p
          join ${programmes} g on g.kode_wilayah = p.kode_wilayah and g.id = p.programme_id
          where p.kode_wilayah = ${kw} and p.programme_id <> ${programme.id} and g.kind = ${programme.kind} and g.topic = ${programme.topic}
            and p.business_id in (${sql.join(businessIds.map((id) => sql`${id}::uuid`), sql`, `)})`,
      );
    },

    /** Accepted (or finished) participants of a programme per kecamatan, for quotas. */
    async acceptedPerKecamatan(kw: string, programmeId: string, tx: Db = db): Promise<Record<string, number>> {
      const rows = await queryRows<{ kecamatan_code: string; n: string }>(
        tx,
        sql`select b.kecamatan_code, count(*) as n from ${participants} p
          join ${businesses} b on b.kode_wilayah = p.kode_wilayah and b.id = p.business_id
          where p.kode_wilayah = ${kw} and p.programme_id = ${programmeId} and p.status in ${SEATED_SQL}
          group by b.kecamatan_code`,
      );
      return Object.fromEntries(rows.map((r) => [r.kecamatan_code, Number(r.n)]));
    },

    async acceptedCount(tx: Db, kw: string, batchId: string): Promise<number> {
      const [row] = await queryRows<{ n: string }>(tx, sql`select count(*) as n from ${participants}
        where kode_wilayah = ${kw} and batch_id = ${batchId} and status in ${SEATED_SQL}`);
      return Number(row?.n ?? 0);
    },

    /** Records a check-in; false when this participant was already checked in to the session. */
    async checkIn(tx: Db, row: typeof attendance.$inferInsert): Promise<{ inserted: boolean; checkedInAt: Date }> {
      const [inserted] = await tx.insert(attendance).values(row).onConflictDoNothing().returning();
      if (inserted) return { inserted: true, checkedInAt: inserted.checkedInAt };
      const [existing] = await tx
        .select()
        .from(attendance)
        .where(and(eq(attendance.kodeWilayah, row.kodeWilayah), eq(attendance.sessionId, row.sessionId), eq(attendance.participantId, row.participantId)));
      return { inserted: false, checkedInAt: existing!.checkedInAt };
    },

    /** Accepted participants of a session's batch with their check-in in that session, if any. */
    async attendanceOfSession(kw: string, sessionId: string, batchId: string) {
      return db
        .select({
          participantId: participants.id,
          ownerName: owners.fullName,
          businessName: businesses.name,
          checkedInAt: attendance.checkedInAt,
          method: attendance.method,
        })
        .from(participants)
        .innerJoin(businesses, and(eq(businesses.kodeWilayah, participants.kodeWilayah), eq(businesses.id, participants.businessId)))
        .innerJoin(owners, and(eq(owners.kodeWilayah, participants.kodeWilayah), eq(owners.id, participants.ownerId)))
        .leftJoin(
          attendance,
          and(eq(attendance.kodeWilayah, participants.kodeWilayah), eq(attendance.participantId, participants.id), eq(attendance.sessionId, sessionId)),
        )
        .where(and(eq(participants.kodeWilayah, kw), eq(participants.batchId, batchId), sql`${participants.status} in ${SEATED_SQL}`))
        .orderBy(asc(owners.fullName));
    },

    /** Session ids a participant attended. */
    async attendedSessions(kw: string, participantIds: string[]): Promise<{ participantId: string; sessionId: string }[]> {
      if (!participantIds.length) return [];
      return db
        .select({ participantId: attendance.participantId, sessionId: attendance.sessionId })
        .from(attendance)
        .where(and(eq(attendance.kodeWilayah, kw), sql`${attendance.participantId} in (${sql.join(participantIds.map((id) => sql`${id}::uuid`), sql`, `)})`));
    },

    /**
     * The next certificate serial of the regency and year. A transaction-scoped advisory lock per regency
     * serialises numbering, so two batches completed at once never draw the same number.
     */
    async nextCertificateSerial(tx: Db, kw: string, year: number): Promise<number> {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'certificates:' + kw}))`);
      const [row] = await queryRows<{ n: string }>(tx, sql`select count(*) as n from ${certificates}
        where kode_wilayah = ${kw} and number like ${'%/' + year}`);
      return Number(row?.n ?? 0) + 1;
    },

    /** Revokes a certificate once; undefined when it is unknown or already revoked. */
    async revokeCertificate(tx: Db, kw: string, id: string, fields: { revokedByName: string; revokeReason: string }) {
      const [row] = await tx
        .update(certificates)
        .set({ ...fields, revokedAt: sql`now()` })
        .where(and(eq(certificates.kodeWilayah, kw), eq(certificates.id, id), sql`${certificates.revokedAt} is null`))
        .returning();
      return row;
    },

    async insertCertificate(tx: Db, row: typeof certificates.$inferInsert): Promise<void> {
      await tx.insert(certificates).values(row).onConflictDoNothing();
    },

    /** A certificate with everything printed on it. */
    async certificate(kw: string, where: { id: string } | { code: string }) {
      const [row] = await db
        .select({
          certificate: certificates,
          participant: participants,
          ownerName: owners.fullName,
          businessName: businesses.name,
          programmeTitle: programmes.title,
          batchName: programmeBatches.name,
          startsOn: programmeBatches.startsOn,
          endsOn: programmeBatches.endsOn,
        })
        .from(certificates)
        .innerJoin(participants, and(eq(participants.kodeWilayah, certificates.kodeWilayah), eq(participants.id, certificates.participantId)))
        .innerJoin(businesses, and(eq(businesses.kodeWilayah, participants.kodeWilayah), eq(businesses.id, participants.businessId)))
        .innerJoin(owners, and(eq(owners.kodeWilayah, participants.kodeWilayah), eq(owners.id, participants.ownerId)))
        .innerJoin(programmes, and(eq(programmes.kodeWilayah, participants.kodeWilayah), eq(programmes.id, participants.programmeId)))
        .innerJoin(programmeBatches, and(eq(programmeBatches.kodeWilayah, participants.kodeWilayah), eq(programmeBatches.id, participants.batchId)))
        .where(and(eq(certificates.kodeWilayah, kw), 'id' in where ? eq(certificates.id, where.id) : eq(certificates.code, where.code)));
      return row;
    },

    /** An owner's participations with programme, batch and business, newest first. */
    async ofOwner(kw: string, ownerId: string) {
      return db
        .select({
          participant: participants,
          programmeTitle: programmes.title,
          batch: programmeBatches,
          businessName: businesses.name,
          certificateId: factsColumns.certificateId,
        })
        .from(participants)
        .innerJoin(programmes, and(eq(programmes.kodeWilayah, participants.kodeWilayah), eq(programmes.id, participants.programmeId)))
        .innerJoin(programmeBatches, and(eq(programmeBatches.kodeWilayah, participants.kodeWilayah), eq(programmeBatches.id, participants.batchId)))
        .innerJoin(businesses, and(eq(businesses.kodeWilayah, participants.kodeWilayah), eq(businesses.id, participants.businessId)))
        .where(and(eq(participants.kodeWilayah, kw), eq(participants.ownerId, ownerId)))
        .orderBy(sql`${participants.createdAt} desc`);
    },

    /** Sessions of a set of batches (for the owner's status page). */
    async sessionsOfBatches(kw: string, batchIds: string[]) {
      if (!batchIds.length) return [];
      return db
        .select()
        .from(programmeSessions)
        .where(and(eq(programmeSessions.kodeWilayah, kw), sql`${programmeSessions.batchId} in (${sql.join(batchIds.map((id) => sql`${id}::uuid`), sql`, `)})`))
        .orderBy(asc(programmeSessions.startsAt));
    },

    /** Accepted participants of a batch with a phone, for reminders. */
    async acceptedWithPhone(kw: string, batchId: string) {
      return db
        .select({ participantId: participants.id, phone: owners.phone })
        .from(participants)
        .innerJoin(owners, and(eq(owners.kodeWilayah, participants.kodeWilayah), eq(owners.id, participants.ownerId)))
        .where(and(eq(participants.kodeWilayah, kw), eq(participants.batchId, batchId), eq(participants.status, 'accepted'), sql`${owners.phone} is not null`));
    },
  };
}

export type ParticipantRepository = ReturnType<typeof createParticipantRepository>;
