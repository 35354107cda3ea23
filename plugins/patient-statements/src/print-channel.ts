import { Money, OperationResults, type StatementChannel, type StatementDocument } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rmdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { printIndexCsv, type PrintIndexRow } from './print-index';

/** Where the print channel delivers. */
export interface PrintChannelOptions {
  /** An absolute folder on the server; the print vendor (or a sync job) picks the batches up from it. */
  readonly folder: string;
}

/** What is spooled with each statement's PDF: its index row, without its place in the batch (known only at the end). */
type SpooledRow = Omit<PrintIndexRow, 'firstPage'>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NAME = /^[A-Za-z0-9_-]+$/;

/** A path segment built from an id, refused when it could leave the folder. */
function segment(value: string, pattern: RegExp, what: string): string {
  if (!pattern.test(value)) throw new Error(`the ${what} ${JSON.stringify(value)} cannot name a file`);
  return value;
}

/** Writes `bytes` under a temporary name beside `file`, then renames it: a reader sees the whole file or none. */
async function writeAtomically(file: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = `${file}.${randomUUID()}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, file);
}

function missing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * The print-vendor batch. `deliver` spools each statement's PDF and its index row under
 * `<folder>/.spool/<organization>/<statement date>/` (files, never the database). `finishRun`, called once after the
 * run's deliveries, merges everything spooled for the organization into one PDF and writes it with its CSV index as
 * `statements-<run date>-<first 8 of run id>.pdf` / `.csv` into the folder (each written under a temporary name, then
 * renamed; the CSV last, so its presence means the batch is complete), then removes what it batched. The spool is
 * keyed by date because only `finishRun` knows the run: two runs of one organization on the same day share a spool,
 * and each `finishRun` batches whatever is spooled at that moment.
 */
export function printStatementChannel(options: PrintChannelOptions): StatementChannel {
  const spoolOf = (organizationId: string): string => join(options.folder, '.spool', segment(organizationId, NAME, 'organization id'));

  return {
    id: 'print',
    async deliver(context, statement, rendered) {
      const pageCount = (await PDFDocument.load(rendered.pdf)).getPageCount();
      const folder = join(spoolOf(context.organizationId), segment(statement.statementDate, DATE, 'statement date'));
      const name = segment(statement.statementId, NAME, 'statement id');
      await mkdir(folder, { recursive: true });
      await writeAtomically(join(folder, `${name}.pdf`), rendered.pdf);
      await writeAtomically(join(folder, `${name}.json`), JSON.stringify(spooledRow(statement, pageCount)));
      return OperationResults.success({ deliveryReference: `spooled for the print batch of ${statement.statementDate}` });
    },

    async finishRun(context, run) {
      const spool = spoolOf(context.organizationId);
      const spooled = await spooledStatements(spool);
      if (spooled.length === 0) return OperationResults.success({ deliveryReference: 'empty' });

      const batch = await PDFDocument.create();
      const rows: PrintIndexRow[] = [];
      for (const { row, pdf } of spooled) {
        const source = await PDFDocument.load(await readFile(pdf));
        const firstPage = batch.getPageCount() + 1;
        for (const page of await batch.copyPages(source, source.getPageIndices())) batch.addPage(page);
        rows.push({ ...row, firstPage, pageCount: source.getPageCount() });
      }
      const name = `statements-${segment(run.runDate, DATE, 'run date')}-${segment(run.runId.slice(0, 8), NAME, 'run id')}`;
      await writeAtomically(join(options.folder, `${name}.pdf`), await batch.save());
      await writeAtomically(join(options.folder, `${name}.csv`), printIndexCsv(rows));

      for (const { pdf, json } of spooled) {
        await unlink(pdf);
        await unlink(json);
      }
      for (const date of new Set(spooled.map((statement) => statement.date))) await removeIfEmpty(join(spool, date));
      return OperationResults.success({ deliveryReference: `${name}.pdf` });
    },
  };
}

function spooledRow(statement: StatementDocument, pageCount: number): SpooledRow {
  return {
    statementId: statement.statementId,
    accountNumber: statement.accountNumber,
    recipientName: statement.recipient.name,
    address: statement.recipient.address,
    amountDue: Money.fromCents(statement.amountDueCents).toFixed2(),
    statementDate: statement.statementDate,
    pageCount,
  };
}

/** Every statement spooled for an organization (any date, so a run that stopped before its batch is not lost), in print order. */
async function spooledStatements(spool: string): Promise<{ date: string; row: SpooledRow; pdf: string; json: string }[]> {
  let dates: string[];
  try {
    dates = (await readdir(spool)).filter((entry) => DATE.test(entry));
  } catch (error) {
    if (missing(error)) return [];
    throw error;
  }
  const statements = [];
  for (const date of dates) {
    for (const entry of (await readdir(join(spool, date))).filter((file) => file.endsWith('.json'))) {
      const json = join(spool, date, entry);
      const row = JSON.parse(await readFile(json, 'utf8')) as SpooledRow;
      statements.push({ date, row, json, pdf: json.replace(/\.json$/, '.pdf') });
    }
  }
  const order = (statement: { row: SpooledRow }) => [statement.row.statementDate, statement.row.accountNumber, statement.row.statementId].join('\u0000');
  return statements.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

async function removeIfEmpty(folder: string): Promise<void> {
  try {
    await rmdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw error;
  }
}
