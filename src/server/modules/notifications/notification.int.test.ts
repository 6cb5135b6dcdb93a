import cookie from '@fastify/cookie';
import { eq } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KW, OTHER_KW, startTestApp, type TestApp } from '../../../../tests/support/test-app';
import { inTransaction } from '../../db/query';
import { installErrorHandler } from '../../http/error-handler';
import { installSessionResolver } from '../../http/session';
import type { Actor, Role } from '../../kernel/actor';
import { createLogChannel, type NotificationChannel } from './notification.channels';
import { createNotificationRepository } from './notification.repository';
import { notificationRoutes } from './notification.routes';
import { createNotificationService, type NotificationInput, type NotificationService, retryDelayMs } from './notification.service';
import { notifications } from './notification.table';

let t: TestApp;
let service: NotificationService;
let routes: FastifyInstance;
let clock = new Date('2026-03-02T01:00:00.000Z').getTime();
const now = () => new Date(clock);
const logged: string[] = [];
const logChannel = createLogChannel(() => undefined);
/** A gateway that is down, and quotes the message in its error (as real ones do). */
const broken: NotificationChannel = { name: 'broken', send: async (m) => Promise.reject(new Error(`gateway down sending "${m.text}"`)) };

const actor = (isSuperadmin: boolean, role?: Role, kw = KW): Actor => ({
  userId: '00000000-0000-4000-8000-000000000001', username: 'uji', displayName: 'Uji', isSuperadmin, locale: 'id',
  memberships: role ? [{ kodeWilayah: kw, tenantName: 'Uji', isDemo: false, role, kecamatanCodes: [], ownerId: null }] : [],
});
const superadmin = actor(true);
const input = (dedupeKey: string, extra: Partial<NotificationInput> = {}): NotificationInput => ({
  kodeWilayah: KW, recipient: '+6281234567890', template: 'application_received',
  params: { programme: 'Pelatihan Pengemasan', batch: 'Angkatan 1' }, dedupeKey, ...extra,
});
const enqueue = (i: NotificationInput) => inTransaction(t.database.db, (tx) => service.enqueue(tx, i));
const rowsOf = (dedupeKey: string) => t.database.db.select().from(notifications).where(eq(notifications.dedupeKey, dedupeKey));
const rowOf = async (dedupeKey: string) => (await rowsOf(dedupeKey))[0]!;

beforeAll(async () => {
  t = await startTestApp();
  // These tests drive their own dispatchers with their own channels: the app's would claim their messages.
  await t.services.notifications.stop();
  const repo = createNotificationRepository(t.database.db);
  service = createNotificationService({
    db: t.database.db, repo, channels: [logChannel, broken], defaultChannel: 'log', maxAttempts: 3, now,
    log: (msg, err) => logged.push(`${msg} ${String(err)}`),
  });
  // The route on its own small app (the test harness is not changed): same database, same sessions.
  routes = Fastify().withTypeProvider<ZodTypeProvider>();
  routes.setValidatorCompiler(validatorCompiler);
  routes.setSerializerCompiler(serializerCompiler);
  installErrorHandler(routes);
  await routes.register(cookie);
  installSessionResolver(routes, t.services.auth);
  await routes.register(notificationRoutes(service));
  await routes.ready();
});
afterAll(async () => {
  await routes?.close();
  await t?.close();
});

describe('notification outbox', () => {
  it('queues an event once per regency, however often it is enqueued', async () => {
    expect(await enqueue(input('received:p1'))).toBe(true);
    expect(await enqueue(input('received:p1', { recipient: '+6289999999999' }))).toBe(false);
    expect(await enqueue(input('received:p1', { kodeWilayah: OTHER_KW, locale: 'en' }))).toBe(true);
    const rows = await rowsOf('received:p1');
    expect(rows).toHaveLength(2);
    const ours = rows.find((r) => r.kodeWilayah === KW)!;
    expect(ours).toMatchObject({ recipient: '+6281234567890', status: 'pending', attempts: 0, channel: 'log', locale: 'id' });
    expect(ours.nextAttemptAt.getTime()).toBe(clock);
  });

  it('dispatch sends due messages through their channel, in their language, and marks them sent', async () => {
    expect(await service.dispatchDue()).toEqual({ sent: 2, failed: 0, retried: 0 });
    const texts = logChannel.sent.map((m) => m.text);
    expect(texts).toContain('Berdaya: Pendaftaran Anda di Pelatihan Pengemasan (Angkatan 1) sudah kami terima. Hasilnya akan kami kabari.');
    expect(texts.some((x) => x.startsWith('Berdaya: We received your application'))).toBe(true);
    const row = (await rowsOf('received:p1')).find((r) => r.kodeWilayah === KW)!;
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(row.sentAt?.getTime()).toBe(clock);
    expect(await service.dispatchDue()).toEqual({ sent: 0, failed: 0, retried: 0 });
  });

  it('a failing channel is retried with back-off, then given up after maxAttempts; the code never reaches the error', async () => {
    await enqueue(input('signup:1', { template: 'signup_code', params: { code: '734205', minutes: 10 }, channel: 'broken' }));
    expect(await service.dispatchDue()).toEqual({ sent: 0, failed: 0, retried: 1 });
    let row = await rowOf('signup:1');
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.nextAttemptAt.getTime()).toBe(clock + 60_000);
    expect(row.lastError).toContain('gateway down');
    expect(row.lastError).toContain('••••••');
    expect(row.lastError).not.toContain('734205');

    clock += 59_000; // not due yet
    expect(await service.dispatchDue()).toEqual({ sent: 0, failed: 0, retried: 0 });
    clock += 1_000;
    expect(await service.dispatchDue()).toEqual({ sent: 0, failed: 0, retried: 1 });
    row = await rowOf('signup:1');
    expect(row.attempts).toBe(2);
    expect(row.nextAttemptAt.getTime()).toBe(clock + 120_000);

    clock += 120_000;
    expect(await service.dispatchDue()).toEqual({ sent: 0, failed: 1, retried: 0 });
    row = await rowOf('signup:1');
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(row.lastError).not.toContain('734205');
    expect(logged.some((l) => l.includes('failed after 3 attempts'))).toBe(true);
    expect(logged.join('\n')).not.toContain('734205');
  });

  it('back-off doubles from one minute and stops growing at one hour', () => {
    expect([0, 1, 2, 5, 6, 7, 40].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 1_920_000, 3_600_000, 3_600_000, 3_600_000]);
  });

  it('a message for an unknown channel fails at once', async () => {
    await enqueue(input('pigeon:1', { channel: 'carrier-pigeon' }));
    expect(await service.dispatchDue()).toEqual({ sent: 0, failed: 1, retried: 0 });
    expect(await rowOf('pigeon:1')).toMatchObject({ status: 'failed', attempts: 1, lastError: 'unknown channel carrier-pigeon' });
  });

  it('a rolled-back transaction leaves no message, and a message that cannot be rendered is refused', async () => {
    const failing = inTransaction(t.database.db, async (tx) => {
      expect(await service.enqueue(tx, input('accepted:rollback'))).toBe(true);
      throw new Error('the change itself failed');
    });
    await expect(failing).rejects.toThrow('the change itself failed');
    expect(await rowsOf('accepted:rollback')).toHaveLength(0);

    await expect(enqueue(input('accepted:bad', { template: 'application_accepted' }))).rejects.toThrow(/startsOn/);
    expect(await rowsOf('accepted:bad')).toHaveLength(0);
    expect(await service.dispatchDue()).toEqual({ sent: 0, failed: 0, retried: 0 });
  });

  it('concurrent dispatchers send every message exactly once', async () => {
    for (let i = 0; i < 12; i++) await enqueue(input(`burst:${i}`, { recipient: `+62812000000${String(i).padStart(2, '0')}` }));
    const before = logChannel.sent.length;
    const runs = await Promise.all([service.dispatchDue(5), service.dispatchDue(5), service.dispatchDue(5)]);
    const rest = await service.dispatchDue();
    expect([...runs, rest].reduce((n, r) => n + r.sent, 0)).toBe(12);
    const ids = logChannel.sent.slice(before).map((m) => m.id);
    expect(new Set(ids).size).toBe(12);
    expect(ids).toHaveLength(12);
  });

  it('lists the outbox for admins only, newest first, with recipients masked and sign-up codes hidden', async () => {
    await enqueue(input('signup:2', { template: 'signup_code', params: { code: '551177', minutes: 10 } }));
    await enqueue(input('cert:1', { template: 'certificate_ready', recipient: 'siti.aminah@example.com', params: { programme: 'Pengemasan', url: 'https://b.id/c/1' } }));
    expect((await service.dispatchDue()).sent).toBe(2);

    const page = await service.list(actor(false, 'admin'), KW, { page: 1, pageSize: 100 });
    expect(page.total).toBe(17);
    expect(JSON.stringify(page)).not.toContain('734205');
    expect(JSON.stringify(page)).not.toContain('551177');
    const signup = page.items.find((i) => i.template === 'signup_code' && i.status === 'sent')!;
    expect(signup).toMatchObject({ recipient: '+62812•••••890', params: { code: '••••••', minutes: 10 }, status: 'sent', attempts: 1 });
    expect(signup.text).toContain('Kode Berdaya Anda: ••••••.');
    expect(page.items.find((i) => i.template === 'certificate_ready')!.recipient).toBe('s•••@example.com');
    const created = page.items.map((i) => i.createdAt);
    expect(created).toEqual([...created].sort().reverse());

    const failed = await service.list(superadmin, KW, { status: 'failed', page: 1, pageSize: 1 });
    expect(failed.total).toBe(2);
    expect(failed.items).toHaveLength(1);
    expect(failed.items[0]!.status).toBe('failed');
    // Regencies are apart: 35.27 has only its own message.
    expect((await service.list(superadmin, OTHER_KW, { page: 1, pageSize: 10 })).total).toBe(1);

    for (const who of [actor(false, 'officer'), actor(false, 'head'), actor(false, 'owner'), actor(false, 'admin', OTHER_KW)]) {
      await expect(service.list(who, KW, { page: 1, pageSize: 10 })).rejects.toMatchObject({ code: 'forbidden' });
    }
  });

  it('GET /api/tenants/:kw/notifications answers admins, refuses others, validates the query', async () => {
    const url = `/api/tenants/${KW}/notifications`;
    const admin = await routes.inject({ method: 'GET', url: `${url}?status=sent&pageSize=5`, headers: { cookie: await t.login('admin') } });
    expect(admin.statusCode, admin.body).toBe(200);
    const body = admin.json();
    expect(body).toMatchObject({ page: 1, pageSize: 5, total: 15 });
    expect(body.items).toHaveLength(5);
    expect(admin.body).not.toContain('551177');
    expect(admin.body).not.toContain('+6281234567890');
    const officer = { cookie: await t.login('petugas') };
    expect((await routes.inject({ method: 'GET', url, headers: officer })).statusCode).toBe(403);
    expect((await routes.inject({ method: 'GET', url })).statusCode).toBe(401);
    const bad = await routes.inject({ method: 'GET', url: `${url}?status=lost`, headers: { cookie: await t.login('admin') } });
    expect(bad.statusCode).toBe(422);
  });

  it('the loop dispatches on its own, stop waits for a send in progress, and loop errors are logged', async () => {
    let finished = 0;
    const slow: NotificationChannel = { name: 'slow', send: () => new Promise((done) => setTimeout(() => {
      finished += 1;
      done();
    }, 150)) };
    const repo = createNotificationRepository(t.database.db);
    const loop = createNotificationService({ db: t.database.db, repo, channels: [slow], defaultChannel: 'slow', now });
    await enqueue(input('loop:1', { channel: 'slow' }));
    loop.start(5);
    while ((await rowOf('loop:1')).nextAttemptAt.getTime() === clock) await new Promise((r) => setTimeout(r, 5)); // claimed
    await loop.stop();
    expect(finished).toBe(1);
    expect(await rowOf('loop:1')).toMatchObject({ status: 'sent' });

    const errors: string[] = [];
    const failing = createNotificationService({
      db: t.database.db, repo: { ...repo, claimDue: () => Promise.reject(new Error('database gone')) }, channels: [slow], defaultChannel: 'slow',
      log: (msg, err) => errors.push(`${msg}: ${(err as Error).message}`),
    });
    failing.start(5);
    while (errors.length < 2) await new Promise((r) => setTimeout(r, 5));
    await failing.stop();
    expect(errors[0]).toBe('notification dispatch failed: database gone');
  });

  it('refuses a default channel that is not configured', () => {
    const repo = createNotificationRepository(t.database.db);
    expect(() => createNotificationService({ db: t.database.db, repo, channels: [logChannel], defaultChannel: 'whatsapp' })).toThrow(/whatsapp/);
  });
});
