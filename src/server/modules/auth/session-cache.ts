import type { Actor } from '../../kernel/actor';

/**
 * Who a session is, remembered for a few seconds: every request resolves its cookie, and without this
 * each one costs two queries. Entries are dropped when the session ends or its user changes (logout,
 * password change, role change, lock-out) in this process; another server on the same PostgreSQL sees
 * such a change only when its entry runs out, so `ttlMs` bounds how stale it can be (ADR 0009).
 */
export function createSessionCache(ttlMs: number, maxEntries = 10_000) {
  const entries = new Map<string, { actor: Actor; until: number }>();
  // Bumped by every invalidation: a lookup that started before one must not store what it read.
  let generation = 0;
  return {
    /** The cached actor of a session id, if fresh. */
    get(sessionId: string, now = Date.now()): Actor | undefined {
      const entry = entries.get(sessionId);
      if (!entry) return undefined;
      if (entry.until > now) return entry.actor;
      entries.delete(sessionId);
      return undefined;
    },
    /** The generation to hand back to `set` after a lookup. */
    generation: () => generation,
    /** Remembers a looked-up actor, unless an invalidation happened since `seenGeneration`. */
    set(sessionId: string, actor: Actor, sessionExpiresAt: Date, seenGeneration: number, now = Date.now()): void {
      if (ttlMs <= 0 || seenGeneration !== generation) return;
      if (entries.size >= maxEntries) {
        // Oldest first (insertion order): drop a tenth rather than one at a time.
        for (const key of [...entries.keys()].slice(0, Math.ceil(maxEntries / 10))) entries.delete(key);
      }
      entries.set(sessionId, { actor, until: Math.min(now + ttlMs, sessionExpiresAt.getTime()) });
    },
    /** Drops one session (logout). */
    forget(sessionId: string): void {
      generation++;
      entries.delete(sessionId);
    },
    /** Drops every session of a user (password, role, lock-out). */
    forgetUser(userId: string): void {
      generation++;
      for (const [key, entry] of entries) if (entry.actor.userId === userId) entries.delete(key);
    },
  };
}

export type SessionCache = ReturnType<typeof createSessionCache>;
