import { parseArgs } from 'node:util';
import { createServices } from '../app';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { AppError } from '../errors';
import { ROLES, type Role } from '../kernel/actor';
import { generatePassword } from '../modules/auth/password';
import { loadRegionDirectory } from '../modules/tenancy/regions';

const USAGE = `Usage: npm run berdaya -- <command>
  tenant add <kode-wilayah>          add a regency, e.g. tenant add 35.27 (Kabupaten Sampang)
  tenant list                        list the regencies this instance serves
  user add <username> --tenant <kode> --role <${ROLES.join('|')}> [--name "Full Name"]
           [--kecamatan 35.27.01,35.27.02] [--superadmin]
                                     create an account; a password is generated and printed once
Uses the same DATABASE_URL / DATA_DIR settings as npm start.`;

/** Plain-English messages for the service errors an operator can meet here. */
const CLI_MESSAGES: Record<string, string> = {
  'errors.tenant.unknownRegency': 'not a regency (kabupaten/kota) code in the official list (idn-area-data)',
  'errors.tenant.exists': 'this regency is already served by this instance',
  'errors.tenant.notFound': 'no such tenant; add it first with: tenant add <kode-wilayah>',
  'errors.auth.usernameTaken': 'that username is taken',
};
const explain = (err: AppError) =>
  [err.messageKey, ...err.fields.map((f) => f.messageKey)].map((k) => CLI_MESSAGES[k]).filter(Boolean).join('; ') || err.messageKey;

/** Operator commands against the configured database (the same settings as the server). */
async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      tenant: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      kecamatan: { type: 'string' },
      superadmin: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [area, action, arg] = positionals;
  if (values.help || !area) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const loaded = loadConfig();
  if (!loaded.ok) {
    console.error(loaded.problems.join('\n'));
    return 1;
  }
  const database = await openDatabase({ databaseUrl: loaded.config.DATABASE_URL, dataDir: loaded.config.DATA_DIR });
  try {
    await database.migrate();
    const regions = await loadRegionDirectory();
    const services = createServices({ config: loaded.config, database, regions });
    if (area === 'tenant' && action === 'add' && arg) {
      const tenant = await services.tenants.addTenant(arg);
      console.log(`Added ${tenant.kodeWilayah} ${tenant.name} (${regions.kecamatanOf(arg).length} kecamatan).`);
      return 0;
    }
    if (area === 'tenant' && action === 'list') {
      for (const t of await services.tenants.list()) console.log(`${t.kodeWilayah}\t${t.name}${t.isDemo ? '\t(DEMO)' : ''}`);
      return 0;
    }
    if (area === 'user' && action === 'add' && arg && values.tenant && values.role) {
      if (!(ROLES as readonly string[]).includes(values.role)) throw new Error(`unknown role ${values.role}`);
      await services.tenants.requireTenant(values.tenant);
      const kecamatanCodes = values.kecamatan ? values.kecamatan.split(',').map((s) => s.trim()) : [];
      const wrong = kecamatanCodes.filter((k) => !k.startsWith(`${values.tenant}.`) || !regions.kecamatan(k));
      if (wrong.length) throw new Error(`not a kecamatan of ${values.tenant}: ${wrong.join(', ')}`);
      const password = generatePassword();
      const user = await services.auth.createUser({ username: arg, displayName: values.name ?? arg, password, isSuperadmin: values.superadmin });
      await services.auth.grantRole({ userId: user.id, kodeWilayah: values.tenant, role: values.role as Role, kecamatanCodes });
      console.log(`Created ${user.username} (${values.role} in ${values.tenant}). Password, shown once: ${password}`);
      return 0;
    }
    console.log(USAGE);
    return 2;
  } catch (err) {
    console.error(`Error: ${err instanceof AppError ? explain(err) : String(err)}`);
    return 1;
  } finally {
    await database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
