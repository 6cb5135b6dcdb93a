/** Shapes of the Berdaya API as the web app uses them (mirrors the server's response schemas). */

export type Role = 'admin' | 'head' | 'officer' | 'assistant' | 'owner' | 'partner';
export type Scale = 'micro' | 'small' | 'medium' | 'large';
export type BusinessStatus = 'active' | 'dormant' | 'closed';
export type Sector = 'kuliner' | 'fashion' | 'kriya' | 'jasa' | 'agribisnis' | 'perdagangan' | 'lainnya';
export type SalesChannel = 'offline' | 'whatsapp' | 'instagram' | 'facebook' | 'tiktok' | 'marketplace' | 'ecatalogue' | 'reseller';
export type LicenceKind = 'NIB' | 'SKU' | 'PIRT' | 'HALAL' | 'HKI' | 'NPWP';
export type HalalRoute = 'self_declare' | 'regular';
export type Gender = 'L' | 'P';

export interface Membership {
  kodeWilayah: string;
  tenantName: string;
  isDemo: boolean;
  role: Role;
  kecamatanCodes: string[];
}

export interface Me {
  user: { id: string; username: string; displayName: string; locale: string; isSuperadmin: boolean };
  memberships: Membership[];
}

export interface Tenant {
  kodeWilayah: string;
  name: string;
  isDemo: boolean;
}

export interface Region {
  code: string;
  name: string;
}

export interface Regions {
  regency: Region;
  kecamatan: (Region & { desa: Region[] })[];
}

export interface BusinessSummary {
  id: string;
  name: string;
  ownerName: string;
  sector: Sector;
  kecamatanCode: string;
  kecamatanName: string;
  desaCode: string;
  desaName: string;
  scale: Scale;
  status: BusinessStatus;
  hasNib: boolean;
}

export interface SearchResult {
  items: BusinessSummary[];
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
}

export interface LicenceInput {
  kind: LicenceKind;
  number?: string | null;
  issuedOn?: string | null;
  expiresOn?: string | null;
  halalRoute?: HalalRoute | null;
}

export interface OwnerFields {
  fullName: string;
  nik?: string | null;
  gender?: Gender | null;
  birthDate?: string | null;
  phone?: string | null;
  address?: string | null;
}

export interface BusinessFields {
  name: string;
  sector: Sector;
  kbli?: string | null;
  kecamatanCode: string;
  desaCode: string;
  address?: string | null;
  startYear?: number | null;
  status: BusinessStatus;
  statusReason?: string | null;
  capital?: number | null;
  annualSales?: number | null;
  workersMale: number;
  workersFemale: number;
  salesChannels: SalesChannel[];
  licences: LicenceInput[];
}

export interface CreateBusinessBody extends BusinessFields {
  owner: OwnerFields;
}

export interface UpdateBusinessBody extends BusinessFields {
  version: number;
  owner?: OwnerFields & { id: string; version: number };
}

export interface OwnerView {
  id: string;
  version: number;
  fullName: string;
  nik: string | null;
  gender: Gender | null;
  birthDate: string | null;
  phone: string | null;
  address: string | null;
  masked: boolean;
  businessCount: number;
}

export interface Metric {
  recordedOn: string;
  capital: number | null;
  annualSales: number | null;
  workersMale: number;
  workersFemale: number;
  scale: Scale;
  previousScale: Scale | null;
  scaleRuleId: string;
  source: string;
}

export interface BusinessDetail extends Omit<BusinessFields, 'licences'> {
  id: string;
  version: number;
  kecamatanName: string;
  desaName: string;
  scale: Scale;
  scaleRuleId: string;
  createdAt: string;
  updatedAt: string;
  canEdit: boolean;
  owner: OwnerView;
  licences: (LicenceInput & { id: string })[];
  metrics: Metric[];
}

export interface AuditEntry {
  id: string;
  at: string;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  items: AuditEntry[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

export interface RecapCounts {
  micro: number;
  microWithNib: number;
  microMovedUp: number;
  newEntrepreneurs: number;
  small: number;
  medium: number;
  total: number;
}

export interface RecapRow extends RecapCounts {
  kecamatanCode: string;
  kecamatanName: string;
}

export interface RecapReport {
  kodeWilayah: string;
  regencyName: string;
  year: number;
  generatedAt: string;
  isDemo: boolean;
  rows: RecapRow[];
  total: RecapCounts;
}

/** The scale rules an office can choose for new classifications. */
export type ScaleRuleId = 'PP7_2021' | 'UU20_2008';

/** The office's kop surat and signer, printed on reports; every line at most 200 characters. */
export interface Letterhead {
  government: string;
  office: string;
  address: string;
  contact: string;
  city: string;
  signerTitle: string;
  signerName: string;
}

/** A regency's office settings (GET/PUT /tenants/:kw/settings). */
export interface OfficeSettings {
  scaleRuleId: ScaleRuleId;
  letterhead: Letterhead;
}
