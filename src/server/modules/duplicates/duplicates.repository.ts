import { and, count, desc, eq, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import type { RegistryScope } from '../registry/registry.policy';
import { businesses, licences, owners } from '../registry/registry.table';
import { duplicatePairs, merges, type PairStatus } from './duplicates.table';
import type { CandidatePair } from './pair-finder';
import type { MatchRecord } from './match-score';

export type PairRow = typeof duplicatePairs.$inferSelect;
export type MergeRow = typeof merges.$inferSelect;

const a = alias(businesses, 'a');
const b = alias(businesses, 'b');

/** Both records of a pair inside the scope (an assistant sees pairs within their kecamatan only). */
function pairScope(scope: RegistryScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'kecamatan') return and(inArray(a.kecamatanCode, scope.codes), inArray(b.kecamatanCode, scope.codes));
  return sql`false`;
}

/** SQL of the duplicate queue and merges. */
export function createDuplicatesRepository(db: Db) {
  return {
    /** Live businesses in id order, in batches, as the matcher reads them (keyset paging: no OFFSET). */
    async *matchBatches(kw: string, size = 20_000): AsyncGenerator<MatchRecord[]> {
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows = await db
          .select({
            id: businesses.id,
            businessName: businesses.name,
            ownerName: owners.fullName,
            nik: owners.nik,
            phone: owners.phone,
            nib: sql<string | null>`(select ${licences.number} from ${licences} where ${licences.kodeWilayah} = ${kw}
              and ${licences.businessId} = ${businesses.id} and ${licences.kind} = 'NIB' limit 1)`,
            kecamatanCode: businesses.kecamatanCode,
            desaCode: businesses.desaCode,
          })
          .from(businesses)
          .innerJoin(owners, and(eq(owners.kodeWilayah, businesses.kodeWilayah), eq(owners.id, businesses.ownerId)))
          .where(and(eq(businesses.kodeWilayah, kw), isNull(businesses.deletedAt), gt(businesses.id, after)))
          .orderBy(businesses.id)
          .limit(size);
        if (!rows.length) return;
        yield rows;
        after = rows[rows.length - 1]!.id;
        if (rows.length < size) return;
      }
    },

    /** Stores new candidate pairs; a pair already known (open, decided or merged) is left as it is. */
    async insertPairs(kw: string, pairs: CandidatePair[], newId: () => string): Promise<number> {
      let inserted = 0;
      for (let i = 0; i < pairs.length; i += 2000) {
        const rows = pairs.slice(i, i + 2000).map((p) => ({
          kodeWilayah: kw, id: newId(), businessA: p.a, businessB: p.b, score: p.score, reasons: p.reasons,
        }));
        const done = await db.insert(duplicatePairs).values(rows).onConflictDoNothing().returning({ id: duplicatePairs.id });
        inserted += done.length;
      }
      return inserted;
    },

    /** Open pairs at or above a score (auto-merge), both records still live. */
    openPairsAbove(kw: string, minScore: number): Promise<PairRow[]> {
      return db
        .select({ pair: duplicatePairs })
        .from(duplicatePairs)
        .innerJoin(a, and(eq(a.kodeWilayah, duplicatePairs.kodeWilayah), eq(a.id, duplicatePairs.businessA), isNull(a.deletedAt)))
        .innerJoin(b, and(eq(b.kodeWilayah, duplicatePairs.kodeWilayah), eq(b.id, duplicatePairs.businessB), isNull(b.deletedAt)))
        .where(and(eq(duplicatePairs.kodeWilayah, kw), eq(duplicatePairs.status, 'open'), sql`${duplicatePairs.score} >= ${minScore}`))
        .orderBy(desc(duplicatePairs.score))
        .then((rows) => rows.map((r) => r.pair));
    },

    /** A page of the queue, best first; open pairs whose record was merged away or deleted are hidden. */
    async listPairs(kw: string, status: PairStatus, scope: RegistryScope, page: number, pageSize: number) {
      const where = and(
        eq(duplicatePairs.kodeWilayah, kw),
        eq(duplicatePairs.status, status),
        status === 'open' ? and(isNull(a.deletedAt), isNull(b.deletedAt)) : undefined,
        pairScope(scope),
      );
      const from = () =>
        db
          .select({ pair: duplicatePairs })
          .from(duplicatePairs)
          .innerJoin(a, and(eq(a.kodeWilayah, duplicatePairs.kodeWilayah), eq(a.id, duplicatePairs.businessA)))
          .innerJoin(b, and(eq(b.kodeWilayah, duplicatePairs.kodeWilayah), eq(b.id, duplicatePairs.businessB)))
          .where(where);
      const [items, [total]] = await Promise.all([
        from()
          .orderBy(status === 'open' ? desc(duplicatePairs.score) : desc(duplicatePairs.decidedAt), duplicatePairs.id)
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db
          .select({ n: count() })
          .from(duplicatePairs)
          .innerJoin(a, and(eq(a.kodeWilayah, duplicatePairs.kodeWilayah), eq(a.id, duplicatePairs.businessA)))
          .innerJoin(b, and(eq(b.kodeWilayah, duplicatePairs.kodeWilayah), eq(b.id, duplicatePairs.businessB)))
          .where(where),
      ]);
      return { items: items.map((r) => r.pair), total: Number(total?.n ?? 0) };
    },

    /** Businesses with their owner and NIB, for side-by-side cards (deleted ones too: merged history). */
    cards(kw: string, ids: string[]) {
      if (!ids.length) return Promise.resolve([]);
      return db
        .select({
          business: businesses,
          ownerName: owners.fullName,
          nik: owners.nik,
          phone: owners.phone,
          nib: sql<string | null>`(select ${licences.number} from ${licences} where ${licences.kodeWilayah} = ${kw}
            and ${licences.businessId} = ${businesses.id} and ${licences.kind} = 'NIB' limit 1)`,
        })
        .from(businesses)
        .innerJoin(owners, and(eq(owners.kodeWilayah, businesses.kodeWilayah), eq(owners.id, businesses.ownerId)))
        .where(and(eq(businesses.kodeWilayah, kw), inArray(businesses.id, ids)));
    },

    async findPair(kw: string, id: string, tx: Db = db): Promise<PairRow | undefined> {
      const [row] = await tx.select().from(duplicatePairs).where(and(eq(duplicatePairs.kodeWilayah, kw), eq(duplicatePairs.id, id)));
      return row;
    },

    /** Changes a pair's status only if it still has the expected one (two people deciding at once). */
    async setPairStatus(kw: string, id: string, from: PairStatus, values: Partial<typeof duplicatePairs.$inferInsert>, tx: Db = db) {
      const [row] = await tx
        .update(duplicatePairs)
        .set(values)
        .where(and(eq(duplicatePairs.kodeWilayah, kw), eq(duplicatePairs.id, id), eq(duplicatePairs.status, from)))
        .returning();
      return row;
    },

    async insertMerge(tx: Db, row: typeof merges.$inferInsert): Promise<MergeRow> {
      const [created] = await tx.insert(merges).values(row).returning();
      return created!;
    },

    async findMerge(kw: string, id: string): Promise<MergeRow | undefined> {
      const [row] = await db.select().from(merges).where(and(eq(merges.kodeWilayah, kw), eq(merges.id, id)));
      return row;
    },

    async markMergeUndone(tx: Db, kw: string, id: string, byName: string): Promise<MergeRow | undefined> {
      const [row] = await tx
        .update(merges)
        .set({ undoneAt: new Date(), undoneByName: byName })
        .where(and(eq(merges.kodeWilayah, kw), eq(merges.id, id), isNull(merges.undoneAt)))
        .returning();
      return row;
    },

    /** Merges, newest first, with both names, one page and the total; limited to the scope like the queue. */
    async listMerges(kw: string, scope: RegistryScope, page: number, pageSize: number) {
      const where = and(eq(merges.kodeWilayah, kw), pairScope(scope));
      const [items, [total]] = await Promise.all([
        db
          .select({ merge: merges, survivorName: a.name, mergedName: b.name })
          .from(merges)
          .innerJoin(a, and(eq(a.kodeWilayah, merges.kodeWilayah), eq(a.id, merges.survivorId)))
          .innerJoin(b, and(eq(b.kodeWilayah, merges.kodeWilayah), eq(b.id, merges.mergedId)))
          .where(where)
          .orderBy(desc(merges.createdAt), desc(merges.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db
          .select({ n: count() })
          .from(merges)
          .innerJoin(a, and(eq(a.kodeWilayah, merges.kodeWilayah), eq(a.id, merges.survivorId)))
          .innerJoin(b, and(eq(b.kodeWilayah, merges.kodeWilayah), eq(b.id, merges.mergedId)))
          .where(where),
      ]);
      return { items, total: Number(total?.n ?? 0) };
    },
  };
}

export type DuplicatesRepository = ReturnType<typeof createDuplicatesRepository>;
