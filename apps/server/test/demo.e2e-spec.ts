import { createTestDatabase, type TestDatabase } from '@openrcm/core/testing';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { configDirectory, run } from './support/cli-harness';

/**
 * `openrcm demo --exit` end to end: the demo practice is created, six visits run through claims to the payer
 * simulator over the exchange folder and back; the summary names the states, the rejected claim and its reason, and
 * the exchange folder holds the 837P files and the simulator's 999, 277CA and 835 answers. A second run reuses the
 * organization and only reports.
 */
describe('openrcm demo', () => {
  let database: TestDatabase;
  let cwd: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    database = await createTestDatabase();
    cwd = configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent', http: { port: 0 } }`);
    env = database.config.url ? { DATABASE_URL: database.config.url } : {};
  });

  afterAll(async () => {
    await database?.drop();
    if (cwd) await rm(cwd, { recursive: true, force: true });
  });

  it('runs the demo practice through claims, acknowledgements and posted remittances, prints the ledger and the aging, keeps the X12 files and reuses the practice next time', async () => {
    const exchange = join(cwd, 'exchange');
    const first = await run(['-c', join(cwd, 'openrcm.config.ts'), 'demo', '--exit', '--exchange-dir', exchange], env);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('Created Demo Family Practice');
    const states = (out: string) => new Set(/Claims by state: (.*)/.exec(out)?.[1]?.split(', '));
    // The simulator's 835s are posted: three claims paid, the injection denied (CO-97), the unknown member rejected.
    expect(states(first.out)).toEqual(new Set(['paid 3', 'denied 1', 'rejected 1']));
    expect(first.out).toMatch(/\[coder\] Denied \(coding\): claim \S+ — Line 1 \(J1100\) CO-97/);
    expect(first.out).toMatch(/Ledger: \d+ entries, \$[\d,.]+ still owed by payers and patients; verified, no violation/);
    expect(first.out).toMatch(/CO-97: \$48\.00 \(adjusted off \$0\.00, held open as denials \$48\.00, transferred \$0\.00\)/);
    expect(first.out).toMatch(/A\/R aging by payer \(as of \d{4}-\d{2}-\d{2}, days since the date of service\)/);
    expect(first.out).toMatch(/A\/R aging by patient/);
    expect(first.out).toMatch(/Rejected claims:\n {2}\S+: Claim \S+ rejected by the payer \(277CA\): fix the subscriber's member id on the coverage \(837P 2010BA NM109\)/);
    expect(first.out).toContain('member id SIM999999 not found');
    expect(first.out).toMatch(/Dev Example\s+SIM100003\s+no claim: stopped at/);
    expect(first.out).toMatch(/one-time password {2}\S{8,}/);
    expect(first.out).toContain('answers taken in: ');

    const outbox = await readdir(join(exchange, 'outbox'));
    const inbox = await readdir(join(exchange, 'inbox'));
    expect(outbox).toHaveLength(2);
    for (const file of outbox) expect(await readFile(join(exchange, 'outbox', file), 'utf8')).toContain('ST*837*');
    expect(inbox.filter((name) => name.endsWith('.999.x12'))).toEqual(['000000001.999.x12', '000000002.999.x12']);
    expect(inbox.filter((name) => name.endsWith('.277CA.x12'))).toHaveLength(2);
    expect(inbox.some((name) => /\.835(-\d+)?\.x12$/.test(name))).toBe(true);
    expect(first.out).toContain(`X12 files exchanged, in ${exchange}:`);
    // Statements for the patients who owe, emailed to the outbox with their PDFs kept; one paid by its pay link; one plan.
    expect(first.out).toMatch(/Patient statements: [1-9]\d* emailed/);
    expect(first.out).toContain(`PDFs in ${join(exchange, 'statements')}`);
    expect(first.out).toMatch(/paid \$[\d,.]+ through the statement's pay link \(fake processor\), receipt [0-9a-f-]{36}\./);
    expect(first.out).toMatch(/is on a payment plan: \$[\d,.]+ a month from \d{4}-\d{2}-\d{2}\./);
    const pdfs = await readdir(join(exchange, 'statements'));
    expect(pdfs.length).toBeGreaterThan(0);
    expect((await readFile(join(exchange, 'statements', pdfs[0] as string))).subarray(0, 5).toString()).toBe('%PDF-');

    const second = await run(['-c', join(cwd, 'openrcm.config.ts'), 'demo', '--exit', '--exchange-dir', exchange], env);
    expect(second.code).toBe(0);
    expect(second.out).toContain('Demo Family Practice is already here');
    expect(states(second.out)).toEqual(new Set(['paid 3', 'denied 1', 'rejected 1']));
    expect(second.out).not.toContain('one-time password  ');
    expect(await readdir(join(exchange, 'outbox'))).toEqual(outbox);
  }, 240_000);
});
