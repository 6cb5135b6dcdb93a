import { describe, expect, it } from 'vitest';
import { LICENCE_KINDS as SERVER_LICENCES } from '../../../server/modules/followup/followup.schemas';
import { TOPICS as SERVER_TOPICS } from '../../../server/modules/programmes/programme.table';
import { BUSINESS_STATUSES as SERVER_STATUSES, SALES_CHANNELS as SERVER_CHANNELS, SECTORS as SERVER_SECTORS } from '../../../server/modules/registry/registry.table';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import reportEn from '../i18n/report.en.json';
import reportId from '../i18n/report.id.json';
import { BUSINESS_STATUSES, LICENCE_KINDS, SALES_CHANNELS, SECTORS, TOPICS } from './options';

describe('portal option lists', () => {
  it('equal the server lists and have plain labels in both languages', () => {
    expect([...TOPICS]).toEqual([...SERVER_TOPICS]);
    expect([...SECTORS]).toEqual([...SERVER_SECTORS]);
    for (const dict of [id, en]) {
      for (const t of TOPICS) expect(dict.topic[t]).toBeTruthy();
      for (const s of SECTORS) expect(dict.sector[s]).toBeTruthy();
    }
  });

  it('copies the self-report choices from the server and labels each', () => {
    expect([...BUSINESS_STATUSES]).toEqual([...SERVER_STATUSES]);
    expect([...SALES_CHANNELS]).toEqual([...SERVER_CHANNELS]);
    expect([...LICENCE_KINDS]).toEqual([...SERVER_LICENCES]);
    for (const dict of [reportId, reportEn]) {
      for (const s of BUSINESS_STATUSES) expect(dict.report.status[s]).toBeTruthy();
      for (const c of SALES_CHANNELS) expect(dict.channel[c]).toBeTruthy();
      for (const l of LICENCE_KINDS) expect(dict.licence[l]).toBeTruthy();
    }
  });
});
