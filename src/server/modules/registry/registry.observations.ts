import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import type { AuditActor } from '../../kernel/actor';
import type { AuditService } from '../audit/audit.service';
import type { TenantService } from '../tenancy/tenant.service';
import type { BusinessRow, RegistryRepository } from './registry.repository';
import { BUSINESS_STATUSES, LICENCE_KINDS, SALES_CHANNELS } from './registry.table';
import { classifyScale } from '../../kernel/scale-rules';

type Status = (typeof BUSINESS_STATUSES)[number];
type Channel = (typeof SALES_CHANNELS)[number];

/** What a follow-up observed of a business; null = not observed (the registry keeps its value). */
export interface Observation {
  visitedOn: string;
  status: Status;
  statusReason: string | null;
  annualSales: number | null;
  workersMale: number | null;
  workersFemale: number | null;
  salesChannels: Channel[] | null;
  licencesObtained: (typeof LICENCE_KINDS)[number][];
}

/** Registry fields a check-in observes and a conflict can hold back. */
export type HeldField = 'status' | 'monthlySales' | 'workersMale' | 'workersFemale' | 'salesChannels';

/** What the audit log keeps of a follow-up change to a business. */
const pickObserved = (b: BusinessRow) => ({
  status: b.status, statusReason: b.statusReason, annualSales: b.annualSales, workersMale: b.workersMale, workersFemale: b.workersFemale,
  salesChannels: b.salesChannels, scale: b.scale,
});

export interface ObservationDeps {
  repo: RegistryRepository;
  audit: AuditService;
  tenants: Pick<TenantService, 'requireTenant'>;
}

/**
 * The registry's side of follow-up monitoring, always inside the caller's transaction: lock a business
 * while a check-in is judged against it, append dated snapshots (the baseline at enrolment, every
 * check-in) to its history, and apply what a visit observed to its current record, audited.
 */
export function createRegistryObservations({ repo, audit, tenants }: ObservationDeps) {
  /** The licence kinds a business holds now. */
  const licenceKinds = async (tx: Db, kw: string, businessId: string) => [...new Set((await repo.listLicences(kw, businessId, tx)).map((l) => l.kind))].sort();

  return {
    /** Reads a live business and locks it until the transaction ends (a check-in and an edit never interleave). */
    async lock(tx: Db, kw: string, businessId: string): Promise<BusinessRow | undefined> {
      const [row] = await repo.lockBusinesses(tx, kw, [businessId]);
      return row && !row.deletedAt ? row : undefined;
    },

    licenceKinds,

    /**
     * The regency's scale rule set, read before a transaction opens (PGlite has one connection: a read
     * on the root handle inside a transaction would wait for itself).
     */
    async scaleRuleOf(kw: string): Promise<string> {
      return (await tenants.requireTenant(kw)).scaleRuleId;
    },

    /** Reads a live business without locking (public pages). */
    async findLive(kw: string, businessId: string): Promise<BusinessRow | undefined> {
      const row = await repo.findBusiness(kw, businessId);
      return row && !row.deletedAt ? row : undefined;
    },

    /** The owner's phone, the business name and kecamatan (for the owner's self-report link). */
    async contactOf(kw: string, businessId: string): Promise<{ phone: string | null; businessName: string; kecamatanCode: string } | undefined> {
      const business = await repo.findBusiness(kw, businessId);
      if (!business || business.deletedAt) return undefined;
      const owner = await repo.findOwner(kw, business.ownerId);
      return { phone: owner?.phone ?? null, businessName: business.name, kecamatanCode: business.kecamatanCode };
    },

    /**
     * Appends a dated snapshot of the business as the registry holds it now (source 'baseline' at
     * enrolment), with its status and licences, so outcomes compare like with like.
     */
    async snapshot(tx: Db, kw: string, business: BusinessRow, source: string, recordedOn: string): Promise<void> {
      await repo.insertMetric(tx, {
        kodeWilayah: kw, id: randomUUID(), businessId: business.id, recordedOn, capital: business.capital, annualSales: business.annualSales,
        workersMale: business.workersMale, workersFemale: business.workersFemale, scale: business.scale, previousScale: business.scale,
        scaleRuleId: business.scaleRuleId, source, status: business.status, licences: await licenceKinds(tx, kw, business.id),
      });
    },

    /**
     * Appends the observation to the history (source 'followup') and writes it to the current record
     * (status, sales, workers, channels; new licences are added), bumping the version, audited. Fields in
     * `hold` (a conflict waiting for a decision) keep the registry's current value.
     */
    async observe(
      tx: Db, kw: string, business: BusinessRow, observed: Observation, actor: AuditActor, hold: ReadonlySet<HeldField>, scaleRuleId: string,
    ): Promise<BusinessRow> {
      const held = await licenceKinds(tx, kw, business.id);
      const gained = observed.licencesObtained.filter((k) => !held.includes(k));
      // The history records what the visit saw: sales not asked stay unknown, a closed business without
      // figures sells nothing and employs nobody. Workers not asked of a trading business carry over
      // (the column cannot be empty). The registry keeps its values for whatever was not observed.
      const closed = observed.status === 'closed';
      const snapshotSales = observed.annualSales ?? (closed ? 0 : null);
      const carry = (value: number | null, current: number) => value ?? (closed ? 0 : current);
      await repo.insertMetric(tx, {
        kodeWilayah: kw, id: randomUUID(), businessId: business.id, recordedOn: observed.visitedOn, capital: business.capital, annualSales: snapshotSales,
        workersMale: carry(observed.workersMale, business.workersMale), workersFemale: carry(observed.workersFemale, business.workersFemale),
        scale: classifyScale(scaleRuleId, { capital: business.capital, annualSales: snapshotSales ?? business.annualSales }), previousScale: business.scale,
        scaleRuleId, source: 'followup', status: observed.status, licences: [...held, ...gained].sort(),
      });
      const seen = {
        annualSales: observed.annualSales ?? business.annualSales,
        workersMale: observed.workersMale ?? business.workersMale,
        workersFemale: observed.workersFemale ?? business.workersFemale,
      };
      const keep = (field: HeldField) => hold.has(field);
      const annualSales = keep('monthlySales') ? business.annualSales : seen.annualSales;
      const status = keep('status') ? business.status : observed.status;
      const after = await repo.updateBusiness(tx, kw, business.id, business.version, {
        status, statusReason: keep('status') ? business.statusReason : status === 'active' ? null : observed.statusReason, annualSales,
        workersMale: keep('workersMale') ? business.workersMale : seen.workersMale,
        workersFemale: keep('workersFemale') ? business.workersFemale : seen.workersFemale,
        salesChannels: keep('salesChannels') ? business.salesChannels : observed.salesChannels ?? business.salesChannels,
        scale: classifyScale(scaleRuleId, { capital: business.capital, annualSales }), scaleRuleId,
      });
      // The row is locked by `lock`, so its version cannot have moved under us.
      if (!after) throw new Error(`business ${business.id} changed while locked`);
      await repo.addLicences(tx, kw, business.id, gained.map((kind) => ({
        kodeWilayah: kw, id: randomUUID(), businessId: business.id, kind, number: null, issuedOn: observed.visitedOn, expiresOn: null, halalRoute: null,
      })));
      await audit.record(tx, {
        kodeWilayah: kw, actor, action: 'update', entity: 'business', entityId: business.id,
        before: { ...pickObserved(business), licences: held }, after: { ...pickObserved(after), licences: [...held, ...gained].sort(), via: 'followup', held: [...hold] },
      });
      return after;
    },

    /**
     * Writes the values chosen when a conflict is settled to the current record (the row is locked by the
     * caller and its version checked), re-classifies the scale and audits the change.
     */
    async applyChoice(
      tx: Db, kw: string, business: BusinessRow,
      chosen: Pick<BusinessRow, 'status' | 'statusReason' | 'annualSales' | 'workersMale' | 'workersFemale' | 'salesChannels'>, actor: AuditActor,
      scaleRuleId: string,
    ): Promise<BusinessRow> {
      const tenant = { scaleRuleId };
      const scale = classifyScale(tenant.scaleRuleId, { capital: business.capital, annualSales: chosen.annualSales });
      const after = await repo.updateBusiness(tx, kw, business.id, business.version, { ...chosen, scale, scaleRuleId: tenant.scaleRuleId });
      if (!after) throw new Error(`business ${business.id} changed while locked`);
      await audit.record(tx, {
        kodeWilayah: kw, actor, action: 'update', entity: 'business', entityId: business.id, before: pickObserved(business), after: { ...pickObserved(after), via: 'followup_conflict' },
      });
      return after;
    },
  };
}

export type RegistryObservations = ReturnType<typeof createRegistryObservations>;
