import { hash, verify } from '@node-rs/argon2';

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
