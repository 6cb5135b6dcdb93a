import { describe, expect, it, vi } from 'vitest';
import { KW, OWNER_ID, ROLE_CASES } from '../../../../tests/support/role-actors';
import { fail } from '../../errors';
import type { AuditRepository, AuditRow } from './audit.repository';
import { createAuditService } from './audit.service';

const BUSINESS_ID = '7a1c0e52-3b9d-4f60-8e21-5c4d3a2b1f09';
const entry: AuditRow = {
  kodeWilayah: KW, id: '3f0b8c1d-2e4a-4b6c-9d8e-7f6a5b4c3d21', at: new Date('2026-11-02T03:00:00Z'), actorId: null, actorName: 'Dedi Supriadi',
  action: 'update', entity: 'owner', entityId: OWNER_ID,
  before: { fullName: 'Euis Komariah', nik: '3204064512780003', phone: '+6281220001234' }, after: { phone: '+6281220005678', address: 'Kp. Babakan RT 02/05' },
};

function setUp() {
  const list = vi.fn(async () => [entry]);
  const audit = createAuditService({ list } as unknown as AuditRepository);
  const readable = vi.fn(async () => ({ ownerId: OWNER_ID }));
  return { list, audit, readable };
}

describe('audit service: the policy decides before anything is read', () => {
  it("the head of office gets a business's and its owner's entries, masked, once the registry lets them read it", async () => {
    const { list, audit, readable } = setUp();
    const page = await audit.browse(ROLE_CASES.head, KW, { entity: 'business', entityId: BUSINESS_ID, page: 1, pageSize: 50 }, readable);
    expect(readable).toHaveBeenCalledWith(ROLE_CASES.head, KW, BUSINESS_ID);
    expect(list).toHaveBeenCalledWith(expect.objectContaining({
      refs: [{ entity: 'business', entityId: BUSINESS_ID }, { entity: 'owner', entityId: OWNER_ID }], entity: undefined,
    }));
    expect(page.items[0]!.before).toEqual({ fullName: 'Euis Komariah', nik: '••••', phone: '••••' });
    expect(page.items[0]!.after).toEqual({ phone: '••••', address: '••••' });
  });

  it('an officer asking for the whole trail is refused without a read', async () => {
    const { list, audit, readable } = setUp();
    await expect(audit.browse(ROLE_CASES.officer, KW, { page: 1, pageSize: 50 }, readable)).rejects.toMatchObject({ code: 'forbidden' });
    expect(list).not.toHaveBeenCalled();
    expect(readable).not.toHaveBeenCalled();
  });

  it("the registry's refusal stands for non-admins; an admin still sees a business the registry no longer shows", async () => {
    const { list, audit } = setUp();
    const refuses = vi.fn(async () => {
      throw fail.forbidden('errors.business.outOfScope');
    });
    await expect(audit.browse(ROLE_CASES.assistant, KW, { entity: 'business', entityId: BUSINESS_ID, page: 1, pageSize: 50 }, refuses))
      .rejects.toMatchObject({ messageKey: 'errors.business.outOfScope' });
    expect(list).not.toHaveBeenCalled();
    const page = await audit.browse(ROLE_CASES.admin, KW, { entity: 'business', entityId: BUSINESS_ID, page: 1, pageSize: 50 }, refuses);
    expect(list).toHaveBeenCalledWith(expect.objectContaining({ refs: [{ entity: 'business', entityId: BUSINESS_ID }] }));
    expect(page.items[0]!.before).toMatchObject({ nik: '3204064512780003' });
  });
});
