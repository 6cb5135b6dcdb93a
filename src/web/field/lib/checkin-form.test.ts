import { describe, expect, it } from 'vitest';
import { buildPayload, type CheckinForm, checkForm, emptyForm, formFromPayload, previousOf, toggle } from './checkin-form';
import { SALES_CHANNELS } from './options';
import type { FieldBusiness } from './types';

const business: FieldBusiness = {
  id: '0190a3c4-0000-7000-8000-000000000001',
  version: 4,
  name: 'Keripik Bu Sri',
  ownerName: 'Sri Wahyuni',
  kecamatanCode: '32.04.01',
  desaName: 'Cangkuang',
  address: null,
  sector: 'kuliner',
  status: 'active',
  scale: 'micro',
  startYear: 2018,
  monthlySales: 3_000_000,
  workersMale: 1,
  workersFemale: 2,
  salesChannels: ['offline', 'whatsapp'],
  licences: ['NIB'],
  lastVisitOn: '2026-01-10',
};
const TODAY = '2026-06-01';
const form = (patch: Partial<CheckinForm>): CheckinForm => ({ ...emptyForm(business, TODAY), ...patch });

describe('check-in form', () => {
  it('starts on today with the known channels and no figures', () => {
    const f = emptyForm(business, TODAY);
    expect(f).toMatchObject({ visitedOn: TODAY, status: '', monthlySales: '', workersMale: '', salesChannels: ['offline', 'whatsapp'], confirmedFor: null });
  });

  it('describes the business as the plausibility rules want it', () => {
    expect(previousOf(business)).toEqual({ scale: 'micro', monthlySales: 3_000_000, workers: 3, lastVisitDate: '2026-01-10', startYear: 2018 });
  });

  it('requires a status before anything else', () => {
    const check = checkForm(form({}), business, TODAY);
    expect(check.errors.status?.key).toBe('form.statusRequired');
    expect(check.canSave).toBe(false);
  });

  it('requires a reason when the business paused or closed', () => {
    expect(checkForm(form({ status: 'dormant' }), business, TODAY).errors.statusReason?.key).toBe('followup.check.reason_missing');
    expect(checkForm(form({ status: 'closed', statusReason: 'Pindah kerja' }), business, TODAY).canSave).toBe(true);
  });

  it('refuses a visit date in the future, under the date field', () => {
    const check = checkForm(form({ status: 'active', visitedOn: '2026-06-02' }), business, TODAY);
    expect(check.errors.visitedOn?.key).toBe('followup.check.date_future');
  });

  it('asks about an unlikely figure until the assistant confirms exactly those figures', () => {
    const f = form({ status: 'active', monthlySales: '300000000' });
    const check = checkForm(f, business, TODAY);
    expect(check.questions.map((q) => q.messageKey)).toContain('followup.check.sales_jump');
    expect(check.canSave).toBe(false);
    const confirmed = { ...f, confirmedFor: check.signature };
    expect(checkForm(confirmed, business, TODAY).canSave).toBe(true);
    // Changing the figure afterwards asks again: the confirmation was for the old one.
    expect(checkForm({ ...confirmed, monthlySales: '400000000' }, business, TODAY).canSave).toBe(false);
  });

  it('questions thousands of workers for a micro business', () => {
    const check = checkForm(form({ status: 'active', workersMale: '1500', workersFemale: '0' }), business, TODAY);
    expect(check.questions.some((q) => q.field === 'workers' && q.messageKey === 'followup.check.workers_above_scale')).toBe(true);
  });

  it('builds the check-in with the business version, task and confirmation', () => {
    const f = form({ status: 'active', monthlySales: '3500000', workersMale: '1', workersFemale: '3', newProducts: '  Keripik pedas ', needs: ['packaging'], licencesObtained: ['PIRT'] });
    const check = checkForm(f, business, TODAY);
    const payload = buildPayload(f, business, '0190a3c4-0000-7000-8000-0000000000aa', check);
    expect(payload).toEqual({
      businessId: business.id,
      taskId: '0190a3c4-0000-7000-8000-0000000000aa',
      baseVersion: 4,
      seen: { status: business.status, monthlySales: business.monthlySales, workersMale: business.workersMale, workersFemale: business.workersFemale, salesChannels: business.salesChannels },
      visitedOn: TODAY,
      status: 'active',
      statusReason: null,
      monthlySales: 3_500_000,
      workersMale: 1,
      workersFemale: 3,
      newProducts: 'Keripik pedas',
      salesChannels: ['offline', 'whatsapp'],
      licencesObtained: ['PIRT'],
      problems: null,
      needs: ['packaging'],
      photo: null,
      latitude: null,
      longitude: null,
      confirmed: false,
    });
  });

  it('leaves figures not given as null, drops a reason for an active business, and marks a confirmation', () => {
    const f = form({ status: 'active', statusReason: 'sisa ketikan', monthlySales: '300000000' });
    const check = checkForm(f, business, TODAY);
    const payload = buildPayload({ ...f, confirmedFor: check.signature }, business, null, check);
    expect(payload).toMatchObject({ taskId: null, statusReason: null, workersMale: null, workersFemale: null, confirmed: true });
  });

  it('refills the form from a queued check-in', () => {
    const f = form({ status: 'closed', statusReason: 'Modal habis', monthlySales: '0', workersMale: '0', workersFemale: '0', salesChannels: [] });
    const payload = buildPayload(f, business, null, checkForm(f, business, TODAY));
    expect(formFromPayload(payload)).toEqual({ ...f, statusReason: 'Modal habis' });
  });

  it('toggles chips in the canonical order', () => {
    expect(toggle(['whatsapp'], 'offline', SALES_CHANNELS)).toEqual(['offline', 'whatsapp']);
    expect(toggle(['offline', 'whatsapp'], 'offline', SALES_CHANNELS)).toEqual(['whatsapp']);
  });
});
