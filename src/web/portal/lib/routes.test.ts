import { describe, expect, it } from 'vitest';
import { appPath, findRoute, href, matchPath } from './routes';

describe('portal addresses', () => {
  it('maps browser paths to app paths and back', () => {
    expect(appPath('/portal')).toBe('/');
    expect(appPath('/portal/')).toBe('/');
    expect(appPath('/portal/masuk')).toBe('/masuk');
    expect(appPath('/portal/status/')).toBe('/status');
    expect(appPath('/portalx')).toBe('/portalx');
    expect(href('/')).toBe('/portal');
    expect(href('/beranda')).toBe('/portal/beranda');
  });

  it('matches patterns with parameters', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/masuk', '/masuk')).toEqual({});
    expect(matchPath('/masuk', '/daftar')).toBeNull();
    expect(matchPath('/verifikasi/:kw/:code', '/verifikasi/32.04/AB%20CD')).toEqual({ kw: '32.04', code: 'AB CD' });
    expect(matchPath('/verifikasi/:kw/:code', '/verifikasi/32.04')).toBeNull();
    expect(matchPath('/verifikasi/:kw/:code', '/verifikasi/32.04/%E0%A4%A')).toBeNull();
  });

  it('finds the first matching route', () => {
    const routes = [{ path: '/' }, { path: '/status' }, { path: '/verifikasi/:kw/:code' }];
    expect(findRoute(routes, '/status')?.route).toBe(routes[1]);
    expect(findRoute(routes, '/verifikasi/32.04/X')?.params).toEqual({ kw: '32.04', code: 'X' });
    expect(findRoute(routes, '/nope')).toBeNull();
  });
});
