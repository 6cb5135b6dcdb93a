// Entry of the embedded store's worker thread. The server runs from TypeScript source (tsx, vitest), and
// Node 20 hands a worker neither its parent's module loader nor an --import flag: register tsx here, then
// load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./pglite-worker.ts');
