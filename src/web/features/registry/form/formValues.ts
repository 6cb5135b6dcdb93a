import type {
  BusinessDetail,
  BusinessFields,
  BusinessStatus,
  CreateBusinessBody,
  Gender,
  HalalRoute,
  LicenceKind,
  SalesChannel,
  Sector,
  UpdateBusinessBody,
} from '../../../api/types';
import { differingFieldPaths } from '../../../lib/formMerge';

/** One licence row of the form; `key` keeps React rows stable while rows are added and removed. */
export interface LicenceRow {
  key: string;
  kind: LicenceKind | null;
  number: string;
  issuedOn: string;
  expiresOn: string;
  halalRoute: HalalRoute | null;
}

export interface OwnerFormValues {
  fullName: string;
  nik: string;
  gender: Gender | null;
  birthDate: string;
  phone: string;
  address: string;
}

/**
 * The business form's values. Paths equal the API's field paths (`owner.nik`, `licences.0.number`,
 * `capital`), so server field errors land under the right input unchanged.
 */
export interface BusinessFormValues {
  name: string;
  sector: Sector | null;
  kbli: string;
  kecamatanCode: string | null;
  desaCode: string | null;
  address: string;
  startYear: number | string;
  status: BusinessStatus;
  statusReason: string;
  capital: number | string;
  annualSales: number | string;
  workersMale: number | string;
  workersFemale: number | string;
  salesChannels: SalesChannel[];
  licences: LicenceRow[];
  owner: OwnerFormValues;
}

let rowCounter = 0;
/** A new, empty licence row. */
export function newLicenceRow(kind: LicenceKind | null = null): LicenceRow {
  rowCounter += 1;
  return { key: `new-${rowCounter}`, kind, number: '', issuedOn: '', expiresOn: '', halalRoute: null };
}

/** An empty form (create). */
export function emptyValues(): BusinessFormValues {
  return {
    name: '',
    sector: null,
    kbli: '',
    kecamatanCode: null,
    desaCode: null,
    address: '',
    startYear: '',
    status: 'active',
    statusReason: '',
    capital: '',
    annualSales: '',
    workersMale: 0,
    workersFemale: 0,
    salesChannels: [],
    licences: [],
    owner: { fullName: '', nik: '', gender: null, birthDate: '', phone: '', address: '' },
  };
}

/** The form's values for an existing business (edit). */
export function fromDetail(d: BusinessDetail): BusinessFormValues {
  return {
    name: d.name,
    sector: d.sector,
    kbli: d.kbli ?? '',
    kecamatanCode: d.kecamatanCode,
    desaCode: d.desaCode,
    address: d.address ?? '',
    startYear: d.startYear ?? '',
    status: d.status,
    statusReason: d.statusReason ?? '',
    capital: d.capital ?? '',
    annualSales: d.annualSales ?? '',
    workersMale: d.workersMale,
    workersFemale: d.workersFemale,
    salesChannels: [...d.salesChannels],
    licences: d.licences.map((l) => ({
      key: l.id,
      kind: l.kind,
      number: l.number ?? '',
      issuedOn: l.issuedOn ?? '',
      expiresOn: l.expiresOn ?? '',
      halalRoute: l.halalRoute ?? null,
    })),
    owner: {
      fullName: d.owner.fullName,
      nik: d.owner.nik ?? '',
      gender: d.owner.gender,
      birthDate: d.owner.birthDate ?? '',
      phone: d.owner.phone ?? '',
      address: d.owner.address ?? '',
    },
  };
}

const text = (v: string): string | null => (v.trim() ? v.trim() : null);
const int = (v: number | string): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : null);

function businessFields(v: BusinessFormValues): BusinessFields {
  return {
    name: v.name.trim(),
    // The client check guarantees sector, kecamatan and desa; the server re-checks anyway.
    sector: v.sector as Sector,
    kbli: text(v.kbli),
    kecamatanCode: v.kecamatanCode ?? '',
    desaCode: v.desaCode ?? '',
    address: text(v.address),
    startYear: int(v.startYear),
    status: v.status,
    statusReason: v.status === 'active' ? null : text(v.statusReason),
    capital: int(v.capital),
    annualSales: int(v.annualSales),
    workersMale: int(v.workersMale) ?? 0,
    workersFemale: int(v.workersFemale) ?? 0,
    salesChannels: v.salesChannels,
    licences: v.licences.map((l) => ({
      kind: l.kind as LicenceKind,
      number: text(l.number.replace(/\s+/g, '')),
      issuedOn: l.issuedOn || null,
      expiresOn: l.expiresOn || null,
      halalRoute: l.kind === 'HALAL' ? l.halalRoute : null,
    })),
  };
}

function ownerFields(o: OwnerFormValues) {
  return {
    fullName: o.fullName.trim(),
    nik: text(o.nik.replace(/\s+/g, '')),
    gender: o.gender,
    birthDate: o.birthDate || null,
    phone: text(o.phone),
    address: text(o.address),
  };
}

/** The POST body: the business with a new owner. */
export function toCreateBody(v: BusinessFormValues): CreateBusinessBody {
  return { ...businessFields(v), owner: ownerFields(v.owner) };
}

/**
 * The PUT body. The owner goes along only when it may be edited (not masked, `editable`) and was changed,
 * so an unchanged owner shared by several businesses does not cause needless conflicts.
 */
export function toUpdateBody(
  v: BusinessFormValues,
  base: { version: number; owner: { id: string; version: number; masked: boolean; editable: boolean } },
  ownerChanged: boolean,
): UpdateBusinessBody {
  const body: UpdateBusinessBody = { ...businessFields(v), version: base.version };
  if (!base.owner.masked && base.owner.editable && ownerChanged) body.owner = { ...ownerFields(v.owner), id: base.owner.id, version: base.owner.version };
  return body;
}

/** Top-level (and owner.*) paths whose values differ between two value sets. */
export const differingPaths = (a: BusinessFormValues, b: BusinessFormValues): string[] => differingFieldPaths(a, b, 'owner');

