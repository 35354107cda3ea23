import type { INestApplication } from '@nestjs/common';
import type { ClaimCohort, ClaimListParameters, ReportParameters } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { verifyLedger } from '../../src/ledger/ledger.verifier';
import { chargeLag } from '../../src/reporting/aggregates/charge-lag.aggregate';
import { CLAIM_AGGREGATES } from '../../src/reporting/aggregates/claim-aggregates';
import { claimAdjudications } from '../../src/reporting/aggregates/claim-adjudications.aggregate';
import { claimList } from '../../src/reporting/aggregates/claim-list.aggregate';
import { claimScrubs } from '../../src/reporting/aggregates/claim-scrubs.aggregate';
import { denials } from '../../src/reporting/aggregates/denials.aggregate';
import { gateDefects } from '../../src/reporting/aggregates/gate-defects.aggregate';
import { openArClaimList } from '../../src/reporting/aggregates/open-ar-claim-list';
import { addDays, calendarDate } from '../../src/time/calendar-date';
import { startTestServer, testConfig } from '../support/test-app';
import { buildClaimHistory, reportingScrubPlugin, type ClaimHistory, type HistoryClaims } from './claim-history';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysFrom = (dateOfService: string, to: string) => Math.round((Date.parse(to) - Date.parse(dateOfService)) / DAY_MS);

/**
 * The claim-history reporting aggregates (claim-scrubs, claim-adjudications, denials, gate-defects, charge-lag,
 * claim-list) on a history built through the API and posted 835s (see claim-history.ts): exact counts, cents and
 * months; runs as of earlier instants; the payer, provider and location filters; and each drill-down lists exactly
 * the claims its number counts.
 */
describe('reporting aggregates of the claim history', () => {
  let app: INestApplication;
  let h: ClaimHistory;
  let claims: HistoryClaims;
  let acme: string;
  let beacon: string;
  let month: string;
  let period: ReportParameters;
  let otherDoctorId: string;

  beforeAll(async () => {
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'reporting-scrub' }] } });
    app = await startTestServer(config, { loadPluginModule: () => ({ plugin: reportingScrubPlugin }) });
    h = await buildClaimHistory(app);
    claims = h.claims;
    acme = h.practice.ids.payerId;
    beacon = h.beaconPayerId;
    month = h.today.slice(0, 7);
    period = { from: addDays(h.today, -90), to: h.today };
    otherDoctorId = (await h.practice.post('/providers', { kind: 'individual', name: 'Lindqvist', firstName: 'Eva', npi: '1003000126', taxonomy: '207Q00000X' }).expect(201)).body.id;
  }, 300_000);

  afterAll(async () => {
    await app.close();
  });

  const ids = (...names: (keyof HistoryClaims)[]) => names.map((name) => claims[name].id).sort();
  const listed = async (cohort: ClaimCohort, extra: Partial<ClaimListParameters> = {}, asOf?: Date) => claimList(h.em(), h.scope(asOf), { ...period, cohort, ...extra });
  const listedIds = async (cohort: ClaimCohort, extra: Partial<ClaimListParameters> = {}) => (await listed(cohort, extra)).map((row) => row.claimId).sort();

  it('counts claims by month of first scrub and payer; clean means no error finding ever and no reopen, as of the run', async () => {
    expect(await claimScrubs(h.em(), h.scope(), period)).toEqual([
      { period: month, payerId: acme, payerName: 'Acme Health', scrubbed: 10, clean: 6 },
      { period: month, payerId: beacon, payerName: 'Beacon Care', scrubbed: 1, clean: 1 },
    ]);
    // Kim's error was found after every claim was sent: as of then, Kim was clean.
    expect(await claimScrubs(h.em(), h.scope(h.beforeRemittances), period)).toEqual([
      { period: month, payerId: acme, payerName: 'Acme Health', scrubbed: 10, clean: 7 },
      { period: month, payerId: beacon, payerName: 'Beacon Care', scrubbed: 1, clean: 1 },
    ]);
    // Before Chen was built only Adams (clean) and Brooks (an error found, refused, fixed) had been scrubbed.
    expect(await claimScrubs(h.em(), h.scope(h.beforeException), period)).toEqual([{ period: month, payerId: acme, payerName: 'Acme Health', scrubbed: 2, clean: 1 }]);
    expect(await claimScrubs(h.em(), h.scope(), { ...period, to: addDays(h.today, -1) })).toEqual([]);
  });

  it('filters by payer, rendering provider and location', async () => {
    const beaconOnly = [{ period: month, payerId: beacon, payerName: 'Beacon Care', scrubbed: 1, clean: 1 }];
    expect(await claimScrubs(h.em(), h.scope(), { ...period, payerId: beacon })).toEqual(beaconOnly);
    expect(await claimScrubs(h.em(), h.scope(), { ...period, payerId: h.practice.ids.secondaryPayerId })).toEqual([]);
    const all = await claimScrubs(h.em(), h.scope(), period);
    expect(await claimScrubs(h.em(), h.scope(), { ...period, providerId: h.practice.ids.doctorId, locationId: h.practice.ids.locationId })).toEqual(all);
    expect(await claimScrubs(h.em(), h.scope(), { ...period, providerId: otherDoctorId })).toEqual([]);
    expect(await claimAdjudications(h.em(), h.scope(), { ...period, payerId: beacon })).toEqual([
      { period: month, payerId: beacon, payerName: 'Beacon Care', adjudicated: 1, adjudicatedChargeCents: 36500, deniedFirst: 0, deniedFirstChargeCents: 0, resolvedFirstPass: 1 },
    ]);
    expect(await claimAdjudications(h.em(), h.scope(), { ...period, providerId: otherDoctorId })).toEqual([]);
    expect(await denials(h.em(), h.scope(), { ...period, payerId: beacon })).toEqual([]);
    expect(await denials(h.em(), h.scope(), { ...period, locationId: h.practice.ids.locationId })).toEqual(await denials(h.em(), h.scope(), period));
    expect(await gateDefects(h.em(), h.scope(), { ...period, payerId: beacon })).toEqual([]);
    expect(await gateDefects(h.em(), h.scope(), { ...period, payerId: acme, providerId: h.practice.ids.doctorId })).toEqual(await gateDefects(h.em(), h.scope(), period));
    expect(await gateDefects(h.em(), h.scope(), { ...period, providerId: otherDoctorId })).toEqual([]);
    const days = daysFrom('2026-03-02', h.today);
    expect(await chargeLag(h.em(), h.scope(), { from: h.today, to: h.today, payerId: beacon })).toEqual([{ period: month, charges: 2, chargeLagDays: 2 * days, claimsSubmitted: 1, daysToSubmit: days }]);
    expect(await chargeLag(h.em(), h.scope(), { from: h.today, to: h.today, providerId: otherDoctorId })).toEqual([]);
  });

  it('counts claims by month of first adjudication: denied on it (CLP02 4) and resolved on first pass; a reversal adds none', async () => {
    expect(await claimAdjudications(h.em(), h.scope(), period)).toEqual([
      { period: h.jonesReceivedOn.slice(0, 7), payerId: acme, payerName: 'Acme Health', adjudicated: 1, adjudicatedChargeCents: 36500, deniedFirst: 0, deniedFirstChargeCents: 0, resolvedFirstPass: 1 },
      // Adams, Brooks, Chen, Diaz's correction, Evans, Irwin: Chen denied; Diaz's correction went out a second time.
      { period: month, payerId: acme, payerName: 'Acme Health', adjudicated: 6, adjudicatedChargeCents: 219000, deniedFirst: 1, deniedFirstChargeCents: 36500, resolvedFirstPass: 4 },
      { period: month, payerId: beacon, payerName: 'Beacon Care', adjudicated: 1, adjudicatedChargeCents: 36500, deniedFirst: 0, deniedFirstChargeCents: 0, resolvedFirstPass: 1 },
    ]);
    expect(await claimAdjudications(h.em(), h.scope(), { from: h.today, to: h.today })).toHaveLength(2);
    // Before the first 835 was posted nothing was adjudicated.
    expect(await claimAdjudications(h.em(), h.scope(h.beforeRemittances), period)).toEqual([]);
  });

  it('counts denials by month received, payer and category: distinct claims, denied lines and cents', async () => {
    expect(await denials(h.em(), h.scope(), period)).toEqual([
      { period: month, payerId: acme, payerName: 'Acme Health', category: 'authorization', claims: 1, lines: 1, amountCents: 36500 },
      // Brooks's 97110 denied by CO-50 and CO-167 (one line), Irwin's by CO-50.
      { period: month, payerId: acme, payerName: 'Acme Health', category: 'medical-necessity', claims: 2, lines: 2, amountCents: 48000 },
    ]);
    expect(await denials(h.em(), h.scope(h.beforeRemittances), period)).toEqual([]);
  });

  it('counts gate defects by check: refusals, exceptions and the upstream work item the repeat opened (not denial patterns)', async () => {
    expect(await gateDefects(h.em(), h.scope(), period)).toEqual([{ check: 'claim-scrub-clean', recordType: 'claim', refused: 1, excepted: 1, upstreamWorkItems: 1 }]);
    expect(await gateDefects(h.em(), h.scope(h.beforeException), period)).toEqual([{ check: 'claim-scrub-clean', recordType: 'claim', refused: 1, excepted: 0, upstreamWorkItems: 0 }]);
    // Brooks's and Irwin's CO-50 on 97110 opened a denial-pattern upstream item: a denial queue's, not a gate's.
    const patterns = await h.practice.rows<{ category: string }>(`select category from work_item where organization_id = ? and kind = 'upstream-defect' and record_type = 'denial-pattern'`, [h.practice.context.organizationId]);
    expect(patterns).toEqual([{ category: 'medical-necessity' }]);
    expect(await gateDefects(h.em(), h.scope(), { ...period, to: addDays(h.today, -1) })).toEqual([]);
  });

  it('keeps each claim’s first scrub and submit in claim_first_event, the earliest whatever the order recorded, and verify names a row that drifted', async () => {
    const organizationId = h.practice.admin.organizationId;
    const firsts = async (event: string) =>
      h.em().execute<{ claim_id: string; created_at: Date }[]>(`select claim_id, created_at from claim_first_event where organization_id = ? and event = ? order by claim_id`, [organizationId, event]);
    // One row per claim with the event: eleven claims submitted, their first scrub kept once however often re-scrubbed.
    expect(await firsts('submit')).toHaveLength(11);
    expect(await firsts('scrub')).toHaveLength(11);
    expect((await verifyLedger(h.em(), organizationId)).violations).toEqual([]);

    // Transitions of a claim recorded out of order (a claim id no claim row has, so no aggregate counts it).
    const claimId = randomUUID();
    const transition = (at: string) => {
      const id = randomUUID();
      return h
        .em()
        .execute(
          `insert into workflow_transition (id, organization_id, created_at, workflow, record_id, event, from_state, to_state, actor_type, actor_id)
           values (?, ?, ?, 'claim', ?, 'submit', 'ready', 'submitted', 'system', 'test')`,
          [id, organizationId, at, claimId],
        )
        .then(() => id);
    };
    const stored = async () => (await h.em().execute<{ transition_id: string }[]>(`select transition_id from claim_first_event where claim_id = ? and event = 'submit'`, [claimId])).map((row) => row.transition_id);
    const second = await transition('2026-01-02T10:00:00Z');
    expect(await stored()).toEqual([second]);
    const first = await transition('2026-01-01T10:00:00Z');
    await transition('2026-01-03T10:00:00Z');
    expect(await stored()).toEqual([first]);
    expect((await verifyLedger(h.em(), organizationId)).violations).toEqual([]);

    await h.em().execute(`update claim_first_event set transition_id = ? where claim_id = ?`, [second, claimId]);
    expect((await verifyLedger(h.em(), organizationId)).violations).toEqual([expect.objectContaining({ check: 'claim-first-events-match-transitions', ids: [`${claimId} submit`] })]);
    await h.em().execute(`update claim_first_event set transition_id = ? where claim_id = ?`, [first, claimId]);
  });

  it('keeps each claim’s first adjudication by date received in claim_first_adjudication, answers as of an instant before an earlier-received one was entered, and verify names a drifted row', async () => {
    const organizationId = h.practice.context.organizationId;
    const em = h.em();
    const [{ coverage_id: coverageId, total_charge_cents: chargeCents }] = (await em.execute<{ coverage_id: string; total_charge_cents: string }[]>(
      'select coverage_id, total_charge_cents from claim where id = ?',
      [claims.kim.id],
    )) as [{ coverage_id: string; total_charge_cents: string }];
    const kimCents = Number(chargeCents);
    const startedAt = Date.now();
    const minutesLater = (minutes: number) => new Date(startedAt + minutes * 60_000);
    const today = { from: h.today, to: h.today };
    const tenDaysAgo = { from: addDays(h.today, -10), to: addDays(h.today, -10) };
    /**
     * One check paying Kim's claim: the claim payment inserted before its remittance (as posting does) or after it; the
     * remittance recorded at the payment's instant unless `remittanceAt` says otherwise.
     */
    const claimPayment = async (payment: { at: Date; remittanceAt?: Date; receivedOn: string; status: string; remittanceFirst: boolean; coverageId?: string }) => {
      const remittanceId = randomUUID();
      const claimPaymentId = randomUUID();
      const insertRemittance = () =>
        em.execute(
          `insert into remittance (id, organization_id, created_at, source, trace_number, trace_originator, payer_name, handling_code, method, payment_cents, received_on, warnings, posted_by)
           values (?, ?, ?, 'manual', ?, '1999999999', 'Acme Health', 'I', 'CHK', 0, ?, '[]', 'test')`,
          [remittanceId, organizationId, payment.remittanceAt ?? payment.at, `FIRST-${claimPaymentId}`, payment.receivedOn],
        );
      const insertClaimPayment = () =>
        em.execute(
          `insert into remittance_claim (id, organization_id, created_at, remittance_id, position, patient_control_number, status_code, charge_cents, payment_cents, match, claim_id, coverage_id)
           values (?, ?, ?, ?, 1, ?, ?, ?, 0, 'matched', ?, ?)`,
          [claimPaymentId, organizationId, payment.at, remittanceId, claims.kim.patientControlNumber, payment.status, kimCents, claims.kim.id, payment.coverageId ?? coverageId],
        );
      if (payment.remittanceFirst) await insertRemittance().then(insertClaimPayment);
      else await insertClaimPayment().then(insertRemittance);
      return claimPaymentId;
    };
    const stored = () => em.execute<{ remittance_claim_id: string; status_code: string }[]>('select remittance_claim_id, status_code from claim_first_adjudication where claim_id = ?', [claims.kim.id]);
    const listedAsOf = async (asOf: Date, cohort: ClaimCohort, dates: { from: string; to: string }) => (await claimList(em, h.scope(asOf), { ...dates, cohort })).map((row) => row.claimId);

    await em.begin();
    try {
      const answeredToday = await claimAdjudications(em, h.scope(minutesLater(180)), today);
      const paidToday = await claimPayment({ at: minutesLater(60), receivedOn: h.today, status: '1', remittanceFirst: false });
      expect(await stored()).toEqual([{ remittance_claim_id: paidToday, status_code: '1' }]);
      // A paper EOB received ten days ago, entered later: it came first. A reversal and another coverage's payment, received earlier still, are no adjudication.
      const deniedEarlier = await claimPayment({ at: minutesLater(120), receivedOn: tenDaysAgo.from, status: '4', remittanceFirst: true });
      await claimPayment({ at: minutesLater(130), receivedOn: addDays(h.today, -20), status: '22', remittanceFirst: false });
      await claimPayment({ at: minutesLater(140), receivedOn: addDays(h.today, -20), status: '1', remittanceFirst: true, coverageId: randomUUID() });
      expect(await stored()).toEqual([{ remittance_claim_id: deniedEarlier, status_code: '4' }]);
      expect((await verifyLedger(em, organizationId)).violations).toEqual([]);

      // As of the end, Kim was first adjudicated (denied) ten days ago.
      const kimDenied = { period: tenDaysAgo.from.slice(0, 7), payerId: acme, payerName: 'Acme Health', adjudicated: 1, adjudicatedChargeCents: kimCents, deniedFirst: 1, deniedFirstChargeCents: kimCents, resolvedFirstPass: 0 };
      expect(await claimAdjudications(em, h.scope(minutesLater(180)), tenDaysAgo)).toEqual([kimDenied]);
      expect(await claimAdjudications(em, h.scope(minutesLater(180)), today)).toEqual(answeredToday);
      expect(await listedAsOf(minutesLater(180), 'denied-first', tenDaysAgo)).toEqual([claims.kim.id]);
      // As of before the paper EOB was entered, Kim's first was today's payment (found among the payments recorded by then).
      expect(await claimAdjudications(em, h.scope(minutesLater(90)), tenDaysAgo)).toEqual([]);
      expect(await claimAdjudications(em, h.scope(minutesLater(90)), today)).toEqual(
        answeredToday.map((row) => (row.payerId === acme ? { ...row, adjudicated: row.adjudicated + 1, adjudicatedChargeCents: row.adjudicatedChargeCents + kimCents, resolvedFirstPass: row.resolvedFirstPass + 1 } : row)),
      );
      expect(await listedAsOf(minutesLater(90), 'adjudicated', today)).toContain(claims.kim.id);
      // As of before either, Kim was not adjudicated.
      expect(await claimAdjudications(em, h.scope(minutesLater(30)), today)).toEqual(answeredToday);
      expect(await listedAsOf(minutesLater(30), 'adjudicated', today)).not.toContain(claims.kim.id);

      // A check received twenty days ago: its claim payment written at 150 minutes, its remittance at 170. As of 160 it
      // is not recorded yet (Kim's first is still the denial); as of 190 Kim was first paid twenty days ago.
      const twentyDaysAgo = { from: addDays(h.today, -20), to: addDays(h.today, -20) };
      const paidEarliest = await claimPayment({ at: minutesLater(150), remittanceAt: minutesLater(170), receivedOn: twentyDaysAgo.from, status: '1', remittanceFirst: false });
      expect(await stored()).toEqual([{ remittance_claim_id: paidEarliest, status_code: '1' }]);
      expect(await claimAdjudications(em, h.scope(minutesLater(160)), tenDaysAgo)).toEqual([kimDenied]);
      expect(await claimAdjudications(em, h.scope(minutesLater(160)), twentyDaysAgo)).toEqual([]);
      expect(await claimAdjudications(em, h.scope(minutesLater(190)), tenDaysAgo)).toEqual([]);
      expect(await claimAdjudications(em, h.scope(minutesLater(190)), twentyDaysAgo)).toEqual([
        { ...kimDenied, period: twentyDaysAgo.from.slice(0, 7), deniedFirst: 0, deniedFirstChargeCents: 0, resolvedFirstPass: 1 },
      ]);

      await em.execute('update claim_first_adjudication set remittance_claim_id = ? where claim_id = ?', [paidToday, claims.kim.id]);
      expect((await verifyLedger(em, organizationId)).violations).toEqual([expect.objectContaining({ check: 'claim-first-adjudications-match-claim-payments', ids: [claims.kim.id] })]);
    } finally {
      await em.rollback();
    }
    expect(await claimAdjudications(h.em(), h.scope(), tenDaysAgo)).toEqual([]);
  });

  it('refuses to change or delete a claim payment, or a remittance’s receipt, which the first adjudications are kept from', async () => {
    const organizationId = h.practice.context.organizationId;
    const em = h.em();
    const [payment] = await em.execute<{ id: string; remittance_id: string }[]>('select id, remittance_id from remittance_claim where organization_id = ? and claim_id = ?', [organizationId, claims.adams.id]);
    const refused = async (statement: string, parameters: unknown[]) => {
      await em.execute('savepoint guarded');
      await expect(em.execute(statement, parameters)).rejects.toThrow(/written once|kept as received/);
      await em.execute('rollback to savepoint guarded');
    };
    await em.begin();
    try {
      await refused('update remittance_claim set status_code = ? where id = ?', ['4', payment?.id]);
      await refused('update remittance_claim set claim_id = null where id = ?', [payment?.id]);
      await refused('delete from remittance_claim where id = ?', [payment?.id]);
      await refused('update remittance set received_on = ? where id = ?', ['2020-01-01', payment?.remittance_id]);
      await refused('delete from remittance where id = ?', [payment?.remittance_id]);
      // Its warnings are not what the rollup reads.
      await em.execute(`update remittance set warnings = '[]' where id = ?`, [payment?.remittance_id]);
    } finally {
      await em.rollback();
    }
  });

  it('measures charge lag and days to submit by month of entry and of first submission', async () => {
    const days = daysFrom('2026-03-02', h.today);
    const jonesDays = daysFrom('2026-02-16', h.today);
    // Ten visits of two charges (Jones's on 2026-02-16); eleven claims first submitted (Diaz's correction is one).
    expect(await chargeLag(h.em(), h.scope(), { from: h.today, to: h.today })).toEqual([
      { period: month, charges: 20, chargeLagDays: 18 * days + 2 * jonesDays, claimsSubmitted: 11, daysToSubmit: 10 * days + jonesDays },
    ]);
    expect(await chargeLag(h.em(), h.scope(h.beforeException), { from: h.today, to: h.today })).toEqual([{ period: month, charges: 4, chargeLagDays: 4 * days, claimsSubmitted: 2, daysToSubmit: 2 * days }]);
  });

  it('lists exactly the claims each number counts, oldest date of service first', async () => {
    const scrubbed = await listed('scrubbed');
    expect(scrubbed).toHaveLength(11);
    expect(scrubbed[0]?.claimId).toBe(claims.jones.id);
    expect(scrubbed.slice(1).map((row) => row.patientControlNumber)).toEqual(scrubbed.slice(1).map((row) => row.patientControlNumber).sort());
    expect(scrubbed.map((row) => row.claimId).sort()).toEqual(ids('adams', 'brooks', 'chen', 'hale', 'diaz', 'diazCorrected', 'evans', 'irwin', 'jones', 'kim', 'flores'));
    expect(await listedIds('scrubbed-not-clean')).toEqual(ids('brooks', 'chen', 'hale', 'kim'));
    expect(await listedIds('adjudicated')).toEqual(ids('adams', 'brooks', 'chen', 'diazCorrected', 'evans', 'irwin', 'jones', 'flores'));
    expect(await listedIds('denied-first')).toEqual(ids('chen'));
    expect(await listedIds('not-resolved-first-pass')).toEqual(ids('chen', 'diazCorrected'));
    expect(await listedIds('adjudicated', { payerId: beacon })).toEqual(ids('flores'));

    const sum = <T>(rows: readonly T[], count: (row: T) => number) => rows.reduce((total, row) => total + count(row), 0);
    const scrubs = await claimScrubs(h.em(), h.scope(), period);
    const adjudications = await claimAdjudications(h.em(), h.scope(), period);
    expect(sum(scrubs, (row) => row.scrubbed)).toBe(11);
    expect(sum(scrubs, (row) => row.scrubbed - row.clean)).toBe(4);
    expect(sum(adjudications, (row) => row.adjudicated)).toBe(8);
    expect(sum(adjudications, (row) => row.deniedFirst)).toBe(1);
    expect(sum(adjudications, (row) => row.adjudicated - row.resolvedFirstPass)).toBe(2);
  });

  it('lists the claims scrubbed that were not clean exactly as counted, as of any instant and under the filters', async () => {
    const cases: [Partial<ClaimListParameters>, Date | undefined][] = [
      [{}, undefined],
      [{}, h.beforeRemittances],
      [{}, h.beforeException],
      [{ payerId: acme }, undefined],
      [{ payerId: beacon }, undefined],
      [{ from: addDays(h.today, 1), to: addDays(h.today, 1) }, undefined],
    ];
    for (const [extra, asOf] of cases) {
      const scrubs = await claimScrubs(h.em(), h.scope(asOf), { ...period, ...extra });
      const notClean = await listed('scrubbed-not-clean', extra, asOf);
      const scrubbed = (await listed('scrubbed', extra, asOf)).map((row) => row.claimId);
      expect(notClean).toHaveLength(scrubs.reduce((total, row) => total + row.scrubbed - row.clean, 0));
      expect(scrubbed).toEqual(expect.arrayContaining(notClean.map((row) => row.claimId)));
    }
  });

  it('lists denied claims with their denied amount (of one category when asked), and each claim as it stood as of the run', async () => {
    const denied = await listed('denied');
    const chen = { claimId: claims.chen.id, patientControlNumber: claims.chen.patientControlNumber, patientId: claims.chen.patientId, payerName: 'Acme Health', dateOfService: '2026-03-02', chargeCents: 36500 };
    expect(denied.map((row) => [row.claimId, row.amountCents]).sort()).toEqual([[claims.brooks.id, 24000], [claims.chen.id, 36500], [claims.irwin.id, 24000]].sort());
    expect(denied.find((row) => row.claimId === claims.chen.id)).toEqual({ ...chen, state: 'denied', amountCents: 36500 });
    expect(await listedIds('denied', { category: 'medical-necessity' })).toEqual(ids('brooks', 'irwin'));
    const before = await listed('scrubbed', {}, h.beforeRemittances);
    expect(before.find((row) => row.claimId === claims.chen.id)).toEqual({ ...chen, state: 'submitted', amountCents: 36500 });
    expect(before.find((row) => row.claimId === claims.diaz.id)?.state).toBe('corrected');
    expect((await listed('adjudicated')).find((row) => row.claimId === claims.adams.id)?.state).toBe('paid');
  });

  it('limits the list (default 1,000, at most 10,000) and lists open A/R through the open-ar drill-down', async () => {
    expect((await listed('scrubbed', { limit: 2 })).map((row) => row.claimId)).toEqual((await listed('scrubbed')).slice(0, 2).map((row) => row.claimId));
    await expect(listed('scrubbed', { limit: 10_001 })).rejects.toMatchObject({ issues: [{ field: 'limit', message: 'a whole number from 1 to 10000, got 10001' }] });
    const openAr = await listed('open-ar');
    expect(openAr.length).toBeGreaterThan(0);
    expect(openAr).toEqual(await openArClaimList(h.em(), h.scope(), { ...period, cohort: 'open-ar' }));
  });

  it('reads dates in the time zone of the scope', async () => {
    const [{ created_at: scrubbedAt }] = (await h.practice.rows<{ created_at: Date | string }>(
      `select created_at from workflow_transition where organization_id = ? and record_id = ? and event = 'scrub'`,
      [h.practice.context.organizationId, claims.adams.id],
    )) as [{ created_at: Date | string }];
    const west = calendarDate(new Date(scrubbedAt), 'Etc/GMT+12');
    const inZone = (timeZone: string) => claimList(h.em(), { ...h.scope(), timeZone }, { from: west, to: west, cohort: 'scrubbed' });
    expect((await inZone('Etc/GMT+12')).map((row) => row.claimId)).toContain(claims.adams.id);
    expect((await inZone('Etc/GMT-14')).map((row) => row.claimId)).not.toContain(claims.adams.id);
  });

  it('names its six aggregates', () => {
    expect(Object.keys(CLAIM_AGGREGATES).sort()).toEqual(['charge-lag', 'claim-adjudications', 'claim-list', 'claim-scrubs', 'denials', 'gate-defects']);
  });
});
