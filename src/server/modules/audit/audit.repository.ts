import { and, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { ExecSql } from '../../db/copy';
import type { Db } from '../../db/client';
import { auditLog } from './audit.table';

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditInsert = typeof auditLog.$inferInsert;

/** SQL for the audit trail. Writes take the caller's transaction so an entry commits with its change. */
export function createAuditRepository(db: Db) {
  return {
    async insert(tx: Db, row: AuditInsert): Promise<void> {
      await tx.insert(auditLog).values(row);
    },

    /** The same insert inside a bulk load's transaction (which runs raw statements, not a Drizzle handle). */
    async insertWith(exec: ExecSql, row: AuditInsert): Promise<void> {
      await exec(sql`insert into audit_log (kode_wilayah, id, actor_id, actor_name, action, entity, entity_id, before, after)
        values (${row.kodeWilayah}, ${row.id}, ${row.actorId ?? null}, ${row.actorName}, ${row.action}, ${row.entity}, ${row.entityId},
          ${row.before == null ? null : JSON.stringify(row.before)}::jsonb, ${row.after == null ? null : JSON.stringify(row.after)}::jsonb)`);
    },

    /** Newest first; `refs` narrows to given records (a business and its owner). */
    async list(opts: {
      kodeWilayah: string;
      refs?: { entity: string; entityId: string }[];
      entity?: string;
      limit: number;
      offset: number;
    }): Promise<AuditRow[]> {
      const where: (SQL | undefined)[] = [eq(auditLog.kodeWilayah, opts.kodeWilayah)];
      if (opts.entity) where.push(eq(auditLog.entity, opts.entity));
      if (opts.refs?.length) {
        where.push(or(...opts.refs.map((r) => and(eq(auditLog.entity, r.entity), eq(auditLog.entityId, r.entityId)))));
      }
      return db
        .select()
        .from(auditLog)
        .where(and(...where))
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(opts.limit)
        .offset(opts.offset);
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
