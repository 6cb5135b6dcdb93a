import { z } from 'zod';
import { SECTORS } from '../registry/registry.table';
import { PARTICIPANT_STATUSES, SOURCES, TOPICS } from '../programmes/programme.table';
import { desaCodeSchema, kecamatanCodeSchema, kodeWilayahSchema as kw } from '../../kernel/region-code';

/**
 * Request and response shapes of the owner portal: sign-up with a one-time code, linking to the
 * registry, needs, open programmes, applications and certificates. Public sign-up routes sit under
 * /api/portal; everything an owner does after signing in sits under /api/tenants/:kw/portal.
 */
const nikText = z.string().trim().regex(/^\d{16}$/, 'validation.nik16');

export const signupBody = z.object({
  kodeWilayah: kw,
  phone: z.string().trim().min(8).max(20),
  fullName: z.string().trim().min(2).max(120),
  /** At least MIN_PASSWORD_LENGTH (10); checked by the service so the message names the minimum. */
  password: z.string().max(200),
});
export const signupStarted = z.object({ signupId: z.uuid(), maskedPhone: z.string(), expiresInMinutes: z.number().int() });
export const verifyBody = z.object({ kodeWilayah: kw, signupId: z.uuid(), code: z.string().trim().regex(/^\d{6}$/, 'validation.otp6') });
export const regencyList = z.object({ items: z.array(z.object({ kodeWilayah: z.string(), name: z.string(), isDemo: z.boolean() })) });

export const portalBusiness = z.object({
  id: z.uuid(),
  name: z.string(),
  sector: z.string(),
  kecamatanName: z.string(),
  desaName: z.string(),
  scale: z.string(),
  hasNib: z.boolean(),
  needs: z.array(z.enum(TOPICS)),
  needsNote: z.string().nullable(),
  needsStatedAt: z.string().nullable(),
});
export const portalClaim = z.object({
  id: z.uuid(),
  kind: z.enum(['link', 'new']),
  status: z.enum(['pending', 'approved', 'rejected']),
  businessName: z.string().nullable(),
  rejectReason: z.string().nullable(),
  createdAt: z.string(),
});
export const portalMe = z.object({
  displayName: z.string(),
  phone: z.string(),
  tenantName: z.string(),
  isDemo: z.boolean(),
  linked: z.boolean(),
  businesses: z.array(portalBusiness),
  claims: z.array(portalClaim),
});
export type PortalMe = z.infer<typeof portalMe>;

/** Link to a registry owner by NIK: immediate when the registry's phone matches the verified phone. */
export const linkBody = z.object({ nik: nikText });
/**
 * `linked`: the registry has this NIK with the account's confirmed phone. `pending`: anything else (another
 * phone, or a NIK the registry does not have): the same reply either way, an officer checks.
 */
export const linkResult = z.object({ outcome: z.enum(['linked', 'pending']), me: portalMe });

/** A business not in the registry yet: created after an officer verifies it. */
export const newBusinessBody = z.object({
  businessName: z.string().trim().min(2).max(160),
  sector: z.enum(SECTORS),
  kecamatanCode: kecamatanCodeSchema,
  desaCode: desaCodeSchema,
  address: z.string().trim().max(300).nullish(),
  startYear: z.number().int().min(1900).max(2100).nullish(),
  nik: nikText.nullish(),
  gender: z.enum(['L', 'P']).nullish(),
  annualSales: z.number().int().min(0).max(1_000_000_000_000).nullish(),
});

export const needsBody = z.object({
  businessId: z.uuid(),
  needs: z.array(z.enum(TOPICS)).min(1).max(TOPICS.length),
  note: z.string().trim().max(500).nullish(),
});

export const openProgramme = z.object({
  programmeId: z.uuid(),
  title: z.string(),
  kind: z.string(),
  topic: z.enum(TOPICS),
  description: z.string().nullable(),
  batchId: z.uuid(),
  batchName: z.string(),
  venue: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  seatsLeft: z.number().int(),
  /** Whether one of the owner's businesses already applied to this programme. */
  applied: z.boolean(),
  /** Matches a need the owner stated. */
  matchesNeed: z.boolean(),
});
export const openProgrammeList = z.object({ items: z.array(openProgramme) });

export const applyBody = z.object({ batchId: z.uuid(), businessId: z.uuid() });
export const myApplication = z.object({
  id: z.uuid(),
  programmeTitle: z.string(),
  batchName: z.string(),
  businessName: z.string(),
  venue: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(PARTICIPANT_STATUSES),
  source: z.enum(SOURCES),
  attendancePercent: z.number().int().nullable(),
  /** Present while accepted: the text of the check-in QR the owner shows. */
  checkinToken: z.string().nullable(),
  certificateId: z.uuid().nullable(),
  sessions: z.array(z.object({ id: z.uuid(), title: z.string(), startsAt: z.string(), attended: z.boolean() })),
});
export const myApplications = z.object({ items: z.array(myApplication) });

export const claimView = z.object({
  id: z.uuid(),
  kind: z.enum(['link', 'new']),
  status: z.enum(['pending', 'approved', 'rejected']),
  userName: z.string(),
  phone: z.string(),
  createdAt: z.string(),
  /** For `link`: the NIK the owner typed, and the registry owner with that NIK (null when there is none), with their businesses. */
  nik: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerPhone: z.string().nullable(),
  businessNames: z.array(z.string()),
  /** For `new`: what the owner typed. */
  payload: newBusinessBody.nullable(),
  kecamatanName: z.string().nullable(),
  desaName: z.string().nullable(),
});
export const claimList = z.object({ items: z.array(claimView) });
export const claimDecision = z.object({ action: z.enum(['approve', 'reject']), reason: z.string().trim().max(300).nullish() });
