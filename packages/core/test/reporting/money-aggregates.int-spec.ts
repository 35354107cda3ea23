import type { ChargeCohortRow, LedgerActivityRow, PatientPaymentRow } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { LEDGER_ROLLUP_FOLD } from '../../src/ledger/ledger-rollup-fold.sql';
import { LedgerRollupFolder } from '../../src/ledger/ledger-rollup.folder';
import { verifyLedger } from '../../src/ledger/ledger.verifier';
import { MONEY_AGGREGATES } from '../../src/reporting/aggregates/money-aggregates';
import { instantBetweenSteps, MoneyHistory } from './money-history';

/** Rows by month: each contribution `[date, amounts]` is added to the month of its date; months in order. */
function byMonth<R extends { period: string }>(zero: Omit<R, 'period'>, contributions: readonly (readonly [string, Partial<Omit<R, 'period'>>])[]): R[] {
  const months = new Map<string, Record<string, number>>();
  for (const [date, amounts] of contributions) {
    const month = months.get(date.slice(0, 7)) ?? { ...(zero as Record<string, number>) };
    for (const [key, cents] of Object.entries(amounts as Record<string, number>)) month[key] = (month[key] as number) + cents;
    months.set(date.slice(0, 7), month);
  }
  return [...months].sort(([a], [b]) => a.localeCompare(b)).map(([period, sums]) => ({ period, ...sums }) as unknown as R);
}

const NO_COHORT_MONEY = { chargesCents: 0, paymentsCents: 0, refundsCents: 0, contractualAdjustmentsCents: 0 };
const NO_ACTIVITY = { chargesCents: 0, contractualAdjustmentsCents: 0, payerPaymentsCents: 0, patientPaymentsCents: 0, refundsCents: 0 };
const NO_PATIENT_MONEY = { pointOfServiceCents: 0, otherCents: 0 };

/**
 * The money aggregates (charge cohort, ledger activity, patient payments, payer mix) on a hand-made history
 * ({@link MoneyHistory}), called directly with the app's entity manager: exact cents by month, as of earlier
 * instants, and under the filters.
 */
describe('money aggregates', () => {
  let history: MoneyHistory;
  const startedAt = new Date();
  const d = (days: number) => history.daysAgo(days);
  const period = () => ({ from: d(200), to: history.pointOfServiceDay });
  const run = <N extends keyof typeof MONEY_AGGREGATES>(name: N, parameters: Parameters<(typeof MONEY_AGGREGATES)[N]>[2], asOf?: Date) =>
    (MONEY_AGGREGATES[name] as (em: unknown, scope: unknown, parameters: unknown) => Promise<unknown[]>)(history.em(), history.scope(asOf), parameters);

  beforeAll(async () => {
    history = await MoneyHistory.build();
  }, 240_000);

  afterAll(async () => {
    await history?.app.close();
  });

  // The cohort reads each line from the rollup ledger_line_money when the rollup answers for it, else from its entries:
  // the same money with nothing folded, with a few entries folded (lines split between the two), and all folded.
  describe.each([
    ['every entry queued for the ledger rollups', async () => undefined],
    [
      'a few entries folded into the rollups, the rest queued',
      async () => {
        await history.em().execute(LEDGER_ROLLUP_FOLD, [7]);
        const [split] = await history.em().execute<{ n: string }[]>(
          `select count(*) as n from ledger_line_money m where exists (select 1 from ledger_entry_unrolled u where u.charge_id = m.charge_id)`,
        );
        expect(Number(split?.n)).toBeGreaterThan(0);
      },
    ],
    [
      'every entry folded into the rollups',
      async () => {
        await history.app.get(LedgerRollupFolder).foldAll();
        const [rows] = await history.em().execute<{ n: string }[]>(`select count(*) as n from ledger_line_money`);
        expect(Number(rows?.n)).toBeGreaterThanOrEqual(6);
        expect((await verifyLedger(history.em(), history.practice.admin.organizationId)).violations).toEqual([]);
      },
    ],
  ])('charge-cohort, %s', (_state, fold) => {
    beforeAll(fold);

    it('counts each line’s charges, payments, refunds and CO adjustments in the month of its date of service; a reversed payment nets out', async () => {
      expect(await run('charge-cohort', period())).toEqual(
        byMonth<ChargeCohortRow>(NO_COHORT_MONEY, [
          [d(145), { chargesCents: 36500 }],
          [d(110), { chargesCents: 36500, paymentsCents: 28000 + 10000, contractualAdjustmentsCents: 8500 + 2500, refundsCents: 10000 }],
          [d(75), { chargesCents: 36500, paymentsCents: 8000, contractualAdjustmentsCents: 2500 }],
          [d(40), { chargesCents: 36500 + 36500 + 12500, paymentsCents: 26000 + 1500 + 300 + 10000, contractualAdjustmentsCents: 8500 }],
          [d(5), { chargesCents: 36500 }],
        ]),
      );
    });

    it('counts only what was recorded by the run’s instant', async () => {
      expect(await run('charge-cohort', period(), history.beforeRemittances)).toEqual(
        byMonth<ChargeCohortRow>(NO_COHORT_MONEY, [
          [d(145), { chargesCents: 36500 }],
          [d(110), { chargesCents: 36500 }],
          [d(75), { chargesCents: 36500 }],
          [d(40), { chargesCents: 85500, paymentsCents: 10000 }],
          [d(5), { chargesCents: 36500 }],
        ]),
      );
      const beforeRefund = (await run('charge-cohort', period(), history.beforeRefund)) as ChargeCohortRow[];
      expect(beforeRefund.find((row) => row.period === d(110).slice(0, 7))).toEqual({ period: d(110).slice(0, 7), chargesCents: 36500, paymentsCents: 38000, refundsCents: 0, contractualAdjustmentsCents: 11000 });
      expect(await run('charge-cohort', period(), startedAt)).toEqual([]);
    });

    it('selects dates of service in the period, and filters by the primary claim’s payer, the location and the provider', async () => {
      const brownMonth = { period: d(40).slice(0, 7), chargesCents: 85500, paymentsCents: 37800, refundsCents: 0, contractualAdjustmentsCents: 8500 };
      expect(await run('charge-cohort', { from: d(40), to: d(40) })).toEqual([brownMonth]);
      expect(await run('charge-cohort', { from: d(75), to: d(41) })).toEqual([{ period: d(75).slice(0, 7), chargesCents: 36500, paymentsCents: 8000, refundsCents: 0, contractualAdjustmentsCents: 2500 }]);
      const { payerId, secondaryPayerId, doctorId } = history.practice.ids;
      expect(await run('charge-cohort', { from: d(40), to: d(40), payerId: secondaryPayerId })).toEqual([{ ...brownMonth, chargesCents: 36500, paymentsCents: 0, contractualAdjustmentsCents: 0 }]);
      expect(await run('charge-cohort', { from: d(40), to: d(40), payerId })).toEqual([{ ...brownMonth, chargesCents: 36500, paymentsCents: 27800 }]);
      expect(await run('charge-cohort', { ...period(), locationId: history.secondLocationId })).toEqual([{ ...brownMonth, chargesCents: 36500, paymentsCents: 0, contractualAdjustmentsCents: 0 }]);
      expect(await run('charge-cohort', { from: d(40), to: d(40), providerId: doctorId })).toEqual([brownMonth]);
      expect(await run('charge-cohort', { ...period(), providerId: randomUUID() })).toEqual([]);
    });
  });

  describe('ledger-activity', () => {
    it('counts entries in the month of their effective date: charges at the date of service, the checks, copays, refund and reversal today', async () => {
      expect(await run('ledger-activity', period())).toEqual(
        byMonth<LedgerActivityRow>(NO_ACTIVITY, [
          [d(145), { chargesCents: 36500 }],
          [d(110), { chargesCents: 36500 }],
          [d(75), { chargesCents: 36500 }],
          [d(40), { chargesCents: 85500 }],
          [d(32), { patientPaymentsCents: 300 }],
          [d(5), { chargesCents: 36500 }],
          // Check 1 pays 88,000 and adjusts 28,000 (CO-50 is held open); check 2 pays Davis 10,000 (CO-45 2,500) and
          // reverses Evans (−26,000 paid, −8,500 adjusted); the copays applied: Brown 1,500, Foster 10,000.
          [history.today, { payerPaymentsCents: 88000 + 10000 - 26000, contractualAdjustmentsCents: 28000 + 2500 - 8500, refundsCents: 10000 }],
          [history.pointOfServiceDay, { patientPaymentsCents: 11500 }],
        ]),
      );
    });

    it('selects effective dates in the period, counts only what was recorded by the run’s instant, and filters by visit', async () => {
      // Today's postings only (the receipts are dated in UTC: the same day, or the next).
      const todayOnly = { from: history.today, to: history.pointOfServiceDay };
      const today = (refundsCents: number, copays: number) =>
        byMonth<LedgerActivityRow>(NO_ACTIVITY, [
          [history.today, { contractualAdjustmentsCents: 22000, payerPaymentsCents: 72000, refundsCents }],
          [history.pointOfServiceDay, { patientPaymentsCents: copays }],
        ]);
      expect(await run('ledger-activity', todayOnly)).toEqual(today(10000, 11500));
      expect(await run('ledger-activity', todayOnly, history.beforeRefund)).toEqual(today(0, 11500));
      expect(await run('ledger-activity', todayOnly, history.beforeRemittances)).toEqual([{ period: history.pointOfServiceDay.slice(0, 7), ...NO_ACTIVITY, patientPaymentsCents: 10000 }]);
      expect(await run('ledger-activity', { ...period(), payerId: history.practice.ids.secondaryPayerId })).toEqual([{ period: d(40).slice(0, 7), ...NO_ACTIVITY, chargesCents: 36500 }]);
      expect(await run('ledger-activity', { ...todayOnly, locationId: history.practice.ids.locationId })).toEqual(await run('ledger-activity', todayOnly));
      expect(await run('ledger-activity', { ...period(), locationId: history.secondLocationId })).toEqual([{ period: d(40).slice(0, 7), ...NO_ACTIVITY, chargesCents: 36500 }]);
    });
  });

  describe('patient-payments', () => {
    it('counts the receipts taken at the visit by the day received, and the other patient payments once', async () => {
      expect(await run('patient-payments', period())).toEqual(
        byMonth<PatientPaymentRow>(NO_PATIENT_MONEY, [
          [history.pointOfServiceDay, { pointOfServiceCents: 1500 + 10000 }],
          [d(32), { otherCents: 300 }],
        ]),
      );
      expect(await run('patient-payments', period(), history.beforeRemittances)).toEqual([{ period: history.pointOfServiceDay.slice(0, 7), pointOfServiceCents: 11500, otherCents: 0 }]);
      expect(await run('patient-payments', period(), startedAt)).toEqual([]);
    });

    it('filters by the visit: the primary claim’s payer leaves the self-pay visit out', async () => {
      expect(await run('patient-payments', { ...period(), payerId: history.practice.ids.payerId })).toEqual(
        byMonth<PatientPaymentRow>(NO_PATIENT_MONEY, [
          [history.pointOfServiceDay, { pointOfServiceCents: 1500 }],
          [d(32), { otherCents: 300 }],
        ]),
      );
      expect(await run('patient-payments', { ...period(), locationId: history.secondLocationId })).toEqual([]);
      expect(await run('patient-payments', { from: d(32), to: d(32) })).toEqual([{ period: d(32).slice(0, 7), pointOfServiceCents: 0, otherCents: 300 }]);
    });
  });

  describe('payer-mix', () => {
    it('counts the encounters billed and their charges (the voided one left out) by month of service and primary payer', async () => {
      const { payerId, secondaryPayerId } = history.practice.ids;
      const acme = (days: number) => ({ period: d(days).slice(0, 7), payerId, payerName: 'Acme Health', encounters: 1, chargesCents: 36500 });
      expect(await run('payer-mix', period())).toEqual([
        acme(145),
        acme(110),
        acme(75),
        acme(40),
        { period: d(40).slice(0, 7), payerId: secondaryPayerId, payerName: 'Second Mutual', encounters: 1, chargesCents: 36500 },
        { period: d(40).slice(0, 7), payerId: null, payerName: 'Self-pay', encounters: 1, chargesCents: 12500 },
        acme(5),
      ]);
      expect(await run('payer-mix', period(), startedAt)).toEqual([]);
      expect(await run('payer-mix', { ...period(), payerId: secondaryPayerId })).toEqual([{ period: d(40).slice(0, 7), payerId: secondaryPayerId, payerName: 'Second Mutual', encounters: 1, chargesCents: 36500 }]);
      expect(await run('payer-mix', { from: d(40), to: d(40), locationId: history.practice.ids.locationId })).toEqual([acme(40), { period: d(40).slice(0, 7), payerId: null, payerName: 'Self-pay', encounters: 1, chargesCents: 12500 }]);
      expect(await run('payer-mix', { ...period(), providerId: randomUUID() })).toEqual([]);
    });

    it('leaves out a visit whose charges were entered by the instant but billed after it', async () => {
      let entered = new Date(0);
      await history.practice.submittedClaim('Hughes', { dateOfService: d(20), submit: false, beforeBuild: async () => void (entered = await instantBetweenSteps()) });
      const day = { from: d(20), to: d(20) };
      expect(await run('payer-mix', day, entered)).toEqual([]);
      expect(await run('payer-mix', day)).toEqual([{ period: d(20).slice(0, 7), payerId: history.practice.ids.payerId, payerName: 'Acme Health', encounters: 1, chargesCents: 36500 }]);
    });
  });
});
