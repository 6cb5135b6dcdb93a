import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppError, fail } from '../../errors';
import type { Actor, Membership, Role } from '../../kernel/actor';
import type { AuthRepository } from './auth.repository';
import { normalisePhone } from '../../kernel/phone';
import { accountAfterSuccess, gate, pairAfterSuccess, type LockoutPolicy } from './lockout';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import { createSessionCache } from './session-cache';

export interface AuthSettings {
  sessionTtlHours: number;
  /** Lock-out of a (username, source) pair and of a username as a whole (see lockout.ts). */
  lockout: LockoutPolicy;
  /** How long a resolved session is remembered in memory, in ms (0: not at all). */
  sessionCacheMs: number;
}

/**
 * The lock-out key of what was typed in the username box: owners may type their number in any form
 * ("0812-…", "+62812…"), everyone else a case-insensitive name. Unknown usernames get a key too.
 */
const loginKey = (typed: string) => normalisePhone(typed) ?? typed.trim().toLowerCase();

const lockedError = (ms: number) => new AppError('locked', 'errors.auth.locked', [], { minutes: Math.max(1, Math.ceil(ms / 60_000)) });

/** A hash computed once so an unknown username costs as much as a wrong password (no user enumeration by timing). */
const dummyHash = hashPassword('berdaya-timing-equaliser');

const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Accounts, login with lock-out, sessions, and the actor every request carries. */
export function createAuthService(repo: AuthRepository, settings: AuthSettings) {
  const cache = createSessionCache(settings.sessionCacheMs);
  async function actorOf(user: { id: string; username: string; displayName: string; isSuperadmin: boolean; locale: string }): Promise<Actor> {
    return {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      isSuperadmin: user.isSuperadmin,
      locale: user.locale,
      memberships: await repo.listMemberships(user.id),
    };
  }

  async function startSession(user: Parameters<typeof actorOf>[0]): Promise<{ token: string; actor: Actor }> {
    const token = randomBytes(32).toString('base64url');
    await repo.insertSession(sessionIdOf(token), user.id, new Date(Date.now() + settings.sessionTtlHours * 3_600_000));
    return { token, actor: await actorOf(user) };
  }

  return {
    /**
     * Logs in; returns the session token for the cookie. `source` is the client's address. The try is
     * counted before the password is checked (see lockout.ts), and an unknown username goes through the
     * same counting, the same hashing work and the same answers as a known one.
     */
    async login(username: string, password: string, source = 'local'): Promise<{ token: string; actor: Actor }> {
      const key = loginKey(username);
      const attempt = await repo.withLoginCounters(key, source, (pair, account) => {
        const g = gate(pair, account, Date.now(), settings.lockout);
        return { pair: g.pair, account: g.account, result: g };
      });
      if (!attempt.allowed) throw lockedError(attempt.retryMs);
      const typed = username.trim().toLowerCase();
      const user = (await repo.findUserByUsername(typed)) ?? (key !== typed ? await repo.findUserByUsername(key) : undefined);
      const ok = await verifyPassword(user ? user.passwordHash : await dummyHash, password);
      if (!user || !ok) {
        if (user && attempt.accountLockedNow) {
          // Guessing from many places at once: end the account's sessions too (the attacker may be in).
          await repo.lockUser(user.id, attempt.account.lockedUntil!);
          cache.forgetUser(user.id);
        }
        if (attempt.lockedMs > 0) throw lockedError(attempt.lockedMs);
        throw new AppError('unauthenticated', 'errors.auth.invalidCredentials');
      }
      await repo.withLoginCounters(key, source, (pair, account) => ({
        pair: pairAfterSuccess(pair, Date.now()),
        account: accountAfterSuccess(account),
        result: undefined,
      }));
      return startSession(user);
    },

    /** Opens a session for an account that proved itself another way (an owner's confirmed sign-up code). */
    async startSessionFor(userId: string): Promise<{ token: string; actor: Actor }> {
      const user = await repo.findUserById(userId);
      if (!user) throw fail.unauthenticated();
      return startSession(user);
    },

    /**
     * The account made from this very sign-up (same username and the same stored password hash), if a
     * previous confirmation created it but did not finish: lets that confirmation be retried.
     */
    async accountFromSignup(username: string, passwordHash: string): Promise<string | undefined> {
      const user = await repo.findUserByUsername(username.trim().toLowerCase());
      return user && user.passwordHash === passwordHash ? user.id : undefined;
    },

    /** Whether an account with this username exists (owners: their +62 phone). */
    async usernameTaken(username: string): Promise<boolean> {
      return Boolean(await repo.findUserByUsername(username.trim().toLowerCase()));
    },

    async logout(token: string): Promise<void> {
      const id = sessionIdOf(token);
      await repo.deleteSession(id);
      cache.forget(id);
    },

    /** The actor of a session token, or undefined when the token is unknown or expired. Cached briefly. */
    async actorForToken(token: string): Promise<Actor | undefined> {
      const id = sessionIdOf(token);
      const cached = cache.get(id);
      if (cached) return cached;
      const seen = cache.generation();
      const found = await repo.findSessionUser(id);
      if (!found) return undefined;
      const actor = await actorOf(found.user);
      cache.set(id, actor, found.expiresAt, seen);
      return actor;
    },

    /** Changes a password after checking the current one; other sessions of the user end. */
    async changePassword(actor: Actor, token: string, currentPassword: string, newPassword: string): Promise<void> {
      const user = await repo.findUserById(actor.userId);
      if (!user) throw fail.unauthenticated();
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new AppError('validation', 'errors.validation', [{ field: 'currentPassword', messageKey: 'errors.auth.wrongPassword' }]);
      }
      if (newPassword === currentPassword) {
        throw fail.validation([{ field: 'newPassword', messageKey: 'validation.password.same_as_old' }]);
      }
      const problem = passwordProblem(newPassword, 'newPassword', user);
      if (problem) throw fail.validation([problem]);
      await repo.setPasswordHash(user.id, await hashPassword(newPassword));
      await repo.deleteOtherSessions(user.id, sessionIdOf(token));
      cache.forgetUser(user.id);
    },

    /** Creates an account (CLI, demo seeding, admin UI). Usernames are case-insensitive. */
    async createUser(input: { username: string; displayName: string; isSuperadmin?: boolean } & ({ password: string } | { passwordHash: string })) {
      const username = input.username.trim().toLowerCase();
      const problem = 'password' in input ? passwordProblem(input.password, 'password', { username, displayName: input.displayName }) : null;
      if (problem) throw fail.validation([problem]);
      if (await repo.findUserByUsername(username)) throw fail.conflict('errors.auth.usernameTaken');
      return repo.insertUser({
        id: randomUUID(),
        username,
        displayName: input.displayName,
        passwordHash: 'password' in input ? await hashPassword(input.password) : input.passwordHash,
        isSuperadmin: input.isSuperadmin ?? false,
      });
    },

    /** Gives a user a role in a regency (replacing the previous one there). */
    async grantRole(input: { userId: string; kodeWilayah: string; role: Role; kecamatanCodes?: string[]; ownerId?: string | null }) {
      await repo.upsertMembership({
        userId: input.userId,
        kodeWilayah: input.kodeWilayah,
        role: input.role,
        kecamatanCodes: input.kecamatanCodes ?? [],
        ownerId: input.ownerId ?? null,
      });
      cache.forgetUser(input.userId);
    },

    listTenantUsers: (kodeWilayah: string) => repo.listTenantUsers(kodeWilayah),

    /** Housekeeping (hourly): expired sessions and idle lock-out counters. */
    async sweep(): Promise<void> {
      await repo.deleteExpiredSessions();
      await repo.deleteIdleLoginCounters();
    },

    /** The owner record an account is linked to in a regency, if any (owners' portal links). */
    async ownerIdOf(userId: string, kodeWilayah: string): Promise<string | null> {
      return (await repo.listMemberships(userId)).find((m) => m.kodeWilayah === kodeWilayah)?.ownerId ?? null;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
export type { Membership };
