import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Foundation } from './migration-2026-11-23-foundation';
import { Migration20261123010000Identity } from './migration-2026-11-23-identity';
import { Migration20261123020000AuditAndPatients } from './migration-2026-11-23-audit-and-patients';
import { Migration20261123030000PluginEnablement } from './migration-2026-11-23-plugin-enablement';
import { Migration20261123040000ReferenceCodes } from './migration-2026-11-23-reference-codes';
import { Migration20261123050000ReferenceCodeSets } from './migration-2026-11-23-reference-code-sets';
import { Migration20261123060000Providers } from './migration-2026-11-23-providers';
import { Migration20261130000000Payers } from './migration-2026-11-30-payers';
import { Migration20261130010000Locations } from './migration-2026-11-30-locations';
import { Migration20261130020000PatientRecords } from './migration-2026-11-30-patient-records';
import { Migration20261130030000ReferenceSets } from './migration-2026-11-30-reference-sets';
import { Migration20261130040000FeeSchedules } from './migration-2026-11-30-fee-schedules';
import { Migration20261130050000WorkItemsAndGates } from './migration-2026-11-30-work-items-and-gates';
import { Migration20261130060000Encounters } from './migration-2026-11-30-encounters';
import { Migration20261130070000EligibilityResults } from './migration-2026-11-30-eligibility-results';
import { Migration20261130080000X12Submission } from './migration-2026-11-30-x12-submission';
import { Migration20261130090000Claims } from './migration-2026-11-30-claims';
import { Migration20261130100000CodingEdits } from './migration-2026-11-30-coding-edits';
import { Migration20261130110000Scrub } from './migration-2026-11-30-scrub';
import { Migration20261130120000Submissions } from './migration-2026-11-30-submissions';
import { Migration20261130140000PatientAddress } from './migration-2026-11-30-patient-address';

/** Every migration, in order. The same list runs on PGlite and PostgreSQL. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123000000Foundation', class: Migration20261123000000Foundation },
  { name: 'Migration20261123010000Identity', class: Migration20261123010000Identity },
  { name: 'Migration20261123020000AuditAndPatients', class: Migration20261123020000AuditAndPatients },
  { name: 'Migration20261123030000PluginEnablement', class: Migration20261123030000PluginEnablement },
  { name: 'Migration20261123040000ReferenceCodes', class: Migration20261123040000ReferenceCodes },
  { name: 'Migration20261123050000ReferenceCodeSets', class: Migration20261123050000ReferenceCodeSets },
  { name: 'Migration20261123060000Providers', class: Migration20261123060000Providers },
  { name: 'Migration20261130000000Payers', class: Migration20261130000000Payers },
  { name: 'Migration20261130010000Locations', class: Migration20261130010000Locations },
  { name: 'Migration20261130020000PatientRecords', class: Migration20261130020000PatientRecords },
  { name: 'Migration20261130030000ReferenceSets', class: Migration20261130030000ReferenceSets },
  { name: 'Migration20261130040000FeeSchedules', class: Migration20261130040000FeeSchedules },
  { name: 'Migration20261130050000WorkItemsAndGates', class: Migration20261130050000WorkItemsAndGates },
  { name: 'Migration20261130060000Encounters', class: Migration20261130060000Encounters },
  { name: 'Migration20261130070000EligibilityResults', class: Migration20261130070000EligibilityResults },
  { name: 'Migration20261130080000X12Submission', class: Migration20261130080000X12Submission },
  { name: 'Migration20261130090000Claims', class: Migration20261130090000Claims },
  { name: 'Migration20261130100000CodingEdits', class: Migration20261130100000CodingEdits },
  { name: 'Migration20261130110000Scrub', class: Migration20261130110000Scrub },
  { name: 'Migration20261130120000Submissions', class: Migration20261130120000Submissions },
  { name: 'Migration20261130140000PatientAddress', class: Migration20261130140000PatientAddress },
];
