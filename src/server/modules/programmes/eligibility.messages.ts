/**
 * The words of eligibility screening, in Bahasa Indonesia and English: every message key
 * checkEligibility can return (`programmes.eligibility.<rule>.<variant>`). Kept next to the rules
 * (not in the web app's JSON) because the reasons are stored with each decision and the server and
 * the web app must read the same table. Texts are for office staff screening nominations: short,
 * concrete, naming the value found and what the programme asks. Placeholders are i18next {{param}}
 * and match the params of the reason exactly; scale, sector, licence and kecamatan arrive as codes.
 */
import type { RuleName } from './eligibility';

type Message = { id: string; en: string };

/** Messages per rule, then per variant (ok, fail, and the special unknown / no_target / first / repeat). */
const MESSAGES: Record<RuleName, Record<string, Message>> = {
  scale: {
    ok: { id: 'Skala usaha {{value}} sesuai syarat.', en: 'Business scale {{value}} meets the requirement.' },
    fail: { id: 'Skala usaha {{value}}; program ini untuk: {{allowed}}.', en: 'Business scale is {{value}}; this programme is for: {{allowed}}.' },
  },
  sector: {
    ok: { id: 'Sektor usaha {{value}} sesuai syarat.', en: 'Business sector {{value}} meets the requirement.' },
    fail: { id: 'Sektor usaha {{value}}; program ini untuk sektor: {{allowed}}.', en: 'Business sector is {{value}}; this programme is for: {{allowed}}.' },
  },
  licence: {
    ok: { id: 'Izin yang disyaratkan sudah dimiliki: {{required}}.', en: 'Holds the required licences: {{required}}.' },
    fail: { id: 'Belum memiliki izin: {{missing}} (disyaratkan: {{required}}).', en: 'Missing licences: {{missing}} (required: {{required}}).' },
  },
  min_age: {
    ok: { id: 'Usaha berumur {{age}} tahun; syarat minimal {{min}} tahun.', en: 'The business is {{age}} years old; the minimum is {{min}} years.' },
    fail: { id: 'Usaha baru berumur {{age}} tahun; syarat minimal {{min}} tahun.', en: 'The business is only {{age}} years old; the minimum is {{min}} years.' },
    unknown: {
      id: 'Tahun berdiri usaha belum diisi, jadi syarat umur minimal {{min}} tahun tidak bisa diperiksa. Lengkapi data usaha atau putuskan manual.',
      en: 'The start year is not recorded, so the minimum age of {{min}} years cannot be checked. Complete the business record or decide manually.',
    },
  },
  max_age: {
    ok: { id: 'Usaha berumur {{age}} tahun; batas maksimal {{max}} tahun.', en: 'The business is {{age}} years old; the maximum is {{max}} years.' },
    fail: { id: 'Usaha sudah berumur {{age}} tahun; program ini untuk usaha paling lama {{max}} tahun.', en: 'The business is already {{age}} years old; this programme is for businesses of at most {{max}} years.' },
    unknown: {
      id: 'Tahun berdiri usaha belum diisi, jadi batas umur maksimal {{max}} tahun tidak bisa diperiksa. Lengkapi data usaha atau putuskan manual.',
      en: 'The start year is not recorded, so the maximum age of {{max}} years cannot be checked. Complete the business record or decide manually.',
    },
  },
  recent_attendance: {
    ok: { id: 'Tidak mengikuti program sejenis dalam {{years}} tahun terakhir.', en: 'Has not attended a similar programme in the last {{years}} years.' },
    fail: { id: 'Sudah mengikuti program sejenis tahun {{year}}; harus jeda {{years}} tahun.', en: 'Attended a similar programme in {{year}}; a gap of {{years}} years is required.' },
  },
  kecamatan_quota: {
    ok: { id: 'Kuota kecamatan {{kecamatan}} masih ada: {{accepted}} dari {{target}} peserta diterima.', en: 'Kecamatan {{kecamatan}} still has places: {{accepted}} of {{target}} participants accepted.' },
    fail: { id: 'Kuota kecamatan {{kecamatan}} sudah penuh: {{accepted}} dari {{target}} peserta diterima.', en: 'Kecamatan {{kecamatan}} is full: {{accepted}} of {{target}} participants accepted.' },
    no_target: { id: 'Program ini tidak punya target peserta untuk kecamatan {{kecamatan}}.', en: 'This programme has no participant target for kecamatan {{kecamatan}}.' },
  },
  first_time: {
    first: { id: 'Belum pernah mengikuti program sejenis (peserta baru).', en: 'Has not attended a similar programme before (first-time participant).' },
    repeat: { id: 'Pernah mengikuti program sejenis, terakhir tahun {{year}}.', en: 'Attended a similar programme before, most recently in {{year}}.' },
  },
};

/** Every eligibility message as a flat map from full i18next key to its two texts, for lookups and checks. */
export const ELIGIBILITY_MESSAGES: Record<string, Message> = Object.fromEntries(
  Object.entries(MESSAGES).flatMap(([rule, variants]) =>
    Object.entries(variants).map(([variant, m]) => [`programmes.eligibility.${rule}.${variant}`, m] as const),
  ),
);

/** The messages of one language as a nested i18next resource ({ programmes: { eligibility: { … } } }), for `addResourceBundle`. */
export function eligibilityMessageResources(lang: 'id' | 'en'): { programmes: { eligibility: Record<string, Record<string, string>> } } {
  const eligibility: Record<string, Record<string, string>> = {};
  for (const [rule, variants] of Object.entries(MESSAGES)) {
    eligibility[rule] = Object.fromEntries(Object.entries(variants).map(([variant, m]) => [variant, m[lang]]));
  }
  return { programmes: { eligibility } };
}
