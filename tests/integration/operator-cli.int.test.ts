import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testEngine } from '../support/test-db';

/**
 * Issue 11 §1b: operator commands run while the server runs on the embedded store used to print
 * "Added …" and be lost. Now only one process opens the data directory; the CLI sends its command to the
 * running server, and what it reports saved is in the database the server serves, after a restart too.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'berdaya-cli-'));
const port = 39_000 + Math.floor(Math.random() * 2000);
const env = { ...process.env, DATA_DIR: dataDir, DEMO: 'false', LOG_LEVEL: 'silent', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '' };
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}
const cli = (...args: string[]) => run(['src/server/cli/berdaya.ts', ...args]);

function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('Berdaya is running') && resolve(child));
    child.on('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}
const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

describe.runIf(testEngine === 'pglite')('operator commands while the server runs on the embedded store', () => {
  it('sends commands to the running server, refuses a second server, and keeps everything after a restart', async () => {
    const server = await startServer();
    const added = await cli('tenant', 'add', '35.27');
    expect(added.out).toContain('Added 35.27 Kabupaten Sampang');
    expect(added.code).toBe(0);
    const created = await cli('user', 'add', 'siti.aminah', '--tenant', '35.27', '--role', 'officer', '--name', 'Siti Aminah');
    expect(created.code).toBe(0);
    const password = /shown once: (\S+)/.exec(created.out)?.[1];
    expect(password).toBeTruthy();

    // The running server sees the new account at once.
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'siti.aminah', password }),
    });
    expect(login.status).toBe(200);

    // A second server on the same data directory is refused with a clear message, and harms nothing.
    const second = await run(['src/server/main.ts']);
    expect(second.code).toBe(1);
    expect(second.out).toMatch(/already open in process \d+/);

    await stop(server);
    // After the restart (here: the CLI opening the store itself), both are still there.
    const listed = await cli('tenant', 'list');
    expect(listed.out).toContain('35.27\tKabupaten Sampang');
    const again = await cli('user', 'add', 'siti.aminah', '--tenant', '35.27', '--role', 'officer');
    expect(again.code).toBe(1);
    expect(again.out).toContain('that username is taken');
  }, 120_000);
});
