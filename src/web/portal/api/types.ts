/**
 * Shapes of the portal API, taken from the server's Zod schemas with type-only imports (erased at build,
 * so nothing of the server lands in the phone bundle) — client and server cannot drift apart.
 */
import type { z } from 'zod';
import type { meResponse } from '../../../server/modules/auth/auth.schemas';
import type { checkinAnswer, selfReportInput, selfReportView } from '../../../server/modules/followup/followup.schemas';
import type { certificateVerification } from '../../../server/modules/programmes/programme.schemas';
import type {
  linkResult,
  myApplication,
  myApplications,
  newBusinessBody,
  openProgramme,
  openProgrammeList,
  portalBusiness,
  portalMe,
  regencyList,
  signupStarted,
} from '../../../server/modules/portal/portal.schemas';

export type Me = z.infer<typeof meResponse>;
export type PortalMe = z.infer<typeof portalMe>;
export type PortalBusiness = z.infer<typeof portalBusiness>;
export type LinkResult = z.infer<typeof linkResult>;
export type NewBusiness = z.input<typeof newBusinessBody>;
export type RegencyList = z.infer<typeof regencyList>;
export type SignupStarted = z.infer<typeof signupStarted>;
export type OpenProgramme = z.infer<typeof openProgramme>;
export type OpenProgrammeList = z.infer<typeof openProgrammeList>;
export type MyApplication = z.infer<typeof myApplication>;
export type MyApplications = z.infer<typeof myApplications>;
export type CertificateVerification = z.infer<typeof certificateVerification>;
export type SelfReportView = z.infer<typeof selfReportView>;
export type SelfReportInput = z.input<typeof selfReportInput>;
export type CheckinAnswer = z.infer<typeof checkinAnswer>;

/** GET /api/tenants/:kw/regions. */
export interface Regions {
  regency: { code: string; name: string };
  kecamatan: { code: string; name: string; desa: { code: string; name: string }[] }[];
}
