import { expect } from 'vitest';
import { AppError } from '../../src/server/errors';
import type { Actor, Membership, Role } from '../../src/server/kernel/actor';

/**
 * One actor per role for policy unit tests, all looking at Kabupaten Bandung (32.04). Every policy test
 * goes through `ROLE_CASES` with a `Record<RoleCase, …>` of expectations, so a role left out is a type
 * error, not a silently untested case.
 */
export const KW = '32.04';
/** Kabupaten Sampang: a regency the 32.04 actors do not belong to. */
export const OTHER_KW = '35.27';
/** Kec. Cileunyi: the assistant's kecamatan. */
export const ASSISTANT_KEC = '32.04.05';
/** Kec. Cimenyan: a kecamatan of the regency outside the assistant's. */
export const OUTSIDE_KEC = '32.04.06';
/** The owner record of the owner account (Ibu Euis Komariah). */
export const OWNER_ID = '0c8f6f3e-4a51-4d3b-9a64-7f0d2a9b1c01';
/** Someone else's owner record. */
export const OTHER_OWNER_ID = '5d2e9b7a-1c3f-4e8a-b6d0-93a4c2f1e702';

export const ROLE_CASE_NAMES = [
  'superadmin', // superadmin, no membership in the regency
  'superadminHead', // superadmin who is also the head of office in the regency
  'admin',
  'head',
  'officer',
  'assistant', // one kecamatan
  'owner', // account linked to an owner record
  'ownerUnlinked', // owner account not tied to an owner record yet
  'partner',
  'otherRegency', // officer of another regency
  'none', // signed in, no membership at all
] as const;
export type RoleCase = (typeof ROLE_CASE_NAMES)[number];

const membership = (role: Role, extra: Partial<Membership> = {}, kodeWilayah = KW): Membership => ({
  kodeWilayah,
  tenantName: kodeWilayah === KW ? 'Kabupaten Bandung' : 'Kabupaten Sampang',
  isDemo: false,
  role,
  kecamatanCodes: [],
  ownerId: null,
  ...extra,
});

const actor = (username: string, displayName: string, memberships: Membership[], isSuperadmin = false): Actor => ({
  userId: `00000000-0000-4000-8000-${String(ROLE_CASE_NAMES.indexOf(username as RoleCase) + 1).padStart(12, '0')}`,
  username,
  displayName,
  isSuperadmin,
  locale: 'id',
  memberships,
});

/** The actors, by case. */
export const ROLE_CASES: Record<RoleCase, Actor> = {
  superadmin: actor('superadmin', 'Super Admin', [], true),
  superadminHead: actor('superadminHead', 'Dr. Hendra Gunawan', [membership('head')], true),
  admin: actor('admin', 'Rina Kartika', [membership('admin')]),
  head: actor('head', 'Drs. Asep Sunandar', [membership('head')]),
  officer: actor('officer', 'Dedi Supriadi', [membership('officer')]),
  assistant: actor('assistant', 'Siti Aminah', [membership('assistant', { kecamatanCodes: [ASSISTANT_KEC] })]),
  owner: actor('owner', 'Euis Komariah', [membership('owner', { ownerId: OWNER_ID })]),
  ownerUnlinked: actor('ownerUnlinked', 'Yayan Ruhiyat', [membership('owner')]),
  partner: actor('partner', 'Bank BJB Cabang Soreang', [membership('partner')]),
  otherRegency: actor('otherRegency', 'Moh. Fauzi', [membership('officer', {}, OTHER_KW)]),
  none: actor('none', 'Tamu', []),
};

/** What a decision gives: a value, or the error key it throws (`'forbidden'`, `'conflict'`, …). */
export function outcome<T>(decide: () => T): T | { throws: string } {
  try {
    return decide();
  } catch (err) {
    if (err instanceof AppError) return { throws: err.code };
    throw err;
  }
}

/** A thrown 403. */
export const FORBIDDEN: { throws: string } = { throws: 'forbidden' };

/**
 * Runs `decide` for every role case and compares the whole table at once, so a failure shows every role
 * that differs. `expected` must name every case (a `Record`), and both allowed and denied roles are in it.
 */
export function expectPerRole<T>(decide: (actor: Actor) => T, expected: Record<RoleCase, NoInfer<T> | { throws: string }>): void {
  const actual = Object.fromEntries(ROLE_CASE_NAMES.map((c) => [c, outcome(() => decide(ROLE_CASES[c]))]));
  expect(actual).toEqual(expected);
  // A table where every role gets the same answer tests nothing about roles.
  expect(new Set(Object.values(expected).map((v) => JSON.stringify(v))).size).toBeGreaterThan(1);
}
