import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { answerFiles, processInterchange, UnreadableInterchangeError } from '../payer';
import type { ExchangeAnswer, PayerRuleSet } from '../payer';
import { writeAtomically } from '../payer/exchange-state';
import type { CliIo } from './cli-io';
import { InputError } from './cli-io';

/** One line per claim outcome, for people. */
export function describeOutcomes(answer: ExchangeAnswer): string {
  return answer.outcomes.map((o) => {
    const money = o.paidCents === undefined ? '' : ` paid ${(o.paidCents / 100).toFixed(2)}`;
    const why = o.rejection ? ` ${o.rejection.status.category}:${o.rejection.status.code} ${o.rejection.message}` : '';
    const carcs = o.denialCarcs && o.denialCarcs.length > 0 ? ` denials ${o.denialCarcs.join(',')}` : '';
    return `  ${o.patientControlNumber} (${o.payerId}) ${o.stage}${o.claimStatus ? ` CLP02 ${o.claimStatus}` : ''}${money}${carcs}${o.reversed ? ' reversed+corrected' : ''}${why}\n`;
  }).join('');
}

/** `openrcm-sim adjudicate FILE`: answers one 837P file into `out` (default its folder) and prints what happened. */
export async function adjudicateCommand(file: string, options: { seed: number; out?: string; now: string; rules: PayerRuleSet }, io: CliIo): Promise<number> {
  let input: Buffer;
  try {
    input = await readFile(file);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as Error).message}`);
  }
  let answer: ExchangeAnswer;
  try {
    answer = processInterchange(input, options.rules, { seed: options.seed, now: options.now });
  } catch (e) {
    if (e instanceof UnreadableInterchangeError) throw new InputError(`${file}: ${e.message}`);
    throw e;
  }
  const out = options.out ?? dirname(file);
  await mkdir(out, { recursive: true });
  const { immediate, delayed } = answerFiles(answer.interchangeControlNumber, answer);
  for (const f of [...immediate, ...delayed]) {
    await writeAtomically(out, f.name, f.content);
    io.out(`wrote ${out}/${f.name}\n`);
  }
  io.out(`interchange ${answer.interchangeControlNumber}: ${answer.outcomes.length} claims\n${describeOutcomes(answer)}`);
  return 0;
}
