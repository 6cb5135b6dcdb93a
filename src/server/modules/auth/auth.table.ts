import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, kodeWilayah } from '../../db/columns';
import { owners } from '../registry/registry.table';
import { tenants } from '../tenancy/tenant.table';

/**
 * People who log in. Instance-wide (a Citus reference table): one person may work for several regencies;
 * what they may do in each regency is their membership there.
 */
export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  isSuperadmin: boolean('is_superadmin').notNull().default(false),
  locale: text('locale').notNull().default('id'),
  /** Set while the account-wide lock-out holds (shown to admins); the counting is in `login_attempts`. */
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/** Login sessions; `id` is the SHA-256 of the cookie token, so a database leak does not leak sessions. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** A user's role in one regency. Assistants carry their kecamatan; owners the owner record they are. */
export const memberships = pgTable(
  'memberships',
  {
    kodeWilayah: kodeWilayah().references(() => tenants.kodeWilayah),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['admin', 'head', 'officer', 'assistant', 'owner', 'partner'] }).notNull(),
    kecamatanCodes: text('kecamatan_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ownerId: uuid('owner_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.userId] }),
    index('memberships_user_idx').on(t.userId),
    foreignKey({ columns: [t.kodeWilayah, t.ownerId], foreignColumns: [owners.kodeWilayah, owners.id] }).onDelete('restrict'),
  ],
);

/**
 * Failed-login counters, keyed by the username as typed (normalised) so unknown usernames are counted,
 * locked and answered exactly like real ones. `source` is the client address for the per-(account, source)
 * counter, or `*` for the account-wide one. `locks` counts lock-outs in a row (the back-off exponent).
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    username: text('username').notNull(),
    source: text('source').notNull(),
    failures: integer('failures').notNull().default(0),
    locks: integer('locks').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.username, t.source] }), index('login_attempts_last_attempt_idx').on(t.lastAttemptAt)],
);
