// Module boundaries (ADR 0010), checked by `npm run lint`. The lists below are the only exceptions: to add
// one, add the file with the reason it cannot go through the other module's service.
const { readdirSync } = require('node:fs');

const MODULES = readdirSync(`${__dirname}/src/server/modules`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const TESTS = '\\.(test|int\\.test|e2e)\\.tsx?$';
const esc = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Files of a module that every other module may import besides its `*.service.ts`: pure functions and data,
 * no database access. They predate this check; each is a candidate for src/server/kernel.
 */
const SHARED = [
  'registry/registry.policy.ts', // who may see and edit which business: every module that reads businesses applies it
  'registry/nik.ts', // NIK parsing (birth date, sex, region) for imports and duplicates
  'registry/search-text.ts', // the search column's text, written by every path that creates a business
  'tenancy/regions.ts', // the Regions lookup type and its pure helpers (mostly type-only imports)
  'auth/password.ts', // password hashing and strength rules: portal sign-up and the demo users
];

/**
 * Other modules' files one module may import: `tables` are Drizzle tables (foreign keys, read joins and
 * enumerations), `files` anything else; `typeOnly` ones only with `import type`.
 */
const ALLOWED = {
  audit: { tables: ['tenancy/tenant.table.ts'] }, // foreign key to the tenant
  auth: { tables: ['tenancy/tenant.table.ts', 'registry/registry.table.ts'] }, // memberships reference tenants (and join their names); owners reference businesses
  demo: {
    // The demo seeder writes realistic rows of every module in bulk, which no service offers.
    tables: ['registry/registry.table.ts', 'programmes/programme.table.ts'],
    // demo-start.ts builds the portal repository for the demo's applications (start-up wiring, as main.ts did).
    files: ['followup/outcome-stats.ts', 'portal/portal.repository.ts'],
  },
  duplicates: {
    tables: ['registry/registry.table.ts'], // pairs reference businesses; the merge rewrites them in one transaction
    typeOnly: ['registry/registry.merge.ts'],
  },
  followup: {
    tables: ['registry/registry.table.ts', 'programmes/programme.table.ts'], // tasks and check-ins reference businesses and programmes; schemas reuse their enumerations
    typeOnly: ['registry/registry.observations.ts', 'registry/registry.repository.ts'],
  },
  imports: { tables: ['registry/registry.table.ts', 'tenancy/tenant.table.ts'] }, // the commit bulk-loads businesses in the import's transaction
  notifications: { tables: ['tenancy/tenant.table.ts'] },
  portal: {
    tables: ['registry/registry.table.ts', 'programmes/programme.table.ts', 'auth/auth.table.ts', 'tenancy/tenant.table.ts'], // owner accounts, their businesses and applications
  },
  programmes: {
    tables: ['registry/registry.table.ts', 'tenancy/tenant.table.ts'], // participants reference businesses; eligibility joins them
    files: ['recap/recap.pdf.ts'], // certificates reuse the recap's PDF layout
    typeOnly: ['recap/recap.types.ts'],
  },
  recap: { tables: ['registry/registry.table.ts'], typeOnly: ['tenancy/tenant.table.ts'] }, // the recap aggregates businesses in SQL
  registry: { tables: ['tenancy/tenant.table.ts'] }, // businesses belong to a tenant
};

/**
 * Server files the web bundles may import at run time (type-only imports are erased and always allowed):
 * pure code without Node APIs, database or secrets. A browser-safe file imports only browser-safe files.
 */
const BROWSER_SAFE = [
  'src/server/kernel/actor.ts',
  'src/server/kernel/scale-rules.ts',
  'src/server/modules/followup/plausibility.ts', // the same plausibility checks on the phone and the server
  'src/server/modules/followup/outcome-stats.ts',
  'src/server/modules/imports/import.messages.ts', // message keys shown by the web
  'src/server/modules/programmes/eligibility.messages.ts',
];

const moduleRules = MODULES.flatMap((m) => {
  const allowed = ALLOWED[m] ?? {};
  const open = [...SHARED, ...(allowed.tables ?? []), ...(allowed.files ?? [])];
  const typeOnly = allowed.typeOnly ?? [];
  const from = { path: `^src/server/modules/${m}/`, pathNot: TESTS };
  const other = `^src/server/modules/(?!${m}/)[^/]+/`;
  const rules = [
    {
      name: `module-${m}-through-services`,
      comment: `${m} uses other modules through their *.service.ts only (exceptions: ALLOWED.${m} and SHARED in .dependency-cruiser.cjs)`,
      severity: 'error',
      from,
      to: { path: other, pathNot: ['\\.service\\.ts$', ...[...open, ...typeOnly].map((f) => `^src/server/modules/${esc(f)}$`)] },
    },
  ];
  if (typeOnly.length) {
    rules.push({
      name: `module-${m}-type-only`,
      comment: `${m} may import these files of other modules with \`import type\` only`,
      severity: 'error',
      from,
      to: { path: typeOnly.map((f) => `^src/server/modules/${esc(f)}$`), dependencyTypesNot: ['type-only'] },
    });
  }
  return rules;
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Run-time import cycles (type-only ones are erased and allowed).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    ...moduleRules,
    {
      name: 'core-imports-no-module',
      comment: 'src/server/kernel and src/server/lib are below the modules: they import none.',
      severity: 'error',
      from: { path: '^src/server/(kernel|lib)/' },
      to: { path: '^src/server/modules/' },
    },
    {
      name: 'web-imports-browser-safe-server-files',
      comment: 'The web bundles run only server files declared BROWSER_SAFE in .dependency-cruiser.cjs.',
      severity: 'error',
      from: { path: '^src/web/', pathNot: TESTS },
      to: { path: '^src/server/', pathNot: BROWSER_SAFE.map((f) => `^${esc(f)}$`), dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'browser-safe-stays-browser-safe',
      comment: 'A BROWSER_SAFE file imports only BROWSER_SAFE server files (it ends up in the web bundles).',
      severity: 'error',
      from: { path: BROWSER_SAFE.map((f) => `^${esc(f)}$`) },
      to: { path: '^src/server/', pathNot: BROWSER_SAFE.map((f) => `^${esc(f)}$`), dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
