import { describe, expect, it } from 'vitest';
import { CONFLICT_FIELDS as SERVER_CONFLICT_FIELDS, LICENCE_KINDS as SERVER_LICENCES, MAX_PHOTO_BYTES as SERVER_MAX_PHOTO } from '../../../server/modules/followup/followup.schemas';
import { TOPICS as SERVER_TOPICS } from '../../../server/modules/programmes/programme.table';
import { BUSINESS_STATUSES as SERVER_STATUSES, SALES_CHANNELS as SERVER_CHANNELS } from '../../../server/modules/registry/registry.table';
import portalEn from '../../portal/i18n/en.json';
import portalId from '../../portal/i18n/id.json';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { BUSINESS_STATUSES, CONFLICT_FIELDS, LICENCE_KINDS, MAX_PHOTO_BYTES, SALES_CHANNELS, TABS, TOPICS } from './options';

type Dict = { [key: string]: string | Dict };
const keys = (d: Dict, prefix = ''): string[] =>
  Object.entries(d).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));

describe('field app option lists and texts', () => {
  it('equal the server lists', () => {
    expect([...SALES_CHANNELS]).toEqual([...SERVER_CHANNELS]);
    expect([...LICENCE_KINDS]).toEqual([...SERVER_LICENCES]);
    expect([...BUSINESS_STATUSES]).toEqual([...SERVER_STATUSES]);
    expect([...TOPICS]).toEqual([...SERVER_TOPICS]);
    expect([...CONFLICT_FIELDS]).toEqual([...SERVER_CONFLICT_FIELDS]);
    expect(MAX_PHOTO_BYTES).toBe(SERVER_MAX_PHOTO);
  });

  it('have a label for every choice in both languages', () => {
    for (const dict of [id, en] as Dict[]) {
      const get = (key: string) => key.split('.').reduce<Dict | string | undefined>((n, k) => (n && typeof n === 'object' ? n[k] : undefined), dict);
      for (const c of SALES_CHANNELS) expect(get(`channel.${c}`)).toBeTruthy();
      for (const l of LICENCE_KINDS) expect(get(`licence.${l}`)).toBeTruthy();
      for (const s of BUSINESS_STATUSES) expect(get(`status.${s}`)).toBeTruthy();
      for (const f of CONFLICT_FIELDS) expect(get(`field.${f}`)).toBeTruthy();
      for (const tab of TABS) expect(get(`worklist.tab.${tab}`)).toBeTruthy();
    }
  });

  it("label needs with the owner portal's words", () => {
    expect(id.topic).toEqual(portalId.topic);
    expect(en.topic).toEqual(portalEn.topic);
  });

  it('say the same things in both languages', () => {
    expect(keys(en as Dict).sort()).toEqual(keys(id as Dict).sort());
  });
});
