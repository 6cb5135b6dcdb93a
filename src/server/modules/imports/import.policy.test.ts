import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../kernel/actor';
import { importAccess, mayActOnImport, maySaveSharedMapping, sampleMasker } from './import.policy';

const KW = '32.04';
function actor(role: Role | null, userId = 'u-1', isSuperadmin = false): Actor {
  return {
    userId, username: userId, displayName: userId, isSuperadmin, locale: 'id',
    memberships: role ? [{ kodeWilayah: KW, tenantName: 'Kabupaten Bandung', isDemo: false, role, kecamatanCodes: role === 'assistant' ? ['32.04.05'] : [], ownerId: null }] : [],
  };
}

describe('import policy, role by role', () => {
  it('admins, officers and superadmins reach every import and set the regency mapping', () => {
    for (const a of [actor('admin'), actor('officer'), actor(null, 'root', true)]) {
      const access = importAccess(a, KW);
      expect(access).toEqual({ kind: 'all' });
      expect(mayActOnImport(access, { uploadedBy: 'someone-else' })).toBe(true);
      expect(maySaveSharedMapping(access)).toBe(true);
    }
  });

  it('an assistant reaches only their own uploads and does not change the regency mapping', () => {
    const access = importAccess(actor('assistant', 'asst'), KW);
    expect(access).toEqual({ kind: 'own', userId: 'asst' });
    expect(mayActOnImport(access, { uploadedBy: 'asst' })).toBe(true);
    expect(mayActOnImport(access, { uploadedBy: 'officer-1' })).toBe(false);
    expect(maySaveSharedMapping(access)).toBe(false);
  });

  it('the head of office, owners, partners and other regencies may not import', () => {
    for (const a of [actor('head'), actor('owner'), actor('partner'), actor(null)]) {
      expect(() => importAccess(a, KW)).toThrow(expect.objectContaining({ code: 'forbidden' }));
    }
  });

  it('sample values stay as they are for roles that see personal data, masked like the registry for the others', () => {
    const plain = sampleMasker(actor('officer'), KW);
    expect(plain('nik', '3204055203880004')).toBe('3204055203880004');
    const masked = sampleMasker(actor('head'), KW);
    expect(masked('nik', '3204055203880004')).toBe('320405••••••••04');
    expect(masked('phone', '081234567890')).not.toContain('4567');
    expect(masked('address', 'Jl. Cimekar No. 5')).toBe('••••');
    // A NIK under a column not mapped as NIK is still masked by its shape; other values are kept.
    expect(masked(null, '3204055203880004')).toBe('320405••••••••04');
    expect(masked(null, '0812-3456-7890')).not.toContain('3456');
    expect(masked('businessName', 'Batik Tulis Bu Euis')).toBe('Batik Tulis Bu Euis');
    expect(masked('turnoverYearly', '36000000')).toBe('36000000');
  });
});
