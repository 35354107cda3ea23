import { Migration } from '@mikro-orm/migrations';

/** One table for every public code set: ICD-10-CM codes move to `reference_code` with `code_set = 'icd10cm'`. */
export class Migration20261123050000ReferenceCodeSets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "icd10cm_code" rename to "reference_code";`);
    this.addSql(`alter table "reference_code" add column "code_set" text not null default 'icd10cm';`);
    this.addSql(`alter table "reference_code" alter column "code_set" drop default;`);
    this.addSql(`drop index "icd10cm_code_current_unique";`);
    this.addSql(`drop index "icd10cm_code_lookup_index";`);
    this.addSql(`alter index "icd10cm_code_pkey" rename to "reference_code_pkey";`);
    this.addSql(`create unique index "reference_code_current_unique" on "reference_code" ("code_set", "code") where "retired_on" is null;`);
    this.addSql(`create index "reference_code_lookup_index" on "reference_code" ("code_set", "code", "effective_from");`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "reference_code" where "code_set" <> 'icd10cm';`);
    this.addSql(`drop index "reference_code_current_unique";`);
    this.addSql(`drop index "reference_code_lookup_index";`);
    this.addSql(`alter table "reference_code" drop column "code_set";`);
    this.addSql(`alter index "reference_code_pkey" rename to "icd10cm_code_pkey";`);
    this.addSql(`alter table "reference_code" rename to "icd10cm_code";`);
    this.addSql(`create unique index "icd10cm_code_current_unique" on "icd10cm_code" ("code") where "retired_on" is null;`);
    this.addSql(`create index "icd10cm_code_lookup_index" on "icd10cm_code" ("code", "effective_from");`);
  }
}
