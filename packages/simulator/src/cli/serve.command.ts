import { join } from 'node:path';
import { startFolderRunner } from '../payer';
import type { PayerRuleSet, ReceiveResult } from '../payer';
import { describeOutcomes } from './adjudicate.command';
import type { CliIo } from './cli-io';
import { untilAborted } from './cli-io';

/** Prints what became of a received file. */
export function reportResult(io: CliIo, file: string, result: ReceiveResult): void {
  if (result.kind === 'duplicate') return io.out(`${file}: already answered (same bytes), skipped\n`);
  if (result.kind === 'unreadable') return io.out(`${file}: refused (${result.message}), see ${result.file}\n`);
  const later = result.pending.length > 0 ? `; later: ${result.pending.join(', ')}` : '';
  io.out(`${file}: answered ${result.files.join(', ')}${later}\n${describeOutcomes(result.answer)}`);
}

/** `openrcm-sim serve --folder DIR`: answers 837P files dropped into DIR/inbox in DIR/outbox until stopped. */
export async function serveCommand(options: { folder: string; seed: number; delayMs: number; pollMs: number; rules: PayerRuleSet }, io: CliIo): Promise<number> {
  const runner = await startFolderRunner({
    folder: options.folder, rules: options.rules, seed: options.seed, delayMs: options.delayMs, pollMs: options.pollMs,
    onResult: (file, result) => reportResult(io, file, result),
    onError: (file, error) => io.err(`${file}: ${error.message}\n`),
  });
  io.out(`openrcm-sim: reading 837P files from ${join(options.folder, 'inbox')}, answering into ${join(options.folder, 'outbox')} (seed ${options.seed}, 835 after ${options.delayMs} ms)\n`);
  await untilAborted(io.signal);
  await runner.close();
  io.out('openrcm-sim: stopped\n');
  return 0;
}
