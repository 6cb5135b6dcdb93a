import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppError, fail } from '../../errors';
import type { Actor, Membership, Role } from '../../kernel/actor';
import type { AuthRepository } from './auth.repository';
import { normalisePhone } from '../../kernel/phone';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password';

export interface AuthSettings {
  sessionTtlHours: number;
  maxFailures: number;
  lockMinutes: number;
}

/** A hash computed once so an unknown username costs as much as a wrong password (no user enumeration by timing). */
const dummyHash = hashPassword('berdaya-timing-equaliser');

const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Accounts, login with lock-out, sessions, and the actor every request carries. */
export function createAuthService(repo: AuthRepository, settings: AuthSettings) {
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
    /** Logs in; returns the session token for the cookie. Locked accounts are refused even with the right password. */
    async login(username: string, password: string): Promise<{ token: string; actor: Actor }> {
      // Owners sign in with their phone number as typed ("0812-…"); their username is its +62 form.
      const phone = normalisePhone(username);
      const user = (await repo.findUserByUsername(username.trim().toLowerCase())) ?? (phone ? await repo.findUserByUsername(phone) : undefined);
      if (!user) {
        await verifyPassword(await dummyHash, password);
        throw new AppError('unauthenticated', 'errors.auth.invalidCredentials');
      }
      const lockedFor = user.lockedUntil ? user.lockedUntil.getTime() - Date.now() : 0;
      if (lockedFor > 0) throw new AppError('locked', 'errors.auth.locked', [], { minutes: Math.ceil(lockedFor / 60_000) });
      if (!(await verifyPassword(user.passwordHash, password))) {
        const updated = await repo.recordFailedLogin(user.id, settings.maxFailures, settings.lockMinutes);
        if (updated?.lockedUntil && updated.lockedUntil.getTime() > Date.now()) {
          throw new AppError('locked', 'errors.auth.locked', [], { minutes: settings.lockMinutes });
        }
        throw new AppError('unauthenticated', 'errors.auth.invalidCredentials');
      }
      if (user.failedLogins > 0 || user.lockedUntil) await repo.clearFailedLogins(user.id);
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
      await repo.deleteSession(sessionIdOf(token));
    },

    /** The actor of a session token, or undefined when the token is unknown or expired. */
    async actorForToken(token: string): Promise<Actor | undefined> {
      const user = await repo.findSessionUser(sessionIdOf(token));
      return user ? actorOf(user) : undefined;
    },

    /** Changes a password after checking the current one; other sessions of the user end. */
    async changePassword(actor: Actor, token: string, currentPassword: string, newPassword: string): Promise<void> {
      const user = await repo.findUserById(actor.userId);
      if (!user) throw fail.unauthenticated();
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new AppError('validation', 'errors.validation', [{ field: 'currentPassword', messageKey: 'errors.auth.wrongPassword' }]);
      }
      if (newPassword.length < MIN_PASSWORD_LENGTH) {
        throw fail.validation([{ field: 'newPassword', messageKey: 'validation.password.too_short', params: { minimum: MIN_PASSWORD_LENGTH } }]);
      }
      if (newPassword === currentPassword) {
        throw fail.validation([{ field: 'newPassword', messageKey: 'validation.password.same_as_old' }]);
      }
      await repo.setPasswordHash(user.id, await hashPassword(newPassword));
      await repo.deleteOtherSessions(user.id, sessionIdOf(token));
    },

    /** Creates an account (CLI, demo seeding, admin UI). Usernames are case-insensitive. */
    async createUser(input: { username: string; displayName: string; isSuperadmin?: boolean } & ({ password: string } | { passwordHash: string })) {
      if ('password' in input && input.password.length < MIN_PASSWORD_LENGTH) {
        throw fail.validation([{ field: 'password', messageKey: 'validation.password.too_short', params: { minimum: MIN_PASSWORD_LENGTH } }]);
      }
      const username = input.username.trim().toLowerCase();
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
    },

    listTenantUsers: (kodeWilayah: string) => repo.listTenantUsers(kodeWilayah),

    /** The owner record an account is linked to in a regency, if any (owners' portal links). */
    async ownerIdOf(userId: string, kodeWilayah: string): Promise<string | null> {
      return (await repo.listMemberships(userId)).find((m) => m.kodeWilayah === kodeWilayah)?.ownerId ?? null;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
export type { Membership };
