import { startFolderRunner, type FolderRunner, type ReceiveResult } from '@openrcm/simulator';
import { lstat, mkdir, readdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';

/** The 835s come this long after the 999 and 277CA, so the demo sees them land. */
export const DEMO_835_DELAY_MS = 2_000;

/**
 * The exchange folder seen from the practice (`outbox`: 837P files it sends; `inbox`: the answers) and the payer
 * simulator's view of the same folders under `.simulator/` (its `inbox` is the practice's `outbox` and the other way
 * round, as links), so the folder runner answers what the practice sends with nothing else to start.
 */
export interface DemoExchange {
  readonly folder: string;
  readonly outbox: string;
  readonly inbox: string;
  readonly simulator: FolderRunner;
}

export interface SimulatorEvents {
  onResult(file: string, result: ReceiveResult): void;
  onError(file: string, error: Error): void;
}

export async function openDemoExchange(folder: string, events: SimulatorEvents): Promise<DemoExchange> {
  const outbox = join(folder, 'outbox');
  const inbox = join(folder, 'inbox');
  const payerSide = join(folder, '.simulator');
  await mkdir(outbox, { recursive: true });
  await mkdir(inbox, { recursive: true });
  await mkdir(payerSide, { recursive: true });
  await link(outbox, join(payerSide, 'inbox'));
  await link(inbox, join(payerSide, 'outbox'));
  const simulator = await startFolderRunner({
    folder: payerSide, seed: 2026, delayMs: DEMO_835_DELAY_MS, pollMs: 100, onResult: (file, result) => events.onResult(file, result), onError: (file, error) => events.onError(file, error),
  });
  return { folder, outbox, inbox, simulator };
}

async function link(target: string, path: string): Promise<void> {
  const existing = await lstat(path).catch(() => undefined);
  if (existing?.isSymbolicLink()) return;
  if (existing) throw new Error(`${path} exists and is not the link the demo makes to ${target}; remove it or pick another --exchange-dir`);
  await symlink(target, path, 'junction');
}

/** The X12 files in the exchange, by folder, newest names last. */
export async function exchangeFiles(exchange: DemoExchange): Promise<{ outbox: string[]; inbox: string[] }> {
  const visible = async (dir: string) => (await readdir(dir)).filter((name) => !name.startsWith('.')).sort();
  return { outbox: await visible(exchange.outbox), inbox: await visible(exchange.inbox) };
}
