import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../kernel/actor';
import { assertMayUndo, duplicatesReadScope, mayUndoMerges } from './duplicates.policy';

const KW = '32.04';
const actor = (role: Role | null, isSuperadmin = false): Actor => ({
  userId: 'u', username: 'u', displayName: 'u', isSuperadmin, locale: 'id',
  memberships: role ? [{ kodeWilayah: KW, tenantName: 'Kabupaten Bandung', isDemo: false, role, kecamatanCodes: role === 'assistant' ? ['32.04.05'] : [], ownerId: role === 'owner' ? 'o-1' : null }] : [],
});
const inArea = { kecamatanCode: '32.04.05', ownerId: 'o-2' };
const outside = { kecamatanCode: '32.04.06', ownerId: 'o-3' };
const forbidden = expect.objectContaining({ code: 'forbidden' });

describe('duplicates policy, role by role', () => {
  it('admins, officers and superadmins read and undo everything', () => {
    for (const a of [actor('admin'), actor('officer'), actor(null, true)]) {
      expect(duplicatesReadScope(a, KW)).toEqual({ kind: 'all' });
      expect(mayUndoMerges(a, KW)).toBe(true);
      expect(() => assertMayUndo(a, KW, [inArea, outside])).not.toThrow();
    }
  });

  it('the head of office reads everything and undoes nothing', () => {
    expect(duplicatesReadScope(actor('head'), KW)).toEqual({ kind: 'all' });
    expect(mayUndoMerges(actor('head'), KW)).toBe(false);
    expect(() => assertMayUndo(actor('head'), KW, [inArea, inArea])).toThrow(forbidden);
  });

  it('an assistant reads and undoes only merges with both records in their kecamatan', () => {
    expect(duplicatesReadScope(actor('assistant'), KW)).toEqual({ kind: 'kecamatan', codes: ['32.04.05'] });
    expect(mayUndoMerges(actor('assistant'), KW)).toBe(true);
    expect(() => assertMayUndo(actor('assistant'), KW, [inArea, inArea])).not.toThrow();
    expect(() => assertMayUndo(actor('assistant'), KW, [inArea, outside])).toThrow(forbidden);
  });

  it('owners, partners and other regencies see no merges and undo none', () => {
    for (const a of [actor('owner'), actor('partner'), actor(null)]) {
      expect(() => duplicatesReadScope(a, KW)).toThrow(forbidden);
      expect(mayUndoMerges(a, KW)).toBe(false);
      expect(() => assertMayUndo(a, KW, [inArea])).toThrow(forbidden);
    }
  });
});
