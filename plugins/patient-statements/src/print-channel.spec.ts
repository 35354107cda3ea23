import { createPluginHarness } from '@openrcm/sdk/testing';
import type { StatementChannel, StatementDocument } from '@openrcm/sdk';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { plugin } from './patient-statements.plugin';
import { SAMPLE_STATEMENT } from './sample-statement';

const RUN = { runId: '3f2a9c1e-0000-4000-8000-000000000001', runDate: '2026-12-01' };

/** A statement with `lineCount` dates of service: enough lines run the PDF onto a second page. */
function statement(id: string, accountNumber: string, recipient: StatementDocument['recipient'], amountDueCents: number, lineCount: number): StatementDocument {
  const line = SAMPLE_STATEMENT.lines[0]!;
  return { ...SAMPLE_STATEMENT, statementId: id, accountNumber, recipient, amountDueCents, lines: Array.from({ length: lineCount }, () => line) };
}

const FIRST = statement('00000000-0000-4000-8000-00000000000a', 'A-100', { name: 'Pat Example', address: ['12 Elm Street', 'Springfield, IL 62704'] }, 4_000, 1);
const SECOND = statement('00000000-0000-4000-8000-00000000000b', 'B-200', { name: '=HYPERLINK("x") "Jo", Jr.', address: ['1 Oak Lane', 'Apt 2', 'Suite 3', 'Floor 4', 'Springfield, IL 62704'] }, 123_456, 60);

async function printChannel(folder: string): Promise<{ harness: Awaited<ReturnType<typeof createPluginHarness>>; print: StatementChannel }> {
  const harness = await createPluginHarness(plugin, { settings: { print: { folder } } });
  const print = harness.contributions('statement-channel').find((channel) => channel.id === 'print');
  if (!print?.finishRun) throw new Error('the print channel is not contributed');
  return { harness, print };
}

describe('print channel', () => {
  it('is off by default and refuses a relative folder', async () => {
    const harness = await createPluginHarness(plugin);
    expect(harness.contributions('statement-channel').map((channel) => channel.id)).toEqual(['email']);
    await expect(createPluginHarness(plugin, { settings: { print: { folder: 'print/out' } } })).rejects.toThrow(/absolute path/);
  });

  it('batches the run’s statements into one PDF and its CSV index, and clears the spool', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'print-batch-'));
    const { harness, print } = await printChannel(folder);
    const [renderer] = harness.contributions('statement-renderer');
    const renderedSecond = await renderer!.render(harness.context, SECOND);
    const renderedFirst = await renderer!.render(harness.context, FIRST);
    const pages = async (pdf: Uint8Array) => (await PDFDocument.load(pdf)).getPageCount();
    expect(await pages(renderedFirst.pdf)).toBe(1);
    expect(await pages(renderedSecond.pdf)).toBeGreaterThan(1);

    expect((await print.deliver(harness.context, SECOND, renderedSecond)).status).toBe('SUCCESS');
    expect((await print.deliver(harness.context, FIRST, renderedFirst)).status).toBe('SUCCESS');
    expect(readdirSync(folder)).toEqual(['.spool']);

    const finished = await print.finishRun!(harness.context, RUN);
    expect(finished).toEqual({ status: 'SUCCESS', value: { deliveryReference: 'statements-2026-12-01-3f2a9c1e.pdf' } });
    expect(readdirSync(folder).sort()).toEqual(['.spool', 'statements-2026-12-01-3f2a9c1e.csv', 'statements-2026-12-01-3f2a9c1e.pdf']);
    expect(readdirSync(join(folder, '.spool', harness.context.organizationId))).toEqual([]);

    const batchFile = join(folder, 'statements-2026-12-01-3f2a9c1e.pdf');
    const secondPages = await pages(renderedSecond.pdf);
    expect(await pages(readFileSync(batchFile))).toBe(1 + secondPages);
    const text = execFileSync('pdftotext', ['-layout', batchFile, '-'], { encoding: 'utf8' });
    // In account order: A-100's statement first, then B-200's.
    expect(text.indexOf('Account: A-100')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Account: B-200')).toBeGreaterThan(text.indexOf('Account: A-100'));
    expect(text).toContain('Amount due: $1,234.56');

    expect(readFileSync(join(folder, 'statements-2026-12-01-3f2a9c1e.csv'), 'utf8')).toBe(
      [
        'Statement ID,Account,Recipient,Address 1,Address 2,Address 3,Address 4,Amount due,Statement date,First page,Pages',
        `00000000-0000-4000-8000-00000000000a,A-100,Pat Example,12 Elm Street,"Springfield, IL 62704",,,40.00,2026-12-01,1,1`,
        `00000000-0000-4000-8000-00000000000b,B-200,"'=HYPERLINK(""x"") ""Jo"", Jr.",1 Oak Lane,Apt 2,Suite 3,"Floor 4, Springfield, IL 62704",1234.56,2026-12-01,2,${secondPages}`,
        '',
      ].join('\r\n'),
    );

    // The spool was cleared: the next run's batch is empty.
    expect(await print.finishRun!(harness.context, { ...RUN, runId: '99999999-0000-4000-8000-000000000002' })).toEqual({ status: 'SUCCESS', value: { deliveryReference: 'empty' } });
    expect(readdirSync(folder).filter((file) => file.startsWith('statements-'))).toHaveLength(2);
  });

  it('writes nothing for a run with nothing spooled', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'print-empty-'));
    const { harness, print } = await printChannel(folder);
    expect(await print.finishRun!(harness.context, RUN)).toEqual({ status: 'SUCCESS', value: { deliveryReference: 'empty' } });
    expect(readdirSync(folder)).toEqual([]);
    expect(existsSync(join(folder, '.spool'))).toBe(false);
  });

  it('refuses to spool a statement that is not a PDF', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'print-bad-'));
    const { harness, print } = await printChannel(folder);
    await expect(print.deliver(harness.context, FIRST, { html: '', pdf: new TextEncoder().encode('not a pdf') })).rejects.toThrow();
    expect(await print.finishRun!(harness.context, RUN)).toEqual({ status: 'SUCCESS', value: { deliveryReference: 'empty' } });
  });
});
