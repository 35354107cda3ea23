import { readFileSync } from 'node:fs';
import { formatX12Error } from '../errors';
import type { X12Error } from '../errors';
import { parseX12 } from '../document';
import { read271 } from '../x271';
import { read277 } from '../x277';
import { read835Stream } from '../x835';
import { read837P } from '../x837p';
import { read999 } from '../x999';
import { read835 } from '../x835';
import type { CliIo } from './cli-io';
import { openRead, sniffTransactionType } from './cli-io';

const READERS: Record<string, (input: Buffer) => { transactions: unknown[]; errors: X12Error[] }> = {
  '835': read835, '837': read837P, '999': read999, '277': read277, '277CA': read277, '271': read271,
};

/** `parse FILE [--json]`: the typed document as JSON (money in cents), or a summary (835s stream). */
export async function parseCommand(file: string, json: boolean, io: CliIo): Promise<number> {
  const type = sniffTransactionType(file) ?? 'unknown';
  if (!json && type === '835') return summarize835(file, io);
  const bytes = readFileSync(file);
  const reader = READERS[type];
  const result = reader ? reader(bytes) : parseX12(bytes);
  if (json) {
    io.out(`${JSON.stringify({ type, ...result }, null, 2)}\n`);
  } else {
    const count = 'transactions' in result ? result.transactions.length : result.interchanges.length;
    io.out(`${file}: ${type}, ${count} transaction set(s), ${result.errors.length} finding(s)\n`);
    for (const e of result.errors) io.out(`  ${formatX12Error(e)}\n`);
  }
  return result.errors.some((e) => e.severity === 'error') ? 1 : 0;
}

async function summarize835(file: string, io: CliIo): Promise<number> {
  let claims = 0;
  let paid = 0;
  let charged = 0;
  const r = await read835Stream(openRead(file), {
    retainClaims: false,
    onClaim: (c) => { claims++; paid += c.paymentCents; charged += c.chargeCents; },
  });
  const total = r.transactions.reduce((s, t) => s + t.payment.amountCents, 0);
  io.out(`${file}: 835, ${r.transactions.length} transaction set(s), ${claims} claim(s), ${r.segmentCount} segments\n`);
  io.out(`  charged ${charged} cents, claims paid ${paid} cents, BPR02 total ${total} cents, ${r.errors.length} finding(s)\n`);
  for (const e of r.errors) io.out(`  ${formatX12Error(e)}\n`);
  return r.errors.some((e) => e.severity === 'error') ? 1 : 0;
}
