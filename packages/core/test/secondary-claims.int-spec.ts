import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { validate837P } from '@openrcm/x12';
import { runInAuditScope } from '../src/audit/audit-scope';
import { ClaimService } from '../src/claims/claim.service';
import { Coverage } from '../src/coverages/coverage.entity';
import { verifyLedger } from '../src/ledger/ledger.verifier';
import { BillingPractice, type SubmittedClaim } from './support/billing-practice';
import { PYX12_HOME, pyx12Available, pyx12Validate } from './support/pyx12';
import { test835, type TestClaim } from './support/remittance-835';
import { startTestServer, testConfig } from './support/test-app';

/** The claim view as these tests read it. */
interface ClaimBody {
  readonly id: string;
  readonly patientControlNumber: string;
  readonly state: string;
  readonly frequency: string;
  readonly coverageId: string;
  readonly coverageOrder: string;
  readonly payerRecordId: string;
  readonly priorPayerClaimId: string | null;
  readonly crossoverRemittanceClaimId: string | null;
  readonly totalChargeCents: number;
  readonly lines: { lineNumber: number; lineItemControlNumber: string; procedureCode: string; modifiers: string[]; units: number; chargeCents: number; chargeId: string }[];
  readonly snapshot: { payerResponsibility: string; payer: { payerId: string }; otherPayers: { payer: { payerId: string }; payerResponsibility: string; paidCents: number; adjudicationDate: string; payerClaimNumber: string; lines: unknown[] }[] };
}

/**
 * Issue #9 item 3: after the primary's 835 moves patient responsibility to the secondary coverage, the claim to the
 * secondary payer is built with the primary's adjudication (2320/2330A/2330B, 2430) and starts in draft; its 837P
 * passes our validator and pyx12; the secondary's 835 posts to the secondary's accounts and sends the rest to the
 * patient. A crossover (CLP02 19, NM1*TT) builds nothing, and the secondary's 835 on the primary's CLM01 posts to the
 * secondary's account.
 */
describe('secondary claims', () => {
  let app: INestApplication;
  let practice: BillingPractice;
  let abbott: SubmittedClaim;
  let crosby: SubmittedClaim;
  let secondary: ClaimBody;

  const upload = (x12: string) => practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain').send(x12);
  const claimView = async (claimId: string): Promise<ClaimBody> => (await practice.get(`/claims/${claimId}`).expect(200)).body;
  const nextPayerClaims = (priorClaimId: string) => practice.rows<{ id: string }>('select id from claim where prior_payer_claim_id = ?', [priorClaimId]);
  const balances = async (claim: SubmittedClaim) => {
    const rows = await practice.rows<{ party: string; coverage_id: string | null; total: string }>(
      'select party, coverage_id, sum(amount_cents)::text as total from ledger_entry where patient_id = ? group by party, coverage_id',
      [claim.patientId],
    );
    const of = (party: string, coverageId: string | null) => Number(rows.find((row) => row.party === party && row.coverage_id === coverageId)?.total ?? 0);
    return { primary: of('payer', claim.coverageIds.primary), secondary: of('payer', claim.coverageIds.secondary), patient: of('patient', null) };
  };
  const verified = async () => expect((await verifyLedger(app.get(MikroORM).em.fork() as never, practice.admin.organizationId)).violations).toEqual([]);
  const memberIdOf = (coverageId: string | null) => runInAuditScope(practice.context, null, async () => (await app.get(MikroORM).em.fork().findOneOrFail(Coverage, { id: coverageId as string })).memberId);

  /**
   * The primary's adjudication: 99213 $125.00 → paid $60.00, CO-45 $25.00, deductible PR-1 $20.00, coinsurance PR-2
   * $20.00; 97110 × 4 $240.00 → paid $120.00, CO-45 $60.00, PR-2 $30.00, PR-1 $30.00. $100.00 goes to the secondary.
   */
  const primaryPayment = (claim: SubmittedClaim, status = '1'): TestClaim => ({
    pcn: claim.patientControlNumber,
    status,
    charge: 36500,
    paid: 18000,
    patientResponsibility: 10000,
    ...(status === '19' ? { crossover: { name: 'SECOND MUTUAL', id: 'SECOND1' } } : {}),
    lines: [
      { control: claim.lines[0]?.lineItemControlNumber, code: '99213', charge: 12500, paid: 6000, cas: [['CO', '45', 2500], ['PR', '1', 2000], ['PR', '2', 2000]] },
      { control: claim.lines[1]?.lineItemControlNumber, code: '97110', modifiers: ['GP'], units: 4, charge: 24000, paid: 12000, cas: [['CO', '45', 6000], ['PR', '2', 3000], ['PR', '1', 3000]] },
    ],
  });

  /** The secondary's adjudication of the same lines: OA-23 the primary's share, paid $70.00, $30.00 left to the patient. */
  const secondaryPayment = (pcn: string, controls: readonly (string | undefined)[]): TestClaim => ({
    pcn,
    status: '2',
    charge: 36500,
    paid: 7000,
    patientResponsibility: 3000,
    lines: [
      { control: controls[0], code: '99213', charge: 12500, paid: 3000, cas: [['OA', '23', 8500], ['PR', '1', 1000]] },
      { control: controls[1], code: '97110', modifiers: ['GP'], units: 4, charge: 24000, paid: 4000, cas: [['OA', '23', 18000], ['PR', '2', 2000]] },
    ],
  });

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    practice = await BillingPractice.create(app);
    abbott = await practice.submittedClaim('Abbott', { secondary: true });
    crosby = await practice.submittedClaim('Crosby', { secondary: true });
    // Two visits driven through the API on PGlite: slow when the machine is busy.
  }, 120_000);

  afterAll(async () => {
    await app.close();
  });

  it('builds the claim to the secondary payer when the primary’s 835 moves patient responsibility to it', async () => {
    const chargesBefore = await practice.rows('select id from ledger_entry where patient_id = ? and kind = ?', [abbott.patientId, 'charge']);
    const response = await upload(test835({ trace: 'PRI2001', claims: [primaryPayment(abbott)] })).expect(200);
    expect(response.body.postings[0]).toMatchObject({ outcome: 'posted', claimPayments: 1, unmatched: 0 });
    expect(await balances(abbott)).toEqual({ primary: 0, secondary: 10000, patient: 0 });
    expect(await practice.stateOf(abbott.id)).toBe('paid');

    const built = await nextPayerClaims(abbott.id);
    expect(built).toHaveLength(1);
    secondary = await claimView(built[0]?.id as string);
    expect(secondary).toMatchObject({
      state: 'draft',
      frequency: '1',
      coverageId: abbott.coverageIds.secondary,
      coverageOrder: 'secondary',
      payerRecordId: practice.ids.secondaryPayerId,
      priorPayerClaimId: abbott.id,
      crossoverRemittanceClaimId: null,
      totalChargeCents: 36500,
    });
    expect(secondary.patientControlNumber).not.toBe(abbott.patientControlNumber);
    expect(secondary.lines.map((line) => [line.lineNumber, line.procedureCode, line.modifiers, line.units, line.chargeCents, line.chargeId])).toEqual([
      [1, '99213', [], 1, 12500, abbott.lines[0]?.chargeId],
      [2, '97110', ['GP'], 4, 24000, abbott.lines[1]?.chargeId],
    ]);
    const primaryControls = new Set(abbott.lines.map((line) => line.lineItemControlNumber));
    expect(secondary.lines.every((line) => line.lineItemControlNumber.startsWith(secondary.patientControlNumber) && !primaryControls.has(line.lineItemControlNumber))).toBe(true);
    expect(secondary.snapshot.payerResponsibility).toBe('S');
    expect(secondary.snapshot.payer.payerId).toBe('SECOND1');
    expect(secondary.snapshot.otherPayers).toEqual([
      expect.objectContaining({
        payerResponsibility: 'P',
        payer: expect.objectContaining({ payerId: 'ACME1' }),
        payerClaimNumber: `ICN-${abbott.patientControlNumber}`,
        adjudicationDate: '2026-04-01',
        paidCents: 18000,
        remainingPatientLiabilityCents: 10000,
        claimAdjustments: [],
        lines: [
          {
            lineNumber: 1,
            procedureCode: '99213',
            modifiers: [],
            paidCents: 6000,
            paidUnits: 1,
            adjustments: [
              { groupCode: 'CO', reasonCode: '45', amountCents: 2500, quantity: null },
              { groupCode: 'PR', reasonCode: '1', amountCents: 2000, quantity: null },
              { groupCode: 'PR', reasonCode: '2', amountCents: 2000, quantity: null },
            ],
            remainingPatientLiabilityCents: 4000,
          },
          {
            lineNumber: 2,
            procedureCode: '97110',
            modifiers: ['GP'],
            paidCents: 12000,
            paidUnits: 4,
            adjustments: [
              { groupCode: 'CO', reasonCode: '45', amountCents: 6000, quantity: null },
              { groupCode: 'PR', reasonCode: '2', amountCents: 3000, quantity: null },
              { groupCode: 'PR', reasonCode: '1', amountCents: 3000, quantity: null },
            ],
            remainingPatientLiabilityCents: 6000,
          },
        ],
      }),
    ]);
    // No charge is posted for it: the lines were charged once; the money sits on the secondary's account by transfer.
    expect(await practice.rows('select id from ledger_entry where patient_id = ? and kind = ?', [abbott.patientId, 'charge'])).toEqual(chargesBefore);
    await verified();
  });

  it('builds it once: a reversal and correction of the primary payment leaves the one secondary claim', async () => {
    const reversal: TestClaim = {
      pcn: abbott.patientControlNumber,
      status: '22',
      charge: -36500,
      paid: -18000,
      patientResponsibility: -10000,
      lines: primaryPayment(abbott).lines?.map((line) => ({ ...line, charge: -line.charge, paid: -line.paid, cas: line.cas?.map(([group, reason, cents]) => [group, reason, -cents] as const) })),
    };
    await upload(test835({ trace: 'PRI2002', claims: [reversal, primaryPayment(abbott)] })).expect(200);
    expect((await nextPayerClaims(abbott.id)).map((row) => row.id)).toEqual([secondary.id]);
    expect(await balances(abbott)).toEqual({ primary: 0, secondary: 10000, patient: 0 });
    await verified();
  });

  it('writes the primary’s adjudication into the secondary’s 837P (2320, 2330A, 2330B, 2430)', async () => {
    const x12: string = (await practice.get(`/claims/${secondary.id}/837p`).query({ receiverId: 'CLEARHOUSE', receiverName: 'Clearinghouse' }).expect(200)).body.x12.replace(/~\s*/g, '~');
    expect(validate837P(x12, { npiCheckDigit: 'error' }).errors.filter((error) => error.severity === 'error')).toEqual([]);
    const [primaryMember, secondaryMember] = [await memberIdOf(abbott.coverageIds.primary), await memberIdOf(abbott.coverageIds.secondary)];
    // 2000B/2010BA/2010BB: the secondary payer is billed, its subscriber with the patient's street address.
    expect(x12).toContain(`SBR*S*18*G-77******CI~NM1*IL*1*Abbott*Maria****MI*${secondaryMember}~N3*12 Elm St~N4*Springfield*IL*62704~DMG*D8*19850412*F~NM1*PR*2*Second Mutual*****PI*SECOND1~`);
    expect(x12).toContain(`CLM*${secondary.patientControlNumber}*365***11:B:1*Y*A*Y*Y~`);
    // 2320 (no claim-level CAS: the primary adjudicated each line), 2330A, 2330B.
    expect(x12).toContain(`SBR*P*18*G-77******CI~AMT*D*180~OI***Y***Y~NM1*IL*1*Abbott*Maria****MI*${primaryMember}~NM1*PR*2*Acme Health*****PI*ACME1~LX*1~`);
    // 2430 per line: SVD paid and units, CAS per group as the 835 stated them, DTP*573, AMT*EAF.
    const [first, second] = secondary.lines;
    expect(x12).toContain(`REF*6R*${first?.lineItemControlNumber}~SVD*ACME1*60*HC:99213**1~CAS*CO*45*25~CAS*PR*1*20**2*20~DTP*573*D8*20260401~AMT*EAF*40~LX*2~`);
    expect(x12).toContain(`REF*6R*${second?.lineItemControlNumber}~SVD*ACME1*120*HC:97110:GP**4~CAS*CO*45*60~CAS*PR*2*30**1*30~DTP*573*D8*20260401~AMT*EAF*60~SE*`);
  });

  (pyx12Available ? it : it.skip)(`passes pyx12 (skipped when no pyx12 checkout is at PYX12_HOME=${PYX12_HOME})`, async () => {
    const x12: string = (await practice.get(`/claims/${secondary.id}/837p`).query({ receiverId: 'CLEARHOUSE', receiverName: 'Clearinghouse' }).expect(200)).body.x12;
    const { file, output, status } = pyx12Validate(x12, 'secondary.837');
    expect(output).toContain(`${file}: OK`);
    expect(status).toBe(0);
  });

  it('scrubs and sends it like any claim; the secondary’s 835 posts to its accounts and the rest goes to the patient', async () => {
    const move = (event: string) => practice.post(`/claims/${secondary.id}/transitions`, { event }).expect(200);
    await move('scrub');
    await move('release');
    await runInAuditScope(practice.context, null, () => app.get(ClaimService).transition(practice.context, secondary.id, 'submit'));
    const response = await upload(test835({ trace: 'SEC2003', payerId: 'SECOND1', claims: [secondaryPayment(secondary.patientControlNumber, secondary.lines.map((line) => line.lineItemControlNumber))] })).expect(200);
    expect(response.body.postings[0]).toMatchObject({ outcome: 'posted', claimPayments: 1, unmatched: 0, warnings: [] });
    const [payment] = await practice.rows<{ claim_id: string; coverage_id: string }>('select claim_id, coverage_id from remittance_claim where remittance_id = ?', [response.body.postings[0].remittanceId]);
    expect(payment).toEqual({ claim_id: secondary.id, coverage_id: abbott.coverageIds.secondary });
    // OA-23 is the primary's share, posted on the primary's account already: recorded, not posted again.
    const dispositions = await practice.rows<{ group_code: string; reason_code: string; disposition: string }>(
      'select distinct group_code, reason_code, disposition from remittance_adjustment a join remittance_claim c on c.id = a.remittance_claim_id where c.claim_id = ? order by group_code, reason_code',
      [secondary.id],
    );
    expect(dispositions).toEqual([
      { group_code: 'OA', reason_code: '23', disposition: 'prior-payer' },
      { group_code: 'PR', reason_code: '1', disposition: 'patient' },
      { group_code: 'PR', reason_code: '2', disposition: 'patient' },
    ]);
    expect(await balances(abbott)).toEqual({ primary: 0, secondary: 0, patient: 3000 });
    expect(await practice.stateOf(secondary.id)).toBe('paid');
    // No payer is left after the secondary: nothing more is built.
    expect(await nextPayerClaims(secondary.id)).toEqual([]);
    await verified();

    // A replacement (7) of the secondary claim still carries the primary's adjudication.
    const replacement = (await practice.post(`/claims/${secondary.id}/replace`).expect(201)).body as ClaimBody;
    expect(replacement).toMatchObject({ frequency: '7', coverageOrder: 'secondary', priorPayerClaimId: null });
    expect((await claimView(replacement.id)).snapshot.otherPayers).toEqual([expect.objectContaining({ payerResponsibility: 'P', paidCents: 18000, payer: expect.objectContaining({ payerId: 'ACME1' }) })]);
  });

  it('builds nothing for a crossover (CLP02 19, NM1*TT); the secondary’s 835 on the primary’s CLM01 posts to the secondary', async () => {
    const crossed = await upload(test835({ trace: 'PRI2004', claims: [primaryPayment(crosby, '19')] })).expect(200);
    expect(crossed.body.postings[0]).toMatchObject({ outcome: 'posted', claimPayments: 1, unmatched: 0 });
    expect(await nextPayerClaims(crosby.id)).toEqual([]);
    expect(await balances(crosby)).toEqual({ primary: 0, secondary: 10000, patient: 0 });
    const [crossover] = await practice.rows<{ id: string; crossover_payer_id: string }>('select id, crossover_payer_id from remittance_claim where remittance_id = ?', [crossed.body.postings[0].remittanceId]);
    expect(crossover?.crossover_payer_id).toBe('SECOND1');
    expect(await claimView(crosby.id)).toMatchObject({ state: 'paid', crossoverRemittanceClaimId: crossover?.id, priorPayerClaimId: null });

    const answered = await upload(test835({ trace: 'SEC2005', payerId: 'SECOND1', claims: [secondaryPayment(crosby.patientControlNumber, crosby.lines.map((line) => line.lineItemControlNumber))] })).expect(200);
    expect(answered.body.postings[0]).toMatchObject({ outcome: 'posted', claimPayments: 1, unmatched: 0, warnings: [] });
    const [payment] = await practice.rows<{ claim_id: string; coverage_id: string }>('select claim_id, coverage_id from remittance_claim where remittance_id = ?', [answered.body.postings[0].remittanceId]);
    expect(payment).toEqual({ claim_id: crosby.id, coverage_id: crosby.coverageIds.secondary });
    expect(await balances(crosby)).toEqual({ primary: 0, secondary: 0, patient: 3000 });
    expect(await nextPayerClaims(crosby.id)).toEqual([]);
    // The primary claim keeps the state its own payer gave it.
    expect(await practice.stateOf(crosby.id)).toBe('paid');
    await verified();
  });
});
