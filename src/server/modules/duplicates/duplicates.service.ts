import { randomUUID } from 'node:crypto';
import { fail } from '../../errors';
import type { Actor } from '../../kernel/actor';
import type { AuditService } from '../audit/audit.service';
import type { ImportService } from '../imports/import.service';
import { maskNik } from '../registry/nik';
import { maskPhone } from '../../kernel/phone';
import type { BusinessMerge, BusinessMergeRecord } from '../registry/registry.merge';
import { readScope, seesPersonalData, writeScope } from '../registry/registry.policy';
import { assertMayUndo, duplicatesReadScope, mayUndoMerges } from './duplicates.policy';
import type { RegionDirectory } from '../tenancy/regions';
import type { TenantService } from '../tenancy/tenant.service';
import type { DuplicatesRepository, MergeRow, PairRow } from './duplicates.repository';
import type { MergeView, PairView } from './duplicates.schemas';
import type { MergeSnapshot, PairStatus } from './duplicates.table';
import { findDuplicatePairs } from './pair-finder';

export interface DuplicatesDeps {
  repo: DuplicatesRepository;
  merge: BusinessMerge;
  imports: Pick<ImportService, 'moveSources' | 'sourcesOf'>;
  audit: AuditService;
  tenants: TenantService;
  regions: RegionDirectory;
  log?: (message: string, err?: unknown) => void;
}

const recordOf = (s: MergeSnapshot): BusinessMergeRecord => ({
  survivorBefore: s.survivor, mergedBefore: s.merged, movedLicenceIds: s.movedLicenceIds, survivorVersionAfter: s.survivorVersionAfter,
});

/** Duplicate detection (scan), the review queue, merges and their undo. */
export function createDuplicatesService(deps: DuplicatesDeps) {
  const { repo, merge, imports, regions, tenants } = deps;
  /** One scan at a time per regency: a scan reads the whole registry, two at once would only compete. */
  const running = new Map<string, Promise<unknown>>();

  async function cardsFor(actor: Actor, kw: string, ids: string[]) {
    const [rows, sources] = await Promise.all([repo.cards(kw, ids), imports.sourcesOf(kw, ids)]);
    const visible = seesPersonalData(actor, kw);
    return new Map(
      rows.map(({ business: b, ownerName, nik, phone, nib }) => [
        b.id,
        {
          id: b.id, name: b.name, ownerName, nib,
          nik: visible ? nik : maskNik(nik),
          phone: visible ? phone : maskPhone(phone),
          address: visible ? b.address : b.address && '••••',
          kecamatanCode: b.kecamatanCode,
          kecamatanName: regions.kecamatan(b.kecamatanCode)?.name ?? b.kecamatanCode,
          desaName: regions.desa(b.desaCode)?.name ?? b.desaCode,
          sector: b.sector, kbli: b.kbli, annualSales: b.annualSales, capital: b.capital,
          workers: b.workersMale + b.workersFemale,
          createdAt: b.createdAt.toISOString(),
          deleted: b.deletedAt !== null,
          sources: sources
            .filter((s) => s.businessId === b.id)
            .map((s) => ({ label: s.label, fileName: s.fileName, rowNumber: s.rowNumber, createdAt: s.createdAt.toISOString() })),
        },
      ]),
    );
  }

  async function pairViews(actor: Actor, kw: string, pairs: PairRow[]): Promise<PairView[]> {
    const cards = await cardsFor(actor, kw, [...new Set(pairs.flatMap((p) => [p.businessA, p.businessB]))]);
    return pairs.map((p) => ({
      id: p.id, score: p.score, reasons: p.reasons, status: p.status,
      a: cards.get(p.businessA)!, b: cards.get(p.businessB)!,
      decidedByName: p.decidedByName, decidedAt: p.decidedAt?.toISOString() ?? null, mergeId: p.mergeId,
    }));
  }

  /** Merges a pair inside one transaction with the pair's status and the merge record. */
  async function mergePair(actor: Actor | null, kw: string, pair: PairRow, survivorId: string) {
    const mergedId = survivorId === pair.businessA ? pair.businessB : pair.businessA;
    const byName = actor?.displayName ?? 'Sistem (gabung otomatis)';
    return merge.merge(actor, kw, { survivorId, mergedId }, async (tx, record) => {
      const movedSourceIds = await imports.moveSources(tx, kw, mergedId, survivorId);
      const row = await repo.insertMerge(tx, {
        kodeWilayah: kw, id: randomUUID(), survivorId, mergedId, pairId: pair.id, automatic: actor === null, createdByName: byName,
        snapshot: {
          survivor: record.survivorBefore, merged: record.mergedBefore, movedLicenceIds: record.movedLicenceIds,
          movedSourceIds, survivorVersionAfter: record.survivorVersionAfter,
        },
      });
      const updated = await repo.setPairStatus(kw, pair.id, 'open', { status: 'merged', mergeId: row.id, decidedByName: byName, decidedAt: new Date() }, tx);
      if (!updated) throw fail.conflict('errors.duplicates.already_decided');
      return updated;
    });
  }

  async function runScan(kw: string, onlyInvolving?: ReadonlySet<string>) {
    const started = Date.now();
    const tenant = await tenants.requireTenant(kw);
    const pairs = await findDuplicatePairs(repo.matchBatches(kw), onlyInvolving ? { onlyInvolving } : {});
    const newPairs = await repo.insertPairs(kw, pairs, randomUUID);
    let autoMerged = 0;
    if (tenant.autoMergeThreshold !== null) {
      for (const pair of await repo.openPairsAbove(kw, tenant.autoMergeThreshold)) {
        try {
          const older = await olderOf(kw, pair);
          await mergePair(null, kw, pair, older);
          autoMerged++;
        } catch (err) {
          // A record already merged away by an earlier pair of this run: that pair simply stays in the queue.
          deps.log?.(`auto-merge of pair ${pair.id} skipped`, err);
        }
      }
    }
    return { candidates: pairs.length, newPairs, autoMerged, durationMs: Date.now() - started };
  }

  async function olderOf(kw: string, pair: PairRow): Promise<string> {
    const rows = await repo.cards(kw, [pair.businessA, pair.businessB]);
    const [first] = rows.map((r) => r.business).sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || x.id.localeCompare(y.id));
    return first?.id ?? pair.businessA;
  }

  function serialised<T>(kw: string, job: () => Promise<T>): Promise<T> {
    const previous = running.get(kw) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(job);
    running.set(kw, next);
    void next.finally(() => running.get(kw) === next && running.delete(kw)).catch(() => undefined);
    return next;
  }

  return {
    /** Scans the whole registry of a regency for duplicate pairs (officers and admins). */
    scan(actor: Actor, kw: string) {
      const scope = writeScope(actor, kw);
      if (scope.kind !== 'all') throw fail.forbidden();
      return serialised(kw, () => runScan(kw));
    },

    /** After an import: compares the new records with the registry, in the background. */
    scanAfterImport(kw: string, newIds: () => Promise<string[]>): void {
      serialised(kw, async () => runScan(kw, new Set(await newIds()))).catch((err) => deps.log?.(`duplicate scan of ${kw} failed`, err));
    },

    /** Resolves when no scan is running (tests and shutdown wait for background work). */
    async idle(): Promise<void> {
      while (running.size) await Promise.allSettled([...running.values()]);
    },

    async list(actor: Actor, kw: string, query: { status: PairStatus; page: number; pageSize: number }) {
      const scope = readScope(actor, kw);
      if (scope.kind === 'owner') throw fail.forbidden();
      const { items, total } = await repo.listPairs(kw, query.status, scope, query.page, query.pageSize);
      return { items: await pairViews(actor, kw, items), total, page: query.page, pageSize: query.pageSize };
    },

    /** "Same business" merges the pair (keeping `keep`, else the older record); "not the same" closes it for good. */
    async decide(actor: Actor, kw: string, pairId: string, input: { decision: 'same' | 'not_same'; keep?: string }): Promise<PairView> {
      writeScope(actor, kw);
      const pair = await repo.findPair(kw, pairId);
      if (!pair) throw fail.notFound('errors.duplicates.not_found');
      if (pair.status !== 'open') throw fail.conflict('errors.duplicates.already_decided');
      if (input.keep && input.keep !== pair.businessA && input.keep !== pair.businessB) {
        throw fail.validation([{ field: 'keep', messageKey: 'validation.invalid_value' }]);
      }
      let updated: PairRow;
      if (input.decision === 'same') {
        updated = await mergePair(actor, kw, pair, input.keep ?? (await olderOf(kw, pair)));
      } else {
        const cards = await repo.cards(kw, [pair.businessA, pair.businessB]);
        const scope = writeScope(actor, kw);
        if (scope.kind === 'kecamatan' && !cards.every((c) => scope.codes.includes(c.business.kecamatanCode))) {
          throw fail.forbidden('errors.business.outOfScope');
        }
        const decided = await repo.setPairStatus(kw, pair.id, 'open', { status: 'not_same', decidedByName: actor.displayName, decidedAt: new Date() });
        if (!decided) throw fail.conflict('errors.duplicates.already_decided');
        updated = decided;
      }
      return (await pairViews(actor, kw, [updated]))[0]!;
    },

    /** The merge history, newest first, a page at a time (like the queue), limited to the actor's scope. */
    async listMerges(actor: Actor, kw: string, query: { page: number; pageSize: number }) {
      const scope = duplicatesReadScope(actor, kw);
      const mayUndo = mayUndoMerges(actor, kw);
      const { items, total } = await repo.listMerges(kw, scope, query.page, query.pageSize);
      return {
        items: items.map(({ merge: m, survivorName, mergedName }): MergeView => mergeView(m, survivorName, mergedName, mayUndo)),
        total, page: query.page, pageSize: query.pageSize,
      };
    },

    /** Undoes a merge: both records as they were, the pair back in the queue. */
    async undo(actor: Actor, kw: string, mergeId: string): Promise<MergeView> {
      // Rights first: a caller who may not undo this merge learns nothing of its state (undone or not).
      writeScope(actor, kw);
      const row = await repo.findMerge(kw, mergeId);
      if (!row) throw fail.notFound('errors.duplicates.merge_not_found');
      assertMayUndo(actor, kw, (await repo.cards(kw, [row.survivorId, row.mergedId])).map((c) => c.business));
      if (row.undoneAt) throw fail.conflict('errors.duplicates.already_undone');
      const undone = await merge.unmerge(actor, kw, recordOf(row.snapshot), async (tx) => {
        await imports.moveSources(tx, kw, row.survivorId, row.mergedId, row.snapshot.movedSourceIds);
        const marked = await repo.markMergeUndone(tx, kw, row.id, actor.displayName);
        if (!marked) throw fail.conflict('errors.duplicates.already_undone');
        if (row.pairId) await repo.setPairStatus(kw, row.pairId, 'merged', { status: 'open', mergeId: null, decidedByName: null, decidedAt: null }, tx);
        return marked;
      });
      const names = await repo.cards(kw, [row.survivorId, row.mergedId]);
      const nameOf = (id: string) => names.find((n) => n.business.id === id)?.business.name ?? '';
      return mergeView(undone, nameOf(row.survivorId), nameOf(row.mergedId), true);
    },
  };
}

function mergeView(m: MergeRow, survivorName: string, mergedName: string, mayUndo: boolean): MergeView {
  return {
    id: m.id,
    survivor: { id: m.survivorId, name: survivorName },
    merged: { id: m.mergedId, name: mergedName },
    automatic: m.automatic,
    createdByName: m.createdByName,
    createdAt: m.createdAt.toISOString(),
    undoneAt: m.undoneAt?.toISOString() ?? null,
    undoneByName: m.undoneByName,
    canUndo: mayUndo && !m.undoneAt,
  };
}

export type DuplicatesService = ReturnType<typeof createDuplicatesService>;
