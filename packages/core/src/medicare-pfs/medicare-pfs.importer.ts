import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ValidationError } from '@openrcm/sdk';
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { parseGpciFile, type GpciRow } from './gpci-file.parser';
import { MedicarePfsRelease, type MedicarePfsFileKind } from './medicare-pfs-release.entity';
import { parseRvuFile, type RvuRow } from './rvu-file.parser';

/** Which year (and, for quarterly RVU releases, which date in it) an imported file applies from. */
export interface MedicarePfsImportOptions {
  readonly year: number;
  /** ISO date within `year` (default: 1 January of `year`); RVU releases B, C, D take effect in April, July, October. */
  readonly effectiveFrom?: string;
  /** Who imported (user id, `cli:<user>`). */
  readonly importedBy: string;
  /** The file name recorded with the release (default: `upload.csv` for text, the base name for files). */
  readonly sourceFile?: string;
}

/** What an import did: the release it wrote and how many rows it replaced (a re-import of the same release). */
export interface MedicarePfsImportSummary {
  readonly kind: MedicarePfsFileKind;
  readonly year: number;
  readonly effectiveFrom: string;
  readonly rows: number;
  readonly replaced: number;
}

const BATCH = 500;
const RVU_COLUMNS = ['id', 'release_id', 'hcpcs', 'modifier', 'description', 'status_code', 'not_used_for_medicare_payment', 'work_rvu', 'non_facility_pe_rvu', 'non_facility_na', 'facility_pe_rvu', 'facility_na', 'mp_rvu', 'pctc_indicator', 'conversion_factor'];
const GPCI_COLUMNS = ['id', 'release_id', 'mac', 'locality', 'state', 'locality_name', 'work_gpci', 'pe_gpci', 'mp_gpci'];

/**
 * Imports the CMS files the Medicare PFS pricer reads: the PFS Relative Value File (PPRRVU, CSV) and the GPCI file
 * (Addendum E, CSV). The data is public and installation-wide (no organization). Each file is one transaction; a
 * malformed row refuses the whole file naming its line and column. Importing the same year and effective date again
 * replaces that release's rows.
 */
@Injectable()
export class MedicarePfsImporter {
  constructor(private readonly orm: MikroORM) {}

  /** Imports a PPRRVU CSV file from disk. */
  async importRvuFile(file: string, options: MedicarePfsImportOptions): Promise<MedicarePfsImportSummary> {
    return this.importRvuText(await readFile(file, 'utf8'), { sourceFile: basename(file), ...options });
  }

  /** Imports a PPRRVU CSV text (an upload). */
  async importRvuText(text: string, options: MedicarePfsImportOptions): Promise<MedicarePfsImportSummary> {
    const effectiveFrom = effectiveDateOf(options);
    const rows = parseRvuFile(text);
    return this.replace('rvu', options, effectiveFrom, rows.length, async (em, releaseId) => {
      await insertBatches(em, 'medicare_rvu', RVU_COLUMNS, rows, (row: RvuRow) => [
        randomUUID(), releaseId, row.hcpcs, row.modifier, row.description, row.statusCode, row.notUsedForMedicarePayment,
        row.workRvu, row.nonFacilityPeRvu, row.nonFacilityNa, row.facilityPeRvu, row.facilityNa, row.mpRvu, row.pctcIndicator, row.conversionFactor,
      ]);
    });
  }

  /** Imports a GPCI CSV file from disk. */
  async importGpciFile(file: string, options: MedicarePfsImportOptions): Promise<MedicarePfsImportSummary> {
    return this.importGpciText(await readFile(file, 'utf8'), { sourceFile: basename(file), ...options });
  }

  /** Imports a GPCI CSV text (an upload); its header's year must be `options.year`. */
  async importGpciText(text: string, options: MedicarePfsImportOptions): Promise<MedicarePfsImportSummary> {
    const effectiveFrom = effectiveDateOf(options);
    const file = parseGpciFile(text);
    if (file.year !== options.year) {
      throw new ValidationError([{ field: 'year', message: `the file holds ${file.year} GPCIs, not ${options.year}` }]);
    }
    return this.replace('gpci', options, effectiveFrom, file.rows.length, async (em, releaseId) => {
      await insertBatches(em, 'medicare_gpci', GPCI_COLUMNS, file.rows, (row: GpciRow) => [
        randomUUID(), releaseId, row.mac, row.locality, row.state, row.localityName, row.workGpci, row.peGpci, row.mpGpci,
      ]);
    });
  }

  private async replace(
    kind: MedicarePfsFileKind,
    options: MedicarePfsImportOptions,
    effectiveFrom: string,
    rows: number,
    insert: (em: EntityManager, releaseId: string) => Promise<void>,
  ): Promise<MedicarePfsImportSummary> {
    return (this.orm.em.fork() as EntityManager).transactional(async (em) => {
      const table = kind === 'rvu' ? 'medicare_rvu' : 'medicare_gpci';
      let release = await em.findOne(MedicarePfsRelease, { kind, effectiveFrom });
      const replaced = release ? (await em.execute<unknown[]>(`delete from "${table}" where release_id = ? returning 1`, [release.id])).length : 0;
      const sourceFile = options.sourceFile ?? 'upload.csv';
      if (release) Object.assign(release, { rows, sourceFile, importedBy: options.importedBy, importedAt: new Date() });
      else release = em.create(MedicarePfsRelease, { kind, year: options.year, effectiveFrom, sourceFile, rows, importedBy: options.importedBy });
      await em.flush();
      await insert(em, release.id);
      return { kind, year: options.year, effectiveFrom, rows, replaced };
    });
  }
}

function effectiveDateOf(options: MedicarePfsImportOptions): string {
  if (!Number.isInteger(options.year) || options.year < 1992 || options.year > 2100) {
    throw new ValidationError([{ field: 'year', message: 'a calendar year from 1992 (the first PFS year), e.g. 2025' }]);
  }
  const effectiveFrom = options.effectiveFrom ?? `${options.year}-01-01`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom) || Number.isNaN(Date.parse(effectiveFrom)) || !effectiveFrom.startsWith(`${options.year}-`)) {
    throw new ValidationError([{ field: 'effectiveFrom', message: `a calendar date within ${options.year}, YYYY-MM-DD` }]);
  }
  return effectiveFrom;
}

async function insertBatches<T>(em: EntityManager, table: string, columns: readonly string[], rows: readonly T[], values: (row: T) => unknown[]): Promise<void> {
  const placeholders = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    await em.execute(
      `insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values ${batch.map(() => placeholders).join(', ')}`,
      batch.flatMap(values),
    );
  }
}
