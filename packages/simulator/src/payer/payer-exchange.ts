import { createHash } from 'node:crypto';
import { access, mkdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { answerFiles, safeFileName } from './answer-files';
import type { ExchangeAnswer } from './exchange.types';
import { ExchangeState, writeAtomically } from './exchange-state';
import { UnreadableInterchangeError } from './interchange.reader';
import { processInterchange } from './process-interchange';
import type { PayerRuleSet } from './payer-rules.types';

/** Options of {@link PayerExchange.open}. */
export interface PayerExchangeOptions {
  readonly rules: PayerRuleSet;
  /** Seed of the adjudication draws (default 1). */
  readonly seed?: number;
  /** Delay before the 835s are delivered, in milliseconds (default 0: with the 999 and 277CA). */
  readonly delayMs?: number;
  /** Where answers are written. */
  readonly answersDir: string;
  /** Where the exchange keeps its state (answered hashes, control numbers, pending 835s). */
  readonly stateDir: string;
  /** The clock (default the system clock); answers are dated by it. */
  readonly clock?: () => Date;
}

/** What became of one received file. */
export type ReceiveResult =
  | { readonly kind: 'answered'; readonly hash: string; readonly files: readonly string[]; readonly pending: readonly string[]; readonly answer: ExchangeAnswer }
  | { readonly kind: 'duplicate'; readonly hash: string }
  | { readonly kind: 'unreadable'; readonly hash: string; readonly file: string; readonly message: string };

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

/**
 * The payer side of a file exchange, shared by the folder runner and the SFTP server: it answers each 837P file once
 * (remembered by the SHA-256 of its bytes, across restarts), writes the 999 and 277CA at once and the 835s after the
 * delay (kept on disk until due, so a restart loses none), and numbers its interchanges from a persisted counter.
 */
export class PayerExchange {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly options: PayerExchangeOptions, private readonly state: ExchangeState) {}

  /** Opens the exchange (creating the answers and state folders). */
  static async open(options: PayerExchangeOptions): Promise<PayerExchange> {
    await mkdir(options.answersDir, { recursive: true });
    return new PayerExchange(options, await ExchangeState.open(options.stateDir));
  }

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  /** Runs one operation at a time (the folder poll, SFTP uploads and the delivery timer may overlap). */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Answers one received file (`source` names it in the state and in a refusal). */
  receive(content: Buffer, source: string): Promise<ReceiveResult> {
    return this.serial(() => this.receiveNow(content, source));
  }

  private async receiveNow(content: Buffer, source: string): Promise<ReceiveResult> {
    const hash = createHash('sha256').update(content).digest('hex');
    if (this.state.data.answered[hash]) return { kind: 'duplicate', hash };
    const at = this.now();
    let answer: ExchangeAnswer;
    try {
      answer = processInterchange(content, this.options.rules, { seed: this.options.seed ?? 1, now: at.toISOString(), firstControlNumber: this.state.data.nextControlNumber });
    } catch (e) {
      if (!(e instanceof UnreadableInterchangeError)) throw e;
      const file = `${safeFileName(source)}.rejected.txt`;
      await writeAtomically(this.options.answersDir, file, `${source}: ${e.message}\n`);
      this.state.data.answered[hash] = { source, at: at.toISOString() };
      await this.state.save();
      return { kind: 'unreadable', hash, file, message: e.message };
    }
    const isa13 = safeFileName(answer.interchangeControlNumber);
    const base = (await exists(join(this.options.answersDir, `${isa13}.999.x12`))) ? `${isa13}-${hash.slice(0, 8)}` : isa13;
    const { immediate, delayed } = answerFiles(base, answer);
    for (const f of immediate) await writeAtomically(this.options.answersDir, f.name, f.content);
    const dueAt = new Date(at.getTime() + (this.options.delayMs ?? 0)).toISOString();
    for (const f of delayed) {
      await writeAtomically(this.state.pendingDir, f.name, f.content);
      this.state.data.pending.push({ file: f.name, dueAt });
    }
    this.state.data.answered[hash] = { source, interchange: answer.interchangeControlNumber, at: at.toISOString() };
    this.state.data.nextControlNumber = answer.nextControlNumber;
    await this.state.save();
    if ((this.options.delayMs ?? 0) <= 0) await this.deliverNow();
    return { kind: 'answered', hash, files: immediate.map((f) => f.name), pending: delayed.map((f) => f.name), answer };
  }

  /** Delivers every 835 whose delay has passed; returns their file names. */
  deliverDue(): Promise<string[]> {
    return this.serial(() => this.deliverNow());
  }

  private async deliverNow(): Promise<string[]> {
    const now = this.now().toISOString();
    const due = this.state.data.pending.filter((p) => p.dueAt <= now);
    if (due.length === 0) return [];
    for (const p of due) {
      const from = join(this.state.pendingDir, p.file);
      await writeAtomically(this.options.answersDir, p.file, await readFile(from));
      await unlink(from);
    }
    this.state.data.pending = this.state.data.pending.filter((p) => !due.includes(p));
    await this.state.save();
    return due.map((p) => p.file);
  }

  /** How many 835 files wait for their delay. */
  pendingCount(): number {
    return this.state.data.pending.length;
  }

  /** Waits for the operations under way. */
  async idle(): Promise<void> {
    await this.queue;
  }
}
