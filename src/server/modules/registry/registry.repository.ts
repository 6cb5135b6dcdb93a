import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query';
import type { RegistryScope } from './registry.policy';
import type { SearchQuery } from './registry.schemas';
import { businesses, businessMetrics, licences, owners } from './registry.table';
import {
  escapeLike,
  identifierCondition,
  identifierDigits,
  type IdentifierAccess,
  searchIdentifier,
  TOTAL_CAP,
} from './registry.identifier-search';
import { summaryQuery } from './registry.summary';

export type OwnerRow = typeof owners.$inferSelect;
export type BusinessRow = typeof businesses.$inferSelect;
export type LicenceRow = typeof licences.$inferSelect;
export type MetricRow = typeof businessMetrics.$inferSelect;

/** A text query of words: the condition for the trigram index, and its twin for the ordered index walk. */
interface WordSearch {
  kind: 'words';
  condition: SQL;
  dense: SQL;
}

/**
 * What a search box query means. Digits (at least MIN_IDENTIFIER_DIGITS) are NIK, phone or NIB prefixes
 * (registry.identifier-search.ts; whole values only for NIK and phone when the searcher sees them
 * masked). Anything else is words of the names.
 */
function textSearch(q: string): WordSearch | { kind: 'identifier'; digits: string } | undefined {
  const digits = identifierDigits(q);
  if (digits) return { kind: 'identifier', digits };
  const words = q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6);
  if (!words.length) return undefined;
  // Trigrams need three characters: one- or two-letter input means "name starts with" (a range of the
  // COLLATE "C" search text, so both steps use the ordered index).
  if (words.every((w) => w.length < 3)) {
    const prefix = sql`${businesses.searchText} like ${escapeLike(words.join(' ')) + '%'}`;
    return { kind: 'words', condition: prefix, dense: prefix };
  }
  return {
    kind: 'words',
    condition: and(...words.map((w) => sql`${businesses.searchText} like ${'%' + escapeLike(w) + '%'}`))!,
    dense: and(...words.map((w) => sql`strpos(${businesses.searchText}, ${w}) > 0`))!,
  };
}

/** The rows a registry scope may see (exported for bench/proposed, which measures alternative searches). */
export function scopeCondition(scope: RegistryScope): SQL | undefined {
  if (scope.kind === 'kecamatan') return scope.codes.length ? inArray(businesses.kecamatanCode, scope.codes) : sql`false`;
  if (scope.kind === 'owner') return eq(businesses.ownerId, scope.ownerId);
  return undefined;
}

const hasLicence = (kind: string) => sql`exists (select 1 from ${licences} where ${licences.kodeWilayah} = ${businesses.kodeWilayah}
  and ${licences.businessId} = ${businesses.id} and ${licences.kind} = ${kind})`;

/** Has (or, with "-", lacks) a licence kind; NIB through the maintained flag, others through the licences. */
export function legalityCondition(legality: string | undefined): SQL | undefined {
  if (!legality) return undefined;
  const lacks = legality.startsWith('-');
  const kind = lacks ? legality.slice(1) : legality;
  if (kind === 'NIB') return eq(businesses.hasNib, !lacks);
  return lacks ? sql`not ${hasLicence(kind)}` : hasLicence(kind);
}

/** The conditions of a registry filter (everything but the text search); bench/proposed reuses them. */
export function filtersOf(kw: string, scope: RegistryScope, query: Omit<SearchQuery, 'page' | 'pageSize'>): SQL | undefined {
  return and(
    eq(businesses.kodeWilayah, kw),
    isNull(businesses.deletedAt),
    scopeCondition(scope),
    query.kecamatan ? eq(businesses.kecamatanCode, query.kecamatan) : undefined,
    query.desa ? eq(businesses.desaCode, query.desa) : undefined,
    query.scale?.length ? inArray(businesses.scale, query.scale) : undefined,
    query.sector?.length ? inArray(businesses.sector, query.sector) : undefined,
    query.status?.length ? inArray(businesses.status, query.status) : undefined,
    legalityCondition(query.legality),
  );
}

/** SQL for owners, businesses, their licences and metric history. */
export function createRegistryRepository(db: Db) {
  const pageQuery = (where: SQL | undefined) => summaryQuery(db, where);

  /**
   * Text search in search_text order (the lower-cased name, then the owner's name). First, at most
   * TOTAL_CAP + 1 matches are fetched the cheapest way (trigram index) and sorted: exact page and count
   * when the words are rare. When they are common, the page comes from walking the covering
   * businesses_search_order_idx in order, testing the words on index tuples with strpos (which the
   * trigram index cannot serve, so the walk is the plan), stopping as soon as the page is full.
   */
  async function searchWords(kw: string, filters: SQL | undefined, text: WordSearch, limit: number, offset: number) {
    const order = [asc(businesses.searchText), asc(businesses.id)];
    const [few] = await queryRows<{ n: number | string; ids: string[] | null }>(
      db,
      sql`with m as materialized (
            select ${businesses.id} as id, ${businesses.searchText} as k from ${businesses}
            where ${and(filters, text.condition)} limit ${TOTAL_CAP + 1})
          select (select count(*) from m) as n,
                 (select array_agg(p.id::text order by p.k, p.id)
                  from (select id, k from m order by k, id limit ${limit} offset ${offset}) p) as ids`,
    );
    const n = Number(few?.n ?? 0);
    if (n <= TOTAL_CAP) {
      const ids = few?.ids ?? [];
      const items = ids.length ? await pageQuery(and(eq(businesses.kodeWilayah, kw), inArray(businesses.id, ids))).orderBy(...order) : [];
      return { items, total: n, totalIsCapped: false };
    }
    const pageIds = sql`select ${businesses.id} from ${businesses} where ${and(filters, text.dense)}
      order by ${businesses.searchText}, ${businesses.id} limit ${limit} offset ${offset}`;
    const items = await pageQuery(and(eq(businesses.kodeWilayah, kw), sql`${businesses.id} in (${pageIds})`)).orderBy(...order);
    return { items, total: TOTAL_CAP, totalIsCapped: true };
  }

  return {
    /**
     * One page of businesses matching the query inside the scope, ordered by name, and a capped count.
     * `access` says whether NIK and phone prefixes may match (see IdentifierAccess).
     */
    async search(kw: string, scope: RegistryScope, query: SearchQuery, access: IdentifierAccess = { personalPrefixes: true }) {
      const filters = filtersOf(kw, scope, query);
      const limit = query.pageSize;
      const offset = (query.page - 1) * query.pageSize;
      const text = query.q ? textSearch(query.q) : undefined;
      if (text?.kind === 'words') return searchWords(kw, filters, text, limit, offset);
      if (text?.kind === 'identifier') {
        return searchIdentifier(db, { kw, filters, q: query.q!, digits: text.digits, access, limit, offset });
      }
      const where = filters;
      const items = await pageQuery(where).orderBy(asc(businesses.name), asc(businesses.id)).limit(limit).offset(offset);
      const [counted] = await queryRows<{ n: number | string }>(
        db,
        sql`select count(*) as n from (select 1 from ${businesses} where ${where} limit ${TOTAL_CAP + 1}) capped`,
      );
      const total = Number(counted?.n ?? 0);
      return { items, total: Math.min(total, TOTAL_CAP), totalIsCapped: total > TOTAL_CAP };
    },

    /** Every business matching a filter, in id order, batch by batch (keyset paging), for exports. */
    async *exportBatches(
      kw: string,
      scope: RegistryScope,
      query: Omit<SearchQuery, 'page' | 'pageSize'>,
      access: IdentifierAccess = { personalPrefixes: true },
      size = 5000,
    ) {
      const text = query.q ? textSearch(query.q) : undefined;
      const textCondition =
        text?.kind === 'identifier' ? identifierCondition(kw, query.q!, text.digits, access) : text?.condition;
      const where = and(filtersOf(kw, scope, query), textCondition);
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows = await db
          .select({
            id: businesses.id, name: businesses.name, ownerName: owners.fullName, nik: owners.nik, phone: owners.phone,
            address: businesses.address, kecamatanCode: businesses.kecamatanCode, desaCode: businesses.desaCode,
            sector: businesses.sector, kbli: businesses.kbli, scale: businesses.scale, status: businesses.status,
            annualSales: businesses.annualSales, capital: businesses.capital, workersMale: businesses.workersMale,
            workersFemale: businesses.workersFemale, startYear: businesses.startYear,
            nib: sql<string | null>`(select ${licences.number} from ${licences} where ${licences.kodeWilayah} = ${kw}
              and ${licences.businessId} = ${businesses.id} and ${licences.kind} = 'NIB' limit 1)`,
          })
          .from(businesses)
          .innerJoin(owners, and(eq(owners.kodeWilayah, businesses.kodeWilayah), eq(owners.id, businesses.ownerId)))
          .where(and(where, sql`${businesses.id} > ${after}`))
          .orderBy(asc(businesses.id))
          .limit(size);
        if (!rows.length) return;
        yield rows;
        after = rows[rows.length - 1]!.id;
        if (rows.length < size) return;
      }
    },

    async findBusiness(kw: string, id: string, tx: Db = db): Promise<BusinessRow | undefined> {
      const [row] = await tx
        .select()
        .from(businesses)
        .where(and(eq(businesses.kodeWilayah, kw), eq(businesses.id, id), isNull(businesses.deletedAt)));
      return row;
    },

    async findOwner(kw: string, id: string, tx: Db = db): Promise<OwnerRow | undefined> {
      const [row] = await tx.select().from(owners).where(and(eq(owners.kodeWilayah, kw), eq(owners.id, id)));
      return row;
    },

    async countBusinessesOfOwner(kw: string, ownerId: string): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(businesses)
        .where(and(eq(businesses.kodeWilayah, kw), eq(businesses.ownerId, ownerId), isNull(businesses.deletedAt)));
      return row?.n ?? 0;
    },

    /** Kecamatan where an owner has live businesses (to decide whether an assistant may attach to them). */
    async kecamatanOfOwner(kw: string, ownerId: string): Promise<string[]> {
      const rows = await db
        .selectDistinct({ k: businesses.kecamatanCode })
        .from(businesses)
        .where(and(eq(businesses.kodeWilayah, kw), eq(businesses.ownerId, ownerId), isNull(businesses.deletedAt)));
      return rows.map((r) => r.k);
    },

    listLicences: (kw: string, businessId: string, tx: Db = db): Promise<LicenceRow[]> =>
      tx
        .select()
        .from(licences)
        .where(and(eq(licences.kodeWilayah, kw), eq(licences.businessId, businessId)))
        .orderBy(asc(licences.kind), asc(licences.createdAt)),

    listMetrics: (kw: string, businessId: string): Promise<MetricRow[]> =>
      db
        .select()
        .from(businessMetrics)
        .where(and(eq(businessMetrics.kodeWilayah, kw), eq(businessMetrics.businessId, businessId)))
        .orderBy(desc(businessMetrics.recordedOn), desc(businessMetrics.createdAt)),

    /** Licence numbers of a kind already used by another business in the regency. */
    async takenLicenceNumbers(kw: string, kind: string, numbers: string[], exceptBusinessId: string | null, tx: Db = db) {
      if (!numbers.length) return [];
      const rows = await tx
        .select({ number: licences.number })
        .from(licences)
        .where(
          and(
            eq(licences.kodeWilayah, kw),
            eq(licences.kind, kind as LicenceRow['kind']),
            inArray(licences.number, numbers),
            exceptBusinessId ? sql`${licences.businessId} <> ${exceptBusinessId}` : undefined,
          ),
        );
      return rows.map((r) => r.number!);
    },

    async insertOwner(tx: Db, row: typeof owners.$inferInsert): Promise<OwnerRow> {
      const [created] = await tx.insert(owners).values(row).returning();
      return created!;
    },

    /** Updates an owner only if its version is still `version`; undefined means someone else saved first. */
    async updateOwner(tx: Db, kw: string, id: string, version: number, values: Partial<typeof owners.$inferInsert>) {
      const [row] = await tx
        .update(owners)
        .set({ ...values, version: version + 1, updatedAt: new Date() })
        .where(and(eq(owners.kodeWilayah, kw), eq(owners.id, id), eq(owners.version, version)))
        .returning();
      return row;
    },

    /** Keeps the denormalised search text of an owner's businesses in step with the owner's name. */
    async refreshSearchTextForOwner(tx: Db, kw: string, ownerId: string, ownerName: string): Promise<void> {
      await tx
        .update(businesses)
        .set({ searchText: sql`lower(regexp_replace(${businesses.name} || ' ' || ${ownerName}, '\\s+', ' ', 'g'))` })
        .where(and(eq(businesses.kodeWilayah, kw), eq(businesses.ownerId, ownerId)));
    },

    async insertBusiness(tx: Db, row: typeof businesses.$inferInsert): Promise<BusinessRow> {
      const [created] = await tx.insert(businesses).values(row).returning();
      return created!;
    },

    /** Updates a live business only if its version is still `version` (optimistic locking). */
    async updateBusiness(tx: Db, kw: string, id: string, version: number, values: Partial<typeof businesses.$inferInsert>) {
      const [row] = await tx
        .update(businesses)
        .set({ ...values, version: version + 1, updatedAt: new Date() })
        .where(and(eq(businesses.kodeWilayah, kw), eq(businesses.id, id), eq(businesses.version, version), isNull(businesses.deletedAt)))
        .returning();
      return row;
    },

    /** Replaces a business's licences and keeps its has_nib flag in step, in the caller's transaction. */
    async replaceLicences(tx: Db, kw: string, businessId: string, rows: (typeof licences.$inferInsert)[]): Promise<void> {
      await tx.delete(licences).where(and(eq(licences.kodeWilayah, kw), eq(licences.businessId, businessId)));
      if (rows.length) await tx.insert(licences).values(rows);
      await tx
        .update(businesses)
        .set({ hasNib: rows.some((r) => r.kind === 'NIB') })
        .where(and(eq(businesses.kodeWilayah, kw), eq(businesses.id, businessId)));
    },

    /** Adds licences to a business, keeping the ones it has (and their ids), and its has_nib flag in step. */
    async addLicences(tx: Db, kw: string, businessId: string, rows: (typeof licences.$inferInsert)[]): Promise<void> {
      if (!rows.length) return;
      await tx.insert(licences).values(rows);
      if (rows.some((r) => r.kind === 'NIB')) {
        await tx.update(businesses).set({ hasNib: true }).where(and(eq(businesses.kodeWilayah, kw), eq(businesses.id, businessId)));
      }
    },

    async insertMetric(tx: Db, row: typeof businessMetrics.$inferInsert): Promise<void> {
      await tx.insert(businessMetrics).values(row);
    },

    /** Reads businesses (live or deleted) and locks them for the rest of the transaction (merges). */
    lockBusinesses(tx: Db, kw: string, ids: string[]): Promise<BusinessRow[]> {
      return tx
        .select()
        .from(businesses)
        .where(and(eq(businesses.kodeWilayah, kw), inArray(businesses.id, ids)))
        .orderBy(asc(businesses.id))
        .for('update');
    },

    /** Moves licences to another business and keeps both has_nib flags in step; returns the moved ids. */
    async moveLicences(tx: Db, kw: string, fromBusinessId: string, toBusinessId: string, onlyIds?: string[]): Promise<string[]> {
      const where = [eq(licences.kodeWilayah, kw), eq(licences.businessId, fromBusinessId)];
      if (onlyIds) where.push(inArray(licences.id, onlyIds.length ? onlyIds : ['00000000-0000-0000-0000-000000000000']));
      const moved = await tx.update(licences).set({ businessId: toBusinessId }).where(and(...where)).returning({ id: licences.id });
      for (const id of [fromBusinessId, toBusinessId]) {
        await tx
          .update(businesses)
          .set({ hasNib: sql`exists (select 1 from ${licences} where ${licences.kodeWilayah} = ${kw} and ${licences.businessId} = ${id} and ${licences.kind} = 'NIB')` })
          .where(and(eq(businesses.kodeWilayah, kw), eq(businesses.id, id)));
      }
      return moved.map((m) => m.id);
    },

    /** Sets a business's columns exactly (undoing a merge), whether live or deleted; bumps its version. */
    async overwriteBusiness(tx: Db, kw: string, id: string, values: Partial<typeof businesses.$inferInsert>): Promise<BusinessRow | undefined> {
      const [row] = await tx
        .update(businesses)
        .set({ ...values, version: sql`${businesses.version} + 1`, updatedAt: new Date() })
        .where(and(eq(businesses.kodeWilayah, kw), eq(businesses.id, id)))
        .returning();
      return row;
    },
  };
}

export type RegistryRepository = ReturnType<typeof createRegistryRepository>;
