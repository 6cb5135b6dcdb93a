import { describe, expect, it } from 'vitest';
import { renderTemplate, TEMPLATE_PARAMS, TEMPLATES } from './notification.templates';

/** Ordinary values of each parameter, as long as real ones tend to be. */
const SAMPLE: Record<string, string | number> = {
  code: '482913',
  minutes: 10,
  programme: 'Pelatihan Pengemasan Produk',
  batch: 'Angkatan 2',
  startsOn: '12 Mei 2026',
  startsAt: '09.00 WIB',
  venue: 'Aula Dinas KUKM',
  session: 'Foto produk dengan HP',
  url: 'https://berdaya.id/s/ab12cd',
  business: 'Keripik Tempe Bu Euis',
};
/** A self-report link as long as real ones are (signed token in the path). */
const SELF_REPORT_URL = 'https://berdaya.id/portal/lapor/S2~32.04~AZLwpCIicACAAAAAAAAAAg~tsv2o0~Ab3dEf6hIj9kLmNo';
const paramsOf = (template: (typeof TEMPLATES)[number]) =>
  Object.fromEntries(TEMPLATE_PARAMS[template].map((p) => [p, template === 'self_report_link' && p === 'url' ? SELF_REPORT_URL : SAMPLE[p]!]));

describe('notification templates', () => {
  for (const template of TEMPLATES) {
    for (const locale of ['id', 'en'] as const) {
      it(`${template} renders in ${locale} with every parameter and fits one SMS`, () => {
        const params = paramsOf(template);
        const text = renderTemplate(template, locale, params);
        expect(text).not.toContain('{{');
        expect(text).not.toContain('}}');
        for (const value of Object.values(params)) expect(text).toContain(String(value));
        expect(text.length).toBeLessThanOrEqual(160);
      });
    }
  }

  it('lists in TEMPLATE_PARAMS exactly the parameters each text uses', () => {
    for (const template of TEMPLATES) {
      // Rendering without any one declared parameter throws, so none is declared but unused.
      for (const missing of TEMPLATE_PARAMS[template]) {
        const params = paramsOf(template);
        delete params[missing];
        expect(() => renderTemplate(template, 'id', params), `${template} without ${missing}`).toThrow(missing);
      }
    }
  });

  it('the Indonesian sign-up code warns not to share it; the reminder says "besok"', () => {
    expect(renderTemplate('signup_code', 'id', { code: '123456', minutes: 10 })).toBe(
      'Kode Berdaya Anda: 123456. Berlaku 10 menit. Jangan berikan kode ini kepada siapa pun.',
    );
    expect(renderTemplate('session_reminder', 'id', paramsOf('session_reminder'))).toMatch(/^Berdaya: Besok /);
  });

  it('throws on an unknown template and on a missing parameter', () => {
    expect(() => renderTemplate('no_such_template', 'id', {})).toThrow(/unknown notification template/);
    expect(() => renderTemplate('signup_code', 'en', { code: '1' })).toThrow(/minutes/);
  });

  it('does not expand placeholders inside parameter values', () => {
    const text = renderTemplate('certificate_ready', 'id', { programme: '{{url}}', url: 'https://x.id/c' });
    expect(text).toContain('Sertifikat {{url}} Anda');
  });
});
