/**
 * The identifier search this file once proposed (prefix probes first, then the few ids or a per-branch page
 * merged with UNION; measured as `bench/registry.bench.ts --variant proposed`, commit 3fe82b6) was ADOPTED in
 * issue 11 as `src/server/modules/registry/registry.identifier-search.ts`, which also restricts NIK and phone
 * to whole values for roles that see them masked. The proposed variant now runs the server's own repository,
 * so `--variant proposed` still differs from `current` only by bench/proposed/indexes.sql and jit=off; the
 * original code is in the history (`git show 7e0e63b:bench/proposed/registry-search.ts`, the last version before the adoption).
 */
import type { Db } from '../../src/server/db/client';
import { createRegistryRepository } from '../../src/server/modules/registry/registry.repository';

export function createProposedRegistryRepository(db: Db) {
  return createRegistryRepository(db);
}
