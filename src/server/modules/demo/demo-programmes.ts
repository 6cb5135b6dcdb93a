import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client';
import { inTransaction } from '../../db/query';
import type { Actor } from '../../kernel/actor';
import type { PortalRepository } from '../portal/portal.repository';
import type { AttendanceService } from '../programmes/attendance.service';
import type { ParticipantService } from '../programmes/participant.service';
import type { ProgrammeService } from '../programmes/programme.service';
import { TOPICS } from '../programmes/programme.table';
import type { RegionDirectory } from '../tenancy/regions';
import { seedDemoFollowup, type DemoFollowupDeps } from './demo-followup';
import { backdateCompletion, sampleBusinesses } from './demo.repository';
import { regencyDayFromToday } from '../../kernel/time-zone';

export interface DemoProgrammeDeps {
  database: Database;
  programmes: ProgrammeService;
  participants: ParticipantService;
  attendance: AttendanceService;
  portalRepo: PortalRepository;
  regions: RegionDirectory;
}

const session = (date: string, title: string, from: string, to: string) => ({ title, startsAt: `${date}T${from}:00+07:00`, endsAt: `${date}T${to}:00+07:00` });
const COUNCIL = ['H. Asep Suryana, S.IP', 'Hj. Neneng Rosita', 'Drs. Dadang Hermawan'];

/**
 * The demo regency's programmes, seeded through the services like an officer would: one finished
 * bookkeeping training with certificates, one open digital-marketing training being screened, one open
 * halal mentoring, and owners' stated needs, so every programme screen and report has something to show.
 */
export async function seedDemoProgrammes(deps: DemoProgrammeDeps, kw: string, admin: Actor): Promise<number> {
  const { database, programmes, participants, attendance, portalRepo, regions } = deps;
  const day = (offset: number) => regencyDayFromToday(kw, offset);
  const year = Number(day(0).slice(0, 4));
  const kecamatan = regions.kecamatanOf(kw);
  const targets = Object.fromEntries(kecamatan.slice(0, 8).map((k) => [k.code, 5]));
  const picks = await sampleBusinesses(database.db, kw, 1500);
  const common = { year, budgetCode: '2.17.03.1.01.0003', targets, description: null, partners: 'Universitas Padjadjaran; Bank BJB', completionMinPercent: 75, followupOffsetsMonths: [1, 3, 6, 12] };

  const bookkeeping = await programmes.create(admin, kw, {
    ...common, title: 'Pelatihan Pembukuan Sederhana', kind: 'training', topic: 'bookkeeping', budgetAmount: 38_500_000, factor: 'human_resources',
    element: 'empowering', status: 'open', rules: { scales: ['micro'] },
  });
  const done = await programmes.addBatch(admin, kw, bookkeeping.id, {
    name: 'Angkatan 1', venue: 'Aula PLUT-KUMKM Soreang', capacity: 10, trainers: 'Dra. Ai Rohaeni, M.Ak', startsOn: day(-40), endsOn: day(-39),
    sessions: [session(day(-40), 'Mencatat kas harian', '09:00', '12:00'), session(day(-39), 'Laba rugi sederhana', '09:00', '12:00')],
  });
  const doneBatch = done.batches[0]!;
  const seated = picks.slice(0, 8);
  for (const [i, b] of seated.entries()) {
    const source = (['epokir', 'musrenbang', 'agency', 'self'] as const)[i % 4]!;
    const detail = source === 'epokir' ? { councilMember: COUNCIL[i % 3] } : source === 'musrenbang' ? { year, desaCode: b.desa_code } : source === 'agency' ? { agency: 'Dinas Perindustrian dan Perdagangan' } : {};
    const p = await participants.nominate(admin, kw, doneBatch.id, { businessId: b.id, source, sourceDetail: detail });
    const accepted = await participants.decide(admin, kw, p.id, { action: 'accept', version: p.version, overrideReason: p.eligible ? null : 'Usulan peserta prioritas' });
    for (const [j, s] of doneBatch.sessions.entries()) if (i % 5 !== 4 || j === 0) await attendance.checkIn(admin, kw, s.id, { participantId: accepted.id });
  }
  await attendance.complete(admin, kw, doneBatch.id);
  // It ended 39 days ago: its first follow-up visits are overdue now.
  await backdateCompletion(database.db, kw, doneBatch.id, 39);

  const digital = await programmes.create(admin, kw, {
    ...common, title: 'Pelatihan Pemasaran Digital', kind: 'training', topic: 'digital_marketing', budgetAmount: 62_000_000, factor: 'market',
    element: 'empowering', status: 'open', rules: { requiredLicences: ['NIB'], notAttendedWithinYears: 2, firstTimeFirst: true, kecamatanQuota: true },
  });
  const open = await programmes.addBatch(admin, kw, digital.id, {
    name: 'Angkatan 1', venue: 'Gedung Dekranasda Kab. Bandung', capacity: 25, trainers: 'Rumah BUMN Bandung', startsOn: day(14), endsOn: day(16),
    sessions: [session(day(14), 'Foto produk dengan ponsel', '08:30', '12:00'), session(day(15), 'Berjualan di marketplace', '08:30', '12:00'), session(day(16), 'WhatsApp Business', '08:30', '12:00')],
  });
  for (const [i, b] of picks.slice(8, 20).entries()) {
    const source = (['musrenbang', 'epokir', 'topdown', 'assistant'] as const)[i % 4]!;
    const detail = source === 'epokir' ? { councilMember: COUNCIL[i % 3] } : source === 'musrenbang' ? { year, desaCode: b.desa_code } : source === 'topdown' ? { occasion: 'Kunjungan kerja Bupati ke sentra kerajinan' } : {};
    const p = await participants.nominate(admin, kw, open.batches[0]!.id, { businessId: b.id, source, sourceDetail: detail });
    if (i < 4) await participants.decide(admin, kw, p.id, { action: 'accept', version: p.version, overrideReason: p.eligible ? null : 'Prioritas hasil musrenbang desa' });
  }

  const halal = await programmes.create(admin, kw, {
    ...common, title: 'Pendampingan Sertifikasi Halal (Self Declare)', kind: 'mentoring', topic: 'halal', budgetAmount: 25_000_000, factor: 'market',
    element: 'protecting', status: 'open', rules: { sectors: ['kuliner'], requiredLicences: ['NIB'] },
  });
  await programmes.addBatch(admin, kw, halal.id, {
    name: 'Angkatan 1', venue: 'Kantor Kecamatan Soreang', capacity: 30, trainers: 'Pendamping PPH Kemenag', startsOn: day(21), endsOn: day(21),
    sessions: [session(day(21), 'Pendampingan dokumen SJPH', '09:00', '15:00')],
  });

  // What owners said they need, for the "needs vs places offered" report.
  const statements = picks.map((b, i) => ({
    kodeWilayah: kw, id: randomUUID(), businessId: b.id, note: null, statedByName: 'Data demo',
    needs: [TOPICS[i % 7]!, TOPICS[(i * 3 + 1) % 10]!].filter((v, k, all) => all.indexOf(v) === k),
  }));
  await inTransaction(database.db, (tx) => portalRepo.insertNeeds(tx, statements));
  return 3;
}

/** The seeder `createDemoService` takes, wired from the app's services (main.ts and the demo test share it). */
export function demoProgrammeSeeder(
  database: Database,
  services: Pick<DemoFollowupDeps, 'programmes' | 'participants' | 'attendance' | 'followup' | 'checkins'>,
  portalRepo: PortalRepository,
  regions: RegionDirectory,
  kw: string,
) {
  return async (admin: Actor) => {
    const count = await seedDemoProgrammes({ database, ...services, portalRepo, regions }, kw, admin);
    await seedDemoFollowup({ database, ...services, regions }, kw, admin);
    return count + 1;
  };
}
