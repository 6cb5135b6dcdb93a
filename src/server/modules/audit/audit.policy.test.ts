import { describe, expect, it } from 'vitest';
import { expectPerRole, FORBIDDEN, KW, OTHER_KW, ROLE_CASES } from '../../../../tests/support/role-actors';
import { auditReach, masksAuditPersonalData, mayBrowseAudit } from './audit.policy';

const BUSINESS_ID = '7a1c0e52-3b9d-4f60-8e21-5c4d3a2b1f09';

describe('audit policy, per role', () => {
  it('the whole trail of a regency: admins and superadmins only', () => {
    expectPerRole((a) => mayBrowseAudit(a, KW), {
      superadmin: true, superadminHead: true, admin: true, head: false, officer: false, assistant: false,
      owner: false, ownerUnlinked: false, partner: false, otherRegency: false, none: false,
    });
    expectPerRole((a) => auditReach(a, KW, {}), {
      superadmin: 'regency', superadminHead: 'regency', admin: 'regency', head: FORBIDDEN, officer: FORBIDDEN, assistant: FORBIDDEN,
      owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it("one business's history: anyone may ask; the business's readability is then the registry's rule", () => {
    expectPerRole((a) => auditReach(a, KW, { entity: 'business', entityId: BUSINESS_ID }), {
      superadmin: 'regency', superadminHead: 'regency', admin: 'regency', head: 'business', officer: 'business', assistant: 'business',
      owner: 'business', ownerUnlinked: 'business', partner: 'business', otherRegency: 'business', none: 'business',
    });
  });

  it("another kind of record's history (an owner, an import, the tenant): admins only", () => {
    for (const entity of ['owner', 'import', 'tenant', 'user']) {
      expectPerRole((a) => auditReach(a, KW, { entity, entityId: BUSINESS_ID }), {
        superadmin: 'regency', superadminHead: 'regency', admin: 'regency', head: FORBIDDEN, officer: FORBIDDEN, assistant: FORBIDDEN,
        owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
      });
    }
    // "business" without an id is a filter over the whole trail, not a history.
    expect(() => auditReach(ROLE_CASES.officer, KW, { entity: 'business' })).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });

  it('personal data in before/after is masked for the head of office and for anyone outside the regency', () => {
    expectPerRole((a) => masksAuditPersonalData(a, KW), {
      superadmin: false, superadminHead: true, admin: false, head: true, officer: false, assistant: false,
      owner: false, ownerUnlinked: false, partner: true, otherRegency: true, none: true,
    });
  });

  it('an admin of one regency is nobody in another', () => {
    expect(mayBrowseAudit(ROLE_CASES.admin, OTHER_KW)).toBe(false);
    expect(masksAuditPersonalData(ROLE_CASES.admin, OTHER_KW)).toBe(true);
  });
});
