import type { DemoApi } from './demo-api';
import { DEMO_835_DELAY_MS, exchangeFiles, type DemoExchange } from './demo-exchange';

/** What submission and the answers did. */
export interface SubmissionOutcome {
  readonly batches: readonly { readonly batchId: string; readonly payerName: string; readonly claimCount: number; readonly state: string; readonly fileName: string | null }[];
  readonly notSubmitted: readonly unknown[];
  /** Inbound files core took in during the demo, by kind and outcome (`999 applied`, `835 applied`). */
  readonly received: readonly string[];
  /** Whether every submitted claim had its acknowledgements before the demo stopped waiting. */
  readonly acknowledged: boolean;
}

const WAIT_STEP_MS = 250;
const ACK_TIMEOUT_MS = 20_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Submits the ready claims (one batch per payer and connector, sent by the job worker), waits for each batch to be
 * sent, then asks the clearinghouse for answers every quarter second until every submitted claim has left
 * `submitted` (999 and 277CA applied) and the 835s are in and posted (and the jobs posting queued have run), or the
 * wait runs out.
 */
export async function submitAndCollect(api: DemoApi, base: string, claimIds: readonly string[], exchange: DemoExchange): Promise<SubmissionOutcome> {
  const summary = (await api.call('POST', `${base}/claims/submit-ready`)) as { batches: { batchId: string; payerName: string; claimCount: number }[]; notSubmitted: unknown[] };
  const batches: SubmissionOutcome['batches'][number][] = [];
  for (const batch of summary.batches) {
    const sent = await waitFor(async () => {
      const found = (await api.call('GET', `${base}/claim-batches/${batch.batchId}`)) as { state: string; fileName: string | null };
      return found.state === 'pending' ? undefined : found;
    }, ACK_TIMEOUT_MS);
    batches.push({ ...batch, state: sent?.state ?? 'pending', fileName: sent?.fileName ?? null });
  }
  const received: string[] = [];
  const fetchInbound = async () => {
    const fetched = (await api.call('POST', `${base}/claims/fetch-inbound`)) as { files: { kind: string; outcome: string }[] };
    for (const file of fetched.files) received.push(`${file.kind} ${file.outcome}`);
  };
  const acknowledged = await waitFor(async () => {
    await fetchInbound();
    const states = await Promise.all(claimIds.map(async (id) => ((await api.call('GET', `${base}/claims/${id}`)) as { state: string }).state));
    return states.every((state) => state !== 'submitted') ? true : undefined;
  }, ACK_TIMEOUT_MS);
  const accepted = batches.some((batch) => batch.state === 'submitted');
  if (accepted) {
    await waitFor(async () => ((await exchangeFiles(exchange)).inbox.some((name) => name.includes('.835')) ? true : undefined), DEMO_835_DELAY_MS + 5_000);
    await sleep(WAIT_STEP_MS);
    await fetchInbound();
    // Posting queued the routing of its denials: let the job worker put them in their queues before the report.
    await waitFor(async () => {
      const pending = await Promise.all(['queued', 'running'].map(async (status) => ((await api.call('GET', `${base}/jobs?status=${status}&limit=1`)) as { total: number }).total));
      return pending.every((count) => count === 0) ? true : undefined;
    }, ACK_TIMEOUT_MS);
  }
  return { batches, notSubmitted: summary.notSubmitted, received, acknowledged: acknowledged === true };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > until) return value;
    await sleep(WAIT_STEP_MS);
  }
}
