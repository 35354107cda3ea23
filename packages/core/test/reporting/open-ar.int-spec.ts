import { AR_BUCKETS, ValidationError, type AgingBasis, type ClaimListParameters, type OpenArRow } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { LedgerRollupFolder } from '../../src/ledger/ledger-rollup.folder';
import { verifyLedger } from '../../src/ledger/ledger.verifier';
import { MONEY_AGGREGATES } from '../../src/reporting/aggregates/money-aggregates';
import { openArClaimList } from '../../src/reporting/aggregates/open-ar-claim-list';
import { MoneyHistory, type Visit } from './money-history';

/**
 * `open-ar` and its drill-down on the hand-made history ({@link MoneyHistory}): balances by payer (then the patients)
 * and aging bucket under both bases, as of earlier instants, under the filters; the drill-down lists exactly the
 * claims and balances `open-ar` counts.
 */
describe('open A/R', () => {
  let history: MoneyHistory;
  const startedAt = new Date();
  const openAr = (parameters: { agingBasis: AgingBasis; payerId?: string; locationId?: string; providerId?: string }, asOf?: Date) => MONEY_AGGREGATES['open-ar'](history.em(), history.scope(asOf), parameters);
  const list = (parameters: Partial<ClaimListParameters>, asOf?: Date) =>
    openArClaimList(history.em(), history.scope(asOf), { cohort: 'open-ar', from: history.today, to: history.today, ...parameters });
  const acme = (bucket: OpenArRow['bucket'], claims: number, balanceCents: number, expectedBalanceCents: number): OpenArRow => ({
    payerId: history.practice.ids.payerId,
    payerName: 'Acme Health',
    bucket,
    claims,
    balanceCents,
    expectedBalanceCents,
  });
  const second = (bucket: OpenArRow['bucket']): OpenArRow => ({ payerId: history.practice.ids.secondaryPayerId, payerName: 'Second Mutual', bucket, claims: 1, balanceCents: 36500, expectedBalanceCents: 36500 });
  const patients = (bucket: OpenArRow['bucket'], claims: number, balanceCents: number): OpenArRow => ({ payerId: null, payerName: 'Patient', bucket, claims, balanceCents, expectedBalanceCents: balanceCents });

  beforeAll(async () => {
    history = await MoneyHistory.build();
  }, 240_000);

  afterAll(async () => {
    await history?.app.close();
  });

  it('ages each open balance from its date of service: unanswered lines at the contract, credit balances and paid lines left out', async () => {
    // Adams (5 days) unanswered: at the contract's $100.00 + $180.00; Clark (75) 97110 denied and held open, its
    // coinsurance with the patient; Evans (145) reversed: open again, adjudicated once so at its balance; Garcia (40)
    // with Second Mutual, no contract; Brown's coinsurance paid down to $2.00 and Foster's self-pay $25.00 (no claim).
    expect(await openAr({ agingBasis: 'service-date' })).toEqual([
      acme('0-30', 1, 36500, 28000),
      acme('61-90', 1, 24000, 24000),
      acme('121+', 1, 36500, 36500),
      second('31-60'),
      patients('31-60', 1, 200 + 2500),
      patients('61-90', 1, 2000),
    ]);
  });

  it('ages from the first bill date (the batch receipt), falling back to the date of service for claims sent without one', async () => {
    expect(await openAr({ agingBasis: 'bill-date' })).toEqual([acme('0-30', 1, 36500, 28000), acme('31-60', 1, 24000, 24000), acme('121+', 1, 36500, 36500), second('31-60'), patients('31-60', 2, 200 + 2000 + 2500)]);
  });

  it('reads the balances as they stood at the run’s instant', async () => {
    expect(await openAr({ agingBasis: 'service-date' }, history.beforeRemittances)).toEqual([
      acme('0-30', 1, 36500, 28000),
      acme('31-60', 1, 36500, 28000),
      acme('61-90', 1, 36500, 28000),
      acme('91-120', 1, 36500, 28000),
      acme('121+', 1, 36500, 28000),
      second('31-60'),
      patients('31-60', 0, 2500),
    ]);
    expect(await openAr({ agingBasis: 'bill-date' }, history.beforeRemittances)).toEqual([
      acme('0-30', 1, 36500, 28000),
      acme('31-60', 2, 73000, 56000),
      acme('91-120', 1, 36500, 28000),
      acme('121+', 1, 36500, 28000),
      second('31-60'),
      patients('31-60', 0, 2500),
    ]);
    expect(await openAr({ agingBasis: 'service-date' }, startedAt)).toEqual([]);
  });

  it('filters by the payer owing the balance, the location and the provider', async () => {
    const { payerId, secondaryPayerId, locationId, doctorId } = history.practice.ids;
    expect(await openAr({ agingBasis: 'service-date', payerId: secondaryPayerId })).toEqual([second('31-60')]);
    expect(await openAr({ agingBasis: 'service-date', payerId })).toEqual([acme('0-30', 1, 36500, 28000), acme('61-90', 1, 24000, 24000), acme('121+', 1, 36500, 36500)]);
    expect(await openAr({ agingBasis: 'service-date', locationId: history.secondLocationId })).toEqual([second('31-60')]);
    expect(await openAr({ agingBasis: 'service-date', locationId })).toEqual([acme('0-30', 1, 36500, 28000), acme('61-90', 1, 24000, 24000), acme('121+', 1, 36500, 36500), patients('31-60', 1, 2700), patients('61-90', 1, 2000)]);
    expect(await openAr({ agingBasis: 'service-date', providerId: doctorId })).toHaveLength(6);
    expect(await openAr({ agingBasis: 'service-date', providerId: randomUUID() })).toEqual([]);
  });

  it('lists the claims behind the balances, oldest date of service first, with their open balance and state', async () => {
    const claimOf = async (visit: Visit, amountCents: number) => {
      const claim = history.claims[visit];
      return {
        claimId: claim.id,
        patientControlNumber: claim.patientControlNumber,
        patientId: claim.patientId,
        payerName: visit === 'garcia' ? 'Second Mutual' : 'Acme Health',
        dateOfService: history.daysAgo({ adams: 5, brown: 40, clark: 75, davis: 110, evans: 145, garcia: 40 }[visit]),
        state: await history.practice.stateOf(claim.id),
        chargeCents: 36500,
        amountCents,
      };
    };
    const sameDay = [await claimOf('brown', 200), await claimOf('garcia', 36500)].sort((a, b) => a.patientControlNumber.localeCompare(b.patientControlNumber));
    const all = [await claimOf('evans', 36500), await claimOf('clark', 24000 + 2000), ...sameDay, await claimOf('adams', 36500)];
    expect(await list({})).toEqual(all);
    expect(await list({ limit: 2 })).toEqual(all.slice(0, 2));
    expect(await list({ party: 'patient' })).toEqual([{ ...all[1], amountCents: 2000 }, { ...(await claimOf('brown', 200)) }]);
    expect(await list({ party: 'payer', bucket: '61-90' })).toEqual([{ ...all[1], amountCents: 24000 }]);
    expect(await list({ payerId: history.practice.ids.secondaryPayerId })).toEqual([await claimOf('garcia', 36500)]);

    const before = await list({}, history.beforeRemittances);
    expect(before.map((row) => [row.claimId, row.state, row.amountCents])).toEqual(
      [history.claims.evans, history.claims.davis, history.claims.clark, ...[history.claims.brown, history.claims.garcia].sort((a, b) => a.patientControlNumber.localeCompare(b.patientControlNumber)), history.claims.adams].map((claim) => [claim.id, 'submitted', 36500]),
    );
  });

  it('lists exactly the claims and balances open-ar counts, bucket by bucket, under both bases and as of earlier instants', async () => {
    for (const agingBasis of ['service-date', 'bill-date'] as const) {
      for (const asOf of [history.beforeRemittances, history.beforeRefund, new Date()]) {
        const rows = await openAr({ agingBasis }, asOf);
        for (const party of ['payer', 'patient'] as const) {
          for (const bucket of AR_BUCKETS) {
            const counted = rows.filter((row) => (row.payerId === null) === (party === 'patient') && row.bucket === bucket);
            const listed = await list({ agingBasis, party, bucket }, asOf);
            // Foster's self-pay balance ($25.00, 31–60 days) was billed on no claim: counted, not listed.
            const unlisted = party === 'patient' && bucket === '31-60' ? 2500 : 0;
            expect([listed.length, listed.reduce((sum, row) => sum + row.amountCents, 0) + unlisted]).toEqual([
              counted.reduce((sum, row) => sum + row.claims, 0),
              counted.reduce((sum, row) => sum + row.balanceCents, 0),
            ]);
          }
        }
      }
    }
  });

  it('reads the same balances with every entry queued for the rollup and with every entry folded into it', async () => {
    const instants = [history.beforeRemittances, history.beforeRefund, new Date()];
    const everything = async () => {
      const answers = [];
      for (const agingBasis of ['service-date', 'bill-date'] as const) {
        for (const asOf of instants) answers.push(await openAr({ agingBasis }, asOf), await list({ agingBasis, party: 'payer', bucket: '121+' }, asOf));
      }
      return answers;
    };
    const queued = async () => Number((await history.em().execute<{ n: string }[]>('select count(*) as n from ledger_entry_unrolled'))[0]?.n);
    // Nothing folded: the rollup emptied and every service-line entry queued, as if no fold had run since the start.
    await history.em().execute(`delete from ledger_account_balance`);
    await history.em().execute(
      `insert into ledger_entry_unrolled (entry_id, organization_id, charge_id)
       select id, organization_id, charge_id from ledger_entry where party in ('payer', 'patient') and charge_id is not null on conflict do nothing`,
    );
    const fromEntries = await everything();
    expect(fromEntries[0]).toEqual([acme('0-30', 1, 36500, 28000), acme('31-60', 1, 36500, 28000), acme('61-90', 1, 36500, 28000), acme('91-120', 1, 36500, 28000), acme('121+', 1, 36500, 28000), second('31-60'), patients('31-60', 0, 2500)]);
    const entries = await queued();
    expect(entries).toBeGreaterThan(20);

    // Two folds at once (two processes, say): each queued entry is folded by exactly one of them.
    const folder = history.app.get(LedgerRollupFolder);
    const folds = await Promise.all([folder.foldAll(), folder.foldAll()]);
    expect(folds[0].entries + folds[1].entries).toBe(entries);
    expect(await queued()).toBe(0);
    expect(await everything()).toEqual(fromEntries);
    expect((await verifyLedger(history.em(), history.practice.context.organizationId)).violations).toEqual([]);
  });

  it('refuses a limit outside 1 to 10,000 and another cohort, naming the parameter', async () => {
    await expect(list({ limit: 10_001 })).rejects.toThrow(ValidationError);
    await expect(list({ limit: 10_001 })).rejects.toMatchObject({ issues: [expect.objectContaining({ field: 'limit' })] });
    await expect(list({ limit: 0 })).rejects.toMatchObject({ issues: [expect.objectContaining({ field: 'limit' })] });
    await expect(list({ cohort: 'denied' })).rejects.toMatchObject({ issues: [expect.objectContaining({ field: 'cohort' })] });
    expect(await list({ limit: 10_000 })).toHaveLength(5);
  });
});
