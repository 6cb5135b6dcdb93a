import { and, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { businesses, owners } from './registry.table';

/** The columns of a search result row, for a condition; callers add order and limits (bench/proposed reuses it). */
export function summaryQuery(db: Db, where: SQL | undefined) {
  return db
    .select({
      id: businesses.id,
      name: businesses.name,
      ownerName: owners.fullName,
      sector: businesses.sector,
      kecamatanCode: businesses.kecamatanCode,
      desaCode: businesses.desaCode,
      scale: businesses.scale,
      status: businesses.status,
      hasNib: businesses.hasNib,
    })
    .from(businesses)
    .innerJoin(owners, and(eq(owners.kodeWilayah, businesses.kodeWilayah), eq(owners.id, businesses.ownerId)))
    .where(where);
}
