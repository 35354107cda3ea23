import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_ADJUSTMENT_CODES_RELEASE, DEFAULT_CARC, DEFAULT_RARC } from '../../reference/adjustment-code.defaults';

/**
 * CARC and RARC codes with OpenRCM's own wording, as the release `openrcm-defaults` effective 2000-01-01. Seeded by a
 * migration rather than at boot: it runs once in the migration's transaction, so an import of the official list
 * (which supersedes this wording) is never overwritten by a later boot. No schema change: the codes live in
 * `reference_code` like every code set.
 */
export class Migration20261130030000ReferenceSets extends Migration {
  override async up(): Promise<void> {
    const { sourceFile, effectiveDate } = DEFAULT_ADJUSTMENT_CODES_RELEASE;
    for (const [codeSet, codes] of [
      ['carc', DEFAULT_CARC],
      ['rarc', DEFAULT_RARC],
    ] as const) {
      const values = codes.map(([code, description]) => `(gen_random_uuid(), '${codeSet}', ${quote(code)}, ${quote(description)}, '${effectiveDate}')`);
      this.addSql(`insert into "reference_code" ("id", "code_set", "code", "description", "effective_from") values ${values.join(', ')};`);
      this.addSql(
        `insert into "code_set_release" ("id", "code_set", "effective_date", "source_file", "total", "added", "changed", "retired", "imported_by", "imported_at") ` +
          `values (gen_random_uuid(), '${codeSet}', '${effectiveDate}', '${sourceFile}', ${codes.length}, ${codes.length}, 0, 0, 'migration', now());`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "reference_code" where "code_set" in ('carc', 'rarc');`);
    this.addSql(`delete from "code_set_release" where "code_set" in ('carc', 'rarc');`);
  }
}

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
