import { text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Column helpers shared by every table. `kodeWilayah` is the tenant key (regency code such as `32.04`);
 * every tenant-owned table starts its primary key with it so the database can be sharded by it (Citus).
 * COLLATE "C" keeps prefix searches on codes index-friendly on every locale.
 */
export const kodeWilayah = () => text('kode_wilayah').notNull();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
