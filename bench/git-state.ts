import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The code a benchmark measures: HEAD and the uncommitted changes to server code and migrations, if any. */
export function gitState(): { head: string; dirtyServerFiles: string[] } {
  const git = (...a: string[]) => {
    try {
      return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trimEnd();
    } catch {
      return '';
    }
  };
  const dirty = git('status', '--porcelain', '--', 'src/server', 'drizzle').split('\n').filter(Boolean).map((l) => l.slice(3));
  return { head: git('rev-parse', '--short', 'HEAD').trim() || 'unknown', dirtyServerFiles: dirty };
}
