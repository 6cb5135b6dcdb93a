/** Every table, for Drizzle's relational queries and drizzle-kit's migration generator. */
export * from '../modules/tenancy/tenant.table';
export * from '../modules/auth/auth.table';
export * from '../modules/registry/registry.table';
export * from '../modules/audit/audit.table';
export * from '../modules/imports/import.table';
export * from '../modules/duplicates/duplicates.table';
export * from '../modules/programmes/programme.table';
export * from '../modules/portal/portal.table';
export * from '../modules/notifications/notification.table';
export * from '../modules/followup/followup.table';
