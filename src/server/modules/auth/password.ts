import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import * as zxcvbnId from '@zxcvbn-ts/language-id';
import type { FieldProblem } from '../../errors';

/**
 * Argon2id through @node-rs/argon2 (prebuilt binaries shipped in npm packages, no compiler needed).
 * Parameters are the OWASP minimum for argon2id (19 MiB, 2 passes), which keeps a login near 30 ms on 2 cores.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;

/** Hashes a password into a self-describing PHC string. */
export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

/** Verifies a password against its stored hash; false on any mismatch or malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A readable random password for generated accounts (demo users, new staff). */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(14));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** Lowest zxcvbn score accepted (0–4): 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
/**
 * zxcvbn-ts with the common, English and Indonesian dictionaries, built on first use (~0.3–1 s: the
 * dictionaries are large). Few l33t substitutions are tried: each one multiplies the work, and with 2 a
 * check stays in tens of milliseconds on the event loop.
 */
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary, ...zxcvbnId.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    l33tMaxSubstitutions: 2,
    maxLength: 100,
  });
  return estimator;
}

/**
 * Why a new password is refused, or null when it is good enough: too short, containing the username, or
 * too easy to guess for the estimator (which also knows the username and the person's name). The hint is
 * the estimator's own warning or first suggestion, sent as an i18n key under `validation.password.`.
 */
export function passwordProblem(password: string, field: string, about: { username: string; displayName?: string }): FieldProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { field, messageKey: 'validation.password.too_short', params: { minimum: MIN_PASSWORD_LENGTH } };
  }
  // Owners' usernames are their +62 number: a password holding the number (with or without +) is refused too.
  const username = about.username.trim().toLowerCase().replace(/^\+/, '');
  const forms = /^62\d+$/.test(username) ? [username, `0${username.slice(2)}`] : [username];
  if (forms.some((u) => u.length >= 3 && password.toLowerCase().includes(u))) {
    return { field, messageKey: 'validation.password.contains_username' };
  }
  const inputs = [username, ...(about.displayName ?? '').toLowerCase().split(/\s+/).filter((w) => w.length >= 3)];
  const result = strength().check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const { warning, suggestions } = result.feedback;
  const hint = warning ? `warning.${warning}` : suggestions[0] ? `suggestion.${suggestions[0]}` : 'suggestion.anotherWord';
  return { field, messageKey: 'validation.password.weak', params: { hint } };
}
