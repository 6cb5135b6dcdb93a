import { createServices } from '../app';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { DataDirLockedError } from '../db/data-dir-lock';
import { loadRegionDirectory } from '../modules/tenancy/regions';
import { askRunningServer } from './admin-socket';
import { parseCommand, runOperatorCommand, USAGE, type CommandResult } from './operator-commands';

function print(result: CommandResult): number {
  for (const line of result.out) console.log(line);
  for (const line of result.err) console.error(line);
  return result.code;
}

/**
 * Operator commands against the configured database (the same settings as the server). A running
 * server is asked first (over its admin socket in DATA_DIR), so that the command acts on the database it
 * serves; with no server running the CLI opens the database itself.
 */
async function main(argv: string[]): Promise<number> {
  const { area, values } = parseCommand(argv);
  if (values.help || !area) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const loaded = loadConfig();
  if (!loaded.ok) {
    console.error(loaded.problems.join('\n'));
    return 1;
  }
  const config = loaded.config;
  const viaServer = await askRunningServer(config.DATA_DIR, argv);
  if (viaServer) return print(viaServer);
  let database;
  try {
    database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  } catch (err) {
    if (!(err instanceof DataDirLockedError)) throw err;
    console.error(
      `Error: the embedded database in ${config.DATA_DIR} is in use by process ${err.pid}, which does not take commands ` +
        '(a server still starting, or another command). Nothing was changed. Wait until the server has started and run the ' +
        'command again (it is then sent to the server), or stop that process first.',
    );
    return 1;
  }
  try {
    await database.migrate();
    const regions = await loadRegionDirectory();
    const services = createServices({ config, database, regions });
    return print(await runOperatorCommand(services, regions, argv));
  } finally {
    await database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
