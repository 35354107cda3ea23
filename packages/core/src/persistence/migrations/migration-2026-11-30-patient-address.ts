import { Migration } from '@mikro-orm/migrations';

/** The patient's home address (claims' subscriber or patient N3/N4, statements). */
export class Migration20261130140000PatientAddress extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "patient" add column "address" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "patient" drop column "address";`);
  }
}
