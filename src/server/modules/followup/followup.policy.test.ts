import { describe, expect, it } from 'vitest';
import { ASSISTANT_KEC, expectPerRole, FORBIDDEN, KW, OUTSIDE_KEC } from '../../../../tests/support/role-actors';
import { followupReadScope, followupWriteScope, inKecamatanScope } from './followup.policy';

describe('follow-up policy, per role', () => {
  it('worklists, outcomes and alerts: the office all (null), assistants their kecamatan; owners report by link only', () => {
    expectPerRole((a) => followupReadScope(a, KW), {
      superadmin: null, superadminHead: null, admin: null, head: null, officer: null,
      assistant: [ASSISTANT_KEC],
      owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it('check-ins, links and resolving: admins and officers all, assistants theirs; the head of office reads only', () => {
    expectPerRole((a) => followupWriteScope(a, KW), {
      superadmin: null, superadminHead: FORBIDDEN, admin: null, head: FORBIDDEN, officer: null,
      assistant: [ASSISTANT_KEC],
      owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it('a kecamatan is in scope when the scope is every kecamatan or lists it', () => {
    expect(inKecamatanScope(null, OUTSIDE_KEC)).toBe(true);
    expect(inKecamatanScope([ASSISTANT_KEC], ASSISTANT_KEC)).toBe(true);
    expect(inKecamatanScope([ASSISTANT_KEC], OUTSIDE_KEC)).toBe(false);
    expect(inKecamatanScope([], ASSISTANT_KEC)).toBe(false);
  });
});
