import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, ValidationError } from '@openrcm/sdk';
import { basename } from 'node:path';
import type { CodeEntry } from './code-entry';
import { currentAuditScope } from '../audit/audit-scope';
import { createAuditEvent } from '../audit/audit.subscriber';
import { CODE_SET_FORMATS, type CodeSetFormat } from './code-set-formats';
import { CodeSetRelease } from './code-set-release.entity';

const BATCH = 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What an import did. */
export interface ImportSummary {
  readonly total: number;
  readonly added: number;
  readonly changed: number;
  readonly retired: number;
}

/**
 * Imports a code-set release (ICD-10-CM, HCPCS, CPT, place of service, modifiers, CARC, RARC) in one transaction: codes new to the
 * release are added from its effective date, changed descriptions are updated, codes it no longer carries are retired
 * on its effective date (never deleted). The same release again changes nothing; an older release than the last one
 * imported for that code set is refused. Inside a request (an audit scope), the release is also recorded in the audit
 * trail of the caller's organization, with the caller as actor, in the same transaction.
 */
@Injectable()
export class CodeSetImporter {
  constructor(private readonly orm: MikroORM) {}

  async import(kind: string, file: string, effectiveDate: string, importedBy: string, onProgress: (read: number) => void = () => undefined): Promise<ImportSummary> {
    const format = CODE_SET_FORMATS[kind];
    if (!format) throw new ValidationError([{ field: 'kind', message: `"${kind}" is not importable; supported: ${Object.keys(CODE_SET_FORMATS).join(', ')}` }]);
    if (!ISO_DATE.test(effectiveDate) || Number.isNaN(Date.parse(effectiveDate))) {
      throw new ValidationError([{ field: 'effectiveDate', message: 'a calendar date, YYYY-MM-DD (FY2026 ICD-10-CM: 2025-10-01)' }]);
    }
    return (this.orm.em.fork() as EntityManager).transactional(async (em) => {
      await this.refuseOlderRelease(em, format, effectiveDate);
      await em.execute('create temporary table code_staging (code text primary key, description text not null) on commit drop');
      const total = await this.stage(em, format.read(file, { effectiveDate }), onProgress);
      if (total === 0) throw new ValidationError([{ field: 'file', message: `${basename(file)} holds no codes` }]);
      const summary = { total, ...(await this.merge(em, format.codeSet, effectiveDate)) };
      const release = em.create(CodeSetRelease, { codeSet: format.codeSet, effectiveDate, sourceFile: basename(file), importedBy, ...summary });
      // Reference data is installation-wide; an import through the API is audited in the importing organization.
      const scope = currentAuditScope();
      if (scope) createAuditEvent(em, scope, 'create', { recordType: 'code_set_release', recordId: release.id, patientId: null });
      await em.flush();
      return summary;
    });
  }

  private async refuseOlderRelease(em: EntityManager, format: CodeSetFormat, effectiveDate: string): Promise<void> {
    const [latest] = await em.execute<{ effective_date: string }[]>(
      'select effective_date from code_set_release where code_set = ? order by effective_date desc limit 1',
      [format.codeSet],
    );
    if (latest && latest.effective_date > effectiveDate) {
      throw new ConflictError(`a newer ${format.title} release (effective ${latest.effective_date}) is already imported; import releases in order`);
    }
  }

  private async stage(em: EntityManager, entries: AsyncIterable<CodeEntry>, onProgress: (read: number) => void): Promise<number> {
    let batch: CodeEntry[] = [];
    let total = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const values = batch.map(() => '(?, ?)').join(', ');
      await em.execute(`insert into code_staging (code, description) values ${values}`, batch.flatMap((entry) => [entry.code, entry.description]));
      total += batch.length;
      batch = [];
      onProgress(total);
    };
    for await (const entry of entries) {
      batch.push(entry);
      if (batch.length === BATCH) await flush();
    }
    await flush();
    return total;
  }

  private async merge(em: EntityManager, codeSet: string, effectiveDate: string): Promise<Omit<ImportSummary, 'total'>> {
    const added = await em.execute<unknown[]>(
      `insert into reference_code (id, code_set, code, description, effective_from)
       select gen_random_uuid(), ?, s.code, s.description, ? from code_staging s
       where not exists (select 1 from reference_code c where c.code_set = ? and c.code = s.code and c.retired_on is null) returning 1`,
      [codeSet, effectiveDate, codeSet],
    );
    const changed = await em.execute<unknown[]>(
      `update reference_code c set description = s.description from code_staging s
       where c.code_set = ? and c.code = s.code and c.retired_on is null and c.description <> s.description returning 1`,
      [codeSet],
    );
    const retired = await em.execute<unknown[]>(
      `update reference_code c set retired_on = ? where c.code_set = ? and c.retired_on is null and c.effective_from < ?
       and not exists (select 1 from code_staging s where s.code = c.code) returning 1`,
      [effectiveDate, codeSet, effectiveDate],
    );
    return { added: added.length, changed: changed.length, retired: retired.length };
  }
}
