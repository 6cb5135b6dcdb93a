import { describe, expect, it } from 'vitest';
import * as server from '../../../server/modules/programmes/programme.table';
import { percentOf, shortfallOf, sortNeeds } from './needs';
import * as web from './options';

describe('programme report helpers', () => {
  it('grades how far needs exceed places', () => {
    expect(shortfallOf(3, 5)).toBe('none');
    expect(shortfallOf(5, 5)).toBe('none');
    expect(shortfallOf(4, 1)).toBe('some');
    expect(shortfallOf(12, 6)).toBe('severe');
    expect(shortfallOf(12, 7)).toBe('some');
    expect(shortfallOf(5, 0)).toBe('severe');
  });

  it('sorts the biggest gaps first', () => {
    const row = (kecamatanName: string, needed: number, offered: number) => ({ kecamatanCode: kecamatanName, kecamatanName, topic: 'packaging' as const, needed, offered });
    expect(sortNeeds([row('A', 3, 3), row('B', 10, 2), row('C', 4, 1)]).map((x) => x.kecamatanName)).toEqual(['B', 'C', 'A']);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(1, 0)).toBe(0);
  });

  it('the web lists match the server\'s', () => {
    expect([...web.PROGRAMME_KINDS].sort()).toEqual([...server.PROGRAMME_KINDS].sort());
    expect([...web.TOPICS].sort()).toEqual([...server.TOPICS].sort());
    expect([...web.FACTORS].sort()).toEqual([...server.FACTORS].sort());
    expect([...web.ELEMENTS].sort()).toEqual([...server.ELEMENTS].sort());
    expect([...web.PROGRAMME_STATUSES].sort()).toEqual([...server.PROGRAMME_STATUSES].sort());
    expect([...web.SOURCES].sort()).toEqual([...server.SOURCES].sort());
    expect([...web.PARTICIPANT_STATUSES].sort()).toEqual([...server.PARTICIPANT_STATUSES].sort());
  });
});
