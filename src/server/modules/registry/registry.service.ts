import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/query';
import { fail, type FieldProblem } from '../../errors';
import { type Actor, auditActor } from '../../kernel/actor';
import type { AuditService } from '../audit/audit.service';
import type { RegionDirectory } from '../tenancy/regions';
import type { TenantService } from '../tenancy/tenant.service';
import { maskNik } from './nik';
import { exportStream } from './registry.export';
import { maskPhone } from '../../kernel/phone';
import { inScope, mayWrite, ownerInScope, readScope, type RegistryScope, seesPersonalData, writeScope } from './registry.policy';
import type { BusinessRow, LicenceRow, OwnerRow, RegistryRepository } from './registry.repository';
import type { BusinessDetail, CreateBusinessInput, LicenceInput, SearchQuery, SearchResult, UpdateBusinessInput } from './registry.schemas';
import { checkBusinessFacts, checkLicences, checkLocation, checkOwner } from './registry.validation';
import { classifyScale } from '../../kernel/scale-rules';
import { buildSearchText } from './search-text';
import { regencyDate } from '../../kernel/time-zone';

export interface RegistryDeps {
  db: Db;
  repo: RegistryRepository;
  audit: AuditService;
  tenants: TenantService;
  regions: RegionDirectory;
  now?: () => Date;
}

/** The distinct licence kinds held, sorted: what a history snapshot records. */
const kindsOf = (licences: { kind: string }[]) => [...new Set(licences.map((l) => l.kind))].sort();

/** What the audit log keeps of a business: everything but the derived search text. */
function businessSnapshot(row: BusinessRow, licences: LicenceInput[] | LicenceRow[]) {
  const { searchText: _s, ...rest } = row;
  return { ...rest, licences: licences.map(({ kind, number, issuedOn, expiresOn, halalRoute }) => ({ kind, number, issuedOn, expiresOn, halalRoute })) };
}

/** The registry: search, read, create, update and delete businesses and their owners, with policy and audit. */
export function createRegistryService(deps: RegistryDeps) {
  const { db, repo, audit, tenants, regions } = deps;
  const now = deps.now ?? (() => new Date());

  function throwIfProblems(problems: FieldProblem[]) {
    if (problems.length) throw fail.validation(problems);
  }

  async function loadInScope(actor: Actor, kw: string, id: string, scope: RegistryScope) {
    const business = await repo.findBusiness(kw, id);
    if (!business) throw fail.notFound('errors.business.notFound');
    if (!inScope(scope, business)) throw fail.forbidden('errors.business.outOfScope');
    return business;
  }

  /** Whether the actor may change this business's owner (all of the owner's businesses in their write scope). */
  async function mayEditOwner(actor: Actor, kw: string, business: BusinessRow): Promise<boolean> {
    if (!mayWrite(actor, kw, business)) return false;
    const scope = writeScope(actor, kw);
    return scope.kind === 'all' || ownerInScope(scope, await repo.kecamatanOfOwner(kw, business.ownerId));
  }

  async function toDetail(actor: Actor, kw: string, business: BusinessRow): Promise<BusinessDetail> {
    const [owner, licenceRows, metrics, businessCount] = await Promise.all([
      repo.findOwner(kw, business.ownerId),
      repo.listLicences(kw, business.id),
      repo.listMetrics(kw, business.id),
      repo.countBusinessesOfOwner(kw, business.ownerId),
    ]);
    if (!owner) throw new Error(`owner ${business.ownerId} of business ${business.id} is missing`);
    const visible = seesPersonalData(actor, kw);
    const ownerEditable = visible && (await mayEditOwner(actor, kw, business));
    const { searchText: _s, deletedAt: _d, kodeWilayah: _k, ownerId: _o, ...fields } = business;
    return {
      ...fields,
      kecamatanName: regions.kecamatan(business.kecamatanCode)?.name ?? business.kecamatanCode,
      desaName: regions.desa(business.desaCode)?.name ?? business.desaCode,
      createdAt: business.createdAt.toISOString(),
      updatedAt: business.updatedAt.toISOString(),
      canEdit: mayWrite(actor, kw, business),
      owner: {
        id: owner.id,
        version: owner.version,
        fullName: owner.fullName,
        gender: owner.gender,
        nik: visible ? owner.nik : maskNik(owner.nik),
        phone: visible ? owner.phone : maskPhone(owner.phone),
        address: visible ? owner.address : owner.address && '••••',
        birthDate: visible ? owner.birthDate : null,
        masked: !visible,
        editable: ownerEditable,
        businessCount,
      },
      licences: licenceRows.map(({ id, kind, number, issuedOn, expiresOn, halalRoute }) => ({ id, kind, number, issuedOn, expiresOn, halalRoute })),
      metrics: metrics.map(({ recordedOn, capital, annualSales, workersMale, workersFemale, scale, previousScale, scaleRuleId, source }) => ({
        recordedOn, capital, annualSales, workersMale, workersFemale, scale, previousScale, scaleRuleId, source,
      })),
    };
  }

  /** Checks licence numbers against other businesses inside the transaction that will store them. */
  async function checkLicenceNumbersFree(tx: Db, kw: string, licences: LicenceInput[], businessId: string | null) {
    const problems: FieldProblem[] = [];
    for (const kind of new Set(licences.map((l) => l.kind))) {
      const numbers = licences.filter((l) => l.kind === kind && l.number).map((l) => l.number!);
      const taken = new Set(await repo.takenLicenceNumbers(kw, kind, numbers, businessId, tx));
      licences.forEach((l, i) => {
        if (l.kind === kind && l.number && taken.has(l.number)) {
          problems.push({ field: `licences.${i}.number`, messageKey: 'validation.licence.number_taken' });
        }
      });
    }
    throwIfProblems(problems);
  }

  const licenceRows = (kw: string, businessId: string, licences: LicenceInput[]) =>
    licences.map((l) => ({
      kodeWilayah: kw,
      id: randomUUID(),
      businessId,
      kind: l.kind,
      number: l.number ?? null,
      issuedOn: l.issuedOn ?? null,
      expiresOn: l.expiresOn ?? null,
      halalRoute: l.halalRoute ?? null,
    }));

  return {
    async search(actor: Actor, kw: string, query: SearchQuery): Promise<SearchResult> {
      const scope = readScope(actor, kw);
      // Readers who see NIK and phone masked may not search them by prefix (they could recover them digit by digit).
      const result = await repo.search(kw, scope, query, { personalPrefixes: seesPersonalData(actor, kw) });
      return {
        ...result,
        page: query.page,
        pageSize: query.pageSize,
        items: result.items.map((b) => ({
          ...b,
          kecamatanName: regions.kecamatan(b.kecamatanCode)?.name ?? b.kecamatanCode,
          desaName: regions.desa(b.desaCode)?.name ?? b.desaCode,
          hasNib: Boolean(b.hasNib),
        })),
      };
    },

    /** The whole filtered registry as a streamed CSV or xlsx file (no page limit; personal data masked by role). */
    exportFile(actor: Actor, kw: string, query: Omit<SearchQuery, 'page' | 'pageSize'>, format: 'csv' | 'xlsx', lang: 'id' | 'en') {
      const scope = readScope(actor, kw);
      const visible = seesPersonalData(actor, kw);
      return exportStream(format, lang, repo.exportBatches(kw, scope, query, { personalPrefixes: visible }), regions, visible);
    },

    async get(actor: Actor, kw: string, id: string): Promise<BusinessDetail> {
      return toDetail(actor, kw, await loadInScope(actor, kw, id, readScope(actor, kw)));
    },

    /** Throws unless the actor may read this business (used by other routes, e.g. its audit history). */
    async assertReadable(actor: Actor, kw: string, id: string): Promise<{ ownerId: string }> {
      const business = await loadInScope(actor, kw, id, readScope(actor, kw));
      return { ownerId: business.ownerId };
    },

    async create(actor: Actor, kw: string, input: CreateBusinessInput): Promise<BusinessDetail> {
      const scope = writeScope(actor, kw);
      const tenant = await tenants.requireTenant(kw);
      const problems = [...checkLocation(kw, input, regions, scope), ...checkBusinessFacts(input, now())];
      const licences = checkLicences(input.licences);
      problems.push(...licences.problems);
      let newOwner = null;
      if (!('id' in input.owner)) {
        const checked = checkOwner(input.owner, regions, 'owner.', now());
        problems.push(...checked.problems);
        newOwner = checked.normalised;
      } else {
        const existing = await repo.findOwner(kw, input.owner.id);
        if (!existing) problems.push({ field: 'owner.id', messageKey: 'errors.owner.notFound' });
        else if (scope.kind === 'kecamatan') {
          const areas = await repo.kecamatanOfOwner(kw, existing.id);
          if (!areas.some((k) => scope.codes.includes(k))) problems.push({ field: 'owner.id', messageKey: 'errors.owner.outOfScope' });
        }
      }
      throwIfProblems(problems);

      const scale = classifyScale(tenant.scaleRuleId, { capital: input.capital ?? null, annualSales: input.annualSales ?? null });
      const business = await inTransaction(db, async (tx) => {
        await checkLicenceNumbersFree(tx, kw, licences.normalised, null);
        let owner: OwnerRow;
        if (newOwner) {
          owner = await repo.insertOwner(tx, {
            kodeWilayah: kw,
            id: randomUUID(),
            fullName: newOwner.fullName,
            nik: newOwner.nik ?? null,
            gender: newOwner.gender ?? null,
            birthDate: newOwner.birthDate ?? null,
            phone: newOwner.phone ?? null,
            address: newOwner.address ?? null,
            desaCode: input.desaCode,
          });
          await audit.record(tx, { kodeWilayah: kw, actor: auditActor(actor), action: 'create', entity: 'owner', entityId: owner.id, after: owner });
        } else owner = (await repo.findOwner(kw, (input.owner as { id: string }).id, tx))!;
        const { owner: _o, licences: _l, ...fields } = input;
        const created = await repo.insertBusiness(tx, {
          ...fields,
          kodeWilayah: kw,
          id: randomUUID(),
          ownerId: owner.id,
          searchText: buildSearchText(input.name, owner.fullName),
          scale,
          scaleRuleId: tenant.scaleRuleId,
        });
        await repo.replaceLicences(tx, kw, created.id, licenceRows(kw, created.id, licences.normalised));
        await repo.insertMetric(tx, {
          kodeWilayah: kw, id: randomUUID(), businessId: created.id, recordedOn: regencyDate(kw, now()),
          capital: created.capital, annualSales: created.annualSales, workersMale: created.workersMale, workersFemale: created.workersFemale,
          scale, previousScale: null, scaleRuleId: tenant.scaleRuleId, source: 'create', status: created.status, licences: kindsOf(licences.normalised),
        });
        await audit.record(tx, {
          kodeWilayah: kw, actor: auditActor(actor), action: 'create', entity: 'business', entityId: created.id,
          after: businessSnapshot(created, licences.normalised),
        });
        return created;
      });
      return toDetail(actor, kw, business);
    },

    async update(actor: Actor, kw: string, id: string, input: UpdateBusinessInput): Promise<BusinessDetail> {
      const scope = writeScope(actor, kw);
      const tenant = await tenants.requireTenant(kw);
      const current = await loadInScope(actor, kw, id, scope);
      const problems = [...checkLocation(kw, input, regions, scope), ...checkBusinessFacts(input, now())];
      const licences = checkLicences(input.licences);
      problems.push(...licences.problems);
      let ownerUpdate = null;
      if (input.owner) {
        if (input.owner.id !== current.ownerId) problems.push({ field: 'owner.id', messageKey: 'errors.owner.mismatch' });
        // The owner is shared by all their businesses: an assistant may not change one who also has a business elsewhere.
        else if (!ownerInScope(scope, await repo.kecamatanOfOwner(kw, current.ownerId))) throw fail.forbidden('errors.owner.sharedOutOfScope');
        const checked = checkOwner(input.owner, regions, 'owner.', now());
        problems.push(...checked.problems);
        ownerUpdate = { ...checked.normalised, version: input.owner.version };
      }
      throwIfProblems(problems);
      const scale = classifyScale(tenant.scaleRuleId, { capital: input.capital ?? null, annualSales: input.annualSales ?? null });

      const updated = await inTransaction(db, async (tx) => {
        await checkLicenceNumbersFree(tx, kw, licences.normalised, id);
        const beforeLicences = await repo.listLicences(kw, id, tx);
        let ownerName: string | null = null;
        if (ownerUpdate) {
          const before = await repo.findOwner(kw, current.ownerId, tx);
          const after = await repo.updateOwner(tx, kw, current.ownerId, ownerUpdate.version, {
            fullName: ownerUpdate.fullName, nik: ownerUpdate.nik ?? null, gender: ownerUpdate.gender ?? null,
            birthDate: ownerUpdate.birthDate ?? null, phone: ownerUpdate.phone ?? null, address: ownerUpdate.address ?? null,
          });
          if (!after) throw fail.conflict('errors.conflict.version');
          await audit.record(tx, { kodeWilayah: kw, actor: auditActor(actor), action: 'update', entity: 'owner', entityId: after.id, before, after });
          if (before?.fullName !== after.fullName) {
            await repo.refreshSearchTextForOwner(tx, kw, after.id, after.fullName);
            ownerName = after.fullName;
          }
        }
        const { owner: _o, licences: _l, version, ...fields } = input;
        ownerName ??= (await repo.findOwner(kw, current.ownerId, tx))!.fullName;
        const row = await repo.updateBusiness(tx, kw, id, version, {
          ...fields,
          searchText: buildSearchText(input.name, ownerName),
          scale,
          scaleRuleId: tenant.scaleRuleId,
        });
        if (!row) throw fail.conflict('errors.conflict.version');
        await repo.replaceLicences(tx, kw, id, licenceRows(kw, id, licences.normalised));
        const metricsChanged =
          row.capital !== current.capital || row.annualSales !== current.annualSales || row.workersMale !== current.workersMale ||
          row.workersFemale !== current.workersFemale || row.scale !== current.scale || row.status !== current.status ||
          kindsOf(beforeLicences).join() !== kindsOf(licences.normalised).join();
        if (metricsChanged) {
          await repo.insertMetric(tx, {
            kodeWilayah: kw, id: randomUUID(), businessId: id, recordedOn: regencyDate(kw, now()),
            capital: row.capital, annualSales: row.annualSales, workersMale: row.workersMale, workersFemale: row.workersFemale,
            scale, previousScale: current.scale, scaleRuleId: tenant.scaleRuleId, source: 'update', status: row.status, licences: kindsOf(licences.normalised),
          });
        }
        await audit.record(tx, {
          kodeWilayah: kw, actor: auditActor(actor), action: 'update', entity: 'business', entityId: id,
          before: businessSnapshot(current, beforeLicences), after: businessSnapshot(row, licences.normalised),
        });
        return row;
      });
      return toDetail(actor, kw, updated);
    },

    /** Soft-deletes a business (kept for history and audit); refused if someone saved it meanwhile. */
    async remove(actor: Actor, kw: string, id: string, version: number): Promise<void> {
      const scope = writeScope(actor, kw);
      const current = await loadInScope(actor, kw, id, scope);
      await inTransaction(db, async (tx) => {
        const row = await repo.updateBusiness(tx, kw, id, version, { deletedAt: now() });
        if (!row) throw fail.conflict('errors.conflict.version');
        await audit.record(tx, {
          kodeWilayah: kw, actor: auditActor(actor), action: 'delete', entity: 'business', entityId: id,
          before: businessSnapshot(current, await repo.listLicences(kw, id, tx)),
        });
      });
    },
  };
}

export type RegistryService = ReturnType<typeof createRegistryService>;
