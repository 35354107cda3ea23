import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { INestApplication } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { payerAccount, patientAccount } from '../src/ledger/ledger-account';
import { LedgerReportService } from '../src/ledger/ledger-report.service';
import { LedgerWriter } from '../src/ledger/ledger.writer';
import { ProviderAdjustment } from '../src/remittance/provider-adjustment.entity';
import { RemittanceAdjustment, type AdjustmentDisposition } from '../src/remittance/remittance-adjustment.entity';
import { RemittanceClaim } from '../src/remittance/remittance-claim.entity';
import { Remittance } from '../src/remittance/remittance.entity';
import { signInAsNewAdmin } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

/**
 * The ledger summary's arithmetic on a small remittance written as posting writes it: two claims (CO-45, PR-1, PR-2,
 * a CO-50 denial), a PLB L6 interest and a WO recoupment. The totals must come out to the cent.
 */
describe('ledger summary', () => {
  let app: INestApplication;
  let context: RequestContext;

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    const admin = await signInAsNewAdmin(app);
    context = { organizationId: admin.organizationId, actor: { type: 'user', id: 'summary-test' }, roles: ['admin'], correlationId: 'summary-test' };
  });

  afterAll(async () => {
    await app.close();
  });

  it('totals entries by kind, the remittance by payer and in total with CAS split by disposition, PLB by reason and provider-level entries', async () => {
    const organizationId = context.organizationId;
    const writer = app.get(LedgerWriter);
    const payerRecordId = randomUUID();
    const [patientId, coverageId, chargeA, chargeB, claimA, claimB] = Array.from({ length: 6 }, () => randomUUID());
    await (app.get(MikroORM).em.fork() as EntityManager).transactional(async (tx) => {
      const billing = { source: 'billing' as const, effectiveDate: '2026-03-02' };
      const payerA = payerAccount(chargeA as string, patientId as string, coverageId as string, payerRecordId);
      const payerB = payerAccount(chargeB as string, patientId as string, coverageId as string, payerRecordId);
      const lineA = { claimId: claimA as string, claimLineId: null };
      const lineB = { claimId: claimB as string, claimLineId: null };
      writer.charge(tx, context, billing, [
        { account: payerA, line: lineA, amountCents: 20000 },
        { account: payerB, line: lineB, amountCents: 15000 },
      ]);
      const remittance = tx.create(Remittance, {
        organizationId, source: 'x12', traceNumber: 'EFT-1', traceOriginator: '1ACME', payerName: 'ACME HEALTH', payerRecordId,
        handlingCode: 'I', method: 'ACH', paymentCents: 9000, receivedOn: '2026-04-01', postedBy: 'summary-test',
      });
      const posting = { source: 'remittance' as const, sourceId: remittance.id, effectiveDate: '2026-04-01' };
      // Claim A: charged 200.00, paid 100.00, CO-45 50.00 off, PR-1 30.00 and PR-2 20.00 to the patient.
      const clpA = tx.create(RemittanceClaim, { organizationId, remittanceId: remittance.id, position: 1, patientControlNumber: 'C0000001', statusCode: '1', chargeCents: 20000, paymentCents: 10000, match: 'matched' });
      // Claim B: charged 150.00, paid 0, CO-50 150.00 denied (held open).
      const clpB = tx.create(RemittanceClaim, { organizationId, remittanceId: remittance.id, position: 2, patientControlNumber: 'C0000002', statusCode: '1', chargeCents: 15000, paymentCents: 0, match: 'matched' });
      let casPosition = 0;
      const cas = (remittanceClaimId: string, groupCode: string, reasonCode: string, amountCents: number, disposition: AdjustmentDisposition) =>
        tx.create(RemittanceAdjustment, { organizationId, remittanceClaimId, position: ++casPosition, groupCode, reasonCode, amountCents, disposition });
      cas(clpA.id, 'CO', '45', 5000, 'contractual');
      cas(clpA.id, 'PR', '1', 3000, 'patient');
      cas(clpA.id, 'PR', '2', 2000, 'patient');
      cas(clpB.id, 'CO', '50', 15000, 'denial');
      writer.pay(tx, context, posting, { account: payerA, line: lineA, amountCents: 10000 });
      writer.adjust(tx, context, posting, { account: payerA, line: lineA, amountCents: 5000, groupCode: 'CO', reasonCode: '45' });
      writer.transfer(tx, context, posting, { account: payerA, line: lineA, amountCents: 3000, groupCode: 'PR', reasonCode: '1' }, { account: patientAccount(chargeA as string, patientId as string), line: lineA });
      writer.transfer(tx, context, posting, { account: payerA, line: lineA, amountCents: 2000, groupCode: 'PR', reasonCode: '2' }, { account: patientAccount(chargeA as string, patientId as string), line: lineA });
      // PLB: L6 interest −2.50 paid to the provider (raises the payment), WO 10.00 recouped (lowers it): BPR02 = 100.00 − (−2.50 + 10.00) = 92.50.
      let plbPosition = 0;
      const plb = (reasonCode: string, amountCents: number, disposition: ProviderAdjustment['disposition']) =>
        tx.create(ProviderAdjustment, { organizationId, remittanceId: remittance.id, position: ++plbPosition, providerIdentifier: '1234567893', fiscalPeriodDate: '2026-12-31', reasonCode, amountCents, disposition });
      plb('L6', -250, 'interest');
      plb('WO', 1000, 'recoupment');
      remittance.paymentCents = 10000 + 250 - 1000;
      writer.provider(tx, context, posting, { kind: 'interest', payerRecordId, reasonCode: 'L6', amountCents: -250 });
      writer.provider(tx, context, posting, { kind: 'provider-adjustment', payerRecordId, reasonCode: 'WO', amountCents: 1000 });
    });

    const summary = await app.get(LedgerReportService).summary(context);
    expect(summary.byKind).toEqual([
      { kind: 'adjustment', entries: 1, amountCents: -5000 },
      { kind: 'charge', entries: 2, amountCents: 35000 },
      { kind: 'interest', entries: 1, amountCents: -250 },
      { kind: 'payment', entries: 1, amountCents: -10000 },
      { kind: 'provider-adjustment', entries: 1, amountCents: 1000 },
      { kind: 'transfer', entries: 4, amountCents: 0 },
    ]);
    expect(summary.entries).toBe(10);
    // Owed on the service lines: 350.00 − 100.00 paid − 50.00 off = 200.00 (150.00 denied with the payer, 50.00 with the patient).
    expect(summary.balanceCents).toBe(20000);
    const totals = {
      remittances: 1,
      paymentCents: 9250,
      paidCents: 10000,
      adjustments: [
        { groupCode: 'CO', reasonCode: '45', amountCents: 5000, adjustedOffCents: 5000, deniedCents: 0, transferredCents: 0 },
        { groupCode: 'CO', reasonCode: '50', amountCents: 15000, adjustedOffCents: 0, deniedCents: 15000, transferredCents: 0 },
        { groupCode: 'PR', reasonCode: '1', amountCents: 3000, adjustedOffCents: 0, deniedCents: 0, transferredCents: 3000 },
        { groupCode: 'PR', reasonCode: '2', amountCents: 2000, adjustedOffCents: 0, deniedCents: 0, transferredCents: 2000 },
      ],
      providerAdjustments: [
        { reasonCode: 'L6', amountCents: -250 },
        { reasonCode: 'WO', amountCents: 1000 },
      ],
    };
    expect(summary.remittancesByPayer).toEqual([{ payerRecordId, payerName: 'ACME HEALTH', ...totals }]);
    expect(summary.remittanceTotals).toEqual(totals);
    // The remittance balances as the 835 does: BPR02 = Σ CLP04 − Σ PLB.
    expect(totals.paidCents - totals.providerAdjustments.reduce((sum, row) => sum + row.amountCents, 0)).toBe(summary.remittanceTotals.paymentCents);
    expect(summary.providerEntries).toEqual([
      { kind: 'interest', reasonCode: 'L6', entries: 1, amountCents: -250 },
      { kind: 'provider-adjustment', reasonCode: 'WO', entries: 1, amountCents: 1000 },
    ]);
    expect(summary.claimsByState).toEqual([]);
    // The cash the ledger took from the remittance is its BPR02: the verifier agrees.
    const verification = await app.get(LedgerReportService).verify(context);
    expect(verification.violations).toEqual([]);
  });
});
