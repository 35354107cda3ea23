import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { workAccount, type AgencyAccount } from './agency-account';
import { readDirectPaymentFile, readPlacementFile, readRecallFile, writeActivityFile } from './agency-file-format';
import type { AgencyActivityRow, AgencyLayout, AgencyOutcome } from './agency-files.types';
import { agencyFee, assignOutcomes } from './agency-outcomes';

/** Options of {@link CollectionAgencyFake}. */
export interface CollectionAgencyFakeOptions {
  /** Where the practice's placement and recall files arrive (the practice's outbound directory). */
  readonly placementsDir: string;
  /** Where the agency writes its activity files (the practice's inbound directory). */
  readonly activityDir: string;
  /** The layout both ways, as the practice's `plugins/collections` settings say. */
  readonly layout: AgencyLayout;
  /** The same seed, placements and clock give the same activity files, byte for byte. */
  readonly seed: number;
  /** The agency's fee, in basis points of each payment collected (default 2 500: 25 %); 0–10 000, at most 4 999 reported net, so that a fee never exceeds the net amount. */
  readonly feeBasisPoints?: number;
  /** `gross` (default): a payment's amount is what the debtor paid; `net`: what the agency remits after its fee. */
  readonly paymentsReported?: 'gross' | 'net';
  /** The clock (default: the system's); activity dates and file names are its date in `timeZone`. */
  readonly clock?: () => Date;
  /** The IANA time zone the agency dates its activity in (default `UTC`): give the practice's, so no date is its tomorrow. */
  readonly timeZone?: string;
  /** Outcomes by account number, instead of the seeded plan. */
  readonly outcomes?: Readonly<Record<string, AgencyOutcome>>;
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a time zone. */
function calendarDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** What the agency made of a file it received. */
export type AgencyReceipt =
  | { readonly file: string; readonly kind: 'placement'; readonly accounts: number }
  | { readonly file: string; readonly kind: 'recall'; readonly accounts: number }
  | { readonly file: string; readonly kind: 'direct-payment'; readonly payments: number }
  | { readonly file: string; readonly kind: 'ignored' };

/** An activity file the agency wrote. */
export interface AgencyActivityFile {
  readonly fileName: string;
  readonly content: string;
  readonly rows: readonly AgencyActivityRow[];
}

/**
 * A collection agency for tests and the demo: it takes the placement and recall files `plugins/collections` writes
 * (`placement-…`, `recall-…`, `direct-payment-…`; other names are ignored) and, each time it {@link CollectionAgencyFake.work}s, writes
 * one activity file of what happened to the accounts it holds: some pay in full, some in part, some by installments,
 * some settle, some dispute, one goes bankrupt… (see `assignOutcomes`), with the agency's fee on each payment. A
 * recalled account is no longer worked. Deterministic for a seed. State is kept in memory.
 */
export class CollectionAgencyFake {
  private readonly held = new Map<string, AgencyAccount>();
  private readonly received = new Set<string>();
  private files = 0;
  private readonly feeBasisPoints: number;
  private readonly reported: 'gross' | 'net';

  constructor(private readonly options: CollectionAgencyFakeOptions) {
    this.feeBasisPoints = options.feeBasisPoints ?? 2_500;
    this.reported = options.paymentsReported ?? 'gross';
    calendarDate(new Date(0), options.timeZone ?? 'UTC');
    const limit = this.reported === 'net' ? 4_999 : 10_000;
    if (!Number.isInteger(this.feeBasisPoints) || this.feeBasisPoints < 0 || this.feeBasisPoints > limit) {
      throw new Error(`feeBasisPoints must be a whole number from 0 to ${limit} when payments are reported ${this.reported}`);
    }
  }

  /** The accounts the agency holds, by account number. */
  accounts(): readonly AgencyAccount[] {
    return [...this.held.values()].sort((a, b) => a.accountNumber.localeCompare(b.accountNumber));
  }

  /**
   * Takes one file by name: a placement adds its accounts, a recall stops work on its accounts, a direct payment
   * lowers its account's balance by what the debtor paid the clinic (an account paid down to nothing is closed), any
   * other name is ignored. Each name is taken once; a malformed file throws an `AgencyFileError` naming the line.
   */
  receive(file: string, content: Uint8Array): AgencyReceipt {
    if (this.received.has(file)) return { file, kind: 'ignored' };
    const text = Buffer.from(content).toString(this.options.layout === 'csv' ? 'utf8' : 'latin1');
    if (file.startsWith('placement-')) {
      const rows = readPlacementFile(file, text, this.options.layout);
      this.received.add(file);
      const outcomes = assignOutcomes(this.options.seed, rows, this.options.outcomes);
      for (const { accountNumber, balanceCents } of rows) {
        if (this.held.get(accountNumber)?.status === 'working') continue;
        this.held.set(accountNumber, { accountNumber, placedCents: balanceCents, balanceCents, outcome: outcomes.get(accountNumber)!, status: 'working', cycles: 0 });
      }
      return { file, kind: 'placement', accounts: rows.length };
    }
    if (file.startsWith('recall-')) {
      const rows = readRecallFile(file, text, this.options.layout);
      this.received.add(file);
      for (const { accountNumber, recallDate } of rows) {
        const account = this.held.get(accountNumber);
        if (account && account.status !== 'closed') Object.assign(account, { status: 'recalled', recalledOn: recallDate });
      }
      return { file, kind: 'recall', accounts: rows.length };
    }
    if (file.startsWith('direct-payment-')) {
      const rows = readDirectPaymentFile(file, text, this.options.layout);
      this.received.add(file);
      for (const { accountNumber, amountCents } of rows) {
        const account = this.held.get(accountNumber);
        if (account?.status !== 'working') continue;
        account.balanceCents = Math.max(0, account.balanceCents - amountCents);
        if (account.balanceCents === 0) account.status = 'closed';
      }
      return { file, kind: 'direct-payment', payments: rows.length };
    }
    this.received.add(file);
    return { file, kind: 'ignored' };
  }

  /** Lists the placements directory and takes every file not taken before (hidden names skipped), in name order. */
  async scan(): Promise<AgencyReceipt[]> {
    const names = (await readdir(this.options.placementsDir)).filter((name) => !name.startsWith('.') && !this.received.has(name)).sort();
    const receipts: AgencyReceipt[] = [];
    for (const name of names) receipts.push(this.receive(name, await readFile(join(this.options.placementsDir, name))));
    return receipts;
  }

  /**
   * One work cycle over the accounts still worked (in account number order): writes `activity-<NNNN>-<YYYYMMDD>.csv`
   * (or `.txt`) into the activity directory — under a hidden name first, then renamed — and returns it; `undefined`
   * when nothing happened. References are `SIM-<NNNN>-<row>`.
   */
  async work(): Promise<AgencyActivityFile | undefined> {
    const date = calendarDate(this.options.clock?.() ?? new Date(), this.options.timeZone ?? 'UTC');
    const events = this.accounts().filter((account) => account.status === 'working').flatMap((account) => workAccount(account, this.options.seed));
    if (events.length === 0) return undefined;
    const sequence = String(++this.files).padStart(4, '0');
    const rows = events.map((event, index): AgencyActivityRow => {
      const fee = event.kind === 'payment' ? agencyFee(event.amountCents, this.feeBasisPoints) : 0;
      const amountCents = event.kind === 'payment' && this.reported === 'net' ? event.amountCents - fee : event.amountCents;
      return { ...event, amountCents, feeCents: fee, date, reference: `SIM-${sequence}-${String(index + 1).padStart(3, '0')}` };
    });
    const fileName = `activity-${sequence}-${date.replaceAll('-', '')}.${this.options.layout === 'csv' ? 'csv' : 'txt'}`;
    const content = writeActivityFile(rows, this.options.layout);
    await mkdir(this.options.activityDir, { recursive: true });
    await writeFile(join(this.options.activityDir, `.${fileName}.part`), content);
    await rename(join(this.options.activityDir, `.${fileName}.part`), join(this.options.activityDir, fileName));
    return { fileName, content, rows };
  }
}
