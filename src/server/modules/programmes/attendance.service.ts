import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/query';
import { AppError, fail } from '../../errors';
import { type Actor, auditActor, membershipIn } from '../../kernel/actor';
import type { AuditService } from '../audit/audit.service';
import type { NotificationInput } from '../notifications/notification.service';
import { defaultLetterhead, type TenantService } from '../tenancy/tenant.service';
import { regencyDate, regencyTimeZone } from '../../kernel/time-zone';
import { renderCertificatePdf } from './certificate.pdf';
import { signCheckinToken, verifyCheckinToken } from './checkin-token';
import type { ParticipantRepository } from './participant.repository';
import { assertChecksIn, assertManagesProgrammes, assertReadsProgrammes } from './programme.policy';
import type { ProgrammeRepository } from './programme.repository';

export interface AttendanceDeps {
  db: Db;
  repo: ParticipantRepository;
  programmeRepo: ProgrammeRepository;
  tenants: Pick<TenantService, 'requireTenant'>;
  audit: AuditService;
  notify: (tx: Db, input: NotificationInput) => Promise<unknown>;
  /** Key that signs check-in codes. */
  secret: Buffer;
  /** Public address of the app, for verification links. */
  publicUrl: string;
  /** Called in the completion's transaction with who completed: follow-up plans their check-ins. */
  onCompleted?: (tx: Db, kw: string, programme: { id: string; followupOffsetsMonths: number[] }, completed: { participantId: string; businessId: string }[], completedOn: string) => Promise<unknown>;
  now?: () => Date;
}

/** Unambiguous characters (no 0/O, 1/I/L) for certificate codes people may type from paper. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const certificateCode = () => Array.from(randomBytes(12), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');

/** Attendance by QR or list, completion by the programme's rule, certificates and their public verification. */
export function createAttendanceService(deps: AttendanceDeps) {
  const { db, repo, programmeRepo, tenants, audit, notify, secret, publicUrl } = deps;
  const now = deps.now ?? (() => new Date());
  const verifyUrl = (kw: string, code: string) => `${publicUrl.replace(/\/$/, '')}/portal/verifikasi/${kw}/${code}`;

  async function loadSession(kw: string, sessionId: string) {
    const session = await programmeRepo.getSession(kw, sessionId);
    if (!session) throw fail.notFound('errors.programme.notFound');
    return session;
  }

  return {
    /** The text of a participant's check-in QR. */
    tokenFor(kw: string, participantId: string, batchId: string): string {
      return signCheckinToken(secret, { kodeWilayah: kw, participantId, batchId });
    },

    /** Accepted participants of the session's batch and whether each is checked in. */
    async attendance(actor: Actor, kw: string, sessionId: string) {
      assertReadsProgrammes(actor, kw);
      const session = await loadSession(kw, sessionId);
      const rows = await repo.attendanceOfSession(kw, sessionId, session.batchId);
      return { items: rows.map((r) => ({ ...r, checkedInAt: r.checkedInAt?.toISOString() ?? null })) };
    },

    /**
     * Checks a participant in to a session, from a scanned code or a tick on the list. A forged code or one
     * of another batch is refused; a second scan answers "already checked in" and stores nothing.
     */
    async checkIn(actor: Actor, kw: string, sessionId: string, input: { token: string } | { participantId: string }) {
      assertChecksIn(actor, kw);
      const session = await loadSession(kw, sessionId);
      let participantId: string;
      if ('token' in input) {
        const claim = verifyCheckinToken(secret, input.token);
        if (!claim) throw new AppError('validation', 'errors.programme.qrInvalid');
        if (claim.kodeWilayah !== kw || claim.batchId !== session.batchId) throw new AppError('validation', 'errors.programme.qrOtherBatch');
        participantId = claim.participantId;
      } else participantId = input.participantId;
      const facts = await repo.factsOf(kw, participantId);
      if (!facts) throw fail.notFound('errors.programme.notFound');
      if (facts.participant.batchId !== session.batchId) throw new AppError('validation', 'errors.programme.qrOtherBatch');
      if (facts.participant.status !== 'accepted') throw fail.conflict('errors.programme.notAccepted');
      // Under the batch lock, so a check-in and the batch's completion (which counts attendance) never interleave.
      const result = await inTransaction(db, async (tx) => {
        const batch = await programmeRepo.lockBatch(tx, kw, session.batchId);
        if (batch?.completedAt) throw fail.conflict('errors.programme.batchCompleted');
        return repo.checkIn(tx, { kodeWilayah: kw, sessionId, participantId, method: 'token' in input ? 'qr' : 'list', checkedInByName: actor.displayName });
      });
      return { participantId, businessName: facts.businessName, ownerName: facts.ownerName, firstTime: result.inserted, checkedInAt: result.checkedInAt.toISOString() };
    },

    /**
     * Closes a batch: each accepted participant is completed when they attended at least the programme's
     * share of sessions, else not completed; the completed get a numbered certificate and a message.
     * Runs once: the batch lock and `completedAt` make a second click a 409.
     */
    async complete(actor: Actor, kw: string, batchId: string) {
      assertManagesProgrammes(actor, kw);
      return inTransaction(db, async (tx) => {
        const batch = await programmeRepo.lockBatch(tx, kw, batchId);
        if (!batch) throw fail.notFound('errors.programme.notFound');
        if (batch.completedAt) throw fail.conflict('errors.programme.batchCompleted');
        const programme = (await programmeRepo.getProgramme(kw, batch.programmeId, tx))!;
        const sessions = await programmeRepo.sessionsOf(kw, [batchId], tx);
        if (!sessions.length) throw fail.conflict('errors.programme.noSessions');
        const seated = (await repo.factsOfBatch(kw, batchId, tx)).filter((f) => f.participant.status === 'accepted');
        let completed = 0;
        const completedList: { participantId: string; businessId: string }[] = [];
        const year = now().getFullYear();
        for (const f of seated) {
          const percent = Math.floor((f.attended * 100) / sessions.length);
          const done = percent >= programme.completionMinPercent;
          await repo.update(tx, kw, f.participant.id, f.participant.version, { status: done ? 'completed' : 'not_completed', attendancePercent: percent });
          if (!done) continue;
          completed += 1;
          completedList.push({ participantId: f.participant.id, businessId: f.participant.businessId });
          const serial = await repo.nextCertificateSerial(tx, kw, year);
          const code = certificateCode();
          await repo.insertCertificate(tx, {
            kodeWilayah: kw, id: randomUUID(), participantId: f.participant.id, code,
            number: `${String(serial).padStart(4, '0')}/SERT/${kw}/${year}`,
          });
          if (f.ownerPhone) {
            await notify(tx, {
              kodeWilayah: kw, recipient: f.ownerPhone, template: 'certificate_ready', dedupeKey: `certificate_ready:${f.participant.id}`,
              params: { programme: programme.title, url: verifyUrl(kw, code) },
            });
          }
        }
        await programmeRepo.updateBatch(tx, kw, batchId, { completedAt: now() });
        await deps.onCompleted?.(tx, kw, programme, completedList, regencyDate(kw, now()));
        await audit.record(tx, {
          kodeWilayah: kw, actor: auditActor(actor), action: 'update', entity: 'batch', entityId: batchId,
          after: { completed, notCompleted: seated.length - completed, sessions: sessions.length },
        });
        return { completed, notCompleted: seated.length - completed, certificates: completed };
      });
    },

    /** The certificate PDF: for the owner it belongs to and for staff. */
    async certificatePdf(actor: Actor, kw: string, certificateId: string, lang: 'id' | 'en'): Promise<Buffer> {
      const row = await repo.certificate(kw, { id: certificateId });
      if (!row || row.certificate.revokedAt) throw fail.notFound('errors.programme.certificateNotFound');
      const m = membershipIn(actor, kw);
      if (m?.role === 'owner') {
        if (m.ownerId !== row.participant.ownerId) throw fail.notFound('errors.programme.certificateNotFound');
      } else assertReadsProgrammes(actor, kw);
      const tenant = await tenants.requireTenant(kw);
      return renderCertificatePdf({
        lang, letterhead: tenant.letterhead ?? defaultLetterhead(tenant.name), number: row.certificate.number, participantName: row.ownerName, businessName: row.businessName,
        programmeTitle: row.programmeTitle, batchName: row.batchName, startsOn: row.startsOn, endsOn: row.endsOn,
        attendancePercent: row.participant.attendancePercent ?? 0, issuedAt: row.certificate.issuedAt.toISOString(),
        verifyUrl: verifyUrl(kw, row.certificate.code),
      }, { timeZone: regencyTimeZone(kw) });
    },

    /**
     * Revokes a certificate (issued in error, or attendance found false): the public check then says
     * "dicabut". Never deleted: the number stays taken and the audit log keeps who and why.
     */
    async revoke(actor: Actor, kw: string, certificateId: string, reason: string): Promise<void> {
      assertManagesProgrammes(actor, kw);
      const existing = await repo.certificate(kw, { id: certificateId });
      if (!existing) throw fail.notFound('errors.programme.certificateNotFound');
      await inTransaction(db, async (tx) => {
        const row = await repo.revokeCertificate(tx, kw, certificateId, { revokedByName: actor.displayName, revokeReason: reason });
        if (!row) throw fail.conflict('errors.programme.certificateRevoked');
        await audit.record(tx, {
          kodeWilayah: kw, actor: auditActor(actor), action: 'revoke', entity: 'certificate', entityId: certificateId,
          before: { number: row.number }, after: { reason },
        });
      });
    },

    /** Public verification of a certificate by its code: what it says and whether it still stands. */
    async verify(kw: string, code: string) {
      const row = /^[A-Z0-9]{6,20}$/.test(code) ? await repo.certificate(kw, { code }) : undefined;
      if (!row) throw fail.notFound('errors.programme.certificateNotFound');
      const tenant = await tenants.requireTenant(kw);
      return {
        valid: !row.certificate.revokedAt, revoked: Boolean(row.certificate.revokedAt), number: row.certificate.number,
        participantName: row.ownerName, businessName: row.businessName, programmeTitle: row.programmeTitle, batchName: row.batchName,
        startsOn: row.startsOn, endsOn: row.endsOn, issuedAt: row.certificate.issuedAt.toISOString(),
        tenantName: tenant.letterhead?.office ? `${tenant.letterhead.office} ${tenant.name}` : tenant.name,
      };
    },

    /**
     * Queues "your session is tomorrow" for every accepted participant of sessions that start tomorrow in
     * their regency's time zone (WIB, WITA or WIT). Safe to run as often as wanted: one message per
     * participant per session.
     */
    async queueReminders(): Promise<number> {
      const at = now();
      const candidates = await programmeRepo.sessionsStartingBetween(at, new Date(at.getTime() + 48 * 3600_000));
      const sessions = candidates.filter(({ session }) => {
        const kw = session.kodeWilayah;
        return regencyDate(kw, session.startsAt) === regencyDate(kw, new Date(at.getTime() + 24 * 3600_000));
      });
      let queued = 0;
      for (const { session, batch, programme } of sessions) {
        if (batch.completedAt) continue;
        const people = await repo.acceptedWithPhone(session.kodeWilayah, batch.id);
        const startsAt = session.startsAt.toLocaleString('id-ID', { timeZone: regencyTimeZone(session.kodeWilayah), weekday: 'long', hour: '2-digit', minute: '2-digit' });
        await inTransaction(db, async (tx) => {
          for (const p of people) {
            const added = await notify(tx, {
              kodeWilayah: session.kodeWilayah, recipient: p.phone!, template: 'session_reminder', dedupeKey: `reminder:${session.id}:${p.participantId}`,
              params: { programme: programme.title, session: session.title, startsAt, venue: batch.venue ?? '-' },
            });
            if (added) queued += 1;
          }
        });
      }
      return queued;
    },
  };
}

export type AttendanceService = ReturnType<typeof createAttendanceService>;
