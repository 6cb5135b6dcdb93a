import { and, asc, count, desc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notifications, type NotificationStatus } from './notification.table';

export type NotificationRow = typeof notifications.$inferSelect;
export type NotificationInsert = typeof notifications.$inferInsert;

/** Longest stored `last_error`: enough to diagnose, not a place for a provider's whole reply. */
const MAX_ERROR_LENGTH = 500;

const byKey = (kw: string, id: string) => and(eq(notifications.kodeWilayah, kw), eq(notifications.id, id));
/** Only a message still pending is updated: a row another dispatcher already settled stays as it is. */
const pendingByKey = (kw: string, id: string) => and(byKey(kw, id), eq(notifications.status, 'pending'));

/**
 * SQL of the notification outbox. Times always come from the caller (the service's clock), never from
 * the database's now(), so "due" means the same thing to the code that enqueues and the code that sends.
 */
export function createNotificationRepository(db: Db) {
  return {
    /** Adds a message inside the caller's transaction; false when its dedupe key is already queued in the regency. */
    async insert(tx: Db, row: NotificationInsert): Promise<boolean> {
      const inserted = await tx
        .insert(notifications)
        .values(row)
        .onConflictDoNothing({ target: [notifications.kodeWilayah, notifications.dedupeKey] })
        .returning({ id: notifications.id });
      return inserted.length > 0;
    },

    /**
     * Claims up to `limit` due messages (pending, next_attempt_at <= now), longest-waiting first, and
     * pushes their next_attempt_at to `leaseUntil`. FOR UPDATE SKIP LOCKED lets several dispatchers
     * (processes, or one process's overlapping calls) claim at once without waiting on or taking each
     * other's rows; the lease keeps a claimed row from being claimed again while it is being sent, and
     * makes it due again by itself if the process dies mid-send. Run it in a transaction (`tx`).
     */
    async claimDue(now: Date, limit: number, leaseUntil: Date, tx: Db = db): Promise<NotificationRow[]> {
      const due = tx
        .select({ kodeWilayah: notifications.kodeWilayah, id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.status, 'pending'), lte(notifications.nextAttemptAt, now)))
        .orderBy(asc(notifications.nextAttemptAt), asc(notifications.createdAt))
        .limit(limit)
        .for('update', { skipLocked: true });
      const rows = await tx
        .update(notifications)
        .set({ nextAttemptAt: leaseUntil })
        .where(sql`(${notifications.kodeWilayah}, ${notifications.id}) in (${due})`)
        .returning();
      // RETURNING has no order (and every claimed row now has the same next_attempt_at): the oldest goes first.
      return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    },

    /** The channel accepted the message. */
    async markSent(kw: string, id: string, sentAt: Date): Promise<void> {
      await db
        .update(notifications)
        .set({ status: 'sent', sentAt, attempts: sql`${notifications.attempts} + 1` })
        .where(pendingByKey(kw, id));
    },

    /** A failed attempt to try again at `nextAttemptAt`. */
    async markRetry(kw: string, id: string, nextAttemptAt: Date, error: string): Promise<void> {
      await db
        .update(notifications)
        .set({ nextAttemptAt, lastError: error.slice(0, MAX_ERROR_LENGTH), attempts: sql`${notifications.attempts} + 1` })
        .where(pendingByKey(kw, id));
    },

    /** A failed attempt after which the message is given up (out of attempts, or it can never be sent). */
    async markFailed(kw: string, id: string, error: string): Promise<void> {
      await db
        .update(notifications)
        .set({ status: 'failed', lastError: error.slice(0, MAX_ERROR_LENGTH), attempts: sql`${notifications.attempts} + 1` })
        .where(pendingByKey(kw, id));
    },

    /** A regency's messages, newest first, optionally of one status, with the total for paging. */
    async list(kw: string, opts: { status?: NotificationStatus; limit: number; offset: number }) {
      const where = and(eq(notifications.kodeWilayah, kw), opts.status ? eq(notifications.status, opts.status) : undefined);
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(notifications)
          .where(where)
          .orderBy(desc(notifications.createdAt), desc(notifications.id))
          .limit(opts.limit)
          .offset(opts.offset),
        db.select({ n: count() }).from(notifications).where(where),
      ]);
      return { items, total: Number(total?.n ?? 0) };
    },
  };
}

export type NotificationRepository = ReturnType<typeof createNotificationRepository>;
