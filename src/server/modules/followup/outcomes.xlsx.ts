import ExcelJS from 'exceljs';
import { neutraliseCell } from '../../lib/spreadsheet-safety';
import type { OutcomesReply } from './followup.schemas';

type Lang = 'id' | 'en';
type Cohort = OutcomesReply['cohorts'][number];

const LABELS = {
  id: {
    sheet: 'Hasil', title: 'Hasil pendampingan', asOf: 'Per tanggal', group: 'Kelompok', comparison: 'Pembanding (belum pernah ikut program)',
    participants: 'Peserta', survival: 'Masih berjalan {{m}} bln', sample: 'diketahui', salesPct: 'Median perubahan omzet (%)',
    salesRp: 'Median perubahan omzet (Rp/bln)', salesSample: 'Sampel omzet', jobs: 'Tambahan tenaga kerja', jobsMale: 'Laki-laki', jobsFemale: 'Perempuan',
    naik: 'Naik kelas', naikSample: 'Sampel naik kelas', closed: 'Tutup (kunjungan terakhir)', dormant: 'Berhenti sementara', legality: 'Izin baru',
    caveat: 'Kelompok pembanding adalah usaha serupa yang belum pernah ikut program (kecamatan atau sektor, skala dan omzet yang sama). Perbedaan angka tidak membuktikan bahwa program penyebabnya.',
  },
  en: {
    sheet: 'Outcomes', title: 'Programme outcomes', asOf: 'As of', group: 'Group', comparison: 'Comparison (never in a programme)',
    participants: 'Participants', survival: 'Trading at {{m}} mo', sample: 'known', salesPct: 'Median sales change (%)',
    salesRp: 'Median sales change (Rp/month)', salesSample: 'Sales sample', jobs: 'Net jobs', jobsMale: 'Men', jobsFemale: 'Women',
    naik: 'Moved up a class', naikSample: 'Class sample', closed: 'Closed (latest visit)', dormant: 'Dormant', legality: 'Licences gained',
    caveat: 'The comparison group is similar businesses never in a programme (same kecamatan or sector, scale and sales band). A difference does not prove the programme caused it.',
  },
} as const;

/**
 * The outcome dashboard as an .xlsx: one row per cohort and one for the comparison group, the caveat
 * under the table. Plain values only (never formulas); text cells are neutralised against formula injection.
 */
export async function renderOutcomesXlsx(reply: OutcomesReply, lang: Lang): Promise<Buffer> {
  const l = LABELS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Berdaya';
  const sheet = workbook.addWorksheet(l.sheet);
  const points = (reply.cohorts[0] ?? reply.comparison)?.survival.map((p) => p.months) ?? [1, 3, 6, 12];
  sheet.addRow([neutraliseCell(`${l.title}: ${reply.scope.title}`)]).font = { bold: true, size: 13 };
  sheet.addRow([l.asOf, reply.asOf]);
  sheet.addRow([]);
  const header = [
    l.group, l.participants, ...points.flatMap((m) => [l.survival.replace('{{m}}', String(m)), l.sample]),
    l.salesPct, l.salesRp, l.salesSample, l.jobs, l.jobsMale, l.jobsFemale, l.naik, l.naikSample, l.closed, l.dormant, l.legality,
  ];
  sheet.addRow(header).font = { bold: true };
  const row = (name: string, c: Cohort) => [
    neutraliseCell(name), c.participants,
    ...c.survival.flatMap((p) => [p.rate === null ? '' : Math.round(p.rate * 1000) / 10, p.atRisk]),
    c.medianSalesChangePercent ?? '', c.medianSalesChangeRupiah ?? '', c.salesSample, c.netJobs, c.jobsByGender.male, c.jobsByGender.female,
    c.naikKelas, c.naikKelasSample, c.closedLatest, c.dormantLatest,
    Object.entries(c.legalityGained).map(([k, n]) => `${k} ${n}`).join(', '),
  ];
  for (const c of reply.cohorts) sheet.addRow(row(c.label, c));
  if (reply.comparison) sheet.addRow(row(l.comparison, reply.comparison)).font = { italic: true };
  sheet.addRow([]);
  sheet.addRow([l.caveat]).font = { italic: true };
  sheet.columns.forEach((col, i) => (col.width = i === 0 ? 40 : 14));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
