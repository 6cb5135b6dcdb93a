import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/query';
import { AppError, fail } from '../../errors';
import { type Actor, type AuditActor, auditActor } from '../../kernel/actor';
import type { AuditService } from '../audit/audit.service';
import type { NotificationInput } from '../notifications/notification.service';
import type { RegistryService } from '../registry/registry.service';
import type { RegionDirectory } from '../tenancy/regions';
import { checkEligibility, type EligibilityResult, rankCandidates } from './eligibility';
import type { ParticipantFacts, ParticipantRepository, ParticipantRow } from './participant.repository';
import { assertManagesProgrammes, assertReadsProgrammes, nominationScope, ownerIdOf } from './programme.policy';
import type { BatchRow, ProgrammeRow } from './programme.repository';
import type { DecisionInput, NominationInput, ParticipantView } from './programme.schemas';
import type { ProgrammeService } from './programme.service';
import { type ParticipantStatus, SEATED_STATUSES } from './programme.table';

export interface ParticipantDeps {
  db: Db;
  repo: ParticipantRepository;
  programmes: Pick<ProgrammeService, 'load' | 'loadBatch'> & { lockBatch(tx: Db, kw: string, id: string): Promise<BatchRow | undefined> };
  registry: Pick<RegistryService, 'assertReadable'>;
  audit: AuditService;
  regions: RegionDirectory;
  notify: (tx: Db, input: NotificationInput) => Promise<unknown>;
  /** Called in the seat decision's transaction when a business is seated: follow-up takes its baseline. */
  onSeated?: (tx: Db, kw: string, businessId: string) => Promise<void>;
  now?: () => Date;
}

const SEATED: readonly ParticipantStatus[] = SEATED_STATUSES;
/** Which details each nomination source must name. */
const REQUIRED_DETAIL: Partial<Record<NominationInput['source'], (keyof NominationInput['sourceDetail'])[]>> = {
  epokir: ['councilMember'], agency: ['agency'], topdown: ['occasion'], musrenbang: ['year', 'desaCode'],
};

/** The waitlist promotes on its own, in the transaction that freed the seat: the system is the actor. */
const WAITLIST_ACTOR: AuditActor = { userId: null, name: 'Sistem (daftar tunggu)' };

/** Nominations and applications, screening against the programme's rules, seat decisions and the waitlist. */
export function createParticipantService(deps: ParticipantDeps) {
  const { db, repo, programmes, registry, audit, regions, notify } = deps;
  const now = deps.now ?? (() => new Date());

  /** Screens candidates of one programme; `seatedDelta` leaves a candidate's own seat out of its quota. */
  async function screen(kw: string, programme: ProgrammeRow, facts: ParticipantFacts[], tx: Db = db) {
    const [history, accepted] = await Promise.all([
      repo.historyOf(kw, facts.map((f) => f.participant.businessId), programme, tx),
      repo.acceptedPerKecamatan(kw, programme.id, tx),
    ]);
    return facts.map((f) => {
      const own = SEATED.includes(f.participant.status) ? 1 : 0;
      const result = checkEligibility(
        {
          businessId: f.participant.businessId, scale: f.scale, sector: f.sector, kecamatanCode: f.kecamatanCode, startYear: f.startYear,
          licenceKinds: f.licenceKinds,
          history: history.filter((h) => h.business_id === f.participant.businessId).map((h) => ({ programmeId: h.programme_id, year: h.year, status: h.status })),
          appliedAt: f.participant.createdAt.toISOString(),
        },
        {
          rules: programme.rules, targets: programme.targets, currentYear: now().getFullYear(),
          acceptedPerKecamatan: { ...accepted, [f.kecamatanCode]: (accepted[f.kecamatanCode] ?? 0) - own },
        },
      );
      return { facts: f, result, appliedAt: f.participant.createdAt.toISOString() };
    });
  }

  function toView(f: ParticipantFacts, result: EligibilityResult, rank: number): ParticipantView {
    const p = f.participant;
    return {
      id: p.id, programmeId: p.programmeId, batchId: p.batchId, businessId: p.businessId, businessName: f.businessName, ownerName: f.ownerName,
      gender: f.gender, kecamatanCode: f.kecamatanCode, kecamatanName: regions.kecamatan(f.kecamatanCode)?.name ?? f.kecamatanCode,
      scale: f.scale, sector: f.sector, source: p.source, sourceDetail: p.sourceDetail, status: p.status, overrideReason: p.overrideReason,
      nominatedByName: p.nominatedByName, decidedByName: p.decidedByName, createdAt: p.createdAt.toISOString(),
      eligible: result.eligible, firstTime: result.firstTime, reasons: result.reasons, rank,
      attended: f.attended, attendancePercent: p.attendancePercent, certificateId: f.certificateId, certificateRevoked: f.certificateRevoked, version: p.version,
    };
  }

  async function viewOf(kw: string, id: string): Promise<ParticipantView> {
    const facts = await repo.factsOf(kw, id);
    if (!facts) throw fail.notFound('errors.programme.notFound');
    const programme = await programmes.load(kw, facts.participant.programmeId);
    const [screened] = await screen(kw, programme, [facts]);
    return toView(facts, screened!.result, 0);
  }

  const notifyOwner = async (tx: Db, kw: string, facts: ParticipantFacts, template: NotificationInput['template'], params: Record<string, string | number>) => {
    if (facts.ownerPhone) await notify(tx, { kodeWilayah: kw, recipient: facts.ownerPhone, template, params, dedupeKey: `${template}:${facts.participant.id}:${facts.participant.version}` });
  };

  /**
   * Gives a freed seat to the first eligible waitlisted candidate (earliest on the list), inside the
   * transaction that freed it and under the same batch lock.
   */
  async function promoteFromWaitlist(
    tx: Db, kw: string, batch: { id: string; capacity: number; name: string; startsOn: string; venue: string | null }, programme: ProgrammeRow, excludeId: string,
  ) {
    if ((await repo.acceptedCount(tx, kw, batch.id)) >= batch.capacity) return false;
    // The participant who just gave up the seat (e.g. moved to the waitlist) is not a candidate for it.
    const waiting = (await repo.factsOfBatch(kw, batch.id, tx)).filter((f) => f.participant.status === 'waitlisted' && f.participant.id !== excludeId);
    const screened = rankCandidates(await screen(kw, programme, waiting, tx), { ...programme.rules, firstTimeFirst: false })
      .sort((a, b) => (a.facts.participant.waitlistedAt?.getTime() ?? 0) - (b.facts.participant.waitlistedAt?.getTime() ?? 0));
    const next = screened.find((s) => s.result.eligible);
    if (!next) return false;
    const p = next.facts.participant;
    const updated = await repo.update(tx, kw, p.id, p.version, { status: 'accepted', decidedByName: 'Sistem (daftar tunggu)', decidedAt: now(), eligibility: next.result });
    await audit.record(tx, { kodeWilayah: kw, actor: WAITLIST_ACTOR, action: 'update', entity: 'participant', entityId: p.id, before: { status: p.status }, after: { status: 'accepted', reason: 'waitlist_promoted' } });
    await deps.onSeated?.(tx, kw, p.businessId);
    await notifyOwner(tx, kw, { ...next.facts, participant: updated! }, 'waitlist_promoted', { programme: programme.title, batch: batch.name, startsOn: batch.startsOn, venue: batch.venue ?? '-' });
    return true;
  }

  /** Moves a participant to `status` under the batch lock; frees and refills a seat when one is given up. */
  async function changeStatus(actor: Actor | null, kw: string, participant: ParticipantRow, input: DecisionInput, statusOf: (p: ParticipantRow) => ParticipantStatus) {
    const programme = await programmes.load(kw, participant.programmeId);
    await inTransaction(db, async (tx) => {
      const batch = await programmes.lockBatch(tx, kw, participant.batchId);
      if (!batch) throw fail.notFound('errors.programme.notFound');
      if (batch.completedAt) throw fail.conflict('errors.programme.batchCompleted');
      const facts = await repo.factsOf(kw, participant.id, tx);
      if (!facts || facts.participant.version !== input.version) throw fail.conflict('errors.conflict.version');
      const current = facts.participant;
      if (current.status === 'completed' || current.status === 'not_completed') throw fail.conflict('errors.programme.batchCompleted');
      const status = statusOf(current);
      const fields: Partial<ParticipantRow> = { status, decidedByName: actor?.displayName ?? null, decidedAt: now() };
      if (status === 'accepted' && current.status !== 'accepted') {
        const [screened] = await screen(kw, programme, [facts], tx);
        if (!screened!.result.eligible && !input.overrideReason) {
          throw new AppError('validation', 'errors.programme.overrideRequired', [{ field: 'overrideReason', messageKey: 'errors.programme.overrideRequired' }]);
        }
        if ((await repo.acceptedCount(tx, kw, current.batchId)) >= batch.capacity) throw fail.conflict('errors.programme.batchFull', { capacity: batch.capacity });
        Object.assign(fields, { eligibility: screened!.result, overrideReason: screened!.result.eligible ? null : input.overrideReason });
      }
      if (status === 'waitlisted' && current.status !== 'waitlisted') fields.waitlistedAt = now();
      const updated = await repo.update(tx, kw, current.id, current.version, fields);
      if (!updated) throw fail.conflict('errors.conflict.version');
      await audit.record(tx, {
        kodeWilayah: kw, actor: actor ? auditActor(actor) : WAITLIST_ACTOR, action: 'update', entity: 'participant', entityId: current.id,
        before: { status: current.status }, after: { status, overrideReason: fields.overrideReason ?? undefined },
      });
      if (status === 'accepted' && current.status !== 'accepted') {
        await deps.onSeated?.(tx, kw, current.businessId);
        await notifyOwner(tx, kw, { ...facts, participant: updated }, 'application_accepted', { programme: programme.title, batch: batch.name, startsOn: batch.startsOn, venue: batch.venue ?? '-' });
      }
      if (current.status === 'accepted' && status !== 'accepted') await promoteFromWaitlist(tx, kw, batch, programme, current.id);
    });
  }

  return {
    /** Fills every free seat of a batch from its waitlist (after its capacity was raised), in the caller's transaction and lock. */
    async fillSeats(tx: Db, kw: string, batchId: string): Promise<void> {
      const batch = await programmes.loadBatch(kw, batchId, tx);
      const programme = await programmes.load(kw, batch.programmeId, tx);
      while (await promoteFromWaitlist(tx, kw, batch, programme, '')) {
        // one seat per round: each promotion re-reads the seats left and the waitlist
      }
    },

    /** The batch's candidates, screened against the programme's rules and ranked (rank 1 first). */
    async list(actor: Actor, kw: string, batchId: string) {
      assertReadsProgrammes(actor, kw);
      const batch = await programmes.loadBatch(kw, batchId);
      const programme = await programmes.load(kw, batch.programmeId);
      const screened = rankCandidates(await screen(kw, programme, await repo.factsOfBatch(kw, batchId)), programme.rules);
      const items = screened.map((s, i) => toView(s.facts, s.result, i + 1));
      return { items, capacity: batch.capacity, accepted: items.filter((p) => SEATED.includes(p.status)).length };
    },

    /** An officer's or assistant's nomination, with where it came from. */
    async nominate(actor: Actor, kw: string, batchId: string, input: NominationInput): Promise<ParticipantView> {
      nominationScope(actor, kw);
      const missing = (REQUIRED_DETAIL[input.source] ?? []).filter((key) => !input.sourceDetail[key]);
      if (missing.length) {
        throw new AppError('validation', 'errors.programme.sourceDetailRequired', missing.map((key) => ({ field: `sourceDetail.${key}`, messageKey: 'validation.required' })));
      }
      return this.enrol(actor, kw, batchId, input);
    },

    /** An owner applying from the portal for one of their businesses. */
    async apply(actor: Actor, kw: string, input: { batchId: string; businessId: string }) {
      ownerIdOf(actor, kw);
      return this.enrol(actor, kw, input.batchId, { businessId: input.businessId, source: 'self', sourceDetail: {} });
    },

    /** Shared by nominations and applications: checks scope and openness, takes a place or the waitlist. */
    async enrol(actor: Actor, kw: string, batchId: string, input: NominationInput): Promise<ParticipantView> {
      const batch = await programmes.loadBatch(kw, batchId);
      const programme = await programmes.load(kw, batch.programmeId);
      const { ownerId } = await registry.assertReadable(actor, kw, input.businessId);
      const self = input.source === 'self';
      if (batch.completedAt || programme.status === 'closed' || (self && programme.status !== 'open')) throw fail.conflict('errors.programme.notOpen');
      const id = await inTransaction(db, async (tx) => {
        const locked = await programmes.lockBatch(tx, kw, batchId);
        const full = (await repo.acceptedCount(tx, kw, batchId)) >= locked!.capacity;
        const existing = await repo.findByBusiness(kw, programme.id, input.businessId, tx);
        if (existing && existing.status !== 'withdrawn') throw fail.conflict('errors.programme.alreadyApplied', { status: existing.status });
        // A self-applicant to a full batch goes straight to the waitlist; staff nominations wait for screening.
        const status: ParticipantStatus = self && full ? 'waitlisted' : 'applied';
        const fresh = {
          batchId, source: input.source, sourceDetail: input.sourceDetail, status, waitlistedAt: status === 'waitlisted' ? now() : null,
          nominatedByName: actor.displayName, decidedByName: null, decidedAt: null, overrideReason: null, eligibility: null,
        };
        // Someone who withdrew may apply again: the same row is renewed, so one business stays one participant.
        const row = existing
          ? await repo.update(tx, kw, existing.id, existing.version, fresh)
          : await repo.insert(tx, { kodeWilayah: kw, id: randomUUID(), programmeId: programme.id, businessId: input.businessId, ownerId, ...fresh });
        if (!row) throw fail.conflict('errors.programme.alreadyApplied', { status: 'applied' });
        await audit.record(tx, { kodeWilayah: kw, actor: auditActor(actor), action: 'create', entity: 'participant', entityId: row.id, after: { ...input, status } });
        const facts = (await repo.factsOf(kw, row.id, tx))!;
        await notifyOwner(tx, kw, facts, status === 'waitlisted' ? 'application_waitlisted' : 'application_received', { programme: programme.title, batch: batch.name });
        return row.id;
      });
      return viewOf(kw, id);
    },

    /** Accept, waitlist, reject or withdraw; accepting checks seats and rules (an override needs a reason). */
    async decide(actor: Actor, kw: string, participantId: string, input: DecisionInput): Promise<ParticipantView> {
      assertManagesProgrammes(actor, kw);
      const participant = await repo.get(kw, participantId);
      if (!participant) throw fail.notFound('errors.programme.notFound');
      const target: Record<DecisionInput['action'], ParticipantStatus> = { accept: 'accepted', waitlist: 'waitlisted', reject: 'rejected', withdraw: 'withdrawn' };
      await changeStatus(actor, kw, participant, input, () => target[input.action]);
      return viewOf(kw, participantId);
    },

    /** An owner withdrawing their own application. */
    async withdrawOwn(actor: Actor, kw: string, participantId: string): Promise<void> {
      const ownerId = ownerIdOf(actor, kw);
      const participant = await repo.get(kw, participantId);
      if (!participant || participant.ownerId !== ownerId) throw fail.notFound('errors.programme.notFound');
      await changeStatus(actor, kw, participant, { action: 'withdraw', version: participant.version }, () => 'withdrawn');
    },
  };
}

export type ParticipantService = ReturnType<typeof createParticipantService>;
