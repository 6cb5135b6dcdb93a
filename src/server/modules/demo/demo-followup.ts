import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client';
import type { Actor } from '../../kernel/actor';
import type { CheckinService } from '../followup/checkin.service';
import type { FollowupService } from '../followup/followup.service';
import { monthsAfter } from '../followup/outcome-stats';
import { regencyDayFromToday } from '../../kernel/time-zone';
import type { AttendanceService } from '../programmes/attendance.service';
import type { ParticipantService } from '../programmes/participant.service';
import type { ProgrammeService } from '../programmes/programme.service';
import type { RegionDirectory } from '../tenancy/regions';
import { backdateCompletion, unseatedBusinessesIn } from './demo.repository';

export interface DemoFollowupDeps {
  database: Database;
  programmes: ProgrammeService;
  participants: ParticipantService;
  attendance: AttendanceService;
  followup: FollowupService;
  checkins: CheckinService;
  regions: RegionDirectory;
}

const DAYS_AGO = 200;
/** Sales multipliers at +1, +3, +6 months per participant pattern; null = closed at that visit, undefined = not visited (overdue). */
const PATTERNS: (number | null | undefined)[][] = [
  [1.1, 1.25, 1.4], [1.0, 1.05, 1.2], [0.9, null, null], [1.2, 1.5, undefined], [1.0, 0.95, 0.9], [1.3, 1.6, 2.0], [1.0, 1.0, undefined], [0.8, 0.7, 0.6],
];

/**
 * A packaging training finished ~6½ months ago in the demo assistant's kecamatan, its participants
 * visited at +1, +3 and +6 months (some growing, some closing, some visits still overdue), so the
 * worklist, the field app, the alerts and the outcome dashboard show real-looking figures on first start.
 */
export async function seedDemoFollowup(deps: DemoFollowupDeps, kw: string, admin: Actor): Promise<void> {
  const { database, programmes, participants, attendance, followup, checkins, regions } = deps;
  const day = (offset: number) => regencyDayFromToday(kw, offset);
  const kecamatan = regions.kecamatanOf(kw)[0]!;
  const picks = await unseatedBusinessesIn(database.db, kw, kecamatan.code, 16);
  if (!picks.length) return;
  const programme = await programmes.create(admin, kw, {
    title: 'Pelatihan Kemasan dan Label Produk', kind: 'training', topic: 'packaging', year: Number(day(-DAYS_AGO).slice(0, 4)),
    budgetCode: '2.17.03.1.01.0002', budgetAmount: 29_750_000, factor: 'market', element: 'empowering', description: null,
    partners: 'Rumah Kemasan Jawa Barat', targets: { [kecamatan.code]: picks.length }, rules: {}, completionMinPercent: 75,
    status: 'open', followupOffsetsMonths: [1, 3, 6, 12],
  });
  const when = day(-DAYS_AGO - 2);
  const withBatch = await programmes.addBatch(admin, kw, programme.id, {
    name: 'Angkatan 1', venue: `Balai Desa ${regions.desaOf(kecamatan.code)[0]?.name ?? ''}`.trim(), capacity: picks.length, trainers: 'Rumah Kemasan Jawa Barat',
    startsOn: when, endsOn: when, sessions: [{ title: 'Desain kemasan dan label halal', startsAt: `${when}T09:00:00+07:00`, endsAt: `${when}T15:00:00+07:00` }],
  });
  const batch = withBatch.batches[0]!;
  for (const b of picks) {
    const p = await participants.nominate(admin, kw, batch.id, { businessId: b.id, source: 'assistant', sourceDetail: {} });
    const accepted = await participants.decide(admin, kw, p.id, { action: 'accept', version: p.version, overrideReason: p.eligible ? null : 'Binaan pendamping' });
    await attendance.checkIn(admin, kw, batch.sessions[0]!.id, { participantId: accepted.id });
  }
  await attendance.complete(admin, kw, batch.id);
  await backdateCompletion(database.db, kw, batch.id, DAYS_AGO);

  const completedOn = day(-DAYS_AGO);
  const tasks = (await followup.worklist(admin, kw, { programmeId: programme.id, state: 'all', limit: 1000 })).items;
  const baseSales = new Map(picks.map((b) => [b.id, b.annual_sales === null ? 4_000_000 : Math.max(1_000_000, Math.round(Number(b.annual_sales) / 12))]));
  for (const [i, b] of picks.entries()) {
    const pattern = PATTERNS[i % PATTERNS.length]!;
    for (const [k, offset] of [1, 3, 6].entries()) {
      const factor = pattern[k];
      if (factor === undefined) break;
      const task = tasks.find((t) => t.businessId === b.id && t.offsetMonths === offset);
      const closed = factor === null;
      // Round to Rp 50.000, as owners state sales.
      const sales = closed ? 0 : Math.round((baseSales.get(b.id)! * factor) / 50_000) * 50_000;
      await checkins.recordOne(admin, kw, {
        id: randomUUID(), businessId: b.id, taskId: task?.id ?? null, visitedOn: monthsAfter(completedOn, offset), status: closed ? 'closed' : 'active',
        statusReason: closed ? 'Modal habis, pemilik bekerja di pabrik' : null, monthlySales: sales, workersMale: 1, workersFemale: closed ? 0 : 1 + (i % 3),
        newProducts: !closed && k === 1 ? 'Kemasan standing pouch dengan label baru' : null, salesChannels: closed ? [] : ['offline', 'whatsapp', ...(factor > 1.2 ? ['marketplace' as const] : [])],
        licencesObtained: !closed && k === 1 && i % 3 === 0 ? ['PIRT'] : [], problems: null, needs: k === 2 ? ['digital_marketing'] : [], confirmed: true,
      }, 'app');
      if (closed) break;
    }
  }
}
