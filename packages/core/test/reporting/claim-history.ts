import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { INestApplication } from '@nestjs/common';
import { definePlugin, type ClaimView } from '@openrcm/sdk';
import { read835, type Remittance835 } from '@openrcm/x12';
import { z } from 'zod';
import { runInAuditScope } from '../../src/audit/audit-scope';
import { ClaimService } from '../../src/claims/claim.service';
import { remittanceInputOf835 } from '../../src/remittance/remittance-835.mapper';
import { RemittancePoster } from '../../src/remittance/remittance.poster';
import type { AggregateScope } from '../../src/reporting/aggregates/aggregate-scope';
import { addDays, calendarDate } from '../../src/time/calendar-date';
import { BillingPractice, type SubmittedClaim } from '../support/billing-practice';
import { test835, type TestClaim } from '../support/remittance-835';
import { eventually } from '../support/test-app';

/** The claims the scrub rule of {@link reportingScrubPlugin} finds an error on. */
const flagged = new Set<string>();

/** A scrub rule that finds an error on the claims in {@link flagged}: a problem the test makes and then fixes. */
export const reportingScrubPlugin = definePlugin({
  id: 'reporting-scrub',
  version: '1.0.0',
  sdk: '^1.3.0',
  settings: z.object({}),
  register(ctx) {
    ctx.contribute('scrub-rule', {
      id: 'flagged',
      description: 'Claims the test flagged',
      inspect: async (_context, claim: ClaimView) => (flagged.has(claim.claimId) ? [{ severity: 'error' as const, field: 'CLM01', message: 'flagged by the test' }] : []),
    });
  },
});

/** The claims of the history by patient name; `diazCorrected` is the new original built for Diaz's rejected claim. */
export type HistoryClaims = Record<'adams' | 'brooks' | 'chen' | 'diaz' | 'diazCorrected' | 'evans' | 'flores' | 'hale' | 'irwin' | 'jones' | 'kim', SubmittedClaim>;

/** The history the reporting aggregates are tested on, and the instants between its steps. */
export interface ClaimHistory {
  readonly practice: BillingPractice;
  readonly claims: HistoryClaims;
  readonly beaconPayerId: string;
  readonly timeZone: string;
  /** Today in the organization's time zone, and the date Jones's remittance was received (45 days before). */
  readonly today: string;
  readonly jonesReceivedOn: string;
  /** After Brooks's scrub was refused, before Hale passed the check by exception. */
  readonly beforeException: Date;
  /** Every claim built and sent, before any remittance and before Kim's late error finding. */
  readonly beforeRemittances: Date;
  /** A fresh entity manager. */
  em(): EntityManager;
  /** The scope of a run as of `asOf` (default now) in the organization's time zone. */
  scope(asOf?: Date): AggregateScope;
}

const lineOf = (claim: SubmittedClaim, index: number) => claim.lines[index] as SubmittedClaim['lines'][number];

/** The default visit paid at the contract: 99213 $100.00 of $125.00, 97110 $180.00 of $240.00, the rest CO-45. */
export function paidAtContract(claim: SubmittedClaim): TestClaim {
  return {
    pcn: claim.patientControlNumber,
    charge: 36500,
    paid: 28000,
    lines: [
      { control: lineOf(claim, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 10000, cas: [['CO', '45', 2500]] },
      { control: lineOf(claim, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 18000, cas: [['CO', '45', 6000]] },
    ],
  };
}

/** 99213 paid with coinsurance, 97110 denied with the given CO reasons (which add up to $240.00). */
function exerciseDenied(claim: SubmittedClaim, denials: readonly (readonly [string, number])[]): TestClaim {
  return {
    pcn: claim.patientControlNumber,
    charge: 36500,
    paid: 8000,
    lines: [
      { control: lineOf(claim, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 8000, cas: [['CO', '45', 2500], ['PR', '2', 2000]] },
      { control: lineOf(claim, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 0, cas: denials.map(([reason, cents]) => ['CO', reason, cents] as const) },
    ],
  };
}

/**
 * Builds the history: eleven claims of Acme Health and one of Beacon Care, all on 2026-03-02 but Jones's (2026-02-16).
 * Scrubs — Adams, Diaz, Diaz's correction, Evans, Irwin, Jones, Flores clean; Brooks found an error, refused at the
 * gate, fixed; Chen reopened; Hale passed by exception (which stops the line: the second record failing the check);
 * Kim scrubbed clean and, after `beforeRemittances`, found an error. Diaz rejected and corrected. Remittances — Jones
 * paid on a check received 45 days ago; then one check: Adams, Evans, Diaz's correction paid, Brooks's 97110 denied
 * (CO-50 and CO-167, medical necessity), Irwin's too (CO-50), Chen denied whole (CLP02 4, CO-197 authorization); a
 * second check reverses Evans's payment and pays it again; Beacon pays Flores.
 */
export async function buildClaimHistory(app: INestApplication): Promise<ClaimHistory> {
  const practice = await BillingPractice.create(app);
  const beaconPayerId = await practice.addPayer({ name: 'Beacon Care', payerId: 'BEACON1', claimFilingIndicator: 'CI' });
  const [{ time_zone: timeZone }] = (await practice.rows<{ time_zone: string }>('select time_zone from organization where id = ?', [practice.context.organizationId])) as [{ time_zone: string }];
  const [{ user_id: adminUserId }] = (await practice.rows<{ user_id: string }>('select user_id from membership where organization_id = ?', [practice.context.organizationId])) as [{ user_id: string }];
  const transition = (claimId: string, event: string, body: object = {}) => practice.post(`/claims/${claimId}/transitions`, { event, ...body });
  const scrubWithRules = async (claimId: string, state: string) => expect((await practice.post(`/claims/${claimId}/scrub`).expect(200)).body.state).toBe(state);

  const claims = {} as HistoryClaims;
  claims.adams = await practice.submittedClaim('Adams');
  claims.brooks = await practice.submittedClaim('Brooks', {
    scrub: async (claimId) => {
      flagged.add(claimId);
      await scrubWithRules(claimId, 'draft');
      await transition(claimId, 'scrub').expect(422);
      flagged.delete(claimId);
      await scrubWithRules(claimId, 'scrubbed');
    },
  });
  const beforeException = new Date();
  claims.chen = await practice.submittedClaim('Chen', {
    scrub: async (claimId) => {
      await transition(claimId, 'scrub').expect(200);
      await transition(claimId, 'reopen').expect(200);
      await transition(claimId, 'scrub').expect(200);
    },
  });
  claims.hale = await practice.submittedClaim('Hale', {
    scrub: async (claimId) => {
      flagged.add(claimId);
      await scrubWithRules(claimId, 'draft');
      await practice.admin.agent.put(`${practice.base}/gates/claim-scrub-clean`).set('x-csrf-token', practice.admin.csrf).send({ policy: 'exception' }).expect(200);
      await transition(claimId, 'scrub', { exceptions: [{ check: 'claim-scrub-clean', owner: adminUserId, reason: 'payer confirmed the flag does not apply' }] }).expect(200);
      flagged.delete(claimId);
      await scrubWithRules(claimId, 'scrubbed');
    },
  });
  claims.diaz = await practice.submittedClaim('Diaz');
  await runInAuditScope(practice.context, null, () => app.get(ClaimService).transition(practice.context, claims.diaz.id, 'reject'));
  const corrected = await practice.post(`/claims/${claims.diaz.id}/correct`).expect(201);
  await transition(corrected.body.id, 'scrub').expect(200);
  await transition(corrected.body.id, 'release').expect(200);
  await runInAuditScope(practice.context, null, () => app.get(ClaimService).transition(practice.context, corrected.body.id, 'submit'));
  const correctedView = (await practice.get(`/claims/${corrected.body.id}`).expect(200)).body;
  claims.diazCorrected = { ...claims.diaz, id: corrected.body.id, patientControlNumber: correctedView.patientControlNumber, lines: correctedView.lines };
  claims.evans = await practice.submittedClaim('Evans');
  claims.irwin = await practice.submittedClaim('Irwin');
  claims.jones = await practice.submittedClaim('Jones', { dateOfService: '2026-02-16' });
  claims.kim = await practice.submittedClaim('Kim');
  claims.flores = await practice.submittedClaim('Flores', { primaryPayerId: beaconPayerId });
  const beforeRemittances = new Date();

  flagged.add(claims.kim.id);
  await scrubWithRules(claims.kim.id, 'submitted');
  flagged.delete(claims.kim.id);

  const today = calendarDate(new Date(), timeZone);
  const jonesReceivedOn = addDays(today, -45);
  const [jonesCheck] = read835(test835({ trace: 'REPORT-0', claims: [paidAtContract(claims.jones)] })).transactions;
  await runInAuditScope(practice.context, null, () => app.get(RemittancePoster).post(practice.context, remittanceInputOf835(jonesCheck as Remittance835, jonesReceivedOn, null)));

  const post835 = async (x12: string) => {
    const posted = await practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain').send(x12).expect(200);
    expect(posted.body.postings).toEqual([expect.objectContaining({ outcome: 'posted', unmatched: 0 })]);
  };
  await post835(test835({
    trace: 'REPORT-1',
    claims: [
      paidAtContract(claims.adams),
      paidAtContract(claims.evans),
      paidAtContract(claims.diazCorrected),
      exerciseDenied(claims.brooks, [['50', 10000], ['167', 14000]]),
      exerciseDenied(claims.irwin, [['50', 24000]]),
      { pcn: claims.chen.patientControlNumber, status: '4', charge: 36500, paid: 0, cas: [['CO', '197', 36500]] },
    ],
  }));
  const evansPaid = paidAtContract(claims.evans);
  await post835(test835({
    trace: 'REPORT-2',
    interchange: 2,
    claims: [
      { ...evansPaid, status: '22', charge: -36500, paid: -28000, lines: (evansPaid.lines ?? []).map((line) => ({ ...line, charge: -line.charge, paid: -line.paid, cas: (line.cas ?? []).map(([group, reason, cents]) => [group, reason, -cents] as const) })) },
      { ...evansPaid, paid: 27000, lines: (evansPaid.lines ?? []).map((line, index) => (index === 0 ? { ...line, paid: 9000, cas: [['CO', '45', 2500], ['PR', '2', 1000]] as const } : line)) },
    ],
  }));
  await post835(test835({ trace: 'REPORT-3', interchange: 3, payerId: 'BEACON1', claims: [paidAtContract(claims.flores)] }));
  // The denials reach their queues through a job queued by posting: wait until the three denied claims' are counted.
  await eventually(async () => {
    const [{ claims: denied }] = (await practice.rows<{ claims: string }>('select count(distinct claim_id) as claims from claim_denial where organization_id = ?', [practice.context.organizationId])) as [{ claims: string }];
    return Number(denied) === 3 ? true : undefined;
  });

  return {
    practice,
    claims,
    beaconPayerId,
    timeZone,
    today,
    jonesReceivedOn,
    beforeException,
    beforeRemittances,
    em: () => app.get(MikroORM).em.fork() as EntityManager,
    scope: (asOf = new Date()) => ({ organizationId: practice.context.organizationId, asOf, timeZone }),
  };
}
