import type { Actor } from '../../kernel/actor';
import type { RegionDirectory } from '../tenancy/regions';
import { assertReadsProgrammes } from './programme.policy';
import type { ReportRepository } from './report.repository';
import type { Topic } from './programme.table';

/**
 * The programme reports of a year: who took part (by source, kecamatan, gender, first-time or repeat),
 * what owners say they need against the places offered, and target against realised per programme.
 * Labels are codes the web app translates, except kecamatan names, which come from the official list.
 */
export function createReportService(repo: ReportRepository, regions: RegionDirectory) {
  const kecamatanName = (code: string) => regions.kecamatan(code)?.name ?? code;
  const counts = (rows: { key: string | null; n: string }[], label: (key: string) => string = (k) => k) =>
    rows.map((r) => ({ key: r.key ?? '-', label: label(r.key ?? '-'), count: Number(r.n) }));

  return {
    async report(actor: Actor, kw: string, year: number) {
      assertReadsProgrammes(actor, kw);
      const [bySource, byKecamatan, byGender, firstTime, needs, programmes] = await Promise.all([
        repo.bySource(kw, year), repo.byKecamatan(kw, year), repo.byGender(kw, year), repo.firstTime(kw, year),
        repo.needsByKecamatan(kw), repo.programmesOfYear(kw, year),
      ]);
      // Places offered per kecamatan and topic: the programmes' per-kecamatan targets.
      const cells = new Map<string, { kecamatanCode: string; topic: Topic; needed: number; offered: number }>();
      const cell = (kecamatanCode: string, topic: string) => {
        const key = `${kecamatanCode}|${topic}`;
        if (!cells.has(key)) cells.set(key, { kecamatanCode, topic: topic as Topic, needed: 0, offered: 0 });
        return cells.get(key)!;
      };
      for (const n of needs) cell(n.kecamatan_code, n.topic).needed += Number(n.n);
      for (const p of programmes) for (const [code, target] of Object.entries(p.targets)) cell(code, p.topic).offered += target;
      const firstCount = (key: string) => Number(firstTime.find((r) => r.key === key)?.n ?? 0);
      return {
        year,
        bySource: counts(bySource),
        byKecamatan: counts(byKecamatan, kecamatanName),
        byGender: counts(byGender),
        firstTime: { first: firstCount('first'), repeat: firstCount('repeat') },
        needsVsOffered: [...cells.values()]
          .map((c) => ({ ...c, kecamatanName: kecamatanName(c.kecamatanCode) }))
          .sort((a, b) => a.kecamatanCode.localeCompare(b.kecamatanCode) || b.needed - b.offered - (a.needed - a.offered)),
        targets: programmes.map((p) => ({
          programmeId: p.id, title: p.title, realised: Number(p.realised), completed: Number(p.completed),
          target: Object.values(p.targets).reduce((a, b) => a + b, 0),
        })),
      };
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
