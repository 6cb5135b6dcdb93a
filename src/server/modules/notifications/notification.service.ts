import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/query';
import type { Actor } from '../../kernel/actor';
import { maskPhone } from '../../kernel/phone';
import type { NotificationChannel, OutgoingMessage } from './notification.channels';
import { assertBrowsesOutbox } from './notification.policy';
import type { NotificationRepository, NotificationRow } from './notification.repository';
import type { NotificationView } from './notification.schemas';
import type { NotificationStatus } from './notification.table';
import { renderTemplate, type TemplateName } from './notification.templates';

/** A message to queue; `dedupeKey` names the event (e.g. `reminder:<session>:<participant>`), once per regency. */
export interface NotificationInput {
  kodeWilayah: string;
  recipient: string;
  template: TemplateName;
  params: Record<string, string | number>;
  locale?: 'id' | 'en';
  dedupeKey: string;
  /** Defaults to the service's default channel. */
  channel?: string;
}

export interface NotificationDeps {
  db: Db;
  repo: NotificationRepository;
  channels: NotificationChannel[];
  defaultChannel: string;
  /** Failed sends before a message is given up (default 5). */
  maxAttempts?: number;
  log?: (msg: string, err?: unknown) => void;
  /** The clock for due times, back-off and sent_at (tests move it). */
  now?: () => Date;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
/** Shown instead of a sign-up code: an OTP must never be readable from the outbox. */
export const CODE_MASK = '••••••';

/** Delay before the next try after `failedBefore` earlier failures: 1 min × 2^n, capped at 1 h. */
export function retryDelayMs(failedBefore: number): number {
  return Math.min(60_000 * 2 ** failedBefore, 3_600_000);
}

/**
 * How long a claimed message stays invisible to other dispatchers while it is sent. Sends run one after
 * another (so two messages to one owner arrive in the order they were queued), and the webhook channel
 * gives up after 10 s, so each message of a batch gets 15 s and the lease is at least 15 min.
 */
const leaseMs = (limit: number) => Math.max(15 * 60_000, limit * 15_000);
const LOOP_BATCH = 50;

/** Phones keep country code, operator prefix and last 3 digits; emails their first letter and domain. */
export function maskRecipient(recipient: string): string {
  const at = recipient.lastIndexOf('@');
  if (at > 0) return `${recipient[0]}•••${recipient.slice(at)}`;
  return maskPhone(recipient) ?? '';
}

const maskParams = (row: Pick<NotificationRow, 'template' | 'params'>) =>
  row.template === 'signup_code' ? { ...row.params, code: CODE_MASK } : row.params;

/** Error texts are stored and logged: a channel that quotes the message must not leak a sign-up code into them. */
function redact(row: NotificationRow, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = row.template === 'signup_code' ? row.params.code : undefined;
  return code === undefined || code === '' ? message : message.replaceAll(String(code), CODE_MASK);
}

const localeOf = (row: NotificationRow): 'id' | 'en' => (row.locale === 'en' ? 'en' : 'id');

function toView(row: NotificationRow): NotificationView {
  const params = maskParams(row);
  let text: string | null = null; // stays null for a template since removed: the row still lists
  try {
    text = renderTemplate(row.template, localeOf(row), params);
  } catch {
    // the template is gone: text stays null (see above)
  }
  return {
    id: row.id, channel: row.channel, recipient: maskRecipient(row.recipient), template: row.template, params,
    locale: localeOf(row), text, status: row.status, attempts: row.attempts, nextAttemptAt: row.nextAttemptAt.toISOString(),
    lastError: row.lastError, sentAt: row.sentAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The notification outbox: modules `enqueue` inside the transaction of the change that causes a message
 * (so no message without its change, and no change without its message); a dispatcher loop sends due
 * messages through the named channel, retrying with back-off. Delivery is at least once.
 */
export function createNotificationService(deps: NotificationDeps) {
  const { db, repo, defaultChannel } = deps;
  const maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const log = deps.log ?? ((msg, err) => console.warn(msg, err instanceof Error ? err.message : (err ?? '')));
  const now = deps.now ?? (() => new Date());
  const channels = new Map(deps.channels.map((c) => [c.name, c]));
  // A misconfigured default would queue every message for a channel that fails them all: refuse at boot.
  if (!channels.has(defaultChannel)) throw new Error(`notification default channel "${defaultChannel}" is not configured`);

  /** Sends one claimed message and records the outcome. */
  async function deliver(row: NotificationRow): Promise<'sent' | 'failed' | 'retried'> {
    const channel = channels.get(row.channel);
    let message: OutgoingMessage;
    try {
      if (!channel) throw new Error(`unknown channel ${row.channel}`);
      const { kodeWilayah, id, recipient, template, params } = row;
      const locale = localeOf(row);
      message = { kodeWilayah, id, channel: row.channel, recipient, template, params, locale, text: renderTemplate(template, locale, params) };
    } catch (err) {
      // No later attempt can succeed: give up at once instead of retrying for hours.
      await repo.markFailed(row.kodeWilayah, row.id, redact(row, err));
      log(`notification ${row.id} cannot be sent`, redact(row, err));
      return 'failed';
    }
    try {
      await channel.send(message);
    } catch (err) {
      const error = redact(row, err);
      if (row.attempts + 1 >= maxAttempts) {
        await repo.markFailed(row.kodeWilayah, row.id, error);
        log(`notification ${row.id} failed after ${row.attempts + 1} attempts`, error);
        return 'failed';
      }
      await repo.markRetry(row.kodeWilayah, row.id, new Date(now().getTime() + retryDelayMs(row.attempts)), error);
      return 'retried';
    }
    await repo.markSent(row.kodeWilayah, row.id, now());
    return 'sent';
  }

  /** Claims due messages and sends them; throws only when the database fails (claimed rows then come back after the lease). */
  async function dispatchDue(limit = 50): Promise<{ sent: number; failed: number; retried: number }> {
    const claimedAt = now();
    const rows = await inTransaction(db, (tx) => repo.claimDue(claimedAt, limit, new Date(claimedAt.getTime() + leaseMs(limit)), tx));
    const result = { sent: 0, failed: 0, retried: 0 };
    for (const row of rows) result[await deliver(row)] += 1;
    return result;
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined; // the dispatch in progress, which stop() waits for
  let active = false;
  let runNow: () => void = () => undefined;

  return {
    /**
     * Queues a message inside the caller's transaction; false when the dedupeKey was already queued.
     * The text is rendered once here so a missing parameter fails the caller (and its tests) right away.
     */
    async enqueue(tx: Db, input: NotificationInput): Promise<boolean> {
      const locale = input.locale ?? 'id';
      if (!input.recipient.trim()) throw new Error(`notification ${input.dedupeKey} has no recipient`);
      renderTemplate(input.template, locale, input.params);
      return repo.insert(tx, {
        kodeWilayah: input.kodeWilayah, id: randomUUID(), channel: input.channel ?? defaultChannel, recipient: input.recipient,
        template: input.template, params: input.params, locale, dedupeKey: input.dedupeKey, nextAttemptAt: now(),
      });
    },

    dispatchDue,

    /** Runs dispatchDue every `intervalMs` (at once again after a full batch); runs never overlap, errors are logged. */
    start(intervalMs: number): void {
      if (active) return;
      active = true;
      const schedule = (delay: number) => {
        timer = setTimeout(tick, delay);
        timer.unref(); // the loop alone must not keep the process alive
      };
      const tick = () => {
        running = dispatchDue(LOOP_BATCH)
          // A full batch means more are waiting (a burst of reminders): go again at once, not after the interval.
          .then((r) => (active ? schedule(r.sent + r.failed + r.retried >= LOOP_BATCH ? 0 : intervalMs) : undefined))
          .catch((err) => {
            log('notification dispatch failed', err);
            if (active) schedule(intervalMs);
          })
          .finally(() => (running = undefined));
      };
      runNow = () => {
        if (!active || running) return;
        clearTimeout(timer);
        schedule(0);
      };
      schedule(intervalMs);
    },

    /** Sends what is due now instead of at the next tick (a sign-up code must not wait). A no-op when stopped. */
    kick(): void {
      runNow();
    },

    /** Stops the loop and waits for a dispatch in progress, so the database can close after it. */
    async stop(): Promise<void> {
      active = false;
      clearTimeout(timer);
      await running;
    },

    /** A page of the regency's outbox, newest first, for admins; recipients masked, sign-up codes hidden. */
    async list(actor: Actor, kw: string, query: { status?: NotificationStatus; page: number; pageSize: number }) {
      assertBrowsesOutbox(actor, kw);
      const { items, total } = await repo.list(kw, { status: query.status, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
      return { items: items.map(toView), total };
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
