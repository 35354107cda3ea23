import { readFileSync } from 'node:fs';
import type { Generate837POptions } from '../generate';
import { adjudicate837P, generate837PBatches } from '../generate';
import type { EnvelopeOptions } from '../write';
import { InMemoryControlNumberSequence, reserveControlNumbers } from '../write';
import { write835 } from '../x835';
import { read837P, write837P } from '../x837p';
import type { CliIo } from './cli-io';
import { finish, openWrite, writeChunk } from './cli-io';

const ENVELOPE: EnvelopeOptions = { sender: { qualifier: 'ZZ', id: 'OPENRCM' }, receiver: { qualifier: 'ZZ', id: 'DEMOPAYER' }, usage: 'T', date: '2024-03-04', time: '09:00' };

/** Shares of void and split long claims (see {@link Generate837POptions}). */
export type ClaimMixOptions = Pick<Generate837POptions, 'voidRate' | 'splitRate'>;

/** `gen-837p --claims N --seed S [--void-rate R] [--split-rate R] [--out FILE]`: one interchange per 5000 claims, streamed out. */
export async function gen837PCommand(claims: number, seed: number, out: string | undefined, io: CliIo, mix: ClaimMixOptions = {}): Promise<number> {
  const stream = openWrite(out);
  const sequence = new InMemoryControlNumberSequence({ interchange: seed % 100000 + 1 });
  const chunk = 5000;
  let written = 0;
  for (let done = 0; done < claims; done += chunk) {
    const n = Math.min(chunk, claims - done);
    const batches = generate837PBatches({ claims: n, seed: seed * 1_000_003 + done, claimsPerTransaction: n, ...mix });
    batches.forEach((b) => b.claims.forEach((c, i) => (c.patientControlNumber = `C${seed}-${done + i + 1}`)));
    batches.forEach((b) => b.claims.forEach((c) => c.lines.forEach((l, i) => (l.lineItemControlNumber = `${c.patientControlNumber}-${i + 1}`))));
    await writeChunk(stream, write837P(batches, ENVELOPE, await reserveControlNumbers(sequence, batches.length)));
    written += batches.reduce((sum, b) => sum + b.claims.length, 0);
  }
  await finish(stream);
  if (out) io.err(`wrote ${written} claim(s) to ${out}\n`);
  return 0;
}

/** `gen-835 --from-837 FILE --seed S [--out FILE]`: deterministic adjudication of the 837P's claims. */
export async function gen835Command(from: string, seed: number, out: string | undefined, io: CliIo): Promise<number> {
  const r = read837P(readFileSync(from));
  const fatal = r.errors.filter((e) => e.severity === 'error');
  if (fatal.length) {
    io.err(`${from}: ${fatal.length} error(s); run "openrcm-x12 validate ${from}"\n`);
    return 1;
  }
  const remits = adjudicate837P(r.transactions, { seed });
  const text = write835(remits, { ...ENVELOPE, sender: ENVELOPE.receiver, receiver: ENVELOPE.sender }, await reserveControlNumbers(new InMemoryControlNumberSequence({ interchange: seed + 1 }), remits.length));
  const stream = openWrite(out);
  await writeChunk(stream, text);
  await finish(stream);
  if (out) io.err(`wrote ${remits.length} 835(s) for ${remits.reduce((s, x) => s + x.claims.length, 0)} claim(s) to ${out}\n`);
  return 0;
}
