import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/query';
import { fail } from '../../errors';
import { type Actor, auditActor, membershipIn } from '../../kernel/actor';
import type { AuditService } from '../audit/audit.service';
import type { AuthService } from '../auth/auth.service';
import { normalisePhone } from '../../kernel/phone';
import { writeScope } from '../registry/registry.policy';
import type { RegistryService } from '../registry/registry.service';
import type { RegionDirectory } from '../tenancy/regions';
import type { TenantService } from '../tenancy/tenant.service';
import type { ClaimRow, PortalRepository } from './portal.repository';
import type { PortalMe } from './portal.schemas';
import type { LinkClaim, NewBusinessClaim } from './portal.table';

export interface PortalDeps {
  db: Db;
  repo: PortalRepository;
  auth: Pick<AuthService, 'grantRole' | 'ownerIdOf'>;
  registry: Pick<RegistryService, 'create' | 'assertReadable'>;
  tenants: Pick<TenantService, 'requireTenant'>;
  audit: AuditService;
  regions: RegionDirectory;
}

/** The owner's membership in the regency; 403 for anyone else. */
function ownerMembership(actor: Actor, kw: string) {
  const m = membershipIn(actor, kw);
  if (m?.role !== 'owner') throw fail.forbidden();
  return m;
}

/** The business an owner proposed (`new` claims), or null. */
const newBusinessOf = (c: ClaimRow): NewBusinessClaim | null => (c.kind === 'new' ? (c.payload as NewBusinessClaim | null) : null);
/** The NIK an owner typed to be linked (`link` claims made since it is kept), or null. */
const typedNikOf = (c: ClaimRow): string | null => (c.kind === 'link' ? ((c.payload as LinkClaim | null)?.nik ?? null) : null);

/** Claims are decided by those who write the whole registry (admins, officers). */
function assertDecidesClaims(actor: Actor, kw: string) {
  if (writeScope(actor, kw).kind !== 'all') throw fail.forbidden();
}

/** The owner's side of the registry: who they are, linking to their records, new businesses, needs; and claim review. */
export function createPortalService({ db, repo, auth, registry, tenants, audit, regions }: PortalDeps) {
  /** The owner record's businesses and the latest statement of needs of each. */
  async function ownedWithNeeds(kw: string, ownerId: string | null) {
    const owned = ownerId ? await repo.businessesOfOwner(kw, ownerId) : [];
    return { owned, needs: await repo.latestNeeds(kw, owned.map((b) => b.id)) };
  }

  async function me(actor: Actor, kw: string, ownerId = ownerMembership(actor, kw).ownerId): Promise<PortalMe> {
    const [tenant, { owned, needs }, claims] = await Promise.all([tenants.requireTenant(kw), ownedWithNeeds(kw, ownerId), repo.claimsOfUser(kw, actor.userId)]);
    return {
      displayName: actor.displayName, phone: actor.username, tenantName: tenant.name, isDemo: tenant.isDemo, linked: Boolean(ownerId),
      businesses: owned.map((b) => {
        const n = needs.find((x) => x.business_id === b.id);
        return {
          id: b.id, name: b.name, sector: b.sector, scale: b.scale, hasNib: b.hasNib,
          kecamatanName: regions.kecamatan(b.kecamatanCode)?.name ?? b.kecamatanCode, desaName: regions.desa(b.desaCode)?.name ?? b.desaCode,
          needs: (n?.needs ?? []) as PortalMe['businesses'][number]['needs'], needsNote: n?.note ?? null,
          needsStatedAt: n ? new Date(n.created_at).toISOString() : null,
        };
      }),
      claims: claims.map((c) => ({
        id: c.id, kind: c.kind, status: c.status, businessName: newBusinessOf(c)?.businessName ?? null, rejectReason: c.rejectReason, createdAt: c.createdAt.toISOString(),
      })),
    };
  }

  /**
   * Links the account to a registry owner (membership.ownerId), audited. The membership is written
   * before the audit's transaction, not inside it: PGlite has one connection, and the auth module writes
   * through its own handle.
   */
  async function linkTo(by: Actor, kw: string, userId: string, ownerId: string) {
    await auth.grantRole({ userId, kodeWilayah: kw, role: 'owner', ownerId });
    await inTransaction(db, (tx) =>
      audit.record(tx, { kodeWilayah: kw, actor: auditActor(by), action: 'link', entity: 'owner', entityId: ownerId, after: { userId } }),
    );
  }

  const hasPending = (claims: ClaimRow[]) => claims.some((c) => c.status === 'pending');

  return {
    me,

    /** Every topic the owner's businesses need (latest statements), for "matches your needs". */
    async statedNeeds(actor: Actor, kw: string): Promise<string[]> {
      const { needs } = await ownedWithNeeds(kw, ownerMembership(actor, kw).ownerId);
      return needs.flatMap((n) => n.needs);
    },

    /**
     * Links by NIK. The phone proves it: when the registry has this NIK with the phone the owner just
     * confirmed by code, the link is immediate. Any other NIK, whether the registry has it (with another
     * phone) or not, becomes the same "request received, an officer checks" reply with the request stored
     * for review: an owner not yet verified must not learn which NIKs the registry holds.
     */
    async link(actor: Actor, kw: string, nik: string) {
      const membership = ownerMembership(actor, kw);
      if (membership.ownerId) return { outcome: 'linked' as const, me: await me(actor, kw) };
      const candidates = await repo.ownersByNik(kw, nik);
      const verified = candidates.find((o) => o.phone && normalisePhone(o.phone) === actor.username);
      if (verified) {
        await linkTo(actor, kw, actor.userId, verified.id);
        // A link request still waiting for an officer is settled by this link: it must not linger in their queue.
        const waiting = (await repo.claimsOfUser(kw, actor.userId)).filter((c) => c.status === 'pending' && c.kind === 'link');
        if (waiting.length) {
          await inTransaction(db, async (tx) => {
            for (const c of waiting) {
              await repo.decideClaim(tx, kw, c.id, c.ownerId === verified.id
                ? { status: 'approved', decidedByName: 'Sistem (nomor HP cocok)', decidedAt: new Date() }
                : { status: 'rejected', decidedByName: 'Sistem (nomor HP cocok)', decidedAt: new Date(), rejectReason: 'Akun sudah terhubung ke data pemilik lain.' });
            }
          });
        }
        return { outcome: 'linked' as const, me: await me(actor, kw, verified.id) };
      }
      if (hasPending(await repo.claimsOfUser(kw, actor.userId))) throw fail.conflict('errors.portal.claimPending');
      const claim: LinkClaim = { nik };
      await inTransaction(db, (tx) =>
        repo.insertClaim(tx, { kodeWilayah: kw, id: randomUUID(), userId: actor.userId, kind: 'link', ownerId: candidates[0]?.id ?? null, payload: claim }),
      );
      return { outcome: 'pending' as const, me: await me(actor, kw) };
    },

    /** A business not in the registry yet: waits for an officer, who creates it on approval. */
    async proposeBusiness(actor: Actor, kw: string, payload: NewBusinessClaim) {
      ownerMembership(actor, kw);
      const desa = regions.desa(payload.desaCode);
      if (!regions.kecamatanOf(kw).some((k) => k.code === payload.kecamatanCode)) throw fail.validation([{ field: 'kecamatanCode', messageKey: 'validation.kecamatan.outside_tenant' }]);
      if (!desa || !payload.desaCode.startsWith(payload.kecamatanCode)) throw fail.validation([{ field: 'desaCode', messageKey: 'validation.desa.outside_kecamatan' }]);
      if (hasPending(await repo.claimsOfUser(kw, actor.userId))) throw fail.conflict('errors.portal.claimPending');
      await inTransaction(db, async (tx) => {
        const claimId = randomUUID();
        await repo.insertClaim(tx, { kodeWilayah: kw, id: claimId, userId: actor.userId, kind: 'new', payload });
        await audit.record(tx, { kodeWilayah: kw, actor: auditActor(actor), action: 'create', entity: 'owner_claim', entityId: claimId, after: payload });
      });
      return me(actor, kw);
    },

    /** What the owner says a business needs; kept as a dated statement (the latest counts). */
    async stateNeeds(actor: Actor, kw: string, input: { businessId: string; needs: string[]; note?: string | null }) {
      const { ownerId } = ownerMembership(actor, kw);
      if (!ownerId) throw fail.conflict('errors.portal.notLinked');
      await registry.assertReadable(actor, kw, input.businessId);
      await inTransaction(db, (tx) =>
        repo.insertNeeds(tx, [{
          kodeWilayah: kw, id: randomUUID(), businessId: input.businessId, needs: [...new Set(input.needs)] as never, note: input.note ?? null,
          statedByName: actor.displayName,
        }]),
      );
      return me(actor, kw);
    },

    async listClaims(actor: Actor, kw: string, status: ClaimRow['status'], where?: { id: string }) {
      assertDecidesClaims(actor, kw);
      const rows = await repo.listClaims(kw, status, where);
      const ownerIds = [...new Set(rows.flatMap((r) => (r.claim.kind === 'link' && r.claim.ownerId ? [r.claim.ownerId] : [])))];
      const { owners, businesses } = await repo.ownersWithBusinesses(kw, ownerIds);
      return {
        items: rows.map(({ claim, userName, phone }) => {
          const owner = claim.kind === 'link' ? owners.find((o) => o.id === claim.ownerId) : undefined;
          const proposed = newBusinessOf(claim);
          return {
            id: claim.id, kind: claim.kind, status: claim.status, userName, phone, createdAt: claim.createdAt.toISOString(),
            ownerName: owner?.fullName ?? null, ownerPhone: owner?.phone ?? null,
            businessNames: owner ? businesses.filter((b) => b.ownerId === owner.id).map((b) => b.name) : [],
            nik: typedNikOf(claim),
            payload: proposed,
            kecamatanName: proposed ? (regions.kecamatan(proposed.kecamatanCode)?.name ?? null) : null,
            desaName: proposed ? (regions.desa(proposed.desaCode)?.name ?? null) : null,
          };
        }),
      };
    },

    /**
     * Approving a link ties the account to the owner; approving a new business creates it in the registry
     * (under the owner record the account already has, if any). The claim is taken first, atomically, so
     * two officers approving at once create one business; if the approval cannot finish it is put back.
     */
    async decideClaim(actor: Actor, kw: string, id: string, decision: { action: 'approve' | 'reject'; reason?: string | null }) {
      assertDecidesClaims(actor, kw);
      const [row] = (await repo.listClaims(kw, 'pending', { id })) ?? [];
      if (!row) throw (await repo.getClaim(kw, id)) ? fail.conflict('errors.portal.claimDecided') : fail.notFound();
      const { claim } = row;
      // A NIK the registry does not have: there is no record to link to; the officer rejects it (with a reason).
      if (decision.action === 'approve' && claim.kind === 'link' && !claim.ownerId) throw fail.conflict('errors.portal.claimNoOwner');
      const decided = { decidedByName: actor.displayName, decidedAt: new Date() };
      const status = decision.action === 'reject' ? 'rejected' : 'approved';
      await inTransaction(db, async (tx) => {
        if (!(await repo.decideClaim(tx, kw, id, { status, rejectReason: decision.reason ?? null, ...decided }))) throw fail.conflict('errors.portal.claimDecided');
        await audit.record(tx, { kodeWilayah: kw, actor: auditActor(actor), action: status === 'approved' ? 'approve' : 'reject', entity: 'owner_claim', entityId: id, after: { kind: claim.kind, reason: decision.reason ?? null } });
      });
      if (status === 'approved') {
        try {
          const linked = await auth.ownerIdOf(claim.userId, kw);
          if (claim.kind === 'link') {
            // An account already tied to another owner record is not silently moved to this one.
            if (linked && linked !== claim.ownerId) throw fail.conflict('errors.portal.alreadyLinked');
            if (!linked) await linkTo(actor, kw, claim.userId, claim.ownerId!);
          } else {
            const p = newBusinessOf(claim)!;
            const business = await registry.create(actor, kw, {
              name: p.businessName, sector: p.sector, kbli: null, kecamatanCode: p.kecamatanCode, desaCode: p.desaCode, address: p.address ?? null,
              startYear: p.startYear ?? null, status: 'active', statusReason: null, capital: null, annualSales: p.annualSales ?? null,
              workersMale: 0, workersFemale: 0, salesChannels: [], licences: [],
              owner: linked ? { id: linked } : { fullName: row.userName, nik: p.nik ?? null, gender: p.gender ?? null, phone: row.phone, address: p.address ?? null },
            });
            await repo.setClaim(kw, id, { businessId: business.id, ownerId: business.owner.id });
            if (!linked) await linkTo(actor, kw, claim.userId, business.owner.id);
          }
        } catch (e) {
          await repo.setClaim(kw, id, { status: 'pending', decidedByName: null, decidedAt: null });
          throw e;
        }
      }
      return (await this.listClaims(actor, kw, status, { id })).items[0]!;
    },
  };
}

export type PortalService = ReturnType<typeof createPortalService>;
