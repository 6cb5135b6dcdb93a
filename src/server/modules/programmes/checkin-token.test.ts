import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signCheckinToken, verifyCheckinToken } from './checkin-token';

const key = randomBytes(32);
const claim = { kodeWilayah: '32.04', participantId: '0192f0a4-1111-7000-8000-000000000001', batchId: '0192f0a4-2222-7000-8000-000000000002' };

describe('check-in tokens', () => {
  it('round-trips a genuine code', () => {
    expect(verifyCheckinToken(key, signCheckinToken(key, claim))).toEqual(claim);
  });

  it('refuses a code edited to another participant', () => {
    const token = signCheckinToken(key, claim).replace(claim.participantId, '0192f0a4-1111-7000-8000-000000000009');
    expect(verifyCheckinToken(key, token)).toBeNull();
  });

  it('refuses a code signed with another key, and garbage', () => {
    expect(verifyCheckinToken(randomBytes(32), signCheckinToken(key, claim))).toBeNull();
    for (const bad of ['', 'hello', 'B1.32.04.x.y.z', signCheckinToken(key, claim).slice(0, -1), `B2${signCheckinToken(key, claim).slice(2)}`]) {
      expect(verifyCheckinToken(key, bad)).toBeNull();
    }
  });
});
