import { describe, expect, it } from 'vitest';
import { regencyDate, regencyTimeZone, regencyUtcOffsetHours } from './time-zone';

describe('regency time zones', () => {
  it('puts Bandung in WIB, Badung (Bali) and Makassar in WITA, Jayapura and Ambon in WIT', () => {
    expect(regencyUtcOffsetHours('32.04')).toBe(7);
    expect(regencyUtcOffsetHours('61.71')).toBe(7); // Pontianak: West Kalimantan is WIB
    expect(regencyUtcOffsetHours('51.03')).toBe(8);
    expect(regencyUtcOffsetHours('73.71')).toBe(8);
    expect(regencyTimeZone('91.71')).toBe('Asia/Jayapura');
    expect(regencyTimeZone('81.71')).toBe('Asia/Jayapura');
  });

  it('gives the local date: 22:30 UTC is already the next day in Makassar and still the same day in WIB until 17:00 UTC', () => {
    const at = new Date('2026-12-01T16:30:00Z');
    expect(regencyDate('32.04', at)).toBe('2026-12-01');
    expect(regencyDate('73.71', at)).toBe('2026-12-02');
    expect(regencyDate('91.71', at)).toBe('2026-12-02');
  });
});
