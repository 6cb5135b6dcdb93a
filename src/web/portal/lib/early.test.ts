import { describe, expect, it } from 'vitest';
import { verificationApiPath } from './early';

describe('early requests', () => {
  it('knows the certificate check address', () => {
    expect(verificationApiPath('/portal/verifikasi/32.04/ABC123')).toBe('/public/certificates/32.04/ABC123');
    expect(verificationApiPath('/portal/verifikasi/32.04/ABC123/')).toBe('/public/certificates/32.04/ABC123');
    expect(verificationApiPath('/portal/verifikasi/32.04')).toBeNull();
    expect(verificationApiPath('/portal/masuk')).toBeNull();
  });
});
