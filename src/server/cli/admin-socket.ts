import { chmodSync, existsSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import type { CommandResult } from './operator-commands';

/**
 * The running server's door for operator commands: a Unix socket in DATA_DIR, readable by the server's
 * own user only. The embedded database may be open in one process only, so `npm run berdaya -- …` sends
 * its command here while the server runs, and the server runs it with its own services: what the
 * operator is told was saved is saved in the database everyone uses.
 */
export const adminSocketPath = (dataDir: string) => join(dataDir, 'berdaya-admin.sock');

const MAX_REQUEST_BYTES = 64 * 1024;

/** Asks whether something answers on the socket (a socket file left by a killed server does not). */
function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createConnection(path);
    probe.once('connect', () => {
      probe.end();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

/** Listens for operator commands; `run` executes one argv. Returns null when another live server owns the socket. */
export async function startAdminSocket(dataDir: string, run: (argv: string[]) => Promise<CommandResult>): Promise<Server | null> {
  const path = adminSocketPath(dataDir);
  if (existsSync(path)) {
    if (await answers(path)) return null;
    rmSync(path, { force: true });
  }
  const server = createServer((socket) => {
    let input = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      input += chunk;
      if (input.length > MAX_REQUEST_BYTES) socket.destroy();
      const newline = input.indexOf('\n');
      if (newline < 0) return;
      let argv: unknown;
      try {
        argv = (JSON.parse(input.slice(0, newline)) as { argv?: unknown }).argv;
      } catch {
        argv = null;
      }
      const reply = (result: CommandResult) => socket.end(`${JSON.stringify(result)}\n`);
      if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string')) return reply({ code: 2, out: [], err: ['Error: malformed request'] });
      run(argv).then(reply, (err: unknown) => reply({ code: 1, out: [], err: [`Error: ${String(err)}`] }));
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  server.on('close', () => rmSync(path, { force: true }));
  return server;
}

/** Sends a command to the running server; null when no server answers on the socket. */
export function askRunningServer(dataDir: string, argv: string[], timeoutMs = 60_000): Promise<CommandResult | null> {
  const path = adminSocketPath(dataDir);
  if (!existsSync(path)) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    let output = '';
    let connected = false;
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('the server did not answer in time')));
    socket.once('connect', () => {
      connected = true;
      socket.write(`${JSON.stringify({ argv })}\n`);
    });
    socket.on('data', (chunk: string) => (output += chunk));
    socket.once('end', () => {
      try {
        resolve(JSON.parse(output) as CommandResult);
      } catch {
        reject(new Error('the server gave no readable answer'));
      }
    });
    socket.once('error', (err) => (connected ? reject(err) : resolve(null)));
  });
}
