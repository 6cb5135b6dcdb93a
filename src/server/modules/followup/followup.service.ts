import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/query';
import { fail } from '../../errors';
import { type Actor, auditActor } from '../../kernel/actor';
import type { AuditService } from '../audit/audit.service';
import type { NotificationInput } from '../notifications/notification.service';
import { maskPhone } from '../../kernel/phone';
import type { RegistryObservations } from '../registry/registry.observations';
import type { RegionDirectory } from '../tenancy/regions';
import type { TenantService } from '../tenancy/tenant.service';
import { regencyDate } from '../../kernel/time-zone';
import type { FollowupRepository, TaskClock, WorklistRow } from './followup.repository';
import { followupReadScope, followupWriteScope, inKecamatanScope } from './followup.policy';
import type { FieldBusiness, TaskView } from './followup.schemas';
import { addDays, monthlyFromAnnual, monthsAfter } from './outcome-stats';
import { signSelfReportToken } from './self-report-token';

/** A task is "due" (not yet overdue, no longer upcoming) from this many days before its date. */
export const DUE_WINDOW_DAYS = 14;
/** How long an owner's self-report link works. */
export const SELF_REPORT_DAYS = 30;

export interface FollowupDeps {
  db: Db;
  repo: FollowupRepository;
  observations: RegistryObservations;
  tenants: Pick<TenantService, 'requireTenant'>;
  regions: RegionDirectory;
  notify: (tx: Db, input: NotificationInput) => Promise<unknown>;
  audit: AuditService;
  secret: Buffer;
  publicUrl: string;
  now?: () => Date;
}


/**
 * Follow-up plans and worklists: tasks are created when a batch completes (one per participant and
 * offset of the programme's plan), a baseline snapshot is taken when a participant is seated, and
 * assistants read the tasks of their kecamatan; owners can be sent a personal self-report link.
 */
export function createFollowupService(deps: FollowupDeps) {
  const { db, repo, observations, tenants, regions, notify } = deps;
  const now = deps.now ?? (() => new Date());

  /** Today and the end of the due window, in the regency's own time zone. */
  const clockOf = (kw: string): TaskClock => {
    const today = regencyDate(kw, now());
    return { today, dueUntil: addDays(today, DUE_WINDOW_DAYS) };
  };

  const toTaskView = (r: WorklistRow): TaskView => ({
    id: r.id, programmeId: r.programme_id, programmeTitle: r.programme_title, participantId: r.participant_id, businessId: r.business_id,
    businessName: r.business_name, ownerName: r.owner_name, kecamatanCode: r.kecamatan_code,
    kecamatanName: regions.kecamatan(r.kecamatan_code)?.name ?? r.kecamatan_code, desaName: regions.desa(r.desa_code)?.name ?? r.desa_code,
    offsetMonths: Number(r.offset_months), dueOn: r.due_on, state: r.state, doneOn: r.done_on, checkinId: r.checkin_id,
  });

  /** The kecamatan asked for, within the actor's scope (an assistant asking for another one is refused). */
  function narrow(scope: string[] | null, kecamatan: string | undefined): string[] | null {
    if (!kecamatan) return scope;
    if (!inKecamatanScope(scope, kecamatan)) throw fail.forbidden('errors.business.outOfScope');
    return [kecamatan];
  }

  return {
    clockOf,

    /** Hook of seat decisions: the business as it is when seated is the baseline its outcomes compare to. */
    async takeBaseline(tx: Db, kw: string, businessId: string): Promise<void> {
      const business = await observations.lock(tx, kw, businessId);
      if (business) await observations.snapshot(tx, kw, business, 'baseline', regencyDate(kw, now()));
    },

    /** Hook of batch completion: one task per completed participant and offset; re-running creates nothing. */
    async planTasks(tx: Db, kw: string, programme: { id: string; followupOffsetsMonths: number[] }, completed: { participantId: string; businessId: string }[], completedOn: string): Promise<number> {
      const rows = completed.flatMap((p) =>
        programme.followupOffsetsMonths.map((offset) => ({
          kodeWilayah: kw, id: randomUUID(), programmeId: programme.id, participantId: p.participantId, businessId: p.businessId,
          offsetMonths: offset, dueOn: monthsAfter(completedOn, offset),
        })),
      );
      return repo.insertTasks(tx, rows);
    },

    /** The worklist: tasks of the actor's kecamatan (or the one asked for), by state, with the tabs' counts. */
    async worklist(actor: Actor, kw: string, query: { kecamatan?: string; programmeId?: string; state: 'upcoming' | 'due' | 'overdue' | 'done' | 'open' | 'all'; limit: number }) {
      const kecamatanCodes = narrow(followupReadScope(actor, kw), query.kecamatan);
      const clock = clockOf(kw);
      const [rows, counts] = await Promise.all([
        repo.worklist(kw, { kecamatanCodes, programmeId: query.programmeId, state: query.state, limit: query.limit }, clock),
        repo.taskCounts(kw, { kecamatanCodes, programmeId: query.programmeId }, clock),
      ]);
      return {
        today: clock.today,
        counts: { upcoming: counts.upcoming ?? 0, due: counts.due ?? 0, overdue: counts.overdue ?? 0, done: counts.done ?? 0 },
        items: rows.map(toTaskView),
      };
    },

    /** The field app's offline pack: open tasks (and recently done ones) plus every business of the kecamatan. */
    async fieldPack(actor: Actor, kw: string, query: { kecamatan?: string }) {
      const kecamatanCodes = narrow(followupWriteScope(actor, kw), query.kecamatan);
      // A phone holds one kecamatan: the whole regency (30,000 businesses, > 10 MB) is refused, not sent.
      if (kecamatanCodes === null) throw fail.validation([{ field: 'kecamatan', messageKey: 'errors.followup.kecamatanRequired' }]);
      const tenant = await tenants.requireTenant(kw);
      const clock = clockOf(kw);
      const [tasks, businesses] = await Promise.all([
        repo.worklist(kw, { kecamatanCodes, state: 'all', limit: 5000 }, clock),
        repo.fieldBusinesses(kw, kecamatanCodes),
      ]);
      const codes = kecamatanCodes;
      return {
        kodeWilayah: kw, tenantName: tenant.name, generatedAt: now().toISOString(), today: clock.today,
        kecamatan: codes.map((code) => ({ code, name: regions.kecamatan(code)?.name ?? code })),
        // Done tasks older than the due window are history the device does not need.
        tasks: tasks.filter((t) => t.state !== 'done' || (t.done_on ?? '') >= addDays(clock.today, -DUE_WINDOW_DAYS)).map(toTaskView),
        businesses: businesses.map((b): FieldBusiness => ({
          id: b.id, version: b.version, name: b.name, ownerName: b.owner_name, kecamatanCode: b.kecamatan_code,
          desaName: regions.desa(b.desa_code)?.name ?? b.desa_code, address: b.address, sector: b.sector as FieldBusiness['sector'],
          status: b.status as FieldBusiness['status'], scale: b.scale as FieldBusiness['scale'], startYear: b.start_year,
          monthlySales: monthlyFromAnnual(b.annual_sales),
          workersMale: b.workers_male, workersFemale: b.workers_female, salesChannels: b.sales_channels as FieldBusiness['salesChannels'],
          licences: b.licences ?? [], lastVisitOn: b.last_visit_on,
        })),
      };
    },

    /**
     * Sends the owner of a task's business a personal link to report without logging in (through the
     * outbox, at most once a day per task) and returns it, so staff can also pass it on by hand.
     */
    async sendSelfReportLink(actor: Actor, kw: string, taskId: string) {
      const scope = followupWriteScope(actor, kw);
      const task = await repo.task(kw, taskId);
      if (!task) throw fail.notFound('errors.followup.taskNotFound');
      if (task.doneOn) throw fail.conflict('errors.followup.taskDone');
      const contact = await observations.contactOf(kw, task.businessId);
      if (!contact) throw fail.notFound('errors.business.notFound');
      if (!inKecamatanScope(scope, contact.kecamatanCode)) throw fail.forbidden('errors.business.outOfScope');
      const at = now();
      const expiresAt = Math.floor(at.getTime() / 1000) + SELF_REPORT_DAYS * 86_400;
      const token = signSelfReportToken(deps.secret, { kodeWilayah: kw, taskId, expiresAt });
      const url = `${deps.publicUrl.replace(/\/$/, '')}/portal/lapor/${token}`;
      await inTransaction(db, async (tx) => {
        if (contact.phone) {
          await notify(tx, {
            kodeWilayah: kw, recipient: contact.phone, template: 'self_report_link', params: { business: contact.businessName, url },
            dedupeKey: `self_report_link:${taskId}:${regencyDate(kw, at)}`,
          });
        }
        await repo.markLinkSent(tx, kw, taskId, at);
        await deps.audit.record(tx, {
          kodeWilayah: kw, actor: auditActor(actor), action: 'create', entity: 'self_report_link', entityId: taskId,
          after: { businessId: task.businessId, expiresAt, sentTo: maskPhone(contact.phone) },
        });
      });
      return { url, expiresAt: new Date(expiresAt * 1000).toISOString(), sentTo: maskPhone(contact.phone) };
    },
  };
}

export type FollowupService = ReturnType<typeof createFollowupService>;
