import type { FieldProblem } from '../../errors';
import type { RegionDirectory } from '../tenancy/regions';
import { checkNik } from './nik';
import { normalisePhone } from '../../kernel/phone';
import type { RegistryScope } from './registry.policy';
import type { LicenceInput, NewOwnerInput } from './registry.schemas';

/**
 * Business rules that a schema cannot express. Each returns field problems (never throws), so one save
 * reports every problem at once, keyed by the same field paths the form uses.
 */

/** Checks an owner's NIK against its gender and birth date, and normalises the phone. */
export function checkOwner(
  owner: NewOwnerInput,
  regions: RegionDirectory,
  prefix = 'owner.',
  today = new Date(),
): { problems: FieldProblem[]; normalised: NewOwnerInput } {
  const problems: FieldProblem[] = [];
  const normalised = { ...owner };
  if (owner.nik) {
    const nik = owner.nik.replace(/[\s.-]/g, '');
    const result = checkNik(nik, regions, today);
    if (!result.ok) problems.push({ field: `${prefix}nik`, messageKey: `validation.nik.${result.reason}` });
    else {
      normalised.nik = nik;
      if (owner.gender && owner.gender !== result.facts.gender) {
        problems.push({ field: `${prefix}nik`, messageKey: 'validation.nik.gender_mismatch' });
      }
      if (owner.birthDate && owner.birthDate !== result.facts.birthDate) {
        problems.push({ field: `${prefix}nik`, messageKey: 'validation.nik.birth_date_mismatch' });
      }
      // The NIK states gender and birth date; fill them when the form left them empty.
      normalised.gender ??= result.facts.gender;
      normalised.birthDate ??= result.facts.birthDate;
    }
  } else normalised.nik = null;
  if (owner.phone) {
    const phone = normalisePhone(owner.phone);
    if (!phone) problems.push({ field: `${prefix}phone`, messageKey: 'validation.phone.invalid' });
    else normalised.phone = phone;
  } else normalised.phone = null;
  if (owner.birthDate && owner.birthDate > today.toISOString().slice(0, 10)) {
    problems.push({ field: `${prefix}birthDate`, messageKey: 'validation.birth_date.future' });
  }
  return { problems, normalised };
}

/** Where the business is: kecamatan inside the regency, desa inside the kecamatan, and inside the actor's scope. */
export function checkLocation(
  kw: string,
  input: { kecamatanCode: string; desaCode: string },
  regions: RegionDirectory,
  scope: RegistryScope,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const kecamatan = regions.kecamatan(input.kecamatanCode);
  if (!kecamatan || !input.kecamatanCode.startsWith(`${kw}.`)) {
    problems.push({ field: 'kecamatanCode', messageKey: 'validation.kecamatan.outside_tenant' });
  } else if (scope.kind === 'kecamatan' && !scope.codes.includes(input.kecamatanCode)) {
    problems.push({ field: 'kecamatanCode', messageKey: 'validation.kecamatan.not_assigned' });
  }
  if (!regions.desa(input.desaCode) || !input.desaCode.startsWith(`${input.kecamatanCode}.`)) {
    problems.push({ field: 'desaCode', messageKey: 'validation.desa.outside_kecamatan' });
  }
  return problems;
}

const LICENCE_NUMBER_FORMATS: Record<string, { pattern: RegExp; key: string }> = {
  NIB: { pattern: /^\d{13}$/, key: 'validation.nib.format' },
  NPWP: { pattern: /^\d{15,16}$/, key: 'validation.npwp.format' },
};

/** Licence numbers in the expected format, dates in order, no number twice in one save. */
export function checkLicences(licences: LicenceInput[]): { problems: FieldProblem[]; normalised: LicenceInput[] } {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const normalised = licences.map((l, i) => {
    const number = l.number ? l.number.replace(/[\s.-]/g, '') : null;
    const format = LICENCE_NUMBER_FORMATS[l.kind];
    if (l.kind === 'NIB' && !number) problems.push({ field: `licences.${i}.number`, messageKey: 'validation.required' });
    if (number && format && !format.pattern.test(number)) problems.push({ field: `licences.${i}.number`, messageKey: format.key });
    if (number) {
      const key = `${l.kind}:${number}`;
      if (seen.has(key)) problems.push({ field: `licences.${i}.number`, messageKey: 'validation.licence.duplicate_number' });
      seen.add(key);
    }
    if (l.issuedOn && l.expiresOn && l.expiresOn < l.issuedOn) {
      problems.push({ field: `licences.${i}.expiresOn`, messageKey: 'validation.licence.expiry_before_issue' });
    }
    return { ...l, number, halalRoute: l.kind === 'HALAL' ? (l.halalRoute ?? null) : null };
  });
  return { problems, normalised };
}

/** Status reason for dormant or closed businesses, and a start year that is not in the future. */
export function checkBusinessFacts(input: { status: string; statusReason?: string | null; startYear?: number | null }, today = new Date()) {
  const problems: FieldProblem[] = [];
  if (input.status !== 'active' && !input.statusReason?.trim()) {
    problems.push({ field: 'statusReason', messageKey: 'validation.status.reason_required' });
  }
  if (input.startYear && input.startYear > today.getUTCFullYear()) {
    problems.push({ field: 'startYear', messageKey: 'validation.start_year.future' });
  }
  return problems;
}
