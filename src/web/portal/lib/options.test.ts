import { describe, expect, it } from 'vitest';
import { TOPICS as SERVER_TOPICS } from '../../../server/modules/programmes/programme.table';
import { SECTORS as SERVER_SECTORS } from '../../../server/modules/registry/registry.table';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { SECTORS, TOPICS } from './options';

describe('portal option lists', () => {
  it('equal the server lists and have plain labels in both languages', () => {
    expect([...TOPICS]).toEqual([...SERVER_TOPICS]);
    expect([...SECTORS]).toEqual([...SERVER_SECTORS]);
    for (const dict of [id, en]) {
      for (const t of TOPICS) expect(dict.topic[t]).toBeTruthy();
      for (const s of SECTORS) expect(dict.sector[s]).toBeTruthy();
    }
  });
});
