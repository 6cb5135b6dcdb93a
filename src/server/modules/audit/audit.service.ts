import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import type { ExecSql } from '../../db/copy';
import type { Actor, AuditActor } from '../../kernel/actor';
import { auditReach, masksAuditPersonalData } from './audit.policy';
import type { AuditRepository, AuditRow } from './audit.repository';

export interface AuditEntryInput {
  kodeWilayah: string;
  actor: AuditActor;
  action: string; // create, update, delete, merge, login, …
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Personal-data keys masked in audit views for roles that may not see them. */
const PERSONAL_KEYS = new Set(['nik', 'phone', 'address', 'birthDate']);

function maskPersonal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPersonal);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, PERSONAL_KEYS.has(k) && v != null ? '••••' : maskPersonal(v)]),
    );
  }
  return value;
}

function toRow(entry: AuditEntryInput) {
  return {
    kodeWilayah: entry.kodeWilayah,
    id: randomUUID(),
    actorId: entry.actor.userId,
    actorName: entry.actor.name,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
}

/**
 * The owner of a business the actor may read, or a throw when they may not (the registry's
 * `assertReadable`). Passed per call: the registry is built on the audit service, so it cannot be a
 * dependency of it.
 */
export type ReadableBusiness = (actor: Actor, kodeWilayah: string, businessId: string) => Promise<{ ownerId: string }>;

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  page: number;
  pageSize: number;
}

/** Writes and reads the audit trail. Every create, update and delete in Berdaya goes through `record`. */
export function createAuditService(repo: AuditRepository) {
  /** A page of entries; one extra row is read to tell whether more exist. Authorisation is the caller's. */
  async function list(opts: {
    kodeWilayah: string;
    refs?: { entity: string; entityId: string }[];
    entity?: string;
    page: number;
    pageSize: number;
    maskPersonalData: boolean;
  }): Promise<{ items: AuditRow[]; hasMore: boolean }> {
    const rows = await repo.list({ ...opts, limit: opts.pageSize + 1, offset: (opts.page - 1) * opts.pageSize });
    const items = rows.slice(0, opts.pageSize).map((r) =>
      opts.maskPersonalData ? { ...r, before: maskPersonal(r.before), after: maskPersonal(r.after) } : r,
    );
    return { items, hasMore: rows.length > opts.pageSize };
  }

  return {
    /** Records an entry inside the caller's transaction. */
    record(tx: Db, entry: AuditEntryInput): Promise<void> {
      return repo.insert(tx, toRow(entry));
    },

    /** Records an entry inside a bulk load's transaction (imports). */
    recordWith(exec: ExecSql, entry: AuditEntryInput): Promise<void> {
      return repo.insertWith(exec, toRow(entry));
    },

    list,

    /**
     * What the actor may see of the trail, as the audit policy says: admins the whole regency's (or one
     * record's); anyone else only a business they may read, with its owner's entries. A business's
     * history includes its owner's; personal data is masked for roles that may not see it.
     */
    async browse(actor: Actor, kw: string, query: AuditQuery, readableBusiness: ReadableBusiness) {
      const reach = auditReach(actor, kw, query);
      const { entity, entityId, page, pageSize } = query;
      let refs: { entity: string; entityId: string }[] | undefined;
      if (entity === 'business' && entityId) {
        // Admins may ask for a business the registry no longer shows (merged, deleted): its own entries still list.
        const { ownerId } = reach === 'business'
          ? await readableBusiness(actor, kw, entityId)
          : await readableBusiness(actor, kw, entityId).catch(() => ({ ownerId: '' }));
        refs = [{ entity: 'business', entityId }, ...(ownerId ? [{ entity: 'owner', entityId: ownerId }] : [])];
      } else if (entity && entityId) refs = [{ entity, entityId }];
      return list({ kodeWilayah: kw, refs, entity: refs ? undefined : entity, page, pageSize, maskPersonalData: masksAuditPersonalData(actor, kw) });
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
