import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/query';
import { fail } from '../../errors';
import { type Actor, auditActor } from '../../kernel/actor';
import type { AuditService } from '../audit/audit.service';
import type { RegionDirectory } from '../tenancy/regions';
import { assertManagesProgrammes, assertReadsProgrammes, managesProgrammes } from './programme.policy';
import type { ProgrammeRepository, ProgrammeRow } from './programme.repository';
import type { BatchInput, BatchView, ProgrammeInput, ProgrammeView } from './programme.schemas';

export interface ProgrammeDeps {
  db: Db;
  repo: ProgrammeRepository;
  audit: AuditService;
  regions: RegionDirectory;
  /** Gives newly added seats to the waitlist, inside the transaction that raised the capacity. */
  onCapacityRaised?: (tx: Db, kw: string, batchId: string) => Promise<void>;
}

const sumTargets = (targets: Record<string, number>) => Object.values(targets).reduce((a, b) => a + b, 0);

/** Planning: programmes with budget line, factor, element, targets and rules; batches and their sessions. */
export function createProgrammeService({ db, repo, audit, regions, onCapacityRaised }: ProgrammeDeps) {
  function checkTargets(kw: string, targets: Record<string, number>) {
    const unknown = Object.keys(targets).filter((code) => !regions.kecamatanOf(kw).some((k) => k.code === code));
    if (unknown.length) throw fail.validation(unknown.map((code) => ({ field: `targets.${code}`, messageKey: 'validation.kecamatan.outside_tenant' })));
  }

  function checkBatch(input: Pick<BatchInput, 'startsOn' | 'endsOn' | 'sessions'>) {
    const problems = [];
    if (input.endsOn < input.startsOn) problems.push({ field: 'endsOn', messageKey: 'validation.endsBeforeStarts' });
    input.sessions.forEach((s, i) => {
      if (new Date(s.endsAt) <= new Date(s.startsAt)) problems.push({ field: `sessions.${i}.endsAt`, messageKey: 'validation.endsBeforeStarts' });
    });
    if (problems.length) throw fail.validation(problems);
  }

  async function view(actor: Actor, kw: string, programme: ProgrammeRow): Promise<ProgrammeView> {
    const batches = await repo.batchesOf(kw, programme.id);
    const ids = batches.map((b) => b.id);
    const [counts, sessions, realised] = await Promise.all([repo.batchCounts(kw, ids), repo.sessionsOf(kw, ids), repo.realisedOf(kw, programme.id)]);
    const batchViews: BatchView[] = batches.map((b) => {
      const c = counts.find((x) => x.batchId === b.id);
      return {
        id: b.id, programmeId: b.programmeId, name: b.name, venue: b.venue, capacity: b.capacity, trainers: b.trainers,
        startsOn: b.startsOn, endsOn: b.endsOn, completedAt: b.completedAt?.toISOString() ?? null,
        accepted: c?.accepted ?? 0, waitlisted: c?.waitlisted ?? 0, applied: c?.applied ?? 0,
        sessions: sessions
          .filter((s) => s.session.batchId === b.id)
          .map(({ session: s, checkedIn }) => ({ id: s.id, title: s.title, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), checkedIn })),
      };
    });
    const { kodeWilayah: _kw, createdAt, updatedAt: _u, ...fields } = programme;
    return { ...fields, createdAt: createdAt.toISOString(), batches: batchViews, realised, canEdit: managesProgrammes(actor, kw) };
  }

  async function load(kw: string, id: string, tx?: Db) {
    const programme = await repo.getProgramme(kw, id, tx);
    if (!programme) throw fail.notFound('errors.programme.notFound');
    return programme;
  }

  async function loadBatch(kw: string, id: string, tx?: Db) {
    const batch = await repo.getBatch(kw, id, tx);
    if (!batch) throw fail.notFound('errors.programme.notFound');
    return batch;
  }

  const sessionRows = (kw: string, batchId: string, sessions: BatchInput['sessions']) =>
    sessions.map((s) => ({ kodeWilayah: kw, id: randomUUID(), batchId, title: s.title, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) }));

  return {
    async list(actor: Actor, kw: string, filter: { year?: number; status?: string }) {
      assertReadsProgrammes(actor, kw);
      const rows = await repo.listProgrammes(kw, filter);
      return {
        items: rows.map(({ programme: p, realised, batchCount }) => {
          const { kodeWilayah: _kw, createdAt, updatedAt: _u, rules: _r, targets, description: _d, ...fields } = p;
          return { ...fields, createdAt: createdAt.toISOString(), realised, batchCount, target: sumTargets(targets), canEdit: managesProgrammes(actor, kw) };
        }),
      };
    },

    async get(actor: Actor, kw: string, id: string): Promise<ProgrammeView> {
      assertReadsProgrammes(actor, kw);
      return view(actor, kw, await load(kw, id));
    },

    async create(actor: Actor, kw: string, input: ProgrammeInput): Promise<ProgrammeView> {
      assertManagesProgrammes(actor, kw);
      checkTargets(kw, input.targets);
      const row = await inTransaction(db, async (tx) => {
        const inserted = await repo.insertProgramme(tx, { kodeWilayah: kw, id: randomUUID(), ...input });
        await audit.record(tx, { kodeWilayah: kw, actor: auditActor(actor), action: 'create', entity: 'programme', entityId: inserted.id, after: input });
        return inserted;
      });
      return view(actor, kw, row);
    },

    async update(actor: Actor, kw: string, id: string, input: ProgrammeInput & { version: number }): Promise<ProgrammeView> {
      assertManagesProgrammes(actor, kw);
      checkTargets(kw, input.targets);
      const { version, ...fields } = input;
      const row = await inTransaction(db, async (tx) => {
        const before = await load(kw, id, tx);
        const updated = await repo.updateProgramme(tx, kw, id, version, fields);
        if (!updated) throw fail.conflict('errors.conflict.version');
        await audit.record(tx, { kodeWilayah: kw, actor: auditActor(actor), action: 'update', entity: 'programme', entityId: id, before, after: fields });
        return updated;
      });
      return view(actor, kw, row);
    },

    async addBatch(actor: Actor, kw: string, programmeId: string, input: BatchInput): Promise<ProgrammeView> {
      assertManagesProgrammes(actor, kw);
      checkBatch(input);
      const programme = await load(kw, programmeId);
      await inTransaction(db, async (tx) => {
        const { sessions, ...fields } = input;
        const batch = await repo.insertBatch(tx, { kodeWilayah: kw, id: randomUUID(), programmeId, ...fields });
        await repo.insertSessions(tx, sessionRows(kw, batch.id, sessions));
        await audit.record(tx, { kodeWilayah: kw, actor: auditActor(actor), action: 'create', entity: 'batch', entityId: batch.id, after: input });
      });
      return view(actor, kw, programme);
    },

    async updateBatch(actor: Actor, kw: string, batchId: string, input: BatchInput): Promise<ProgrammeView> {
      assertManagesProgrammes(actor, kw);
      checkBatch({ ...input, sessions: [] });
      const { sessions: _s, ...fields } = input;
      const batch = await inTransaction(db, async (tx) => {
        const locked = await repo.lockBatch(tx, kw, batchId);
        if (!locked) throw fail.notFound('errors.programme.notFound');
        const counts = await repo.batchCounts(kw, [batchId], tx);
        // Capacity below the seats already given would overbook silently: refuse it.
        if (fields.capacity < (counts[0]?.accepted ?? 0)) {
          throw fail.validation([{ field: 'capacity', messageKey: 'validation.capacityBelowAccepted', params: { accepted: counts[0]!.accepted } }]);
        }
        const updated = await repo.updateBatch(tx, kw, batchId, fields);
        await audit.record(tx, { kodeWilayah: kw, actor: auditActor(actor), action: 'update', entity: 'batch', entityId: batchId, before: locked, after: fields });
        if (fields.capacity > locked.capacity) await onCapacityRaised?.(tx, kw, batchId);
        return updated!;
      });
      return view(actor, kw, await load(kw, batch.programmeId));
    },

    async addSession(actor: Actor, kw: string, batchId: string, input: BatchInput['sessions'][number]): Promise<ProgrammeView> {
      assertManagesProgrammes(actor, kw);
      const batch = await loadBatch(kw, batchId);
      checkBatch({ startsOn: batch.startsOn, endsOn: batch.endsOn, sessions: [input] });
      await inTransaction(db, (tx) => repo.insertSessions(tx, sessionRows(kw, batchId, [input])));
      return view(actor, kw, await load(kw, batch.programmeId));
    },

    async removeSession(actor: Actor, kw: string, sessionId: string): Promise<ProgrammeView> {
      assertManagesProgrammes(actor, kw);
      const session = await repo.getSession(kw, sessionId);
      if (!session) throw fail.notFound('errors.programme.notFound');
      const batch = await loadBatch(kw, session.batchId);
      const deleted = await inTransaction(db, (tx) => repo.deleteSessionWithoutAttendance(tx, kw, sessionId));
      if (!deleted) throw fail.conflict('errors.programme.sessionHasAttendance');
      return view(actor, kw, await load(kw, batch.programmeId));
    },

    /** For the other programme services: a programme and a batch, or 404. */
    load,
    loadBatch,
  };
}

export type ProgrammeService = ReturnType<typeof createProgrammeService>;
