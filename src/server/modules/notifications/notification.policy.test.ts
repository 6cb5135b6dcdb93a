import { describe, expect, it } from 'vitest';
import { expectPerRole, FORBIDDEN, KW, OTHER_KW, ROLE_CASES } from '../../../../tests/support/role-actors';
import { assertBrowsesOutbox, mayBrowseOutbox } from './notification.policy';

describe('notification policy, per role', () => {
  it('the outbox: admins of the regency and superadmins; nobody else, not even the head of office', () => {
    expectPerRole((a) => mayBrowseOutbox(a, KW), {
      superadmin: true, superadminHead: true, admin: true, head: false, officer: false, assistant: false,
      owner: false, ownerUnlinked: false, partner: false, otherRegency: false, none: false,
    });
    expectPerRole((a) => (assertBrowsesOutbox(a, KW), 'allowed'), {
      superadmin: 'allowed', superadminHead: 'allowed', admin: 'allowed', head: FORBIDDEN, officer: FORBIDDEN, assistant: FORBIDDEN,
      owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it("an admin of one regency does not read another regency's outbox", () => {
    expect(mayBrowseOutbox(ROLE_CASES.admin, OTHER_KW)).toBe(false);
  });
});
