import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ValidationError } from '@openrcm/sdk';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { isoDateOf } from '../reference/release-date';
import { CodingEditRelease, type CodingEditKind } from './coding-edit-release.entity';
import { MueEdit } from './mue-edit.entity';
import { findMueViolations, type MueViolation, type UnitLine } from './mue-violations';
import { NcciPtpEdit } from './ncci-ptp-edit.entity';
import { findPtpConflicts, type EditedLine, type PtpConflict } from './ptp-conflicts';

/** Which releases to list. */
export interface CodingEditReleaseQuery extends ListQuery {
  readonly kind?: CodingEditKind;
}

const RELEASE_SORT = { effectiveDate: 'effectiveDate', importedAt: 'importedAt', kind: 'kind' } as const;

/**
 * The NCCI edits as the claim scrubber reads them: PTP conflicts and MUE violations among the service lines of one
 * patient (one claim), each judged with the edits in effect on the line's date of service. The edits are
 * installation-wide CMS data.
 */
@Injectable()
export class CodingEditsService {
  constructor(private readonly orm: MikroORM) {}

  /** The pairs of lines on one date of service that an NCCI PTP edit bundles, bypassed or not. */
  async ptpConflicts(lines: readonly EditedLine[]): Promise<PtpConflict[]> {
    checkLines(lines, false);
    const codes = distinctCodes(lines);
    if (lines.length < 2) return [];
    const edits = await this.em().find(NcciPtpEdit, { column1: { $in: codes }, column2: { $in: codes } });
    return findPtpConflicts(lines, edits);
  }

  /** The codes whose units exceed their MUE: per line (MAI 1) or summed per date of service (MAI 2 and 3). */
  async mueViolations(lines: readonly UnitLine[]): Promise<MueViolation[]> {
    checkLines(lines, true);
    const edits = await this.em().find(MueEdit, { code: { $in: distinctCodes(lines) } });
    return findMueViolations(lines, (code, dateOfService) =>
      edits.find((edit) => edit.code === code && edit.effectiveFrom <= dateOfService && (edit.retiredOn === null || dateOfService < edit.retiredOn)),
    );
  }

  /** Both checks on the same lines. */
  async check(lines: readonly UnitLine[]): Promise<{ ptpConflicts: PtpConflict[]; mueViolations: MueViolation[] }> {
    return { ptpConflicts: await this.ptpConflicts(lines), mueViolations: await this.mueViolations(lines) };
  }

  /** The edit tables imported, newest quarter first unless sorted otherwise. */
  async releases(query: CodingEditReleaseQuery): Promise<Page<CodingEditRelease>> {
    const orderBy = orderByOf<CodingEditRelease>(query.sort ?? '-effectiveDate,-importedAt', RELEASE_SORT, { id: 'asc' });
    return findPage(this.em(), CodingEditRelease, query.kind ? { kind: query.kind } : {}, query, orderBy, (release) => release);
  }

  private em(): EntityManager {
    return currentEntityManager(this.orm) as EntityManager;
  }
}

function distinctCodes(lines: readonly EditedLine[]): string[] {
  return [...new Set(lines.map((line) => line.procedureCode.toUpperCase()))];
}

/** Refuses lines a caller built wrongly, naming `lines[i].<field>`. */
function checkLines(lines: readonly (EditedLine & { units?: number })[], withUnits: boolean): void {
  const errors: { field: string; message: string }[] = [];
  lines.forEach((line, index) => {
    if (!line.procedureCode?.trim()) errors.push({ field: `lines[${index}].procedureCode`, message: 'required' });
    if (isoDateOf(line.dateOfService ?? '') !== line.dateOfService) errors.push({ field: `lines[${index}].dateOfService`, message: 'a calendar date, YYYY-MM-DD' });
    if (withUnits && (!Number.isInteger(line.units) || (line.units as number) < 1)) errors.push({ field: `lines[${index}].units`, message: 'a whole number of units, at least 1' });
  });
  if (errors.length > 0) throw new ValidationError(errors);
}
