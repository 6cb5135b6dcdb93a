import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Guards for the rule "services call policies, routes never decide, and every decision is unit-tested
 * per role": a policy file without a test, a decision its test never names, or a route that decides
 * inline fails here instead of waiting for a review to notice.
 */
const modulesDir = join(__dirname);
const modules = readdirSync(modulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const filesOf = (m: string) => readdirSync(join(modulesDir, m));
const read = (m: string, f: string) => readFileSync(join(modulesDir, m, f), 'utf8');
const policies = modules.flatMap((m) => filesOf(m).filter((f) => f.endsWith('.policy.ts')).map((f) => ({ m, f })));

describe('policies', () => {
  it('exist', () => {
    expect(policies.length).toBeGreaterThanOrEqual(7);
  });

  it.each(policies)('$m/$f has a unit test beside it that imports it and names every decision it exports', ({ m, f }) => {
    const testFile = f.replace(/\.ts$/, '.test.ts');
    expect(filesOf(m)).toContain(testFile);
    const test = read(m, testFile);
    expect(test).toContain(`from './${f.replace(/\.ts$/, '')}'`);
    const decisions = [...read(m, f).matchAll(/^export (?:async )?function (\w+)/gm)].map((x) => x[1]!);
    expect(decisions.filter((name) => !new RegExp(`\\b${name}\\b`).test(test))).toEqual([]);
  });
});

describe('routes', () => {
  // A permission test in a route: a forbidden, a membership or role check, a superadmin condition, a policy import.
  const DECIDES = /fail\.forbidden|membershipIn|\.policy'|\.role\s*[!=]==|!\s*[\w.()]*isSuperadmin|isSuperadmin\s*(\)|&&|\|\||\?)/;
  const routes = modules.flatMap((m) => filesOf(m).filter((f) => f.endsWith('.routes.ts')).map((f) => ({ m, f })));

  it.each(routes)('$m/$f leaves permissions to the service', ({ m, f }) => {
    const lines = read(m, f).split('\n').filter((l) => DECIDES.test(l));
    expect(lines).toEqual([]);
  });

  it('the check catches an inline decision', () => {
    expect(DECIDES.test("if (!requireActor(request).isSuperadmin) throw fail.forbidden();")).toBe(true);
    expect(DECIDES.test('if (!actor.isSuperadmin && !membershipIn(actor, kw)) throw x;')).toBe(true);
    expect(DECIDES.test('    isSuperadmin: actor.isSuperadmin,')).toBe(false);
  });
});
