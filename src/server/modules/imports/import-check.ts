import type { RegistryScope } from '../registry/registry.policy';
import type { RegionDirectory } from '../tenancy/regions';
import type { ColumnMapping, ImportField } from './column-map';
import { isSkippedRow, readImportRow, rowFingerprint, type ImportRecord, type RowProblem, type RowContext } from './import-row';
import type { ImportRow } from './import.repository';
import { createRegionMatcher } from './region-match';
import { readSheetRows, type SheetLimits, type SheetRow } from './sheet-reader';

/** One data row after checking: its record when storable, and everything said about it. */
export interface CheckedRow {
  rowNumber: number;
  record: ImportRecord | null;
  fingerprint: string | null;
  problems: RowProblem[];
  /** Set by the dry run: stored before (skipped), or the same as an earlier row of this file (skipped). */
  skip: 'already_imported' | { repeatOf: number } | null;
}

/** Database look-ups a batch of checked rows needs (fingerprints already stored, NIB numbers taken). */
export interface CheckLookups {
  knownFingerprints(fingerprints: string[]): Promise<Set<string>>;
  takenNibs(numbers: string[]): Promise<Set<string>>;
}

export const CHECK_BATCH = 2000;

/**
 * Streams an uploaded file and checks every data row, batch by batch, so a million-row file never sits
 * in memory: rows are read, checked against the rules and the area the uploader may write, then
 * against the registry (already imported, NIB taken) one batch at a time.
 *
 * Repeats inside the file are found with a set of 64-bit fingerprint prefixes: about 50 bytes per row,
 * 50 MB for a million rows. That is the one thing that grows with the file; a collision between two
 * different rows (odds ~1 in 10^7 at a million rows) would report a row as repeated that is not —
 * the commit decides repeats on the full fingerprint in SQL, so nothing is lost.
 */
export async function* checkImportRows(
  file: { path: string; limits: SheetLimits },
  imp: Pick<ImportRow, 'format' | 'dataStartIndex' | 'mapping' | 'turnoverPeriod'>,
  ctx: { regions: RegionDirectory; kodeWilayah: string; scope: RegistryScope; today: Date; lookups: CheckLookups | null },
): AsyncGenerator<CheckedRow[]> {
  const rowContext: RowContext = {
    regions: ctx.regions,
    matcher: createRegionMatcher(ctx.regions, ctx.kodeWilayah),
    today: ctx.today,
    defaults: { turnoverPeriod: imp.turnoverPeriod },
  };
  const mapping = imp.mapping as ColumnMapping;
  const seen = new Map<string, number>();
  let batch: CheckedRow[] = [];
  let index = 0;

  const finishBatch = async (rows: CheckedRow[]) => {
    if (!ctx.lookups) return rows;
    const fingerprints = rows.flatMap((r) => (r.fingerprint ? [r.fingerprint] : []));
    const nibs = rows.flatMap((r) => (r.record?.nib ? [r.record.nib] : []));
    const [known, taken] = await Promise.all([ctx.lookups.knownFingerprints(fingerprints), ctx.lookups.takenNibs(nibs)]);
    for (const row of rows) {
      if (row.fingerprint && known.has(row.fingerprint)) row.skip = 'already_imported';
      if (row.record?.nib && taken.has(row.record.nib) && !row.skip) {
        row.problems.push({ field: 'nib', severity: 'warning', messageKey: 'import.row.nib_taken', params: { value: row.record.nib } });
        row.record.nib = null;
      }
    }
    return rows;
  };

  for await (const { rowNumber, cells } of readSheetRows(file.path, imp.format, file.limits)) {
    if (index++ < imp.dataStartIndex) continue;
    const read = readImportRow(cells, mapping, rowContext);
    // Blank lines and "JUMLAH"/"TOTAL" lines are not data: neither counted nor reported.
    if (isSkippedRow(read)) continue;
    const { record, problems } = read;
    if (record && !inScopeKecamatan(ctx.scope, record.kecamatanCode)) {
      problems.push({ field: 'kecamatan', severity: 'error', messageKey: 'import.row.out_of_scope', params: { value: record.kecamatanCode } });
    }
    const storable = record && !problems.some((p) => p.severity === 'error') ? record : null;
    const fingerprint = storable ? rowFingerprint(storable) : null;
    let skip: CheckedRow['skip'] = null;
    if (fingerprint) {
      const key = fingerprint.slice(0, 16);
      const first = seen.get(key);
      if (first !== undefined) skip = { repeatOf: first };
      else seen.set(key, rowNumber);
    }
    batch.push({ rowNumber, record: storable, fingerprint, problems, skip });
    if (batch.length >= CHECK_BATCH) {
      yield await finishBatch(batch);
      batch = [];
    }
  }
  if (batch.length) yield await finishBatch(batch);
}

function inScopeKecamatan(scope: RegistryScope, kecamatanCode: string): boolean {
  return scope.kind === 'all' || (scope.kind === 'kecamatan' && scope.codes.includes(kecamatanCode));
}

/** The first rows of a file (title rows, header and a few data rows), for header detection and samples. */
export async function readHead(path: string, format: 'csv' | 'xlsx', limits: SheetLimits, count = 40): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readSheetRows(path, format, limits)) {
    rows.push(row);
    if (rows.length >= count) break;
  }
  return rows;
}

/** The label of the column mapped to a field, for messages ("Kolom 'Kec.'"). */
export function columnOf(labels: string[], mapping: (string | null)[], field: ImportField | null): string | null {
  if (!field) return null;
  const index = mapping.indexOf(field);
  return index >= 0 ? (labels[index] ?? null) : null;
}
