import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database, Db } from '../../db/client';
import { uuidv7 } from '../../lib/uuid7';
import type { CopyValue } from '../../db/copy';
import { AppError, fail } from '../../errors';
import { type Actor, auditActor } from '../../kernel/actor';
import type { AuditService } from '../audit/audit.service';
import { writeScope } from '../registry/registry.policy';
import { importAccess, mayActOnImport, maySaveSharedMapping, sampleMasker } from './import.policy';
import { classifyScale } from '../../kernel/scale-rules';
import { buildSearchText } from '../registry/search-text';
import type { RegionDirectory } from '../tenancy/regions';
import type { TenantService } from '../tenancy/tenant.service';
import { ambiguousTurnoverColumns, detectHeader, headerSignature, missingRequiredFields, proposeMapping } from './column-map';
import { checkImportRows, columnOf, readHead, type CheckedRow } from './import-check';
import type { ImportRepository, ImportRow } from './import.repository';
import type { ImportView, MappingInput, RowProblemView } from './import.schemas';
import type { ImportSummary } from './import.table';
import { inspectSheet, SheetError, type SheetLimits } from './sheet-reader';

export interface ImportDeps {
  database: Database;
  repo: ImportRepository;
  audit: AuditService;
  tenants: TenantService;
  regions: RegionDirectory;
  uploadDir: string;
  limits: SheetLimits;
  /** Called after a commit stored rows (the duplicate scan); runs in the background. */
  onCommitted?: (kw: string, importId: string) => void;
  now?: () => Date;
}

const PROBLEM_PREVIEW = 200;

/** A file the import cannot read, as the one error type (422, or 413 when too large). */
function sheetFailure(err: SheetError): AppError {
  return new AppError(err.reason === 'too_large' ? 'payload_too_large' : 'validation', `errors.import.${err.reason}`);
}

/** Spreadsheet import: upload → mapping → dry run → commit, with provenance and idempotency. */
export function createImportService(deps: ImportDeps) {
  const { database, repo, audit, tenants, regions, limits } = deps;
  const now = deps.now ?? (() => new Date());
  const fileOf = (kw: string, id: string) => join(deps.uploadDir, kw, `${id}.upload`);

  /** The import, if the actor may reach it; another user's import is "not found" to an assistant (its existence is not told). */
  async function load(actor: Actor, kw: string, id: string): Promise<ImportRow> {
    const access = importAccess(actor, kw);
    const row = await repo.find(kw, id);
    if (!row || !mayActOnImport(access, row)) throw fail.notFound('errors.import.not_found');
    return row;
  }

  /** The reply for one import; `withSamples: false` (the history list) does not re-open every uploaded file. */
  async function toView(actor: Actor, row: ImportRow, mappingFromSavedSource = false, withSamples = true): Promise<ImportView> {
    const mask = sampleMasker(actor, row.kodeWilayah);
    let samples: string[][] = [];
    if (withSamples && row.status !== 'committed') {
      try {
        samples = (await readHead(fileOf(row.kodeWilayah, row.id), row.format, limits, row.dataStartIndex + 3)).slice(row.dataStartIndex).map((r) => r.cells);
      } catch {
        samples = [];
      }
    }
    const same = await repo.committedWithSameFile(row.kodeWilayah, row.sha256, row.id);
    return {
      id: row.id,
      fileName: row.fileName,
      label: row.label,
      format: row.format,
      bytes: row.bytes,
      uploadedByName: row.uploadedByName,
      createdAt: row.createdAt.toISOString(),
      status: row.status,
      headerRow: row.headerRowNumber,
      columns: row.labels.map((label, index) => ({
        index,
        label,
        field: (row.mapping[index] ?? null) as ImportView['columns'][number]['field'],
        samples: samples.map((cells) => cells[index] ?? '').filter(Boolean).map((value) => mask(row.mapping[index] ?? null, value)),
      })),
      mappingFromSavedSource,
      turnoverPeriod: row.turnoverPeriod,
      ambiguousTurnover: ambiguousTurnoverColumns(row.labels).length > 0,
      summary: row.summary ?? null,
      committedCount: row.committedCount ?? null,
      committedAt: row.committedAt?.toISOString() ?? null,
      sameFileCommitted: same ? { importId: same.id, committedAt: same.committedAt!.toISOString(), label: same.label } : null,
    };
  }

  function checkContext(actor: Actor, kw: string, withLookups: boolean) {
    return {
      regions,
      kodeWilayah: kw,
      scope: writeScope(actor, kw),
      today: now(),
      lookups: withLookups
        ? { knownFingerprints: (f: string[]) => repo.knownFingerprints(kw, f), takenNibs: (n: string[]) => repo.takenNibs(kw, n) }
        : null,
    };
  }

  /** Reads every row of an import once, giving problems (with their column) and a summary. */
  async function runCheck(actor: Actor, kw: string, row: ImportRow, onRow: (checked: CheckedRow, views: RowProblemView[]) => void) {
    const summary: ImportSummary = { rows: 0, valid: 0, withWarnings: 0, withErrors: 0, alreadyImported: 0, repeatedInFile: 0 };
    try {
      for await (const batch of checkImportRows({ path: fileOf(kw, row.id), limits }, row, checkContext(actor, kw, true))) {
        for (const checked of batch) {
          summary.rows++;
          const views: RowProblemView[] = checked.problems.map((p) => ({
            rowNumber: checked.rowNumber, field: p.field, column: columnOf(row.labels, row.mapping, p.field),
            severity: p.severity, messageKey: p.messageKey, params: p.params ?? {},
          }));
          if (checked.skip === 'already_imported') {
            summary.alreadyImported++;
            views.push({ rowNumber: checked.rowNumber, field: null, column: null, severity: 'info', messageKey: 'import.row.already_imported', params: {} });
          } else if (checked.skip) {
            summary.repeatedInFile++;
            views.push({ rowNumber: checked.rowNumber, field: null, column: null, severity: 'info', messageKey: 'import.row.repeated_in_file', params: { row: checked.skip.repeatOf } });
          } else if (!checked.record) summary.withErrors++;
          else {
            summary.valid++;
            if (checked.problems.length) summary.withWarnings++;
          }
          onRow(checked, views);
        }
      }
    } catch (err) {
      if (err instanceof SheetError) throw sheetFailure(err);
      throw err;
    }
    return summary;
  }

  return {
    /** Provenance moves with a merge (and back with its undo), inside the caller's transaction. */
    moveSources: (tx: Db, kw: string, fromId: string, toId: string, onlyIds?: string[]) => repo.moveSources(tx, kw, fromId, toId, onlyIds),

    /** Where these businesses' records came from. */
    sourcesOf: (kw: string, businessIds: string[]) => repo.sourcesOf(kw, businessIds),

    /**
     * Stores an uploaded file (streamed to disk, checksummed, size-capped), checks it is a readable,
     * safe spreadsheet, finds its header and proposes a mapping (the one saved for this layout, if any).
     */
    async upload(actor: Actor, kw: string, input: { fileName: string; label: string }, body: Readable): Promise<ImportView> {
      importAccess(actor, kw);
      await tenants.requireTenant(kw);
      const id = randomUUID();
      const path = fileOf(kw, id);
      await mkdir(join(deps.uploadDir, kw), { recursive: true });
      const hash = createHash('sha256');
      let bytes = 0;
      try {
        await pipeline(
          body,
          async function* (source: AsyncIterable<Buffer>) {
            for await (const chunk of source) {
              bytes += chunk.length;
              if (bytes > limits.maxBytes) throw new SheetError('too_large');
              hash.update(chunk);
              yield chunk;
            }
          },
          createWriteStream(path),
        );
        const { format } = await inspectSheet(path, limits);
        const head = await readHead(path, format, limits);
        const detected = detectHeader(head.map((r) => r.cells));
        if (!detected) throw new AppError('validation', 'errors.import.no_header');
        // A column title is only a label: a stray NUL in it (which the database cannot keep) is dropped.
        const header = { ...detected, labels: detected.labels.map((l) => l.replaceAll('\u0000', '')) };
        const signature = headerSignature(header.labels);
        const saved = await repo.savedMapping(kw, signature);
        const row = await repo.insert({
          kodeWilayah: kw, id, fileName: input.fileName, label: input.label, format, bytes: (await stat(path)).size,
          sha256: hash.digest('hex'), uploadedBy: actor.userId, uploadedByName: actor.displayName,
          headerRowIndex: header.headerRowIndex, headerRowNumber: head[header.headerRowIndex]!.rowNumber, dataStartIndex: header.dataStartIndex, labels: header.labels,
          mapping: saved && saved.mapping.length === header.labels.length ? saved.mapping : proposeMapping(header.labels, { turnoverPeriod: 'monthly' }),
          headerSignature: signature, turnoverPeriod: saved?.turnoverPeriod ?? 'monthly',
        });
        return toView(actor, row, Boolean(saved));
      } catch (err) {
        await rm(path, { force: true });
        if (err instanceof SheetError) throw sheetFailure(err);
        throw err;
      }
    },

    async list(actor: Actor, kw: string): Promise<{ items: ImportView[]; maxBytes: number }> {
      const access = importAccess(actor, kw);
      const rows = await repo.list(kw, access.kind === 'own' ? { uploadedBy: access.userId } : {});
      return { items: await Promise.all(rows.map((row) => toView(actor, row, false, false))), maxBytes: limits.maxBytes };
    },

    async get(actor: Actor, kw: string, id: string): Promise<ImportView> {
      return toView(actor, await load(actor, kw, id));
    },

    /**
     * Sets the column mapping and label; office roles' mapping is remembered for the regency's next file
     * with these headers (an assistant's applies to their own import only).
     */
    async setMapping(actor: Actor, kw: string, id: string, input: MappingInput): Promise<ImportView> {
      const row = await load(actor, kw, id);
      if (row.status === 'committed') throw fail.conflict('errors.import.wrong_status');
      if (input.mapping.length !== row.labels.length) throw fail.validation([{ field: 'mapping', messageKey: 'validation.invalid_value' }]);
      const used = input.mapping.filter(Boolean);
      if (new Set(used).size !== used.length) throw fail.validation([{ field: 'mapping', messageKey: 'errors.import.field_twice' }]);
      const missing = missingRequiredFields(input.mapping);
      if (missing.length) {
        throw fail.validation(missing.map((field) => ({ field: 'mapping', messageKey: 'errors.import.field_missing', params: { field } })));
      }
      // An "Omzet" column without a period follows the period the user picked for it.
      const mapping = [...input.mapping];
      for (const i of ambiguousTurnoverColumns(row.labels)) {
        if (mapping[i] === 'turnoverMonthly' || mapping[i] === 'turnoverYearly') {
          mapping[i] = input.turnoverPeriod === 'monthly' ? 'turnoverMonthly' : 'turnoverYearly';
        }
      }
      if (maySaveSharedMapping(importAccess(actor, kw))) await repo.saveMapping(kw, row.headerSignature, mapping, input.turnoverPeriod, input.label);
      const updated = await repo.update(kw, id, { mapping, turnoverPeriod: input.turnoverPeriod, label: input.label, status: 'uploaded', summary: null });
      return toView(actor, updated!);
    },

    /** Checks every row and reports; stores nothing but the summary on the import. */
    async dryRun(actor: Actor, kw: string, id: string) {
      const row = await load(actor, kw, id);
      if (row.status === 'committed') throw fail.conflict('errors.import.wrong_status');
      // Errors first (they decide what is not stored), then warnings and notes, each in row order.
      const errors: RowProblemView[] = [];
      const others: RowProblemView[] = [];
      let truncated = false;
      const summary = await runCheck(actor, kw, row, (_checked, views) => {
        for (const v of views) {
          const bucket = v.severity === 'error' ? errors : others;
          if (bucket.length < PROBLEM_PREVIEW) bucket.push(v);
          else truncated = true;
        }
      });
      if (errors.length + others.length > PROBLEM_PREVIEW) truncated = true;
      const problems = [...errors, ...others].slice(0, PROBLEM_PREVIEW);
      const updated = await repo.update(kw, id, { status: 'checked', summary, checkedAt: now() });
      return { import: await toView(actor, updated!), problems, problemsTruncated: truncated };
    },

    /**
     * Every problem of every row, for the downloadable report: checks access first (so an error is still
     * a normal reply), then streams problems to `sink` batch by batch as the file is re-read.
     */
    async prepareReport(actor: Actor, kw: string, id: string) {
      const row = await load(actor, kw, id);
      if (row.status === 'committed') throw fail.conflict('errors.import.wrong_status');
      return {
        fileName: row.fileName,
        run: (sink: (views: RowProblemView[]) => void) => runCheck(actor, kw, row, (_checked, views) => views.length && sink(views)),
      };
    },

    /**
     * Stores the valid rows in one transaction. Idempotent: a second commit of the same import (a double
     * click, a retry after a lost reply) returns the first result; rows stored by any earlier import are
     * skipped by fingerprint, so re-uploading a file creates nothing new.
     */
    async commit(actor: Actor, kw: string, id: string) {
      const row = await load(actor, kw, id);
      const tenant = await tenants.requireTenant(kw);
      if (row.status === 'committed') {
        return { import: await toView(actor, row), created: 0, skippedAlreadyImported: 0, skippedWithErrors: 0, alreadyCommitted: true };
      }
      let withErrors = 0;
      const today = now().toISOString().slice(0, 10);
      const ctx = checkContext(actor, kw, false);
      async function* stageRows(): AsyncGenerator<CopyValue[]> {
        for await (const batch of checkImportRows({ path: fileOf(kw, id), limits }, row, ctx)) {
          for (const { record: r, fingerprint, rowNumber } of batch) {
            if (!r || !fingerprint) {
              withErrors++;
              continue;
            }
            const scale = classifyScale(tenant.scaleRuleId, { capital: r.capital, annualSales: r.annualSales });
            yield [
              rowNumber, fingerprint, uuidv7(), uuidv7(), r.businessName, r.ownerName, buildSearchText(r.businessName, r.ownerName),
              r.nik, r.gender, r.birthDate, r.phone, r.address, r.kecamatanCode, r.desaCode, r.sector, r.kbli, r.annualSales,
              r.capital, r.workersMale, r.workersFemale, r.nib, r.startYear, scale,
            ];
          }
        }
      }
      let alreadyCommitted = false;
      let counts;
      try {
        counts = await repo.commitStaged((fn) => database.bulkLoad(fn), {
          kw, importId: id, rows: stageRows(), scaleRuleId: tenant.scaleRuleId, label: row.label, fileName: row.fileName,
          addedByName: actor.displayName, recordedOn: today,
          lockAndCheck: async (exec) => {
            alreadyCommitted = (await repo.lockStatus(exec, kw, id)) === 'committed';
            return !alreadyCommitted;
          },
          finish: async (exec, c) => {
            const summary: ImportSummary = {
              ...(row.summary ?? { rows: 0, valid: 0, withWarnings: 0, withErrors: 0 }),
              alreadyImported: c.alreadyImported, repeatedInFile: c.repeatedInFile,
            };
            await repo.markCommitted(exec, kw, id, summary, c.created);
            await audit.recordWith(exec, {
              kodeWilayah: kw, actor: auditActor(actor), action: 'import', entity: 'import', entityId: id,
              after: { fileName: row.fileName, label: row.label, sha256: row.sha256, ...c, skippedWithErrors: withErrors },
            });
          },
        });
      } catch (err) {
        if (err instanceof SheetError) throw sheetFailure(err);
        throw err;
      }
      const after = (await repo.find(kw, id))!;
      if (alreadyCommitted || !counts) {
        return { import: await toView(actor, after), created: 0, skippedAlreadyImported: 0, skippedWithErrors: 0, alreadyCommitted: true };
      }
      await rm(fileOf(kw, id), { force: true });
      if (counts.created >= 10_000) await repo.refreshStatistics();
      if (counts.created > 0) deps.onCommitted?.(kw, id);
      return {
        import: await toView(actor, after),
        created: counts.created,
        skippedAlreadyImported: counts.alreadyImported + counts.repeatedInFile,
        skippedWithErrors: withErrors,
        alreadyCommitted: false,
      };
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
