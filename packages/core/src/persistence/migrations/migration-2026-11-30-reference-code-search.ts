import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the code picker's search (`ReferenceCodeSearch`): a btree on the code with text_pattern_ops, so
 * `code like 'E11%'` uses it whatever the database's collation, and a GIN index over the description's words
 * (`simple` configuration: no stemming, no stop words, as codes' wording needs). Both are plain PostgreSQL (no
 * pg_trgm), so PGlite builds them too.
 */
export class Migration20261130235000ReferenceCodeSearch extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "reference_code_code_prefix_index" on "reference_code" ("code_set", "code" text_pattern_ops);`);
    this.addSql(`create index "reference_code_description_search_index" on "reference_code" using gin (to_tsvector('simple', "description"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "reference_code_description_search_index";`);
    this.addSql(`drop index if exists "reference_code_code_prefix_index";`);
  }
}
