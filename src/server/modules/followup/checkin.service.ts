import type { Db } from '../../db/client';
import { inTransaction } from '../../db/query';
import { AppError, fail, isDataRefusal } from '../../errors';
import { NUL_BYTE_KEY, nulPaths } from '../../kernel/nul-byte';
import { type Actor, auditActor } from '../../kernel/actor';
import type { AuditService } from '../audit/audit.service';
import { seesPersonalData } from '../registry/registry.policy';
import type { BusinessRow } from '../registry/registry.repository';
import type { RegistryObservations } from '../registry/registry.observations';
import { regencyDate } from '../../kernel/time-zone';
import type { FollowupRepository } from './followup.repository';
import { followupReadScope, followupWriteScope, inKecamatanScope } from './followup.policy';
import { CONFLICT_FIELDS, checkinInput, MAX_PHOTO_BYTES, type CheckinAnswer, type CheckinInput } from './followup.schemas';
import { monthlyFromAnnual as monthly } from './outcome-stats';
import { checkPlausibility } from './plausibility';

type ConflictField = (typeof CONFLICT_FIELDS)[number];
type Values = Record<ConflictField, unknown>;

/** Who records a check-in: a logged-in user (field app or office), or the owner through a self-report link. */
export type Recorder =
  | { kind: 'user'; actor: Actor; channel: 'app' | 'office' }
  | { kind: 'self'; taskId: string; businessId: string };

export interface CheckinDeps {
  db: Db;
  repo: FollowupRepository;
  observations: RegistryObservations;
  audit: AuditService;
  now?: () => Date;
}

const PHOTO = /^data:(image\/(?:jpeg|png|webp));base64,([A-Za-z0-9+/]+={0,2})$/;
const sameList = (a: unknown, b: unknown) => JSON.stringify([...((a as string[]) ?? [])].sort()) === JSON.stringify([...((b as string[]) ?? [])].sort());

/** The registry's current values of the fields a check-in changes. */
const registryValues = (b: BusinessRow): Values => ({
  status: b.status, monthlySales: monthly(b.annualSales), workersMale: b.workersMale, workersFemale: b.workersFemale, salesChannels: b.salesChannels,
});
const checkinValues = (c: CheckinInput): Values => ({
  status: c.status, monthlySales: c.monthlySales ?? null, workersMale: c.workersMale ?? null, workersFemale: c.workersFemale ?? null,
  salesChannels: c.salesChannels ?? null,
});

/**
 * Fields where the check-in says something other than the registry, when the registry changed since the
 * version the device saw: with `seen`, only fields changed meanwhile count (someone else's edit of another
 * field is no conflict); without, every differing field does. A field the check-in did not observe (null)
 * never conflicts.
 */
export function conflictFields(business: BusinessRow, input: CheckinInput): ConflictField[] {
  if (!input.baseVersion || input.baseVersion >= business.version) return [];
  const reg = registryValues(business);
  const obs = checkinValues(input);
  const differ = (f: ConflictField, a: unknown, b: unknown) => (f === 'salesChannels' ? !sameList(a, b) : a !== b);
  return CONFLICT_FIELDS.filter((f) => obs[f] !== null && differ(f, obs[f], reg[f]) && (!input.seen || differ(f, input.seen[f], reg[f])));
}

/**
 * Recording check-ins: one from the office or the self-report form, or a batch synced from the field app.
 * Every check-in is one transaction: idempotent by its device-made id, judged for plausibility against the
 * business as it is (locked), appended to the business's history, applied to the registry unless it
 * conflicts with a change made meanwhile, and closing its task.
 */
export function createCheckinService(deps: CheckinDeps) {
  const { db, repo, observations, audit } = deps;
  const now = deps.now ?? (() => new Date());

  /** The head of office reads visits without where they happened or the photo (personal data, like the address). */
  const stripPersonal = (view: ReturnType<typeof toView>) => ({ ...view, latitude: null, longitude: null, hasPhoto: false });

  /** `scaleRuleId` is the regency's rule set, read once per request before any transaction (see scaleRuleOf). */
  async function record(recorder: Recorder, kw: string, input: CheckinInput, scaleRuleId: string): Promise<CheckinAnswer> {
    const scope = recorder.kind === 'user' ? followupWriteScope(recorder.actor, kw) : null;
    const photo = input.photo ? PHOTO.exec(input.photo) : null;
    if (input.photo && !photo) return reject(input.id, 'errors.followup.photoInvalid');
    const photoBytes = photo ? Buffer.from(photo[2]!, 'base64') : null;
    if (photoBytes && photoBytes.length > MAX_PHOTO_BYTES) return reject(input.id, 'errors.followup.photoTooLarge');

    return inTransaction(db, async (tx) => {
      // Same id again (a resend after a lost reply, a double tap): stored once, answered "duplicate".
      if (await repo.checkin(kw, input.id, tx)) return { id: input.id, result: 'duplicate' } as const;
      const business = await observations.lock(tx, kw, input.businessId);
      if (!business) throw fail.notFound('errors.business.notFound');
      if (!inKecamatanScope(scope, business.kecamatanCode)) throw fail.forbidden('errors.business.outOfScope');
      if (input.taskId) {
        const task = await repo.task(kw, input.taskId, tx);
        if (!task || task.businessId !== business.id) return reject(input.id, 'errors.followup.taskNotFound');
      }
      const today = regencyDate(kw, now());
      const lastVisit = await repo.lastVisitOn(tx, kw, business.id);
      const findings = checkPlausibility(
        { status: input.status, monthlySales: input.monthlySales ?? null, workersMale: input.workersMale ?? null, workersFemale: input.workersFemale ?? null, statusReason: input.statusReason ?? null, date: input.visitedOn },
        {
          scale: business.scale, monthlySales: monthly(business.annualSales), workers: business.workersMale + business.workersFemale,
          lastVisitDate: lastVisit, startYear: business.startYear,
        },
        today,
      );
      const fields = findings.map((f) => ({ field: f.field, severity: f.severity, messageKey: f.messageKey, params: f.params }));
      if (findings.some((f) => f.severity === 'error')) return reject(input.id, 'errors.validation', fields);
      if (findings.length && !input.confirmed) return reject(input.id, 'errors.followup.needsConfirmation', fields);

      if (recorder.kind === 'self') {
        // A personal link answers its task once; a second report (or a stale tab) is refused, not applied.
        const task = await repo.lockTask(tx, kw, recorder.taskId);
        if (task?.doneOn) return reject(input.id, 'errors.followup.linkUsed');
      }
      const conflicts = conflictFields(business, input);
      // A visit older than the last one recorded is history only: it must not overwrite newer news.
      const hold = new Set<ConflictField>(input.visitedOn < (lastVisit ?? '') ? CONFLICT_FIELDS : conflicts);
      const by = recorder.kind === 'user' ? auditActor(recorder.actor) : { userId: null, name: 'Pemilik (lapor mandiri)' };
      const stored = await repo.insertCheckin(tx, {
        kodeWilayah: kw, id: input.id, businessId: business.id, taskId: input.taskId ?? null,
        channel: recorder.kind === 'user' ? recorder.channel : 'self', recordedByUserId: by.userId, recordedByName: by.name,
        visitedOn: input.visitedOn, status: input.status, statusReason: input.statusReason ?? null, monthlySales: input.monthlySales ?? null,
        workersMale: input.workersMale ?? null, workersFemale: input.workersFemale ?? null, newProducts: input.newProducts ?? null,
        salesChannels: input.salesChannels ?? null, licencesObtained: input.licencesObtained, problems: input.problems ?? null, needs: input.needs,
        latitude: input.latitude ?? null, longitude: input.longitude ?? null, baseVersion: input.baseVersion ?? null,
        conflictFields: conflicts.length ? conflicts : null, conflictRegistry: conflicts.length ? registryValues(business) : null,
      });
      if (!stored) return { id: input.id, result: 'duplicate' } as const;
      if (photo && photoBytes) await repo.insertPhoto(tx, { kodeWilayah: kw, checkinId: input.id, mime: photo[1]!, base64: photo[2]! });
      const after = await observations.observe(tx, kw, business, {
        visitedOn: input.visitedOn, status: input.status, statusReason: input.statusReason ?? null,
        annualSales: input.monthlySales == null ? null : input.monthlySales * 12, workersMale: input.workersMale ?? null,
        workersFemale: input.workersFemale ?? null, salesChannels: input.salesChannels ?? null, licencesObtained: input.licencesObtained,
      }, by, hold, scaleRuleId);
      if (input.taskId) await repo.markTaskDone(tx, kw, input.taskId, input.visitedOn, input.id);
      await audit.record(tx, {
        kodeWilayah: kw, actor: by, action: 'create', entity: 'checkin', entityId: input.id,
        after: { businessId: business.id, taskId: input.taskId ?? null, visitedOn: input.visitedOn, ...checkinValues(input), conflicts },
      });
      if (!conflicts.length) return { id: input.id, result: 'stored' } as const;
      return {
        id: input.id, result: 'conflict',
        current: { version: after.version, values: registryValues(after), checkin: checkinValues(input), fields: conflicts },
      } as CheckinAnswer;
    });
  }

  function reject(id: string, messageKey: string, fields?: CheckinAnswer extends infer A ? (A extends { result: 'rejected'; fields?: infer F } ? F : never) : never): CheckinAnswer {
    return { id, result: 'rejected', messageKey, ...(fields ? { fields } : {}) };
  }

  /** One item of a field-app batch: always an answer, never a throw for what is wrong with this item alone. */
  async function syncItem(actor: Actor, kw: string, raw: unknown, scaleRuleId: string): Promise<CheckinAnswer> {
    // The answer echoes the id as sent (so the phone can match it) even when it is not a UUID.
    const sentId = (raw as { id?: unknown } | null)?.id;
    const id = typeof sentId === 'string' ? sentId.replaceAll('\u0000', '').slice(0, 64) : '';
    const nul = nulPaths(raw);
    if (nul.length) return reject(id, NUL_BYTE_KEY, nul.map((field) => ({ field, severity: 'error' as const, messageKey: NUL_BYTE_KEY, params: {} })));
    const parsed = checkinInput.safeParse(raw);
    if (!parsed.success) {
      return reject(id, 'errors.validation', parsed.error.issues.map((i) => ({ field: i.path.join('.'), severity: 'error' as const, messageKey: `validation.${i.code}`, params: {} })));
    }
    try {
      return await record({ kind: 'user', actor, channel: 'app' }, kw, parsed.data, scaleRuleId);
    } catch (error) {
      if (error instanceof AppError) return reject(parsed.data.id, error.messageKey);
      // The database refused this item's data (its transaction is rolled back; the others are untouched).
      if (isDataRefusal(error)) return reject(parsed.data.id, 'errors.followup.itemUnstorable');
      throw error;
    }
  }

  /** A single check-in's rejection becomes the one error type (422 with the findings as field messages). */
  function orThrow(answer: CheckinAnswer): CheckinAnswer {
    if (answer.result !== 'rejected') return answer;
    if (answer.messageKey === 'errors.followup.taskNotFound') throw fail.notFound(answer.messageKey);
    if (answer.messageKey === 'errors.followup.linkUsed') throw fail.conflict(answer.messageKey);
    const fields = (answer.fields ?? []).map((f) => ({ field: f.field, messageKey: f.messageKey, params: { ...f.params, severity: f.severity } }));
    throw new AppError('validation', answer.messageKey, fields.length ? fields : [{ field: 'photo', messageKey: answer.messageKey }]);
  }

  /** A listed check-in (raw snake_case row) as the API shows it. */
  const toView = (r: Record<string, unknown> & { business_name: string; has_photo: boolean }) => {
    const at = (k: string): unknown => r[k] ?? null;
    const conflictFieldsOf = at('conflict_fields') as ConflictField[] | null;
    const resolvedAt = at('conflict_resolved_at') as Date | string | null;
    return {
      id: String(at('id')), businessId: String(at('business_id')), businessName: r.business_name, taskId: at('task_id') as string | null,
      visitedOn: String(at('visited_on')).slice(0, 10), channel: at('channel') as 'app' | 'self' | 'office', recordedByName: String(at('recorded_by_name')),
      status: at('status') as 'active' | 'dormant' | 'closed', statusReason: at('status_reason') as string | null,
      monthlySales: at('monthly_sales') === null ? null : Number(at('monthly_sales')), workersMale: at('workers_male') as number | null,
      workersFemale: at('workers_female') as number | null, newProducts: at('new_products') as string | null,
      salesChannels: at('sales_channels') as string[] | null, licencesObtained: (at('licences_obtained') as string[] | null) ?? [],
      problems: at('problems') as string | null, needs: (at('needs') as string[] | null) ?? [], hasPhoto: Boolean(r.has_photo),
      latitude: at('latitude') as number | null, longitude: at('longitude') as number | null,
      conflict: conflictFieldsOf
        ? { fields: conflictFieldsOf, registry: at('conflict_registry') as never, resolvedAt: resolvedAt ? new Date(resolvedAt).toISOString() : null }
        : null,
      createdAt: new Date(at('created_at') as string).toISOString(),
    };
  };

  return {
    /** One check-in (office entry): stored / duplicate / conflict, or a 422 with the findings. */
    async recordOne(actor: Actor, kw: string, input: CheckinInput, channel: 'app' | 'office' = 'office') {
      return orThrow(await record({ kind: 'user', actor, channel }, kw, input, await observations.scaleRuleOf(kw)));
    },

    /** The owner's self-report (the link already verified by the caller). */
    async recordSelf(kw: string, link: { taskId: string; businessId: string }, input: Omit<CheckinInput, 'businessId' | 'taskId'>) {
      // The owner reports "now": the regency's date, not the phone's clock (which may be wrong or an hour ahead).
      const visitedOn = regencyDate(kw, now());
      return orThrow(await record({ kind: 'self', ...link }, kw, { ...input, visitedOn, businessId: link.businessId, taskId: link.taskId }, await observations.scaleRuleOf(kw)));
    },

    /**
     * A batch from the field app, answered item by item in order (one answer per item). Each item is its
     * own transaction, so one bad check-in never holds back the others, and a cut mid-way leaves the stored
     * ones stored. An item that can never be stored (not a check-in, a NUL byte, a value the database
     * refuses) is answered `rejected` with the reason: the phone must not resend it, and no single item
     * makes the batch a 500. Only what a retry can cure (a lost connection, a time-out) fails the batch.
     */
    async sync(actor: Actor, kw: string, items: unknown[]): Promise<{ answers: CheckinAnswer[] }> {
      followupWriteScope(actor, kw);
      const scaleRuleId = await observations.scaleRuleOf(kw);
      const answers: CheckinAnswer[] = [];
      for (const raw of items) answers.push(await syncItem(actor, kw, raw, scaleRuleId));
      return { answers };
    },

    async list(actor: Actor, kw: string, query: { businessId?: string; conflicts?: boolean }) {
      const kecamatanCodes = followupReadScope(actor, kw);
      const rows = await repo.listCheckins(kw, { businessId: query.businessId, conflictsOnly: query.conflicts, kecamatanCodes });
      const views = rows.map(toView);
      return { items: seesPersonalData(actor, kw) ? views : views.map(stripPersonal) };
    },

    async photo(actor: Actor, kw: string, checkinId: string) {
      const kecamatanCodes = followupReadScope(actor, kw);
      if (!seesPersonalData(actor, kw)) throw fail.forbidden();
      const checkin = await repo.checkin(kw, checkinId);
      const photo = checkin && (await repo.photo(kw, checkinId));
      if (!checkin || !photo) throw fail.notFound();
      const business = await observations.contactOf(kw, checkin.businessId);
      if (!business || !inKecamatanScope(kecamatanCodes, business.kecamatanCode)) throw fail.notFound();
      return { mime: photo.mime, bytes: photo.bytes };
    },

    /**
     * Settles a conflict: per field, the check-in's value or the registry's. The chosen values are applied
     * as the business's current record (refused with 409 if it changed again since `businessVersion`).
     */
    async resolve(actor: Actor, kw: string, checkinId: string, input: { businessVersion: number; take: Record<ConflictField, 'checkin' | 'registry'> }) {
      const scope = followupWriteScope(actor, kw);
      const scaleRuleId = await observations.scaleRuleOf(kw);
      return inTransaction(db, async (tx) => {
        const checkin = await repo.checkin(kw, checkinId, tx);
        if (!checkin?.conflictFields) throw fail.notFound('errors.followup.noConflict');
        if (checkin.conflictResolvedAt) throw fail.conflict('errors.followup.alreadyResolved');
        const business = await observations.lock(tx, kw, checkin.businessId);
        if (!business) throw fail.notFound('errors.business.notFound');
        if (!inKecamatanScope(scope, business.kecamatanCode)) throw fail.forbidden('errors.business.outOfScope');
        if (business.version !== input.businessVersion) throw fail.conflict('errors.conflict.version');
        const use = (f: ConflictField) => checkin.conflictFields!.includes(f) && input.take[f] === 'checkin';
        const by = auditActor(actor);
        const after = await observations.applyChoice(tx, kw, business, {
          status: use('status') ? checkin.status : business.status,
          statusReason: use('status') ? checkin.statusReason : business.statusReason,
          annualSales: use('monthlySales') && checkin.monthlySales !== null ? checkin.monthlySales * 12 : business.annualSales,
          workersMale: use('workersMale') && checkin.workersMale !== null ? checkin.workersMale : business.workersMale,
          workersFemale: use('workersFemale') && checkin.workersFemale !== null ? checkin.workersFemale : business.workersFemale,
          salesChannels: use('salesChannels') && checkin.salesChannels ? (checkin.salesChannels as BusinessRow['salesChannels']) : business.salesChannels,
        }, by, scaleRuleId);
        await repo.markResolved(tx, kw, checkinId, now());
        await audit.record(tx, { kodeWilayah: kw, actor: by, action: 'update', entity: 'checkin', entityId: checkinId, after: { resolved: input.take } });
        return { businessVersion: after.version };
      });
    },
  };
}

export type CheckinService = ReturnType<typeof createCheckinService>;
