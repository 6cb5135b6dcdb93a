import { describe, expect, it } from 'vitest';
import { expectPerRole, FORBIDDEN, KW, OTHER_KW, ROLE_CASES } from '../../../../tests/support/role-actors';
import type { Actor } from '../../kernel/actor';
import { assertAddsTenants, assertManagesSettings, assertSeesTenant, seesTenant } from './tenant.policy';

const allowed = (assert: (a: Actor) => void) => (a: Actor) => (assert(a), 'allowed');

describe('tenant policy, per role', () => {
  it('seeing a regency (list, settings, regions): superadmins and every member, whatever the role', () => {
    expectPerRole((a) => seesTenant(a, KW), {
      superadmin: true, superadminHead: true, admin: true, head: true, officer: true, assistant: true,
      owner: true, ownerUnlinked: true, partner: true, otherRegency: false, none: false,
    });
    expectPerRole(allowed((a) => assertSeesTenant(a, KW)), {
      superadmin: 'allowed', superadminHead: 'allowed', admin: 'allowed', head: 'allowed', officer: 'allowed', assistant: 'allowed',
      owner: 'allowed', ownerUnlinked: 'allowed', partner: 'allowed', otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it('a membership shows its own regency only', () => {
    expect(seesTenant(ROLE_CASES.otherRegency, OTHER_KW)).toBe(true);
    expect(seesTenant(ROLE_CASES.admin, OTHER_KW)).toBe(false);
    expect(seesTenant(ROLE_CASES.superadmin, OTHER_KW)).toBe(true);
  });

  it('adding a regency through the API: superadmins only, even an admin may not', () => {
    expectPerRole(allowed(assertAddsTenants), {
      superadmin: 'allowed', superadminHead: 'allowed', admin: FORBIDDEN, head: FORBIDDEN, officer: FORBIDDEN, assistant: FORBIDDEN,
      owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it('changing the office settings: admins of the regency and superadmins', () => {
    expectPerRole(allowed((a) => assertManagesSettings(a, KW)), {
      superadmin: 'allowed', superadminHead: 'allowed', admin: 'allowed', head: FORBIDDEN, officer: FORBIDDEN, assistant: FORBIDDEN,
      owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
    expect(() => assertManagesSettings(ROLE_CASES.admin, OTHER_KW)).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});
