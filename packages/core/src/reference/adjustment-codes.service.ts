import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { CODE_SET_FORMATS } from './code-set-formats';
import { versionOn } from './code-versions';
import { ReferenceCode } from './reference-code.entity';

/** Which adjustment code list: claim adjustment reason codes or remittance advice remark codes. */
export type AdjustmentCodeKind = 'carc' | 'rarc';

/**
 * Descriptions of the CARC and RARC codes remittances carry (for posting, denial work lists, patient statements):
 * OpenRCM's shipped wording until the official list is imported, then X12's.
 */
@Injectable()
export class AdjustmentCodeService {
  constructor(private readonly orm: MikroORM) {}

  /**
   * The description of `code` on `onDate` (ISO date; the date of the remittance or of service), or — without a date —
   * of its current version, else its last one (payers still send codes retired since). Null for a code no release
   * carried, or one not in force on `onDate`.
   */
  async describe(kind: AdjustmentCodeKind, code: string, onDate?: string): Promise<string | null> {
    const normalized = (CODE_SET_FORMATS[kind] as NonNullable<(typeof CODE_SET_FORMATS)[string]>).normalize(code);
    const versions = await currentEntityManager(this.orm).find(ReferenceCode, { codeSet: kind, code: normalized }, { orderBy: { effectiveFrom: 'desc' } });
    const version = onDate === undefined ? (versions.find((candidate) => candidate.retiredOn === null) ?? versions[0]) : versionOn(versions, onDate);
    return version?.description ?? null;
  }
}
