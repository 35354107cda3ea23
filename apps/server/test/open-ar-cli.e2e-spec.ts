import { join } from 'node:path';
import { configDirectory, run } from './support/cli-harness';

/** `openrcm import 837p` and `openrcm ledger verify|summary` on an embedded installation. */
describe('openrcm import 837p and openrcm ledger', () => {
  const file = join(__dirname, 'fixtures', 'open-ar.837p.x12');
  let config: string;
  let organizationId: string;

  beforeAll(async () => {
    const cwd = configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent' }`);
    config = join(cwd, 'openrcm.config.ts');
    const created = await run(['users', 'create-admin', '--email', 'conversion@clinic.test', '--organization-name', 'Riverside', '-c', config]);
    expect(created.code).toBe(0);
    organizationId = /organization ([0-9a-f-]{36})/.exec(created.out)?.[1] ?? '';
  }, 120_000);

  it('imports the open A/R, then finds every claim already there on a second run', async () => {
    const first = await run(['import', '837p', file, '-c', config]);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('imported the open A/R of Riverside from');
    expect(first.out).toContain('2 claims in the file: 2 imported (3 lines, $490.00), 0 skipped');
    expect(first.out).toContain('registered 2 patients, 2 coverages, 1 payers, 2 providers, 1 locations');

    const again = await run(['import', '837p', file, '--json', '--org', organizationId, '-c', config]);
    expect(again.code).toBe(0);
    const result = JSON.parse(again.out) as { imported: number; skipped: number; claims: { patientControlNumber: string; reason: string }[] };
    expect(result).toMatchObject({ imported: 0, skipped: 2 });
    expect(result.claims.map((claim) => [claim.patientControlNumber, claim.reason])).toEqual([
      ['LEG-1001', 'already-imported'],
      ['LEG-1002', 'already-imported'],
    ]);
  }, 120_000);

  it('verifies the ledger (exit 0) and prints its summary as a table in dollars and as JSON in cents', async () => {
    const verify = await run(['ledger', 'verify', '-c', config]);
    expect(verify.code).toBe(0);
    expect(verify.out).toContain('ok   charge-matches-service-line');
    expect(verify.out).toContain('ledger verified: 1 organizations, no violation');

    const summary = await run(['ledger', 'summary', '--organization', organizationId, '-c', config]);
    expect(summary.code).toBe(0);
    expect(summary.out).toContain('3 entries, $490.00 owed by payers and patients');
    expect(summary.out).toMatch(/entry kind\s+entries\s+amount\n\s+-+\s+-+\s+-+\n\s+charge\s+3\s+\$490\.00/);
    expect(summary.out).toMatch(/submitted\s+2/);

    const json = await run(['ledger', 'summary', '--json', '-c', config]);
    const [totals] = JSON.parse(json.out) as { organizationId: string; balanceCents: number; byKind: unknown[] }[];
    expect(totals).toMatchObject({ organizationId, balanceCents: 49000, byKind: [{ kind: 'charge', entries: 3, amountCents: 49000 }] });
  }, 120_000);

  it('refuses a file that is not an 837P with exit code 1 and the reason', async () => {
    const refused = await run(['import', '837p', join(__dirname, 'fixtures', 'future.plugin.ts'), '-c', config]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('file: ');
  }, 60_000);
});
