/** The check-in's idempotency key: see lib/device. */
export { newId } from '../../lib/device';
