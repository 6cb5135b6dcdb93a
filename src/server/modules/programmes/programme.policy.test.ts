import { describe, expect, it } from 'vitest';
import { ASSISTANT_KEC, expectPerRole, FORBIDDEN, KW, OWNER_ID, ROLE_CASES } from '../../../../tests/support/role-actors';
import type { Actor } from '../../kernel/actor';
import { assertChecksIn, assertManagesProgrammes, assertReadsProgrammes, managesProgrammes, nominationScope, ownerIdOf } from './programme.policy';

const allowed = (assert: (a: Actor, kw: string) => void) => (a: Actor) => (assert(a, KW), 'allowed');

describe('programme policy, per role', () => {
  it('reading programmes: the office and assistants; not owners (portal), partners or outsiders', () => {
    expectPerRole(allowed(assertReadsProgrammes), {
      superadmin: 'allowed', superadminHead: 'allowed', admin: 'allowed', head: 'allowed', officer: 'allowed', assistant: 'allowed',
      owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it('planning, screening and deciding: admins and officers; a superadmin acts as admin whatever their membership', () => {
    expectPerRole((a) => managesProgrammes(a, KW), {
      superadmin: true, superadminHead: true, admin: true, head: false, officer: true, assistant: false,
      owner: false, ownerUnlinked: false, partner: false, otherRegency: false, none: false,
    });
    expectPerRole(allowed(assertManagesProgrammes), {
      superadmin: 'allowed', superadminHead: 'allowed', admin: 'allowed', head: FORBIDDEN, officer: 'allowed', assistant: FORBIDDEN,
      owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it('nominating: the office from every kecamatan, assistants from theirs, nobody else', () => {
    const ALL: ReturnType<typeof nominationScope> = { kind: 'all' };
    const THEIRS: ReturnType<typeof nominationScope> = { kind: 'kecamatan', codes: [ASSISTANT_KEC] };
    expectPerRole((a) => nominationScope(a, KW), {
      superadmin: ALL, superadminHead: ALL, admin: ALL, head: FORBIDDEN, officer: ALL,
      assistant: THEIRS,
      owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it('taking attendance: admins, officers and assistants; not the head of office', () => {
    expectPerRole(allowed(assertChecksIn), {
      superadmin: 'allowed', superadminHead: 'allowed', admin: 'allowed', head: FORBIDDEN, officer: 'allowed', assistant: 'allowed',
      owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it("an owner's own record: owner accounts only; not linked yet is a conflict, not a 403", () => {
    expectPerRole((a) => ownerIdOf(a, KW), {
      superadmin: FORBIDDEN, superadminHead: FORBIDDEN, admin: FORBIDDEN, head: FORBIDDEN, officer: FORBIDDEN, assistant: FORBIDDEN,
      owner: OWNER_ID, ownerUnlinked: { throws: 'conflict' }, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
    expect(() => ownerIdOf(ROLE_CASES.ownerUnlinked, KW)).toThrow(expect.objectContaining({ messageKey: 'errors.portal.notLinked' }));
  });
});
