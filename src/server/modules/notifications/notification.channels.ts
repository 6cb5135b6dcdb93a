/**
 * Channels deliver one rendered message. They know nothing about the outbox: a channel that throws makes
 * the dispatcher retry later, so `send` must throw on any failure and return only once the provider has
 * accepted the message.
 */

/** One message as a channel receives it: the outbox row plus its rendered text. */
export interface OutgoingMessage {
  kodeWilayah: string;
  id: string;
  channel: string;
  recipient: string;
  template: string;
  params: Record<string, string | number>;
  locale: 'id' | 'en';
  text: string;
}

/** A way to reach people (log, WhatsApp/SMS/email gateway); the outbox row's `channel` names it. */
export interface NotificationChannel {
  readonly name: string;
  send(message: OutgoingMessage): Promise<void>;
}

/** How many sent messages the log channel keeps in memory. */
const LOG_CHANNEL_KEEP = 200;

/**
 * Default channel: writes the message to the log (and keeps the last 200 in memory for tests/ops).
 * Meant for development, demos and offices without a gateway yet: the text (a sign-up code included)
 * goes to the server log, so production should name a gateway channel as the default.
 */
export function createLogChannel(log: (line: string) => void): NotificationChannel & { sent: OutgoingMessage[] } {
  const sent: OutgoingMessage[] = [];
  return {
    name: 'log',
    sent,
    async send(message) {
      log(`[notification ${message.id}] ${message.channel} → ${message.recipient} (${message.template}): ${message.text}`);
      sent.push(message);
      if (sent.length > LOG_CHANNEL_KEEP) sent.splice(0, sent.length - LOG_CHANNEL_KEEP);
    },
  };
}

/** A gateway that does not answer within this long is treated as failed (and retried later). */
const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * Posts JSON {to, text, template, params} to a gateway URL (WhatsApp/SMS/email providers sit behind it);
 * non-2xx throws. The message id goes in `Idempotency-Key`: a retry after a timeout may repeat a message
 * the gateway did accept, and a gateway honouring the header drops the repeat.
 */
export function createWebhookChannel(name: string, url: string, fetchImpl: typeof fetch = fetch): NotificationChannel {
  return {
    name,
    async send(message) {
      const res = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': message.id },
        body: JSON.stringify({ to: message.recipient, text: message.text, template: message.template, params: message.params }),
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
      // Read the body either way so the connection returns to the pool; it is not put in the error,
      // because gateways often echo the request (and with it a sign-up code) back.
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) throw new Error(`channel ${name}: gateway answered HTTP ${res.status}`);
    },
  };
}
