import type { Db } from '../../db/client';
import { inTransaction } from '../../db/query';
import { fail } from '../../errors';
import type { Actor } from '../../kernel/actor';
import type { AuditService } from '../audit/audit.service';
import { inScope, writeScope } from './registry.policy';
import type { BusinessRow, RegistryRepository } from './registry.repository';

/** What a merge changed in the registry, kept by the caller so the merge can be undone. */
export interface BusinessMergeRecord {
  survivorBefore: Record<string, unknown>;
  mergedBefore: Record<string, unknown>;
  movedLicenceIds: string[];
  survivorVersionAfter: number;
}

/** Columns a merge may fill on the survivor when it has no value and the merged record has one. */
const FILLABLE = ['kbli', 'address', 'startYear', 'capital', 'annualSales'] as const;

/** A JSON-safe copy of a business row (dates as ISO strings), for snapshots and the audit log. */
function snapshotOf(row: BusinessRow): Record<string, unknown> {
  const { searchText: _s, ...rest } = row;
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}

/** Turns a snapshot back into column values (dates revived). */
function columnsOf(snapshot: Record<string, unknown>): Partial<BusinessRow> {
  const { kodeWilayah: _k, id: _i, version: _v, createdAt: _c, updatedAt: _u, deletedAt, ...rest } = snapshot;
  return { ...(rest as Partial<BusinessRow>), deletedAt: deletedAt ? new Date(deletedAt as string) : null };
}

/**
 * Merging two business records into one, and undoing it. The merged record is soft-deleted, never
 * destroyed; the survivor gains the values it lacked and the merged record's licences. Every value of
 * both records stays in the returned record (kept by the duplicates module) and in the audit log.
 * `within` runs in the same transaction, so the caller's own bookkeeping commits with the merge.
 */
export function createBusinessMerge(deps: { db: Db; repo: RegistryRepository; audit: AuditService; now?: () => Date }) {
  const { db, repo, audit } = deps;
  const now = deps.now ?? (() => new Date());
  const who = (actor: Actor | null) => ({ userId: actor?.userId ?? null, name: actor?.displayName ?? 'Sistem (gabung otomatis)' });

  return {
    async merge<T>(
      actor: Actor | null,
      kw: string,
      ids: { survivorId: string; mergedId: string },
      within: (tx: Db, record: BusinessMergeRecord) => Promise<T>,
    ): Promise<T> {
      const scope = actor ? writeScope(actor, kw) : ({ kind: 'all' } as const);
      return inTransaction(db, async (tx) => {
        const rows = await repo.lockBusinesses(tx, kw, [ids.survivorId, ids.mergedId]);
        const survivor = rows.find((r) => r.id === ids.survivorId);
        const merged = rows.find((r) => r.id === ids.mergedId);
        if (!survivor || !merged || ids.survivorId === ids.mergedId) throw fail.notFound('errors.business.notFound');
        if (survivor.deletedAt || merged.deletedAt) throw fail.conflict('errors.duplicates.already_merged');
        if (!inScope(scope, survivor) || !inScope(scope, merged)) throw fail.forbidden('errors.business.outOfScope');
        const fill: Partial<BusinessRow> = {};
        for (const key of FILLABLE) {
          if ((survivor[key] === null || survivor[key] === '') && merged[key] !== null) Object.assign(fill, { [key]: merged[key] });
        }
        if (survivor.workersMale + survivor.workersFemale === 0 && merged.workersMale + merged.workersFemale > 0) {
          Object.assign(fill, { workersMale: merged.workersMale, workersFemale: merged.workersFemale });
        }
        const channels = [...new Set([...survivor.salesChannels, ...merged.salesChannels])];
        if (channels.length !== survivor.salesChannels.length) fill.salesChannels = channels;
        const after = (await repo.overwriteBusiness(tx, kw, survivor.id, fill))!;
        await repo.overwriteBusiness(tx, kw, merged.id, { deletedAt: now() });
        const movedLicenceIds = await repo.moveLicences(tx, kw, merged.id, survivor.id);
        const record: BusinessMergeRecord = {
          survivorBefore: snapshotOf(survivor),
          mergedBefore: snapshotOf(merged),
          movedLicenceIds,
          survivorVersionAfter: after.version,
        };
        await audit.record(tx, {
          kodeWilayah: kw, actor: who(actor), action: 'merge', entity: 'business', entityId: survivor.id,
          before: { survivor: record.survivorBefore, merged: record.mergedBefore }, after: { survivor: snapshotOf(after), movedLicenceIds },
        });
        return within(tx, record);
      });
    },

    /**
     * Undoes a merge: the survivor gets its values back and the merged record returns with its licences.
     * Refused when the survivor was edited after the merge: undoing would silently drop that edit.
     */
    async unmerge<T>(actor: Actor, kw: string, record: BusinessMergeRecord, within: (tx: Db) => Promise<T>): Promise<T> {
      const scope = writeScope(actor, kw);
      const survivorId = record.survivorBefore.id as string;
      const mergedId = record.mergedBefore.id as string;
      return inTransaction(db, async (tx) => {
        const rows = await repo.lockBusinesses(tx, kw, [survivorId, mergedId]);
        const survivor = rows.find((r) => r.id === survivorId);
        const merged = rows.find((r) => r.id === mergedId);
        if (!survivor || !merged) throw fail.notFound('errors.business.notFound');
        if (!inScope(scope, survivor) || !inScope(scope, merged)) throw fail.forbidden('errors.business.outOfScope');
        if (survivor.version !== record.survivorVersionAfter || survivor.deletedAt || !merged.deletedAt) {
          throw fail.conflict('errors.duplicates.changed_since_merge');
        }
        const restored = (await repo.overwriteBusiness(tx, kw, survivorId, columnsOf(record.survivorBefore)))!;
        await repo.overwriteBusiness(tx, kw, mergedId, { deletedAt: null });
        await repo.moveLicences(tx, kw, survivorId, mergedId, record.movedLicenceIds);
        await audit.record(tx, {
          kodeWilayah: kw, actor: who(actor), action: 'unmerge', entity: 'business', entityId: survivorId,
          before: { survivor: snapshotOf(survivor) }, after: { survivor: snapshotOf(restored), revived: mergedId },
        });
        return within(tx);
      });
    },
  };
}

export type BusinessMerge = ReturnType<typeof createBusinessMerge>;
