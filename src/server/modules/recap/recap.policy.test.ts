import { describe, expect, it } from 'vitest';
import { ASSISTANT_KEC, expectPerRole, FORBIDDEN, KW, OTHER_KW, ROLE_CASES } from '../../../../tests/support/role-actors';
import { recapScope } from './recap.policy';

describe('recap policy, per role', () => {
  it('the office reads every kecamatan (null), an assistant theirs; owners, partners and outsiders nothing', () => {
    expectPerRole((a) => recapScope(a, KW), {
      superadmin: null, superadminHead: null, admin: null, head: null, officer: null,
      assistant: [ASSISTANT_KEC],
      owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it('an officer of another regency reads that regency, not this one', () => {
    expect(recapScope(ROLE_CASES.otherRegency, OTHER_KW)).toBeNull();
    expect(() => recapScope(ROLE_CASES.officer, OTHER_KW)).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});
