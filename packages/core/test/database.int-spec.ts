import { Organization } from '../src/organizations/organization.entity';
import { migrate, openDatabase } from '../src/persistence/database';
import { MIGRATIONS } from '../src/persistence/migrations';
import { testDatabaseConfig } from './support/test-database';

describe('database', () => {
  it('migrates, and the migrations match the entities exactly', async () => {
    const database = await openDatabase(await testDatabaseConfig({ empty: true }));
    try {
      expect(await migrate(database.orm)).toEqual(MIGRATIONS.map((migration) => migration.name));
      expect(MIGRATIONS.map((migration) => migration.name)).toEqual([
        'Migration20261123000000Foundation',
        'Migration20261123010000Identity',
        'Migration20261123020000AuditAndPatients',
        'Migration20261123030000PluginEnablement',
        'Migration20261123040000ReferenceCodes',
        'Migration20261123050000ReferenceCodeSets',
        'Migration20261123060000Providers',
        'Migration20261130000000Payers',
        'Migration20261130010000Locations',
        'Migration20261130020000PatientRecords',
        'Migration20261130030000ReferenceSets',
        'Migration20261130040000FeeSchedules',
        'Migration20261130050000WorkItemsAndGates',
        'Migration20261130060000Encounters',
        'Migration20261130070000EligibilityResults',
        'Migration20261130080000X12Submission',
        'Migration20261130090000Claims',
        'Migration20261130100000CodingEdits',
        'Migration20261130110000Scrub',
        'Migration20261130120000Submissions',
        'Migration20261130140000PatientAddress',
        'Migration20261130150000LedgerAndRemittances',
        'Migration20261130170000FollowUp',
        'Migration20261130180000Denials',
        'Migration20261130200000SecondaryClaims',
        'Migration20261130210000Deposits',
        'Migration20261130220000ManualRemittances',
        'Migration20261130231000ListIndexes',
        'Migration20261130234000PointOfServicePayments',
        'Migration20261130235000ReferenceCodeSearch',
        'Migration20261130236000GateChanges',
        'Migration20261130237000ClaimTimeline',
        'Migration20261201100000ReportingClaimIndexes',
        'Migration20261201130000ReportSchedules',
        'Migration20261202100000PatientStatements',
        'Migration20261202110000PatientPayments',
        'Migration20261203100000Collections',
        'Migration20261204100000ClaimLineChargeIndex',
        'Migration20261205100000CollectionDirectPayments',
        'Migration20261206100000LedgerAccountBalances',
        'Migration20261207100000RemittanceQueueIndexes',
        'Migration20261208100000LedgerRollupQueue',
        'Migration20261209100000LedgerLineMoney',
        'Migration20261210100000ClaimFirstEvents',
        'Migration20261211100000ClaimFirstAdjudications',
      ]);
      expect(await migrate(database.orm)).toEqual([]);
      const drift = await database.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      expect(drift.trim()).toBe('');
      const em = database.orm.em.fork();
      em.create(Organization, { name: 'Clinic', timeZone: 'America/Chicago' });
      await em.flush();
      expect(await database.orm.em.fork().count(Organization)).toBe(1);
    } finally {
      await database.close();
    }
  });
});
