import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import type { AuditActor, AuditService } from '../audit/audit.service';
import type { TenantService } from '../tenancy/tenant.service';
import type { BusinessRow, RegistryRepository } from './registry.repository';
import { BUSINESS_STATUSES, LICENCE_KINDS, SALES_CHANNELS } from './registry.table';
import { classifyScale } from './scale-rules';

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
     * Appends the observation to the history (source 'followup'). With `apply`, also writes it to the
     * current record (status, sales, workers, channels, new licences), bumps the version and audits the
     * change; without (a conflict waiting for a decision), the registry's current values stay.
     */
    async observe(tx: Db, kw: string, business: BusinessRow, observed: Observation, actor: AuditActor, apply: boolean, scaleRuleId: string): Promise<BusinessRow> {
      const tenant = { scaleRuleId };
      const annualSales = observed.annualSales ?? business.annualSales;
      const scale = classifyScale(tenant.scaleRuleId, { capital: business.capital, annualSales });
      const held = await licenceKinds(tx, kw, business.id);
      const gained = observed.licencesObtained.filter((k) => !held.includes(k));
      await repo.insertMetric(tx, {
        kodeWilayah: kw, id: randomUUID(), businessId: business.id, recordedOn: observed.visitedOn, capital: business.capital, annualSales,
        workersMale: observed.workersMale ?? business.workersMale, workersFemale: observed.workersFemale ?? business.workersFemale,
        scale, previousScale: business.scale, scaleRuleId: tenant.scaleRuleId, source: 'followup', status: observed.status,
        licences: [...held, ...gained].sort(),
      });
      if (!apply) return business;
      const after = await repo.updateBusiness(tx, kw, business.id, business.version, {
        status: observed.status, statusReason: observed.status === 'active' ? null : observed.statusReason, annualSales,
        workersMale: observed.workersMale ?? business.workersMale, workersFemale: observed.workersFemale ?? business.workersFemale,
        salesChannels: observed.salesChannels ?? business.salesChannels, scale, scaleRuleId: tenant.scaleRuleId,
      });
      // The row is locked by `lock`, so its version cannot have moved under us.
      if (!after) throw new Error(`business ${business.id} changed while locked`);
      if (gained.length) {
        const current = await repo.listLicences(kw, business.id, tx);
        const keep = current.map(({ kind, number, issuedOn, expiresOn, halalRoute }) => ({ kind, number, issuedOn, expiresOn, halalRoute }));
        const added = gained.map((kind) => ({ kind, number: null, issuedOn: observed.visitedOn, expiresOn: null, halalRoute: null }));
        await repo.replaceLicences(tx, kw, business.id, [...keep, ...added].map((l) => ({ ...l, kodeWilayah: kw, id: randomUUID(), businessId: business.id })));
      }
      const pick = (b: BusinessRow) => ({
        status: b.status, statusReason: b.statusReason, annualSales: b.annualSales, workersMale: b.workersMale, workersFemale: b.workersFemale,
        salesChannels: b.salesChannels, scale: b.scale,
      });
      await audit.record(tx, {
        kodeWilayah: kw, actor, action: 'update', entity: 'business', entityId: business.id,
        before: { ...pick(business), licences: held }, after: { ...pick(after), licences: [...held, ...gained].sort(), via: 'followup' },
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
      const pick = (b: BusinessRow) => ({
        status: b.status, statusReason: b.statusReason, annualSales: b.annualSales, workersMale: b.workersMale, workersFemale: b.workersFemale,
        salesChannels: b.salesChannels, scale: b.scale,
      });
      await audit.record(tx, { kodeWilayah: kw, actor, action: 'update', entity: 'business', entityId: business.id, before: pick(business), after: { ...pick(after), via: 'followup_conflict' } });
      return after;
    },
  };
}

export type RegistryObservations = ReturnType<typeof createRegistryObservations>;
