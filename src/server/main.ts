import { buildApp, createServices } from './app';
import { loadConfig } from './config';
import { startAdminSocket } from './cli/admin-socket';
import { runOperatorCommand } from './cli/operator-commands';
import { openDatabase } from './db/client';
import { DataDirLockedError } from './db/data-dir-lock';
import { seedDemoOnStart } from './modules/demo/demo-start';
import { loadRegionDirectory } from './modules/tenancy/regions';

/** `npm start`: validate config, open and migrate the database, seed the demo regency if empty, serve. */
async function main(): Promise<void> {
  const loaded = loadConfig();
  if (!loaded.ok) {
    console.error('Berdaya cannot start; fix these settings:\n' + loaded.problems.map((p) => `  - ${p}`).join('\n'));
    process.exit(1);
  }
  const config = loaded.config;
  let database;
  try {
    database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, statementTimeoutMs: config.STATEMENT_TIMEOUT_MS });
  } catch (err) {
    if (!(err instanceof DataDirLockedError)) throw err;
    console.error(
      `Berdaya cannot start: the embedded database in ${config.DATA_DIR} is already open in process ${err.pid} ` +
        '(another server, or an operator command). Stop it first, or give this server another DATA_DIR.',
    );
    process.exit(1);
  }
  await database.migrate();
  const regions = await loadRegionDirectory();
  const services = createServices({ config, database, regions });

  const started = Date.now();
  const demo = await seedDemoOnStart(config, database, services, regions);
  if (demo) {
    const lines = demo.accounts.map((a) => `  ${a.username.padEnd(11)} ${a.password}   ${a.note}`);
    console.log(
      [
        '',
        '==================== BERDAYA DEMO ====================',
        `Demo regency Kabupaten Bandung (32.04): ${demo.businesses} synthetic businesses (${Date.now() - started} ms).`,
        'Demo accounts — passwords are shown ONCE, write them down:',
        ...lines,
        'For real use start with DEMO=false and create the first administrator: see "First administrator" in README.md.',
        '=======================================================',
        '',
      ].join('\n'),
    );
  }

  const app = await buildApp({ config, database, regions }, services);
  // Operator commands (`npm run berdaya -- …`) reach the database through this server while it runs.
  const adminSocket = await startAdminSocket(config.DATA_DIR, (argv) => runOperatorCommand(services, regions, argv));
  if (!adminSocket) app.log.warn(`another server answers operator commands for ${config.DATA_DIR}; this one does not`);
  const shutdown = async () => {
    adminSocket?.close();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`Berdaya is running on http://localhost:${config.PORT} (${database.engine})`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
