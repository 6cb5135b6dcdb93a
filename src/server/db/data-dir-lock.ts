import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The embedded data directory is open in another live process (the running server, or a CLI). */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`the embedded database in ${dataDir} is in use by process ${pid}`);
    this.name = 'DataDirLockedError';
  }
}

/** A held lock; `release` is idempotent. */
export interface DataDirLock {
  readonly path: string;
  release(): void;
}

const LOCK_FILE = 'berdaya.lock';

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else; only ESRCH means it is gone.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(path: string): number | null {
  try {
    return Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
  } catch {
    return null;
  }
}

/**
 * Locks an embedded data directory to this process. Two PGlite instances on one directory corrupt it
 * (each keeps its own buffers and WAL position), so a second process must be refused, not queued.
 *
 * The lock is a file created with O_EXCL holding the owner's pid. A lock whose process is gone (the server
 * was killed) is taken over: it is first renamed away, which only one contender can do, so two processes
 * starting at once cannot both take over the same stale lock.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let held = true;
      return {
        path,
        release() {
          if (!held) return;
          held = false;
          if (readPid(path) === process.pid) rmSync(path, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = readPid(path);
    if (owner === null) continue; // removed meanwhile, or not yet written: try again
    if (owner === process.pid) throw new DataDirLockedError(dataDir, owner);
    if (isAlive(owner)) throw new DataDirLockedError(dataDir, owner);
    const stale = `${path}.stale-${process.pid}`;
    try {
      renameSync(path, stale);
    } catch {
      continue; // another process took it over first
    }
    // If the file moved was not the stale one (its owner replaced it in between), put it back.
    const moved = readPid(stale);
    if (moved !== owner && moved !== null && isAlive(moved)) {
      renameSync(stale, path);
      throw new DataDirLockedError(dataDir, moved);
    }
    rmSync(stale, { force: true });
  }
  throw new Error(`could not lock the embedded database in ${dataDir}`);
}
