import { describe, expect, it } from 'vitest';
import { ownerInScope, type RegistryScope } from './registry.policy';

describe('ownerInScope: an owner record is shared by all their businesses', () => {
  it('office scope covers every owner; an assistant only owners whose every business is in their kecamatan', () => {
    expect(ownerInScope({ kind: 'all' }, ['32.04.05', '32.04.06'])).toBe(true);
    const assistant: RegistryScope = { kind: 'kecamatan', codes: ['32.04.05'] };
    expect(ownerInScope(assistant, ['32.04.05'])).toBe(true);
    expect(ownerInScope(assistant, ['32.04.05', '32.04.06'])).toBe(false);
    expect(ownerInScope({ kind: 'kecamatan', codes: ['32.04.05', '32.04.06'] }, ['32.04.05', '32.04.06'])).toBe(true);
  });

  it('an owner scope never edits through the office API', () => {
    expect(ownerInScope({ kind: 'owner', ownerId: 'o-1' }, ['32.04.05'])).toBe(false);
  });
});
