import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query';
import { normalisePhone } from '../../kernel/phone';
import { businesses, licences, owners } from './registry.table';
import { summaryQuery } from './registry.summary';

/** How far the result count is exact; past it the UI says "more than". Counting 1 M rows per keystroke is waste. */
export const TOTAL_CAP = 1000;

/**
 * Digits searched as NIK, phone or NIB prefixes. Fewer would match a large part of the regency (every
 * NIK starts with the regency's 4 digits, a third of phones with 0812) and are searched as text instead.
 */
export const MIN_IDENTIFIER_DIGITS = 6;

/** Escapes LIKE wildcards in user input. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/**
 * How the searcher may use identifiers. Roles that see NIK and phone masked find an owner by them only
 * through the whole value (a 16-digit NIK, a complete phone number): a prefix search would let them
 * recover a masked NIK digit by digit (issue 11). NIB numbers are shown to every reader, so their
 * prefixes work for everyone.
 */
export interface IdentifierAccess {
  personalPrefixes: boolean;
}

/** The digits of an identifier query, or undefined when the query is not one (words, or too few digits). */
export function identifierDigits(q: string): string | undefined {
  const digits = q.replace(/[\s+().-]/g, '');
  return /^\d+$/.test(digits) && digits.length >= MIN_IDENTIFIER_DIGITS ? digits : undefined;
}

/** The owner condition (undefined: no owner can match) and the NIB licence condition of an identifier query. */
export function identifierMatch(kw: string, q: string, digits: string, access: IdentifierAccess): { owner: SQL | undefined; nib: SQL } {
  let owner: SQL | undefined;
  if (access.personalPrefixes) {
    const phoneDigits = digits.replace(/^(62|0)/, '');
    owner = sql`(${owners.nik} like ${escapeLike(digits) + '%'} or ${owners.phone} like ${'+62' + escapeLike(phoneDigits) + '%'})`;
  } else {
    const phone = normalisePhone(q);
    const whole = [digits.length === 16 ? eq(owners.nik, digits) : undefined, phone ? eq(owners.phone, phone) : undefined].filter(
      (c): c is SQL => c !== undefined,
    );
    owner = whole.length ? or(...whole) : undefined;
  }
  return {
    owner: owner && and(eq(owners.kodeWilayah, kw), owner),
    nib: sql`${licences.kodeWilayah} = ${kw} and ${licences.kind} = 'NIB' and ${licences.number} like ${escapeLike(digits) + '%'}`,
  };
}

/** The identifier query as one condition on businesses (exports walk every match in id order anyway). */
export function identifierCondition(kw: string, q: string, digits: string, access: IdentifierAccess): SQL {
  const m = identifierMatch(kw, q, digits, access);
  const byNib = sql`${businesses.id} in (select ${licences.businessId} from ${licences} where ${m.nib})`;
  if (!m.owner) return byNib;
  return sql`(${businesses.ownerId} in (select ${owners.id} from ${owners} where ${m.owner}) or ${byNib})`;
}

/**
 * One page of an identifier search, in name order, with a capped count. The matching owners and NIB
 * licences are probed first, each on its own prefix index and at most TOTAL_CAP + 1 of them; a single
 * statement with `id IN (… UNION ALL …)` left the planner guessing the union's size, and a NIK's first
 * six digits (a whole kecamatan) became thousands of lookups and a sort: 1–2 s at 1 M businesses, and
 * minutes on an unanalysed embedded store (bench/proposed/registry-search.ts measured the change: p99
 * 1,627 → 139 ms at 1 M).
 * - few matches in each branch: the ids go into the query, so the estimate is exact; the matches are
 *   materialised once for both the count and the page;
 * - many: each branch takes its own first page in name order through a semi-join (the planner walks the
 *   name index against the matching owners and stops at the page), UNION merges the two pages, and the
 *   count is the union of the two branches, each capped.
 */
export async function searchIdentifier(
  db: Db,
  args: { kw: string; filters: SQL | undefined; q: string; digits: string; access: IdentifierAccess; limit: number; offset: number },
) {
  const { kw, filters, limit, offset } = args;
  const pageQuery = (where: SQL | undefined) => summaryQuery(db, where);
  const m = identifierMatch(kw, args.q, args.digits, args.access);
  const byName = [asc(businesses.name), asc(businesses.id)];
  const [ownerIds, nibIds] = await Promise.all([
    m.owner ? queryRows<{ id: string }>(db, sql`select ${owners.id} as id from ${owners} where ${m.owner} limit ${TOTAL_CAP + 1}`) : [],
    queryRows<{ id: string }>(db, sql`select ${licences.businessId} as id from ${licences} where ${m.nib} limit ${TOTAL_CAP + 1}`),
  ]);
  const few = (rows: { id: string }[]) => rows.length <= TOTAL_CAP;
  const branches = [
    ownerIds.length === 0
      ? undefined
      : few(ownerIds)
        ? inArray(businesses.ownerId, ownerIds.map((r) => r.id))
        : sql`${businesses.ownerId} in (select ${owners.id} from ${owners} where ${m.owner})`,
    nibIds.length === 0
      ? undefined
      : few(nibIds)
        ? inArray(businesses.id, nibIds.map((r) => r.id))
        : sql`${businesses.id} in (select ${licences.businessId} from ${licences} where ${m.nib})`,
  ].filter((c): c is SQL => c !== undefined);
  if (!branches.length) return { items: [], total: 0, totalIsCapped: false };

  if (few(ownerIds) && few(nibIds)) {
    // MATERIALIZED: fetch the few matches by id, then sort them; never walk the name index hoping for an
    // early page (the planner would, for a few hundred expected rows, and read most of the table).
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
