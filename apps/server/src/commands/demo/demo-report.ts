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

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

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
