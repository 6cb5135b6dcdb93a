import { expect } from 'vitest';
import { businessPayload, KW, makeNik, type TestApp } from './test-app';

/** Waits for the outbox to hand the sign-up code to the log channel, and reads it from the message. */
export async function codeSentTo(t: TestApp, phone: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const message = [...t.notifications.sent].reverse().find((m) => m.template === 'signup_code' && m.recipient === phone);
    if (message) return String(message.params.code);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no code sent to ${phone}`);
}

/** Signs an owner up through the portal API (phone confirmed by code) and returns their session cookie. */
export async function signUpOwner(t: TestApp, phone: string, fullName: string): Promise<string> {
  const start = await t.app.inject({ method: 'POST', url: '/api/portal/signup', payload: { kodeWilayah: KW, phone, fullName, password: 'kopi-susu-2026' } });
  expect(start.statusCode, start.body).toBe(200);
  const normalised = `+62${phone.replace(/\D/g, '').replace(/^0/, '')}`;
  const res = await t.app.inject({
    method: 'POST', url: '/api/portal/signup/verify', payload: { kodeWilayah: KW, signupId: start.json().signupId, code: await codeSentTo(t, normalised) },
  });
  expect(res.statusCode, res.body).toBe(200);
  return `berdaya_session=${res.cookies.find((c) => c.name === 'berdaya_session')!.value}`;
}

/** A business in the registry's first kecamatan, created by the given office user; returns its id and its owner's NIK. */
export async function registryBusinessWithNik(t: TestApp, cookie: string, name: string, serial: string, phone: string) {
  const k = t.kecamatan[0]!;
  const nik = makeNik(k.code, '1990-07-21', 'P', serial);
  const res = await t.app.inject({
    method: 'POST', url: `/api/tenants/${KW}/businesses`, headers: { cookie },
    payload: businessPayload(k, { name, owner: { fullName: `Pemilik ${name}`, nik, gender: 'P', phone } }),
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as string, nik };
}
