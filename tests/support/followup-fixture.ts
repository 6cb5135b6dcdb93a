import { sql } from 'drizzle-orm';
import { regencyDate } from '../../src/server/kernel/time-zone';
import { businessPayload, KW, makeNik, type TestApp } from './test-app';

/** A completed participant with the follow-up tasks the completion created. */
export interface CohortMember {
  participantId: string;
  businessId: string;
  name: string;
}

export interface Cohort {
  programmeId: string;
  batchId: string;
  members: CohortMember[];
}

const NAMES = ['Keripik Tempe Bu Euis', 'Batik Tulis Ciwidey', 'Kopi Arabika Pangalengan', 'Dodol Nanas Subang', 'Rajutan Binong', 'Sambal Roa Teh Imas'];

/**
 * Builds a finished programme through the API as the officer `petugas` (cookie given): `size` businesses
 * in kecamatan `kecamatanIndex`, nominated, accepted (baseline taken), ticked present and completed, so
 * the completion creates their follow-up tasks. With `completedDaysAgo`, the completion and the tasks'
 * due dates are moved into the past (time a test cannot wait for), in SQL, both in step.
 */
export async function completedCohort(
  t: TestApp, officerCookie: string, opts: { size: number; kecamatanIndex?: number; completedDaysAgo?: number; serialBase?: number; title?: string },
): Promise<Cohort> {
  const api = `/api/tenants/${KW}`;
  const post = async (url: string, payload: object) => {
    const res = await t.app.inject({ method: 'POST', url: `${api}${url}`, headers: { cookie: officerCookie }, payload });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const k = t.kecamatan[opts.kecamatanIndex ?? 0]!;
  const year = new Date().getFullYear();
  const programme = await post('/programmes', {
    title: opts.title ?? 'Pelatihan Pembukuan Sederhana', kind: 'training', topic: 'bookkeeping', year, factor: 'human_resources', element: 'empowering',
    targets: { [k.code]: opts.size }, status: 'open', followupOffsetsMonths: [1, 3, 6, 12],
  });
  const day = regencyDate(KW, new Date()); // the regency's today: at 20:00 UTC it is already tomorrow in WIB
  const withBatch = await post(`/programmes/${programme.id}/batches`, {
    name: 'Angkatan 1', venue: 'Aula PLUT Soreang', capacity: opts.size, startsOn: day, endsOn: day,
    sessions: [{ title: 'Materi 1', startsAt: `${day}T09:00:00+07:00`, endsAt: `${day}T12:00:00+07:00` }],
  });
  const batch = withBatch.batches[0];
  const members: CohortMember[] = [];
  for (let i = 0; i < opts.size; i++) {
    const serial = String((opts.serialBase ?? 3000) + i).padStart(4, '0');
    const name = `${NAMES[i % NAMES.length]} ${serial}`;
    const business = await post('/businesses', businessPayload(k, {
      name, owner: { fullName: `Pemilik ${serial}`, nik: makeNik(k.code, '1984-05-10', i % 2 ? 'L' : 'P', serial), gender: i % 2 ? 'L' : 'P', phone: `0813-4400-${serial}` },
    }));
    const participant = await post(`/batches/${batch.id}/participants`, { businessId: business.id, source: 'assistant', sourceDetail: {} });
    await post(`/participants/${participant.id}/decision`, { action: 'accept', version: participant.version });
    await post(`/sessions/${batch.sessions[0].id}/checkins`, { participantId: participant.id });
    members.push({ participantId: participant.id, businessId: business.id, name });
  }
  await post(`/batches/${batch.id}/complete`, {});
  if (opts.completedDaysAgo) {
    const days = opts.completedDaysAgo;
    const db = t.database.db;
    await db.execute(sql`update programme_batches set completed_at = completed_at - make_interval(days => ${days}) where kode_wilayah = ${KW} and id = ${batch.id}`);
    await db.execute(sql`update followup_tasks set due_on = due_on - ${days}::int where kode_wilayah = ${KW} and programme_id = ${programme.id}`);
    // The enrolment baseline predates the (moved) completion, as it would have.
    await db.execute(sql`update business_metrics set recorded_on = recorded_on - ${days + 7}::int
      where kode_wilayah = ${KW} and source in ('baseline', 'create') and business_id in (select business_id from participants where kode_wilayah = ${KW} and programme_id = ${programme.id})`);
  }
  return { programmeId: programme.id, batchId: batch.id, members };
}
