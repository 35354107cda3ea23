import type { CommandOutput } from '../command-output';
import type { DemoApi } from './demo-api';
import { exchangeFiles, type DemoExchange } from './demo-exchange';
import type { SubmissionOutcome } from './demo-submission';
import type { VisitOutcome } from './demo-visit';

interface ClaimView {
  readonly id: string;
  readonly patientId: string;
  readonly patientControlNumber: string;
  readonly state: string;
  readonly totalChargeCents: number;
  readonly payerClaimNumber: string | null;
}

interface WorkItemView {
  readonly id: string;
  readonly title: string;
  readonly ownerRole: string | null;
  readonly state: string;
  readonly recordType: string;
  readonly recordId: string;
}

/** Cents as dollars, e.g. -$1,234.05 (integer arithmetic). */
function dollars(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}$${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}

/** This run's visits: each patient, the claim and its state now, or where the visit stopped. */
export async function printVisits(api: DemoApi, base: string, visits: readonly VisitOutcome[], output: CommandOutput): Promise<void> {
  output.info('Visits today, and their claims:');
  for (const outcome of visits) {
    const who = `${outcome.visit.patient.firstName} ${outcome.visit.patient.lastName}`.padEnd(16);
    const member = outcome.visit.memberId.padEnd(10);
    if (outcome.claim) {
      const claim = (await api.call('GET', `${base}/claims/${outcome.claim.id}`)) as ClaimView;
      output.info(`  ${who} ${member} claim ${claim.patientControlNumber}  ${dollars(claim.totalChargeCents).padStart(8)}  ${claim.state.padEnd(10)} ${outcome.visit.story}`);
    } else {
      output.info(`  ${who} ${member} no claim: stopped at "${outcome.stoppedAt}" (${outcome.visit.story})`);
    }
    if (outcome.reason) output.info(`      ${outcome.reason}`);
  }
}

export function printSubmission(submission: SubmissionOutcome, output: CommandOutput): void {
  output.info('Submission:');
  for (const batch of submission.batches) output.info(`  ${batch.payerName}: ${batch.claimCount} claim(s) in ${batch.fileName ?? '(no file)'}, batch ${batch.state}`);
  if (submission.batches.length === 0) output.info('  no claim was ready to submit');
  if (submission.notSubmitted.length > 0) output.info(`  not submitted: ${JSON.stringify(submission.notSubmitted)}`);
  const received = submission.received.length === 0 ? 'none' : count(submission.received).join(', ');
  output.info(`  answers taken in: ${received}${submission.acknowledged ? '' : ' (stopped waiting before every claim was acknowledged)'}`);
}

/** The organization's claims by state, the rejected ones with the reason, and the open work items. */
export async function printStanding(api: DemoApi, base: string, output: CommandOutput): Promise<void> {
  const claims = ((await api.call('GET', `${base}/claims?limit=200`)) as { items: ClaimView[]; total: number }).items;
  const items = ((await api.call('GET', `${base}/work-items?limit=200`)) as { items: WorkItemView[] }).items.filter((item) => item.state !== 'resolved' && item.state !== 'closed');
  output.info(`Claims by state: ${claims.length === 0 ? 'none' : count(claims.map((claim) => claim.state)).join(', ')}`);
  const rejected = claims.filter((claim) => claim.state === 'rejected');
  if (rejected.length > 0) output.info('Rejected claims:');
  for (const claim of rejected) {
    const item = items.find((candidate) => candidate.recordType === 'claim' && candidate.recordId === claim.id);
    output.info(`  ${claim.patientControlNumber}: ${item ? item.title : 'rejected (no work item found)'}`);
    if (item) {
      const detail = (await api.call('GET', `${base}/work-items/${item.id}`)) as { notes: { body: string }[] };
      for (const note of detail.notes.slice(0, 1)) output.info(`      ${note.body.replace(/\n/g, '\n      ')}`);
    }
  }
  output.info(`Work items open: ${items.length}`);
  for (const item of items) output.info(`  [${item.ownerRole ?? 'unassigned'}] ${item.title}`);
  output.info('');
  await printLedger(api, base, output);
  output.info('');
  await printAging(api, base, output);
}

interface LedgerSummaryView {
  readonly entries: number;
  readonly balanceCents: number;
  readonly byKind: readonly { readonly kind: string; readonly entries: number; readonly amountCents: number }[];
  readonly remittanceTotals: {
    readonly remittances: number;
    readonly paymentCents: number;
    readonly paidCents: number;
    readonly adjustments: readonly { readonly groupCode: string; readonly reasonCode: string; readonly amountCents: number; readonly adjustedOffCents: number; readonly deniedCents: number; readonly transferredCents: number }[];
    readonly providerAdjustments: readonly { readonly reasonCode: string; readonly amountCents: number }[];
  };
}

/** The ledger's totals: entries by kind, and the posted remittances as stated, with what posting did with each CAS. */
async function printLedger(api: DemoApi, base: string, output: CommandOutput): Promise<void> {
  const summary = (await api.call('GET', `${base}/ledger/summary`)) as LedgerSummaryView;
  const verified = (await api.call('POST', `${base}/ledger/verify`)) as { violations: readonly unknown[] };
  const totals = summary.remittanceTotals;
  output.info(`Ledger: ${summary.entries} entries, ${dollars(summary.balanceCents)} still owed by payers and patients; ${verified.violations.length === 0 ? 'verified, no violation' : `${verified.violations.length} violations (openrcm ledger verify)`}`);
  output.info(`  by kind: ${summary.byKind.map((kind) => `${kind.kind} ${dollars(kind.amountCents)}`).join(', ')}`);
  output.info(`  remittances posted: ${totals.remittances}, checks ${dollars(totals.paymentCents)}, claim payments ${dollars(totals.paidCents)}`);
  for (const row of totals.adjustments) {
    output.info(`  ${row.groupCode}-${row.reasonCode}: ${dollars(row.amountCents)} (adjusted off ${dollars(row.adjustedOffCents)}, held open as denials ${dollars(row.deniedCents)}, transferred ${dollars(row.transferredCents)})`);
  }
  for (const row of totals.providerAdjustments) output.info(`  PLB ${row.reasonCode}: ${dollars(row.amountCents)}`);
}

interface AgingView {
  readonly asOf: string;
  readonly buckets: readonly string[];
  readonly rows: readonly { readonly name: string; readonly totalCents: number; readonly buckets: Readonly<Record<string, number>> }[];
  readonly totals: { readonly totalCents: number; readonly buckets: Readonly<Record<string, number>> };
}

/** A/R aging by payer and by patient (days since the date of service). */
async function printAging(api: DemoApi, base: string, output: CommandOutput): Promise<void> {
  for (const by of ['payer', 'patient'] as const) {
    const aging = (await api.call('GET', `${base}/aging?by=${by}&basis=service-date`)) as AgingView;
    output.info(`A/R aging by ${by} (as of ${aging.asOf}, days since the date of service): ${aging.buckets.join(' | ')} | total`);
    for (const row of aging.rows) output.info(`  ${row.name.padEnd(28)} ${aging.buckets.map((bucket) => dollars(row.buckets[bucket] ?? 0)).join(' | ')} | ${dollars(row.totalCents)}`);
    output.info(`  ${'all'.padEnd(28)} ${aging.buckets.map((bucket) => dollars(aging.totals.buckets[bucket] ?? 0)).join(' | ')} | ${dollars(aging.totals.totalCents)}`);
  }
}

export async function printExchange(exchange: DemoExchange, output: CommandOutput): Promise<void> {
  const files = await exchangeFiles(exchange);
  output.info(`X12 files exchanged, in ${exchange.folder}:`);
  output.info(`  outbox/ (837P the practice sent): ${files.outbox.join(', ') || 'none'}`);
  output.info(`  inbox/  (the payer's answers):    ${files.inbox.join(', ') || 'none'}`);
}

function count(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, n]) => `${value} ${n}`);
}
