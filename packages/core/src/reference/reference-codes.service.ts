import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ValidationError } from '@openrcm/sdk';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { CODE_SET_FORMATS, type CodeSetFormat } from './code-set-formats';
import { CodeSetRelease } from './code-set-release.entity';
import { versionOn, whyNotValid } from './code-versions';
import { ReferenceCode } from './reference-code.entity';

/** Whether and how a code is valid on a date. */
export interface CodeValidity {
  readonly kind: string;
  readonly code: string;
  readonly onDate: string;
  /** In force on the date (effective on or before it, not yet retired). */
  readonly valid: boolean;
  /** Valid, and of a code set claims bill with (ICD-10-CM, HCPCS, CPT). */
  readonly billable: boolean;
  /** The wording of the version in force, else of the latest version; null for a code no release carried. */
  readonly description: string | null;
  readonly effectiveFrom: string | null;
  readonly retiredOn: string | null;
  /** Why the code is not valid on the date; null when it is. */
  readonly reason: string | null;
}

/** Filters of the release list. */
export interface ReleaseQuery extends ListQuery {
  readonly kind?: string;
}

const RELEASE_SORT = { effectiveDate: 'effectiveDate', importedAt: 'importedAt', kind: 'codeSet' } as const;

/** The installation-wide reference codes as the API shows them: validity on a date, and the releases imported. */
@Injectable()
export class ReferenceCodeService {
  constructor(private readonly orm: MikroORM) {}

  /** Whether `input` (normalized: `e11.9` is `E119`) is a valid code of `kind` on `onDate` (ISO date), and why not. */
  async lookup(kind: string, input: string, onDate: string): Promise<CodeValidity> {
    const format = formatOf(kind);
    const code = format.normalize(input);
    const versions = await currentEntityManager(this.orm).find(ReferenceCode, { codeSet: format.codeSet, code }, { orderBy: { effectiveFrom: 'desc' } });
    const valid = versionOn(versions, onDate);
    const shown = valid ?? versions[0];
    return {
      kind,
      code,
      onDate,
      valid: valid !== undefined,
      billable: valid !== undefined && format.billable,
      description: shown?.description ?? null,
      effectiveFrom: shown?.effectiveFrom ?? null,
      retiredOn: shown?.retiredOn ?? null,
      reason: valid ? null : whyNotValid(code, format.title, versions[0], onDate),
    };
  }

  /** The releases imported (every code set, or one), newest effective date first unless sorted otherwise. */
  async releases(query: ReleaseQuery): Promise<Page<CodeSetRelease>> {
    if (query.kind !== undefined) formatOf(query.kind);
    const orderBy = orderByOf<CodeSetRelease>(query.sort ?? '-effectiveDate,-importedAt', RELEASE_SORT, { id: 'asc' });
    const where = query.kind === undefined ? {} : { codeSet: query.kind };
    return findPage(currentEntityManager(this.orm) as EntityManager, CodeSetRelease, where, query, orderBy, (release) => release);
  }
}

/** The format of an importable kind, or a ValidationError on `kind` listing the supported ones. */
export function formatOf(kind: string): CodeSetFormat {
  const format = CODE_SET_FORMATS[kind];
  if (!format) throw new ValidationError([{ field: 'kind', message: `"${kind}" is not a code set; supported: ${Object.keys(CODE_SET_FORMATS).join(', ')}` }]);
  return format;
}
