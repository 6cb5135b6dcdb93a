import { describe, expect, it } from 'vitest';
import { selfReportInput } from '../../../server/modules/followup/followup.schemas';
import { plausibilityMessages } from '../../../server/modules/followup/plausibility';
import { reportTexts } from '../i18n/report';
import type { SelfReportView } from '../api/types';
import {
  blocking, displayParams, EMPTY_REPORT, findingKey, inputStep, localToday, missing, nestKeys, newId, parseDraft, type ReportValues, reportFindings, serverFindings, STEPS, stepOf, stepsFor, toInput,
} from './report';
import { type Dictionary, resolveMessageKey } from './messages';

const previous: SelfReportView['previous'] = { status: 'active', monthlySales: 8_000_000, workersMale: 1, workersFemale: 2, scale: 'micro', startYear: 2019, lastVisitOn: '2026-01-10' };
const filled: ReportValues = {
  ...EMPTY_REPORT, status: 'active', monthlySales: '9500000', workersMale: '1', workersFemale: '3', hasNewProducts: 'no', salesChannels: ['offline', 'whatsapp'],
};
const today = '2026-06-15';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('self-report steps', () => {
  it('asks a closed business only why, and what would help', () => {
    expect(stepsFor('active')).toEqual(STEPS);
    expect(stepsFor('dormant')).toEqual(STEPS);
    expect(stepsFor('closed')).toEqual(['status', 'needs']);
  });

  it('shows each problem on the step of its input, the rest by the send button', () => {
    expect(stepOf('monthlySales', STEPS)).toBe('sales');
    expect(stepOf('workers', STEPS)).toBe('workers');
    expect(stepOf('statusReason', STEPS)).toBe('status');
    expect(stepOf('date', STEPS)).toBe('needs');
    expect(stepOf('monthlySales', stepsFor('closed'))).toBe('needs');
    expect(inputStep('date')).toBeUndefined();
    expect(inputStep('toString')).toBeUndefined();
  });

  it('names what is missing on each step', () => {
    expect(missing(EMPTY_REPORT, 'status').status?.key).toBe('report.pickOne');
    expect(missing(filled, 'status').status).toBeNull();
    expect(missing({ ...filled, monthlySales: '' }, 'sales').monthlySales?.key).toBe('validation.required');
    expect(missing({ ...filled, monthlySales: '0' }, 'sales').monthlySales).toBeNull();
    expect(missing({ ...filled, workersFemale: '' }, 'workers')).toEqual({ workersMale: null, workersFemale: { key: 'validation.required', params: {} } });
    expect(missing({ ...filled, hasNewProducts: 'yes' }, 'selling').newProducts?.key).toBe('validation.required');
    expect(missing({ ...filled, salesChannels: [] }, 'selling').salesChannels?.key).toBe('report.pickChannel');
    expect(missing({ ...filled, status: 'dormant', salesChannels: [] }, 'selling').salesChannels).toBeNull();
    expect(missing(EMPTY_REPORT, 'needs')).toEqual({});
  });
});

describe('self-report plausibility', () => {
  it('questions sales 15 times the last known figure, and a confirmation lets it through', () => {
    const found = reportFindings({ ...filled, monthlySales: '120000000' }, previous, today);
    expect(found).toEqual([expect.objectContaining({ field: 'monthlySales', severity: 'question', messageKey: 'followup.check.sales_jump' })]);
    expect(blocking(found, new Set())).toHaveLength(1);
    expect(blocking(found, new Set([findingKey(found[0]!)]))).toEqual([]);
    // A different figure is a different question: the earlier "yes" does not cover it.
    const again = reportFindings({ ...filled, monthlySales: '150000000' }, previous, today);
    expect(blocking(again, new Set([findingKey(found[0]!)]))).toHaveLength(1);
  });

  it('refuses a pause without a reason; a closed business reports no sales and no workers', () => {
    const paused = reportFindings({ ...filled, status: 'dormant' }, previous, today);
    expect(paused).toEqual([expect.objectContaining({ field: 'statusReason', severity: 'error', messageKey: 'followup.check.reason_missing' })]);
    expect(reportFindings({ ...filled, status: 'closed', statusReason: 'Pindah ke kota' }, previous, today)).toEqual([]);
    expect(reportFindings(EMPTY_REPORT, previous, today)).toEqual([]);
  });

  it('reads a 422 as findings, with questions known by their rule when the server does not say', () => {
    const found = serverFindings([
      { field: 'monthlySales', messageKey: 'followup.check.sales_jump', params: { previous: 1, current: 20 } },
      { field: 'workers', messageKey: 'followup.check.workers_above_scale', severity: 'question' },
      { field: 'date', messageKey: 'followup.check.date_future', params: { date: today, today: '2026-06-14' } },
      { field: 'monthlySales', messageKey: 'validation.too_big' },
    ]);
    expect(found.map((f) => f.severity)).toEqual(['question', 'question', 'error', 'error']);
    expect(found[1]!.params).toEqual({});
  });

  it('takes the severity the server puts among the params, so its finding equals the page\'s own', () => {
    const own = reportFindings({ ...filled, monthlySales: '120000000' }, previous, today)[0]!;
    const [fromServer] = serverFindings([{ field: own.field, messageKey: own.messageKey, params: { ...own.params, severity: 'question' } }]);
    expect(fromServer).toEqual(own);
    expect(findingKey(fromServer!)).toBe(findingKey(own));
    expect(serverFindings([{ field: 'monthlySales', messageKey: 'followup.check.sales_jump', params: { severity: 'error' } }])[0]!.severity).toBe('error');
  });

  it('writes amounts in rupiah and dates in words, not the ratio or head counts', () => {
    const [jump] = serverFindings([{ field: 'monthlySales', messageKey: 'followup.check.sales_jump', params: { previous: 8_000_000, current: 120_000_000, ratio: 15 } }]);
    expect(displayParams(jump!, 'id')).toEqual({ previous: 'Rp8.000.000', current: 'Rp120.000.000', ratio: 15 });
    const [workers] = serverFindings([{ field: 'workers', messageKey: 'followup.check.workers_change', params: { previous: 3, current: 40 } }]);
    expect(displayParams(workers!, 'id')).toEqual({ previous: 3, current: 40 });
    const [late] = serverFindings([{ field: 'date', messageKey: 'followup.check.date_before_last_visit', params: { date: '2026-01-02', lastVisit: '2026-01-10' } }]);
    expect(displayParams(late!, 'id')).toEqual({ date: '2 Januari 2026', lastVisit: '10 Januari 2026' });
  });
});

describe('self-report body', () => {
  it('is a valid selfReportInput with the page id and today', () => {
    const id = newId();
    const body = toInput({ ...filled, needs: ['packaging'], licencesObtained: ['PIRT'], problems: '  bahan mahal ' }, id, today, false);
    expect(selfReportInput.parse(body)).toMatchObject({
      id, visitedOn: today, status: 'active', statusReason: null, monthlySales: 9_500_000, workersMale: 1, workersFemale: 3,
      newProducts: null, salesChannels: ['offline', 'whatsapp'], licencesObtained: ['PIRT'], problems: 'bahan mahal', needs: ['packaging'], confirmed: false,
    });
  });

  it('sends a closed business as selling nothing with no workers, and leaves its channels alone', () => {
    const body = toInput({ ...filled, status: 'closed', statusReason: ' Modal habis ', hasNewProducts: 'yes', newProducts: 'x', licencesObtained: ['NIB'] }, newId(), today, false);
    expect(selfReportInput.parse(body)).toMatchObject({ status: 'closed', statusReason: 'Modal habis', monthlySales: 0, workersMale: 0, workersFemale: 0, salesChannels: null, licencesObtained: [], newProducts: null });
  });

  it('makes v4 UUIDs, also where crypto.randomUUID is missing', () => {
    expect(newId()).toMatch(UUID);
    const old = { getRandomValues: crypto.getRandomValues.bind(crypto) };
    expect(newId(old)).toMatch(UUID);
    expect(newId(old)).not.toBe(newId(old));
  });

  it('takes the local calendar day', () => {
    expect(localToday(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});

describe('self-report draft', () => {
  it('restores a stored draft and ignores anything else', () => {
    const draft = { id: newId(), step: 'workers', values: { ...filled } };
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
    expect(parseDraft(JSON.stringify({ ...draft, values: { status: 'active' } }))?.values).toEqual({ ...EMPTY_REPORT, status: 'active' });
    expect(parseDraft(JSON.stringify({ ...draft, step: 'nope' }))).toBeNull();
    expect(parseDraft(JSON.stringify({ ...draft, values: { ...filled, needs: 'capital' } }))).toBeNull();
    expect(parseDraft(JSON.stringify({ ...draft, values: { ...filled, monthlySales: 5 } }))).toBeNull();
    expect(parseDraft('{not json')).toBeNull();
    expect(parseDraft(null)).toBeNull();
  });
});

describe('self-report texts', () => {
  /** Every leaf key of a dictionary. */
  const keys = (dict: Dictionary, prefix = ''): string[] => Object.entries(dict).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

  it('has the same keys in both languages, every plausibility message and the link errors', () => {
    expect(keys(reportTexts.en).sort()).toEqual(keys(reportTexts.id).sort());
    const expected = [...Object.keys(plausibilityMessages('id')), 'errors.followup.linkInvalid', 'errors.followup.linkExpired', 'errors.followup.needsConfirmation'];
    for (const key of expected) expect(resolveMessageKey(reportTexts.id, key), key).toBe(key);
    for (const step of STEPS) expect(resolveMessageKey(reportTexts.en, `report.step.${step}`)).toBe(`report.step.${step}`);
  });

  it('nests flat keys', () => {
    expect(nestKeys({ 'a.b.c': 'x', 'a.b.d': 'y', e: 'z' })).toEqual({ a: { b: { c: 'x', d: 'y' } }, e: 'z' });
  });
});
