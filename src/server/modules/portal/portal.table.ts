import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { TOPICS } from '../programmes/programme.table';
import { createdAt, kodeWilayah } from '../../db/columns';
import { users } from '../auth/auth.table';
import { businesses, owners, SECTORS } from '../registry/registry.table';
import { tenants } from '../tenancy/tenant.table';

/**
 * A business owner's sign-up waiting for its one-time code. The code and the chosen password are kept
 * only as hashes; the account is created when the code is confirmed.
 */
export const ownerSignups = pgTable(
  'owner_signups',
  {
    kodeWilayah: kodeWilayah().references(() => tenants.kodeWilayah),
    id: uuid('id').notNull(),
    phone: text('phone').notNull(),
    fullName: text('full_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.kodeWilayah, t.id] }), index('owner_signups_phone_idx').on(t.kodeWilayah, t.phone, t.createdAt)],
);

export const CLAIM_KINDS = ['link', 'new'] as const;
export const CLAIM_STATUSES = ['pending', 'approved', 'rejected'] as const;

/** What an owner asked to register when the office must check it: the business fields they typed. */
export interface NewBusinessClaim {
  businessName: string;
  sector: (typeof SECTORS)[number];
  kecamatanCode: string;
  desaCode: string;
  address?: string | null;
  startYear?: number | null;
  nik?: string | null;
  gender?: 'L' | 'P' | null;
  annualSales?: number | null;
}

/** What an owner typed to be linked: the NIK, kept for the officer who checks the request. */
export interface LinkClaim {
  nik: string;
}

/**
 * An owner account asking to be tied to the registry: by a NIK whose record's phone did not match or that
 * the registry does not have (`link`, an officer checks; `ownerId` is the record with that NIK, if any),
 * or as a new business the office verifies (`new`).
 */
export const ownerClaims = pgTable(
  'owner_claims',
  {
    kodeWilayah: kodeWilayah(),
    id: uuid('id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: CLAIM_KINDS }).notNull(),
    ownerId: uuid('owner_id'),
    businessId: uuid('business_id'),
    payload: jsonb('payload').$type<NewBusinessClaim | LinkClaim | null>(),
    status: text('status', { enum: CLAIM_STATUSES }).notNull().default('pending'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    rejectReason: text('reject_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    foreignKey({ columns: [t.kodeWilayah, t.ownerId], foreignColumns: [owners.kodeWilayah, owners.id] }),
    foreignKey({ columns: [t.kodeWilayah, t.businessId], foreignColumns: [businesses.kodeWilayah, businesses.id] }),
    index('owner_claims_status_idx').on(t.kodeWilayah, t.status, t.createdAt),
    index('owner_claims_user_idx').on(t.kodeWilayah, t.userId),
  ],
);

/** Needs an owner (or an officer for them) stated for a business; the latest statement counts. */
export const businessNeeds = pgTable(
  'business_needs',
  {
    kodeWilayah: kodeWilayah(),
    id: uuid('id').notNull(),
    businessId: uuid('business_id').notNull(),
    needs: text('needs', { enum: TOPICS }).array().notNull(),
    note: text('note'),
    statedByName: text('stated_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.id] }),
    foreignKey({ columns: [t.kodeWilayah, t.businessId], foreignColumns: [businesses.kodeWilayah, businesses.id] }).onDelete('cascade'),
    index('business_needs_business_idx').on(t.kodeWilayah, t.businessId, t.createdAt),
  ],
);
