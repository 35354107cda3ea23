import { Migration } from '@mikro-orm/migrations';

/** Eligibility checks run by plugins: the encounter they were made for, the provider that answered, messages, raw answer. */
export class Migration20261130070000EligibilityResults extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "eligibility_check"
      add column "encounter_id" uuid null,
      add column "source" text null,
      add column "messages" jsonb not null default '[]',
      add column "raw" text null;`);
    this.addSql(`alter table "eligibility_check" alter column "messages" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "eligibility_check" drop column "encounter_id", drop column "source", drop column "messages", drop column "raw";`);
  }
}
