import { fail } from '../../errors';
import type { Actor } from '../../kernel/actor';
import { readScope, writeScope } from '../registry/registry.policy';

/**
 * Who may do what in follow-up monitoring: the registry's scopes, without owners (they report through
 * their personal link, not the office API). `null` = every kecamatan of the regency.
 *
 * | role      | worklists, outcomes, alerts | record check-ins, send links, resolve |
 * |-----------|-----------------------------|---------------------------------------|
 * | admin     | all                         | all                                   |
 * | officer   | all                         | all                                   |
 * | head      | all                         | no                                    |
 * | assistant | their kecamatan             | their kecamatan                       |
 * | owner, partner | no                     | no                                    |
 */
export function followupReadScope(actor: Actor, kw: string): string[] | null {
  const scope = readScope(actor, kw);
  if (scope.kind === 'owner') throw fail.forbidden();
  return scope.kind === 'all' ? null : scope.codes;
}

/** Kecamatan the actor may record check-ins in (`null` = all); 403 for read-only roles. */
export function followupWriteScope(actor: Actor, kw: string): string[] | null {
  const scope = writeScope(actor, kw);
  if (scope.kind === 'owner') throw fail.forbidden();
  return scope.kind === 'all' ? null : scope.codes;
}

/** True when the kecamatan lies in the scope. */
export const inKecamatanScope = (scope: string[] | null, kecamatanCode: string) => scope === null || scope.includes(kecamatanCode);
