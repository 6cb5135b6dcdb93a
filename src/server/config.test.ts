import { describe, expect, it } from 'vitest';
import { cookieSecure, loadConfig } from './config';

describe('config', () => {
  it('defaults to the embedded database on port 3000 with the demo regency', () => {
    const result = loadConfig({});
    expect(result).toMatchObject({ ok: true, config: { PORT: 3000, DATA_DIR: './data', DEMO: true } });
    expect(result.ok && result.config.DATABASE_URL).toBeUndefined();
  });
  it('makes cookies HTTPS-only when PUBLIC_URL is https, unless COOKIE_SECURE says otherwise', () => {
    const secure = (env: Record<string, string>) => {
      const r = loadConfig(env);
      if (!r.ok) throw new Error(r.problems.join());
      return cookieSecure(r.config);
    };
    expect(secure({})).toBe(false);
    expect(secure({ PUBLIC_URL: 'https://berdaya.bandungkab.go.id' })).toBe(true);
    expect(secure({ PUBLIC_URL: 'https://berdaya.bandungkab.go.id', COOKIE_SECURE: 'false' })).toBe(false);
    expect(secure({ PUBLIC_URL: 'http://10.0.0.5:3000', COOKIE_SECURE: 'true' })).toBe(true);
  });

  it('lists every bad setting, not only the first', () => {
    const result = loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', DEMO: 'maybe', LOG_LEVEL: 'loud' });
    expect(result.ok).toBe(false);
    const problems = (result as { problems: string[] }).problems;
    expect(problems).toHaveLength(4);
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'DEMO', 'LOG_LEVEL', 'PORT']);
  });
  it('refuses a message gateway channel without its gateway address, and a short secret', () => {
    const result = loadConfig({ NOTIFY_CHANNEL: 'whatsapp', APP_SECRET: 'pendek' });
    expect(result.ok).toBe(false);
    expect((result as { problems: string[] }).problems.map((p) => p.split(':')[0]).sort()).toEqual(['APP_SECRET', 'NOTIFY_WEBHOOK_URL']);
    expect(loadConfig({ NOTIFY_CHANNEL: 'sms', NOTIFY_WEBHOOK_URL: 'https://sms.example.go.id/kirim' }).ok).toBe(true);
  });
});
