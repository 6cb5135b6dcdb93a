import { createHmac, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/query';
import { AppError, fail } from '../../errors';
import type { AuthService } from '../auth/auth.service';
import { hashPassword, passwordProblem } from '../auth/password';
import type { NotificationInput } from '../notifications/notification.service';
import { maskPhone, normalisePhone } from '../../kernel/phone';
import type { TenantService } from '../tenancy/tenant.service';
import type { PortalRepository } from './portal.repository';

export interface SignupDeps {
  db: Db;
  repo: PortalRepository;
  auth: Pick<AuthService, 'createUser' | 'grantRole' | 'usernameTaken' | 'startSessionFor' | 'accountFromSignup'>;
  tenants: Pick<TenantService, 'requireTenant' | 'list'>;
  notify: (tx: Db, input: NotificationInput) => Promise<unknown>;
  /** Sends queued messages now (a code must not wait for the next dispatcher tick). */
  kick: () => void;
  secret: Buffer;
  now?: () => Date;
}

/** How long a code is valid, how many wrong codes a sign-up takes, and how many codes one phone gets per window. */
export const CODE_MINUTES = 10;
export const MAX_CODE_ATTEMPTS = 5;
const MAX_SIGNUPS_PER_WINDOW = 3;
const WINDOW_MINUTES = 15;

/**
 * Owners sign up with a phone number and a password; a six-digit code sent to the phone proves the
 * number is theirs. The account (username: the +62 phone) exists only after the code is confirmed.
 */
export function createSignupService(deps: SignupDeps) {
  const { db, repo, auth, tenants, notify, kick, secret } = deps;
  const now = deps.now ?? (() => new Date());
  const codeHash = (signupId: string, code: string) => createHmac('sha256', secret).update(`${signupId}|${code}`).digest('hex');

  return {
    /** Regencies an owner can sign up in. */
    async regencies() {
      const all = await tenants.list();
      return { items: all.map((t) => ({ kodeWilayah: t.kodeWilayah, name: t.name, isDemo: t.isDemo })) };
    },

    async start(input: { kodeWilayah: string; phone: string; fullName: string; password: string }) {
      await tenants.requireTenant(input.kodeWilayah).catch(() => {
        throw fail.notFound('errors.portal.regencyClosed');
      });
      const phone = normalisePhone(input.phone);
      const problems = [];
      // Codes go by SMS/WhatsApp: only a mobile number (+628…) can receive them.
      if (!phone?.startsWith('+628')) problems.push({ field: 'phone', messageKey: 'validation.phone.invalid' });
      const weak = passwordProblem(input.password, 'password', { username: phone ?? input.phone, displayName: input.fullName });
      if (weak) problems.push(weak);
      if (problems.length) throw fail.validation(problems);
      if (await auth.usernameTaken(phone!)) throw fail.conflict('errors.portal.phoneTaken');
      const since = new Date(now().getTime() - WINDOW_MINUTES * 60_000);
      if ((await repo.recentSignups(phone!, since)) >= MAX_SIGNUPS_PER_WINDOW) throw new AppError('rate_limited', 'errors.rateLimited');
      const id = randomUUID();
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const passwordHash = await hashPassword(input.password);
      await inTransaction(db, async (tx) => {
        await repo.insertSignup(tx, {
          kodeWilayah: input.kodeWilayah, id, phone: phone!, fullName: input.fullName, passwordHash, codeHash: codeHash(id, code),
          expiresAt: new Date(now().getTime() + CODE_MINUTES * 60_000),
        });
        await notify(tx, { kodeWilayah: input.kodeWilayah, recipient: phone!, template: 'signup_code', params: { code, minutes: CODE_MINUTES }, dedupeKey: `signup:${id}` });
      });
      kick();
      return { signupId: id, maskedPhone: maskPhone(phone)!, expiresInMinutes: CODE_MINUTES };
    },

    /** Confirms the code: creates the owner account in the regency and opens its session. */
    async verify(input: { kodeWilayah: string; signupId: string; code: string }) {
      const signup = await repo.getSignup(input.kodeWilayah, input.signupId);
      if (!signup || signup.usedAt || signup.expiresAt.getTime() < now().getTime()) throw new AppError('validation', 'errors.portal.codeExpired');
      const attempt = await repo.takeAttempt(input.kodeWilayah, signup.id, MAX_CODE_ATTEMPTS, now());
      if (!attempt) throw new AppError('rate_limited', 'errors.rateLimited');
      const expected = Buffer.from(attempt.codeHash);
      const given = Buffer.from(codeHash(signup.id, input.code));
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        const attemptsLeft = MAX_CODE_ATTEMPTS - attempt.attempts;
        if (!attemptsLeft) throw new AppError('rate_limited', 'errors.rateLimited');
        throw new AppError('validation', 'errors.portal.codeWrong', [{ field: 'code', messageKey: 'errors.portal.codeWrong', params: { attemptsLeft } }], { attemptsLeft });
      }
      if (!(await repo.markUsed(input.kodeWilayah, signup.id, true))) throw new AppError('validation', 'errors.portal.codeExpired');
      try {
        // The account and its role are two writes in the auth module; a confirmation that stopped between
        // them is finished by the retry (the account made from this sign-up is recognised by its hash).
        const userId =
          (await auth.accountFromSignup(signup.phone, signup.passwordHash)) ??
          (await auth.createUser({ username: signup.phone, displayName: signup.fullName, passwordHash: signup.passwordHash })).id;
        await auth.grantRole({ userId, kodeWilayah: signup.kodeWilayah, role: 'owner' });
        return auth.startSessionFor(userId);
      } catch (e) {
        // The code stays usable if the account could not be made (e.g. the number signed up meanwhile).
        await repo.markUsed(input.kodeWilayah, signup.id, false);
        if (e instanceof AppError && e.messageKey === 'errors.auth.usernameTaken') throw fail.conflict('errors.portal.phoneTaken');
        throw e;
      }
    },
  };
}

export type SignupService = ReturnType<typeof createSignupService>;
