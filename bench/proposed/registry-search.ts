/**
 * ADOPTED in issue 11 (src/server/modules/registry/registry.identifier-search.ts, which also restricts NIK and
 * phone to whole values for roles that see them masked); kept so the earlier measurements can be repeated.
 *
 * PROPOSED change to the registry search, measured by `bench/registry.bench.ts --variant proposed`; the server
 * does not use this file. It keeps the repository's contract and the server's own search for everything but
 * identifier (digits) queries: text words, filters, counts and order are the server's (commit 3fe82b6 walks
 * the covering search_text index for common words and sorts at most 1,001 trigram matches for rare ones).
 *
 * Identifiers, as in the server: NIK or phone prefix of the owner, or NIB prefix, at least MIN_IDENTIFIER_DIGITS
 * digits. The server asks `businesses.id IN (… UNION ALL …)`; the planner cannot estimate that union (it assumes
 * 200 rows), so a broad prefix such as a NIK's first six digits (the kecamatan, ~25 k owners) becomes 25 k
 * primary-key lookups, a join with owners for all of them and a sort: 1–2 s at 1 M. Here the matching owners
 * and NIB licences are probed first (each at most TOTAL_CAP + 1, on its prefix index), then:
 * - few matches (≤ TOTAL_CAP in each branch): the ids themselves go into the query, so the estimate is exact;
 *   the matches (≤ TOTAL_CAP + 1 businesses) are materialised once for both the count and the page;
 * - many: each branch takes its own first page in name order through a semi-join (the planner walks the name
 *   index against the matching owners and stops at the page), the two pages are merged with UNION, and the
 *   count is the union of the two branches capped at TOTAL_CAP + 1 each.
 */
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client';
import { queryRows } from '../../src/server/db/query';
import type { RegistryScope } from '../../src/server/modules/registry/registry.policy';
import {
  createRegistryRepository,
  escapeLike,
  filtersOf,
  MIN_IDENTIFIER_DIGITS,
  summaryQuery,
  TOTAL_CAP,
} from '../../src/server/modules/registry/registry.repository';
import type { SearchQuery } from '../../src/server/modules/registry/registry.schemas';
import { businesses, licences, owners } from '../../src/server/modules/registry/registry.table';

export function createProposedRegistryRepository(db: Db) {
  const base = createRegistryRepository(db);

  const pageQuery = (where: SQL | undefined) => summaryQuery(db, where);
  const byName = [asc(businesses.name), asc(businesses.id)];

  async function searchIdentifier(kw: string, filters: SQL | undefined, digits: string, limit: number, offset: number) {
    const phoneDigits = digits.replace(/^(62|0)/, '');
    const ownerMatch = sql`${owners.kodeWilayah} = ${kw}
      and (${owners.nik} like ${escapeLike(digits) + '%'} or ${owners.phone} like ${'+62' + escapeLike(phoneDigits) + '%'})`;
    const nibMatch = sql`${licences.kodeWilayah} = ${kw} and ${licences.kind} = 'NIB' and ${licences.number} like ${escapeLike(digits) + '%'}`;
    // Probe: which owners and NIB licences match, at most TOTAL_CAP + 1 of each (prefix index range scans).
    const [ownerIds, nibIds] = await Promise.all([
      queryRows<{ id: string }>(db, sql`select ${owners.id} as id from ${owners} where ${ownerMatch} limit ${TOTAL_CAP + 1}`),
      queryRows<{ id: string }>(db, sql`select ${licences.businessId} as id from ${licences} where ${nibMatch} limit ${TOTAL_CAP + 1}`),
    ]);
    const few = (rows: { id: string }[]) => rows.length <= TOTAL_CAP;
    const branches = [
      ownerIds.length === 0 ? undefined
        : few(ownerIds) ? inArray(businesses.ownerId, ownerIds.map((r) => r.id))
        : sql`${businesses.ownerId} in (select ${owners.id} from ${owners} where ${ownerMatch})`,
      nibIds.length === 0 ? undefined
        : few(nibIds) ? inArray(businesses.id, nibIds.map((r) => r.id))
        : sql`${businesses.id} in (select ${licences.businessId} from ${licences} where ${nibMatch})`,
    ].filter((c): c is SQL => c !== undefined);
    if (!branches.length) return { items: [], total: 0, totalIsCapped: false };

    if (few(ownerIds) && few(nibIds)) {
      // MATERIALIZED: fetch the (few) matches by id, then sort them; never walk the name index hoping for an
      // early page (the planner would, for ~700 expected rows, and read 50 k rows before the page is full).
      const where = and(filters, branches.length === 1 ? branches[0] : or(...branches));
      const [found] = await queryRows<{ n: number | string; ids: string[] | null }>(
        db,
        sql`with m as materialized (select ${businesses.id} as id, ${businesses.name} as k from ${businesses} where ${where} limit ${TOTAL_CAP + 1})
            select (select count(*) from m) as n,
                   (select array_agg(p.id::text order by p.k, p.id) from (select id, k from m order by k, id limit ${limit} offset ${offset}) p) as ids`,
      );
      const n = Number(found?.n ?? 0);
      if (n <= TOTAL_CAP) {
        const ids = found?.ids ?? [];
        const items = ids.length ? await pageQuery(and(eq(businesses.kodeWilayah, kw), inArray(businesses.id, ids))).orderBy(...byName) : [];
        return { items, total: n, totalIsCapped: false };
      }
      return { items: await pageQuery(where).orderBy(...byName).limit(limit).offset(offset), total: TOTAL_CAP, totalIsCapped: true };
    }

    // Many matches in a branch: each branch takes its own first page in name order; UNION merges them.
    const branchPage = (c: SQL) =>
      sql`(select ${businesses.id} as id, ${businesses.name} as name from ${businesses} where ${and(filters, c)}
        order by ${businesses.name}, ${businesses.id} limit ${offset + limit})`;
    const pageIds = sql`select u.id from (${sql.join(branches.map(branchPage), sql` union `)}) u order by u.name, u.id limit ${limit} offset ${offset}`;
    const items = await pageQuery(and(eq(businesses.kodeWilayah, kw), sql`${businesses.id} in (${pageIds})`)).orderBy(...byName);
    const capped = (c: SQL) => sql`(select ${businesses.id} as id from ${businesses} where ${and(filters, c)} limit ${TOTAL_CAP + 1})`;
    const [counted] = await queryRows<{ n: number | string }>(db, sql`select count(*) as n from (${sql.join(branches.map(capped), sql` union `)}) u`);
    const total = Number(counted?.n ?? 0);
    return { items, total: Math.min(total, TOTAL_CAP), totalIsCapped: total > TOTAL_CAP };
  }

  return {
    ...base,
    async search(kw: string, scope: RegistryScope, query: SearchQuery) {
      const digits = (query.q ?? '').replace(/[\s+().-]/g, '');
      if (!(/^\d+$/.test(digits) && digits.length >= MIN_IDENTIFIER_DIGITS)) return base.search(kw, scope, query);
      return searchIdentifier(kw, filtersOf(kw, scope, query), digits, query.pageSize, (query.page - 1) * query.pageSize);
    },
  };
}
