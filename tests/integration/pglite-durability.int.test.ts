import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/server/db/client';
import { testEngine } from '../support/test-db';

/**
 * docs/decisions/0003: with PGlite started without -F, a killed server process loses no committed
 * transaction. A child process commits rows, says so, and is killed with SIGKILL; the store is reopened.
 */
const dir = mkdtempSync(join(tmpdir(), 'berdaya-durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CHILD = `
import { openPglite } from './src/server/db/client.ts';
import { sql } from 'drizzle-orm';
const database = await openPglite({ dataDir: process.argv[1] });
await database.db.execute(sql\`create table if not exists crash_probe (n int primary key)\`);
for (let n = 1; n <= 50; n++) await database.db.execute(sql\`insert into crash_probe values (\${n})\`);
process.stdout.write('committed\\n');
setInterval(() => {}, 1000); // stay alive until killed
`;

describe.runIf(testEngine === 'pglite')('embedded store durability', () => {
  it('keeps every committed row when the process is killed without warning', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('committed') && resolve());
      child.on('exit', (code) => reject(new Error(`child exited early (${code})`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const reopened = await openPglite({ dataDir: dir });
    const result = (await reopened.db.execute('select count(*)::int as n from crash_probe')) as unknown as { rows: { n: number }[] };
    expect(result.rows[0]!.n).toBe(50);
    await reopened.close();
  });
});
