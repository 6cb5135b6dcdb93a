import type { TFunction } from 'i18next';
import type { BusinessFormValues } from './formValues';

/**
 * Quick checks before sending, with the same message keys the server uses. A convenience only:
 * the server is authoritative and its 422 answer is shown the same way.
 */
export function validateForm(t: TFunction, v: BusinessFormValues, ownerEditable: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = t('validation.required');
  const thisYear = new Date().getFullYear();

  if (!v.name.trim()) errors.name = required;
  else if (v.name.trim().length < 2) errors.name = t('validation.too_small', { minimum: 2 });
  if (!v.sector) errors.sector = required;
  if (v.kbli.trim() && !/^\d{5}$/.test(v.kbli.trim())) errors.kbli = t('validation.kbli.format');
  if (!v.kecamatanCode) errors.kecamatanCode = required;
  if (!v.desaCode) errors.desaCode = required;
  if (typeof v.startYear === 'number' && v.startYear > thisYear) errors.startYear = t('validation.start_year.future');
  if (v.status !== 'active' && !v.statusReason.trim()) errors.statusReason = t('validation.status.reason_required');

  if (ownerEditable) {
    const name = v.owner.fullName.trim();
    if (!name) errors['owner.fullName'] = required;
    else if (name.length < 2) errors['owner.fullName'] = t('validation.too_small', { minimum: 2 });
    const nik = v.owner.nik.replace(/\s+/g, '');
    if (nik && !/^\d{16}$/.test(nik)) errors['owner.nik'] = t('validation.nik.format');
    if (v.owner.phone.trim() && /[a-z]/i.test(v.owner.phone)) errors['owner.phone'] = t('validation.phone.invalid');
  }

  v.licences.forEach((l, i) => {
    const number = l.number.replace(/\s+/g, '');
    if (!l.kind) errors[`licences.${i}.kind`] = required;
    if (l.kind === 'NIB' && !number) errors[`licences.${i}.number`] = required;
    else if (l.kind === 'NIB' && !/^\d{13}$/.test(number)) errors[`licences.${i}.number`] = t('validation.nib.format');
    else if (l.kind === 'NPWP' && number && !/^\d{15,16}$/.test(number)) errors[`licences.${i}.number`] = t('validation.npwp.format');
    if (l.issuedOn && l.expiresOn && l.expiresOn < l.issuedOn) errors[`licences.${i}.expiresOn`] = t('validation.licence.expiry_before_issue');
  });
  return errors;
}
