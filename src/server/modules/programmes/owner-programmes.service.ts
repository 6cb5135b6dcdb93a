import { fail } from '../../errors';
import { type Actor, membershipIn } from '../../kernel/actor';
import { qrSvg } from '../../lib/qr';
import type { AttendanceService } from './attendance.service';
import type { ParticipantRepository } from './participant.repository';
import { ownerIdOf } from './programme.policy';
import type { ProgrammeRepository } from './programme.repository';

export interface OwnerProgrammeDeps {
  programmeRepo: ProgrammeRepository;
  repo: ParticipantRepository;
  attendance: Pick<AttendanceService, 'tokenFor'>;
  /** Topics the owner's businesses need (from the portal's latest statements). */
  needsOf: (actor: Actor, kw: string) => Promise<string[]>;
  now?: () => Date;
}

/** The programmes side of the owner portal: open programmes, my applications with their QR, certificates. */
export function createOwnerProgrammeService({ programmeRepo, repo, attendance, needsOf, now = () => new Date() }: OwnerProgrammeDeps) {
  const assertOwner = (actor: Actor, kw: string) => {
    if (membershipIn(actor, kw)?.role !== 'owner') throw fail.forbidden();
  };

  return {
    /** Batches of open programmes that have not ended, with seats left and whether they match a stated need. */
    async open(actor: Actor, kw: string) {
      assertOwner(actor, kw);
      const rows = await programmeRepo.openBatches(kw, now().toISOString().slice(0, 10));
      const ownerId = membershipIn(actor, kw)!.ownerId;
      const [counts, mine, needs] = await Promise.all([
        programmeRepo.batchCounts(kw, rows.map((r) => r.batch.id)),
        ownerId ? repo.ofOwner(kw, ownerId) : Promise.resolve([]),
        needsOf(actor, kw),
      ]);
      return {
        items: rows.map(({ programme: p, batch: b }) => ({
          programmeId: p.id, title: p.title, kind: p.kind, topic: p.topic, description: p.description,
          batchId: b.id, batchName: b.name, venue: b.venue, startsOn: b.startsOn, endsOn: b.endsOn,
          seatsLeft: Math.max(0, b.capacity - (counts.find((c) => c.batchId === b.id)?.accepted ?? 0)),
          applied: mine.some((m) => m.participant.programmeId === p.id && m.participant.status !== 'withdrawn'),
          matchesNeed: needs.includes(p.topic),
        })),
      };
    },

    /** The owner's applications, newest first, with sessions attended and the check-in code while accepted. */
    async applications(actor: Actor, kw: string) {
      const ownerId = ownerIdOf(actor, kw);
      const rows = await repo.ofOwner(kw, ownerId);
      const [sessions, attended] = await Promise.all([
        repo.sessionsOfBatches(kw, [...new Set(rows.map((r) => r.batch.id))]),
        repo.attendedSessions(kw, rows.map((r) => r.participant.id)),
      ]);
      return {
        items: rows.map(({ participant: p, programmeTitle, batch, businessName, certificateId }) => ({
          id: p.id, programmeTitle, batchName: batch.name, businessName, venue: batch.venue, startsOn: batch.startsOn, endsOn: batch.endsOn,
          status: p.status, source: p.source, attendancePercent: p.attendancePercent, certificateId,
          checkinToken: p.status === 'accepted' ? attendance.tokenFor(kw, p.id, p.batchId) : null,
          sessions: sessions
            .filter((s) => s.batchId === p.batchId)
            .map((s) => ({ id: s.id, title: s.title, startsAt: s.startsAt.toISOString(), attended: attended.some((a) => a.participantId === p.id && a.sessionId === s.id) })),
        })),
      };
    },

    /** The check-in QR of one of the owner's accepted applications, as SVG. */
    async qr(actor: Actor, kw: string, participantId: string): Promise<string> {
      const ownerId = ownerIdOf(actor, kw);
      const p = await repo.get(kw, participantId);
      if (!p || p.ownerId !== ownerId) throw fail.notFound('errors.programme.notFound');
      if (p.status !== 'accepted') throw fail.conflict('errors.programme.notAccepted');
      return qrSvg(attendance.tokenFor(kw, p.id, p.batchId));
    },
  };
}

export type OwnerProgrammeService = ReturnType<typeof createOwnerProgrammeService>;
