/**
 * The texts Berdaya sends to business owners. Many owners read them on a basic phone by SMS, so each
 * text is plain, short (one SMS with ordinary parameters: 160 characters), starts with "Berdaya" so
 * the sender is recognisable, and says one thing. Bahasa Indonesia is the default; English exists for
 * the few accounts that chose it.
 */

/** Every template name; the outbox stores one of these in `template`. */
export const TEMPLATES = [
  'signup_code',
  'application_received',
  'application_accepted',
  'application_waitlisted',
  'waitlist_promoted',
  'session_reminder',
  'certificate_ready',
  'self_report_link',
] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export type TemplateLocale = 'id' | 'en';

/** The parameters each template needs (rendering without one of them throws). */
export const TEMPLATE_PARAMS: Record<TemplateName, readonly string[]> = {
  signup_code: ['code', 'minutes'],
  application_received: ['programme', 'batch'],
  application_accepted: ['programme', 'batch', 'startsOn', 'venue'],
  application_waitlisted: ['programme', 'batch'],
  waitlist_promoted: ['programme', 'batch', 'startsOn', 'venue'],
  session_reminder: ['programme', 'session', 'startsAt', 'venue'],
  certificate_ready: ['programme', 'url'],
  self_report_link: ['business', 'url'],
};

const TEXTS: Record<TemplateName, Record<TemplateLocale, string>> = {
  signup_code: {
    id: 'Kode Berdaya Anda: {{code}}. Berlaku {{minutes}} menit. Jangan berikan kode ini kepada siapa pun.',
    en: 'Your Berdaya code: {{code}}. Valid for {{minutes}} minutes. Do not give this code to anyone.',
  },
  application_received: {
    id: 'Berdaya: Pendaftaran Anda di {{programme}} ({{batch}}) sudah kami terima. Hasilnya akan kami kabari.',
    en: 'Berdaya: We received your application for {{programme}} ({{batch}}). We will tell you the result.',
  },
  application_accepted: {
    id: 'Berdaya: Selamat, Anda diterima di {{programme}} ({{batch}}). Mulai {{startsOn}} di {{venue}}.',
    en: 'Berdaya: Congratulations, you are accepted to {{programme}} ({{batch}}). Starts {{startsOn}} at {{venue}}.',
  },
  application_waitlisted: {
    id: 'Berdaya: {{programme}} ({{batch}}) sudah penuh. Anda masuk daftar tunggu. Kami kabari jika ada tempat.',
    en: 'Berdaya: {{programme}} ({{batch}}) is full. You are on the waiting list. We will tell you if a place opens.',
  },
  waitlist_promoted: {
    id: 'Berdaya: Ada tempat untuk Anda di {{programme}} ({{batch}}). Mulai {{startsOn}} di {{venue}}.',
    en: 'Berdaya: A place opened for you in {{programme}} ({{batch}}). Starts {{startsOn}} at {{venue}}.',
  },
  session_reminder: {
    id: 'Berdaya: Besok {{startsAt}} ada sesi "{{session}}" ({{programme}}) di {{venue}}. Jangan lupa datang.',
    en: 'Berdaya: Tomorrow {{startsAt}} is the session "{{session}}" ({{programme}}) at {{venue}}. Please come.',
  },
  certificate_ready: {
    id: 'Berdaya: Sertifikat {{programme}} Anda sudah jadi. Lihat dan unduh di {{url}}',
    en: 'Berdaya: Your {{programme}} certificate is ready. View and download it at {{url}}',
  },
  self_report_link: {
    id: 'Berdaya: Apa kabar {{business}}? Isi laporan singkat: {{url}}',
    en: 'Berdaya: How is {{business}} doing? Short report: {{url}}',
  },
};

const isTemplate = (name: string): name is TemplateName => (TEMPLATES as readonly string[]).includes(name);

/**
 * The text of `template` in `locale` with every `{{param}}` replaced. Throws on an unknown template or a
 * missing parameter: a message with a hole in it ("Mulai {{startsOn}}") would confuse the owner more
 * than no message, and the enqueue that calls this fails in tests instead of in front of a user.
 * Substitution is one pass, so a parameter value containing `{{…}}` is sent as it is, never expanded.
 */
export function renderTemplate(template: string, locale: TemplateLocale, params: Record<string, string | number>): string {
  if (!isTemplate(template)) throw new Error(`unknown notification template: ${template}`);
  const text = TEXTS[template][locale] ?? TEXTS[template].id;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') {
      throw new Error(`notification template ${template} needs the parameter ${name}`);
    }
    return String(value);
  });
}
