import { describe, expect, it } from 'vitest';
import { selfReportApiPath, verificationApiPath } from './early';

describe('early requests', () => {
  it('knows the certificate check address', () => {
    expect(verificationApiPath('/portal/verifikasi/32.04/ABC123')).toBe('/public/certificates/32.04/ABC123');
    expect(verificationApiPath('/portal/verifikasi/32.04/ABC123/')).toBe('/public/certificates/32.04/ABC123');
    expect(verificationApiPath('/portal/verifikasi/32.04')).toBeNull();
    expect(verificationApiPath('/portal/masuk')).toBeNull();
  });

  it('knows the self-report link address, encoded as the page encodes it', () => {
    const token = 'S2~32.04~C35-hB5LQk2gJ9rT0q1xYw~tf3k2a~abcDEF_-12345678';
    expect(selfReportApiPath(`/portal/lapor/${token}`)).toBe(`/self-report/${token}`);
    expect(selfReportApiPath(`/portal/lapor/${token.replaceAll('~', '%7E')}/`)).toBe(`/self-report/${token}`);
    expect(selfReportApiPath('/portal/lapor/%E0%A4%A')).toBeNull();
    expect(selfReportApiPath('/portal/lapor')).toBeNull();
    expect(selfReportApiPath('/portal/lapor/a/b')).toBeNull();
  });
});
