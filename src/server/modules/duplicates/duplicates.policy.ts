import { fail } from '../../errors';
import type { Actor } from '../../kernel/actor';
import { inScope, readScope, type RegistryScope, writeScope } from '../registry/registry.policy';

/**
 * Who may see and change duplicates and merges: the registry's scopes, without owners. A pair or merge
 * lies in a kecamatan scope when both of its records do.
 *
 * | role      | queue, merge history        | decide pairs, undo merges |
 * |-----------|-----------------------------|---------------------------|
 * | admin     | all                         | all                       |
 * | officer   | all                         | all                       |
 * | head      | all                         | no                        |
 * | assistant | both records in their kecamatan | both records in their kecamatan |
 * | owner, partner | no                     | no                        |
 */
export function duplicatesReadScope(actor: Actor, kw: string): RegistryScope {
  const scope = readScope(actor, kw);
  if (scope.kind === 'owner') throw fail.forbidden();
  return scope;
}

/** Whether the actor may undo merges at all (for `canUndo`), without throwing. */
export function mayUndoMerges(actor: Actor, kw: string): boolean {
  try {
    return writeScope(actor, kw).kind !== 'owner';
  } catch {
    return false;
  }
}

/**
 * Checks the right to undo this merge before anything about its state is told: 403 for roles that may
 * not undo, and for a merge whose records lie outside the actor's scope.
 */
export function assertMayUndo(actor: Actor, kw: string, records: { kecamatanCode: string; ownerId: string }[]): void {
  const scope = writeScope(actor, kw);
  if (scope.kind === 'owner' || !records.every((r) => inScope(scope, r))) throw fail.forbidden('errors.business.outOfScope');
}
