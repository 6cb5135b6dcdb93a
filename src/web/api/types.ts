/**
 * Shapes of the Berdaya API as the web app uses them. Wherever the server has a schema, the type is
 * taken from it (type-only imports, erased at build), so client and server cannot drift apart.
 */
import type { z } from 'zod';
import type { Role } from '../../server/kernel/actor';
import type { meResponse } from '../../server/modules/auth/auth.schemas';
import type {
  BusinessDetail as ServerBusinessDetail,
  BusinessSummary as ServerBusinessSummary,
  SearchResult as ServerSearchResult,
} from '../../server/modules/registry/registry.schemas';
import type { RecapReport as ServerRecapReport, RecapRow as ServerRecapRow } from '../../server/modules/recap/recap.types';
import type {
  commitResult,
  dryRunResult,
  IMPORT_FIELD_NAMES,
  ImportView as ServerImportView,
  importList,
  MappingInput as ServerMappingInput,
  RowProblemView as ServerRowProblemView,
} from '../../server/modules/imports/import.schemas';
import type { TURNOVER_PERIODS } from '../../server/modules/imports/import.table';
import type {
  businessCard,
  mergeList,
  MergeView as ServerMergeView,
  pairList,
  PairView as ServerPairView,
  scanResult,
} from '../../server/modules/duplicates/duplicates.schemas';
import type { PairStatus as ServerPairStatus } from '../../server/modules/duplicates/duplicates.table';
import type {
  attendanceList,
  batchInput,
  BatchView as ServerBatchView,
  checkinResult,
  completionResult,
  decisionInput,
  eligibilityReason,
  eligibilityRules,
  ELEMENTS,
  FACTORS,
  nominationInput,
  PARTICIPANT_STATUSES,
  participantList,
  ParticipantView as ServerParticipantView,
  PROGRAMME_KINDS,
  PROGRAMME_STATUSES,
  programmeInput,
  programmeList,
  programmeReport,
  programmeSummary,
  programmeUpdate,
  ProgrammeView as ServerProgrammeView,
  sessionInput,
  sessionView,
  SOURCES,
  sourceDetail,
  TOPICS,
} from '../../server/modules/programmes/programme.schemas';
import type { claimDecision, claimList, claimView } from '../../server/modules/portal/portal.schemas';
import type {
  BUSINESS_STATUSES,
  LICENCE_KINDS,
  SALES_CHANNELS,
  SCALES,
  SECTORS,
} from '../../server/modules/registry/registry.table';

export type { Role };
export type Scale = (typeof SCALES)[number];
export type BusinessStatus = (typeof BUSINESS_STATUSES)[number];
export type Sector = (typeof SECTORS)[number];
export type SalesChannel = (typeof SALES_CHANNELS)[number];
export type LicenceKind = (typeof LICENCE_KINDS)[number];
export type HalalRoute = 'self_declare' | 'regular';
export type Gender = 'L' | 'P';

export type Me = z.infer<typeof meResponse>;
export type BusinessSummary = ServerBusinessSummary;
export type SearchResult = ServerSearchResult;
export type BusinessDetail = ServerBusinessDetail;
export type OwnerView = BusinessDetail['owner'];
export type Metric = BusinessDetail['metrics'][number];
export type Membership = Me['memberships'][number];

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

export type RecapReport = ServerRecapReport;
export type RecapRow = ServerRecapRow;
export type RecapCounts = ServerRecapReport['total'];

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
  /** Duplicate pairs scoring at least this (0.80–1.00) are merged without review; null = never. */
  autoMergeThreshold: number | null;
}

/* ---- Spreadsheet imports (/tenants/:kw/imports) ---- */

/** A registry field an import column can be mapped to. */
export type ImportField = (typeof IMPORT_FIELD_NAMES)[number];
export type TurnoverPeriod = (typeof TURNOVER_PERIODS)[number];
export type ImportView = ServerImportView;
export type ImportStatus = ImportView['status'];
export type ImportColumn = ImportView['columns'][number];
export type ImportSummary = NonNullable<ImportView['summary']>;
export type ImportList = z.infer<typeof importList>;
export type MappingInput = ServerMappingInput;
export type RowProblem = ServerRowProblemView;
export type DryRunResult = z.infer<typeof dryRunResult>;
export type CommitResult = z.infer<typeof commitResult>;

/* ---- Duplicate queue and merges (/tenants/:kw/duplicates, /merges) ---- */

export type PairStatus = ServerPairStatus;
export type PairView = ServerPairView;
export type PairList = z.infer<typeof pairList>;
/** One side of a candidate pair, as laid out for comparison. */
export type BusinessCard = z.infer<typeof businessCard>;
export type BusinessSource = BusinessCard['sources'][number];
export type ScanResult = z.infer<typeof scanResult>;
export type MergeView = ServerMergeView;
export type MergeList = z.infer<typeof mergeList>;

/* ---- Programmes, batches, participants, attendance (/tenants/:kw/programmes, batches, sessions, …) ---- */

export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
export type Topic = (typeof TOPICS)[number];
export type Factor = (typeof FACTORS)[number];
export type Element = (typeof ELEMENTS)[number];
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export type ParticipantSource = (typeof SOURCES)[number];
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];
export type EligibilityRules = z.infer<typeof eligibilityRules>;
/** The body of POST /programmes (defaults applied by the server are required here). */
export type ProgrammeInput = z.input<typeof programmeInput>;
export type ProgrammeUpdate = z.input<typeof programmeUpdate>;
export type ProgrammeView = ServerProgrammeView;
export type ProgrammeSummary = z.infer<typeof programmeSummary>;
export type ProgrammeList = z.infer<typeof programmeList>;
export type BatchView = ServerBatchView;
export type SessionView = z.infer<typeof sessionView>;
export type BatchInput = z.input<typeof batchInput>;
export type SessionInput = z.infer<typeof sessionInput>;
export type SourceDetail = z.infer<typeof sourceDetail>;
export type NominationInput = z.input<typeof nominationInput>;
export type EligibilityReason = z.infer<typeof eligibilityReason>;
export type ParticipantView = ServerParticipantView;
export type ParticipantList = z.infer<typeof participantList>;
export type DecisionInput = z.infer<typeof decisionInput>;
export type DecisionAction = DecisionInput['action'];
export type CheckinResult = z.infer<typeof checkinResult>;
export type AttendanceList = z.infer<typeof attendanceList>;
export type AttendanceItem = AttendanceList['items'][number];
export type CompletionResult = z.infer<typeof completionResult>;
export type ProgrammeReport = z.infer<typeof programmeReport>;
export type CountRow = ProgrammeReport['bySource'][number];
export type NeedsRow = ProgrammeReport['needsVsOffered'][number];

/* ---- Owner claims (/tenants/:kw/owner-claims) ---- */

export type ClaimView = z.infer<typeof claimView>;
export type ClaimList = z.infer<typeof claimList>;
export type ClaimStatus = ClaimView['status'];
export type ClaimDecision = z.infer<typeof claimDecision>;
