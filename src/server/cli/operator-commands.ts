import { parseArgs } from 'node:util';
import type { Services } from '../app';
import { AppError } from '../errors';
import { ROLES, type Role } from '../kernel/actor';
import { generatePassword } from '../modules/auth/password';
import type { RegionDirectory } from '../modules/tenancy/regions';

export const USAGE = `Usage: npm run berdaya -- <command>
  tenant add <kode-wilayah>          add a regency, e.g. tenant add 35.27 (Kabupaten Sampang)
  tenant list                        list the regencies this instance serves
  user add <username> --tenant <kode> --role <${ROLES.join('|')}> [--name "Full Name"]
           [--kecamatan 35.27.01,35.27.02] [--superadmin]
                                     create an account; a password is generated and printed once
Uses the same DATABASE_URL / DATA_DIR settings as npm start. While the server runs on the embedded
database, commands are sent to it (only one process may open that database).`;

/** What a command printed, and its exit code. */
export interface CommandResult {
  code: number;
  out: string[];
  err: string[];
}

/** Plain-English messages for the service errors an operator can meet here. */
const CLI_MESSAGES: Record<string, string> = {
  'errors.tenant.unknownRegency': 'not a regency (kabupaten/kota) code in the official list (idn-area-data)',
  'errors.tenant.exists': 'this regency is already served by this instance',
  'errors.tenant.notFound': 'no such tenant; add it first with: tenant add <kode-wilayah>',
  'errors.auth.usernameTaken': 'that username is taken',
};
const explain = (err: AppError) =>
  [err.messageKey, ...err.fields.map((f) => f.messageKey)].map((k) => CLI_MESSAGES[k]).filter(Boolean).join('; ') || err.messageKey;

/** Parses the command line; `null` when it is not a command (print the usage). */
export function parseCommand(argv: string[]) {
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
  return { area, action, arg, values };
}

/**
 * Runs one operator command against the services; the CLI calls it on a database it opened itself, the
 * running server calls it for a CLI that asked over the admin socket. Either way the same code decides.
 */
export async function runOperatorCommand(services: Services, regions: RegionDirectory, argv: string[]): Promise<CommandResult> {
  const out: string[] = [];
  const { area, action, arg, values } = parseCommand(argv);
  try {
    if (area === 'tenant' && action === 'add' && arg) {
      const tenant = await services.tenants.addTenant(arg);
      out.push(`Added ${tenant.kodeWilayah} ${tenant.name} (${regions.kecamatanOf(arg).length} kecamatan).`);
      return { code: 0, out, err: [] };
    }
    if (area === 'tenant' && action === 'list') {
      for (const t of await services.tenants.list()) out.push(`${t.kodeWilayah}\t${t.name}${t.isDemo ? '\t(DEMO)' : ''}`);
      return { code: 0, out, err: [] };
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
      out.push(`Created ${user.username} (${values.role} in ${values.tenant}). Password, shown once: ${password}`);
      return { code: 0, out, err: [] };
    }
    return { code: 2, out: [USAGE], err: [] };
  } catch (err) {
    return { code: 1, out, err: [`Error: ${err instanceof AppError ? explain(err) : err instanceof Error ? err.message : String(err)}`] };
  }
}
