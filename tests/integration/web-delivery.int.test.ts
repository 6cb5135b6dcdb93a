import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('web delivery', () => {
  it.skipIf(!existsSync('dist/web/portal.html'))('serves the owner portal at /portal and the office app elsewhere, compressed, assets cached for good', async () => {
    const portal = await t.app.inject({ method: 'GET', url: '/portal/beranda', headers: { 'accept-encoding': 'gzip' } });
    expect(portal.statusCode).toBe(200);
    expect(portal.headers['cache-control']).toBe('no-cache');
    const office = await t.app.inject({ method: 'GET', url: '/programmes' });
    expect(office.body).toContain('id="root"');
    expect(office.body).not.toContain('Portal Pelaku Usaha');

    const script = readdirSync('dist/web/assets').find((f) => f.endsWith('.js'))!;
    const asset = await t.app.inject({ method: 'GET', url: `/assets/${script}`, headers: { 'accept-encoding': 'gzip' } });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    if (asset.rawPayload.length > 1024) expect(asset.headers['content-encoding']).toBe('gzip');
  });

  it('compresses JSON replies for clients that accept it', async () => {
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/json', headers: { 'accept-encoding': 'gzip' } });
    expect(docs.headers['content-encoding']).toBe('gzip');
  });
});
