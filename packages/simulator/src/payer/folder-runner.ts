import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createPayerRuleSet } from './default-rules';
import { PayerExchange } from './payer-exchange';
import type { ReceiveResult } from './payer-exchange';
import type { PayerRuleSet } from './payer-rules.types';

/** Options of {@link startFolderRunner}. */
export interface FolderRunnerOptions {
  /** The exchange folder: 837P files are read from `<folder>/inbox`, answers written to `<folder>/outbox`. */
  readonly folder: string;
  /** The payer rules (default {@link createPayerRuleSet}). */
  readonly rules?: PayerRuleSet;
  readonly seed?: number;
  /** Delay before the 835s, in milliseconds (default 0). */
  readonly delayMs?: number;
  /** How often the inbox is listed and due 835s delivered, in milliseconds (default 200). */
  readonly pollMs?: number;
  readonly clock?: () => Date;
  /** Called with what became of each new inbox file. */
  readonly onResult?: (file: string, result: ReceiveResult) => void;
  /** Called when a file cannot be read or answered (the runner keeps going). */
  readonly onError?: (file: string, error: Error) => void;
}

/** A running folder exchange. */
export interface FolderRunner {
  /** Lists the inbox and delivers due 835s once (what the timer does), and waits for it. */
  poll(): Promise<void>;
  readonly exchange: PayerExchange;
  close(): Promise<void>;
}

/** Files the runner never reads: hidden files and files still being written (`.part`, `.tmp`). */
function ignored(name: string): boolean {
  return name.startsWith('.') || name.endsWith('.part') || name.endsWith('.tmp');
}

/**
 * Watches `<folder>/inbox` for 837P files (listing it every `pollMs`) and answers each new file once in
 * `<folder>/outbox`: `<ISA13>.999.x12` and `<ISA13>.277CA.x12` at once, `<ISA13>.835.x12` (and `-2`, `-3`… for more
 * 835s) after `delayMs`. A file is read once its size has stayed the same over two listings. State (answered hashes,
 * control numbers, pending 835s) lives in `<folder>/.openrcm-sim/`.
 */
export async function startFolderRunner(options: FolderRunnerOptions): Promise<FolderRunner> {
  const inbox = join(options.folder, 'inbox');
  const exchange = await PayerExchange.open({
    rules: options.rules ?? createPayerRuleSet(), seed: options.seed ?? 1, delayMs: options.delayMs ?? 0,
    answersDir: join(options.folder, 'outbox'), stateDir: join(options.folder, '.openrcm-sim'), ...(options.clock ? { clock: options.clock } : {}),
  });
  await mkdir(inbox, { recursive: true });
  const sizes = new Map<string, string>();
  const done = new Set<string>();

  const readOne = async (name: string) => {
    const path = join(inbox, name);
    try {
      const s = await stat(path);
      if (!s.isFile()) return;
      const signature = `${s.size}:${s.mtimeMs}`;
      if (done.has(`${name}|${signature}`)) return;
      if (sizes.get(name) !== signature) { sizes.set(name, signature); return; }
      done.add(`${name}|${signature}`);
      const result = await exchange.receive(await readFile(path), name);
      options.onResult?.(name, result);
    } catch (e) {
      options.onError?.(name, e as Error);
    }
  };
  let running: Promise<void> | undefined;
  const poll = () => (running ??= (async () => {
    try {
      for (const name of (await readdir(inbox)).sort()) if (!ignored(name)) await readOne(name);
      await exchange.deliverDue();
    } catch (e) {
      options.onError?.(inbox, e as Error);
    } finally {
      running = undefined;
    }
  })());
  const timer = setInterval(() => void poll(), options.pollMs ?? 200);
  return {
    poll, exchange,
    close: async () => { clearInterval(timer); await running; await exchange.idle(); },
  };
}
