import { z } from 'zod';

/**
 * Every setting Berdaya reads from the environment, validated once at boot.
 * A bad value never reaches the rest of the code: `loadConfig` lists every problem and the caller exits.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** When set, use this PostgreSQL server; otherwise the embedded PGlite store under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Create the demo regency (Kabupaten Bandung, 32.04) on an empty database. */
  DEMO: booleanFromEnv.default(true),
  DEMO_BUSINESSES: z.coerce.number().int().min(0).max(2_000_000).default(30_000),
  /**
   * Time limit of each database statement a request runs, in ms (0: none). A request that asks more
   * is answered 503 "narrow the filter" instead of holding the database (bulk loads, migrations and
   * background scans have no limit).
   */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Send session cookies only over HTTPS (and send HSTS). Default: whether PUBLIC_URL is https (see `cookieSecure`). */
  COOKIE_SECURE: booleanFromEnv.optional(),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (the lock-out counts per address). */
  TRUST_PROXY: booleanFromEnv.default(false),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Failed logins on one username from all addresses together before the whole account is locked (ADR 0009). */
  LOGIN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).max(10_000).default(50),
  /** How long a resolved session is remembered in memory, in seconds (0: not at all). */
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(600).default(30),
  WEB_DIST_DIR: z.string().min(1).default('./dist/web'),
  /** Largest spreadsheet an import accepts, in bytes (default 50 MB). */
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).max(2 * 1024 ** 3).default(50 * 1024 * 1024),
  /** Largest total an xlsx may inflate to: a zip bomb is refused before it is unpacked (default 500 MB). */
  IMPORT_MAX_UNZIPPED_BYTES: z.coerce.number().int().min(1024).max(20 * 1024 ** 3).default(500 * 1024 * 1024),
  /** Key that signs check-in QR codes; set the same value on every server of one database. Default: DATA_DIR/secret.key. */
  APP_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Address printed in certificate QR codes and links sent to owners (e.g. https://berdaya.bandungkab.go.id). */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** Channel for owner messages: log (default, writes them to the server log) or a gateway URL per channel. */
  NOTIFY_CHANNEL: z.enum(['log', 'whatsapp', 'sms', 'email']).default('log'),
  /** Gateway that delivers WhatsApp/SMS/email: Berdaya POSTs {to, text, template, params} to it. */
  NOTIFY_WEBHOOK_URL: z.url().optional(),
  /** How often the outbox is checked for messages to send, in milliseconds. */
  NOTIFY_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
}).superRefine((c, ctx) => {
  // A gateway channel without a gateway would fail every owner message: refuse it at boot instead.
  if (c.NOTIFY_CHANNEL !== 'log' && !c.NOTIFY_WEBHOOK_URL) {
    ctx.addIssue({ code: 'custom', path: ['NOTIFY_WEBHOOK_URL'], message: `required when NOTIFY_CHANNEL=${c.NOTIFY_CHANNEL}` });
  }
});

export type Config = z.infer<typeof configSchema>;

/** Whether cookies are HTTPS-only: as set, else following PUBLIC_URL's scheme. */
export const cookieSecure = (c: Pick<Config, 'COOKIE_SECURE' | 'PUBLIC_URL'>): boolean => c.COOKIE_SECURE ?? c.PUBLIC_URL.startsWith('https:');

/** Result of reading the environment: either a config or the full list of problems. */
export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Validates the environment; lists every bad setting rather than the first. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const relevant = Object.fromEntries(
    Object.keys(configSchema.shape).flatMap((k) => (env[k] === undefined || env[k] === '' ? [] : [[k, env[k]]])),
  );
  const parsed = configSchema.safeParse(relevant);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(relevant[String(i.path[0])])})`),
  };
}
