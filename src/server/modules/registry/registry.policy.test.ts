import { describe, expect, it } from 'vitest';
import {
  ASSISTANT_KEC, expectPerRole, FORBIDDEN, KW, OTHER_KW, OTHER_OWNER_ID, OUTSIDE_KEC, OWNER_ID, ROLE_CASES,
} from '../../../../tests/support/role-actors';
import type { Actor } from '../../kernel/actor';
import { inScope, mayWrite, ownerInScope, readScope, type RegistryScope, seesPersonalData, writeScope } from './registry.policy';

const ALL: RegistryScope = { kind: 'all' };
const OWNERS_OWN: RegistryScope = { kind: 'owner', ownerId: OWNER_ID };
const ASSISTANT_SCOPE: RegistryScope = { kind: 'kecamatan', codes: [ASSISTANT_KEC] };
/** A business in the assistant's kecamatan, of another owner than the owner account's. */
const inAssistantArea = { kecamatanCode: ASSISTANT_KEC, ownerId: OTHER_OWNER_ID };
/** A business outside the assistant's kecamatan, of the owner account. */
const ownersOutside = { kecamatanCode: OUTSIDE_KEC, ownerId: OWNER_ID };

describe('registry policy, per role', () => {
  it('read scope: the office all, assistants their kecamatan, owners their own, the rest nothing', () => {
    expectPerRole((a) => readScope(a, KW), {
      superadmin: ALL, superadminHead: ALL, admin: ALL, head: ALL, officer: ALL,
      assistant: ASSISTANT_SCOPE,
      owner: OWNERS_OWN,
      ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it('write scope: admins and officers all, assistants their kecamatan; the head, owners and partners nothing', () => {
    expectPerRole((a) => writeScope(a, KW), {
      // A superadmin's own membership wins over the flag: as the head of office they read only.
      superadmin: ALL, superadminHead: FORBIDDEN, admin: ALL, head: FORBIDDEN, officer: ALL,
      assistant: ASSISTANT_SCOPE,
      owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it('reading a record: in scope by kecamatan for assistants and by owner for owners', () => {
    const reads = (record: { kecamatanCode: string; ownerId: string }) => (a: Actor) => inScope(readScope(a, KW), record);
    expectPerRole(reads(inAssistantArea), {
      superadmin: true, superadminHead: true, admin: true, head: true, officer: true, assistant: true,
      owner: false, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
    expectPerRole(reads(ownersOutside), {
      superadmin: true, superadminHead: true, admin: true, head: true, officer: true, assistant: false,
      owner: true, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it('may write a record (canEdit): never throws, and owners may not edit even their own through the office API', () => {
    expectPerRole((a) => mayWrite(a, KW, inAssistantArea), {
      superadmin: true, superadminHead: false, admin: true, head: false, officer: true, assistant: true,
      owner: false, ownerUnlinked: false, partner: false, otherRegency: false, none: false,
    });
    expectPerRole((a) => mayWrite(a, KW, ownersOutside), {
      superadmin: true, superadminHead: false, admin: true, head: false, officer: true, assistant: false,
      owner: false, ownerUnlinked: false, partner: false, otherRegency: false, none: false,
    });
  });

  it('personal data (NIK, phone, address) is hidden from the head of office, partners and outsiders', () => {
    expectPerRole((a) => seesPersonalData(a, KW), {
      superadmin: true, superadminHead: false, admin: true, head: false, officer: true, assistant: true,
      owner: true, ownerUnlinked: true, partner: false, otherRegency: false, none: false,
    });
  });

  it('editing an owner shared across kecamatan: office writers may, an assistant only when every business is theirs', () => {
    const shared = [ASSISTANT_KEC, OUTSIDE_KEC];
    const edits = (codes: string[]) => (a: Actor) => ownerInScope(writeScope(a, KW), codes);
    expectPerRole(edits(shared), {
      superadmin: true, superadminHead: FORBIDDEN, admin: true, head: FORBIDDEN, officer: true, assistant: false,
      owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
    expectPerRole(edits([ASSISTANT_KEC]), {
      superadmin: true, superadminHead: FORBIDDEN, admin: true, head: FORBIDDEN, officer: true, assistant: true,
      owner: FORBIDDEN, ownerUnlinked: FORBIDDEN, partner: FORBIDDEN, otherRegency: FORBIDDEN, none: FORBIDDEN,
    });
  });

  it('a membership counts only in its own regency', () => {
    expect(() => readScope(ROLE_CASES.admin, OTHER_KW)).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(readScope(ROLE_CASES.otherRegency, OTHER_KW)).toEqual(ALL);
    expect(seesPersonalData(ROLE_CASES.head, OTHER_KW)).toBe(false);
  });
});

describe('inScope', () => {
  it('matches kecamatan scopes by kecamatan and owner scopes by owner, nothing else', () => {
    expect(inScope(ALL, ownersOutside)).toBe(true);
    expect(inScope(ASSISTANT_SCOPE, inAssistantArea)).toBe(true);
    expect(inScope(ASSISTANT_SCOPE, ownersOutside)).toBe(false);
    expect(inScope({ kind: 'kecamatan', codes: [] }, inAssistantArea)).toBe(false);
    expect(inScope({ kind: 'owner', ownerId: OWNER_ID }, ownersOutside)).toBe(true);
    expect(inScope({ kind: 'owner', ownerId: OWNER_ID }, inAssistantArea)).toBe(false);
  });
});
