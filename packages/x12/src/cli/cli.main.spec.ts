import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILE_835 } from '../../test/fixtures/x835.fixture';
import { read835 } from '../x835';
import { read837P } from '../x837p';
import { runCli } from './cli.main';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

describe('openrcm-x12', () => {
  const dir = mkdtempSync(join(tmpdir(), 'x12-cli-'));

  it('gen-837p writes valid claims, validate exits 0, gen-835 answers with a balanced 835', async () => {
    const c = capture();
    expect(await runCli(['gen-837p', '--claims', '120', '--seed', '9', '--out', join(dir, 'a.837')], c.io)).toBe(0);
    expect(read837P(readFileSync(join(dir, 'a.837'))).transactions.flatMap((b) => b.claims)).toHaveLength(120);
    expect(await runCli(['validate', join(dir, 'a.837')], c.io)).toBe(0);
    expect(c.out.join('')).toContain('0 error(s)');
    expect(await runCli(['gen-835', '--from-837', join(dir, 'a.837'), '--seed', '9', '--out', join(dir, 'a.835')], c.io)).toBe(0);
    const remits = read835(readFileSync(join(dir, 'a.835')));
    expect(remits.errors).toEqual([]);
    expect(remits.transactions.flatMap((t) => t.claims)).toHaveLength(120);
  });

  it('gen-837p adds voids and long claims split at 50 lines on request, and refuses a share above 1', async () => {
    const c = capture();
    const file = join(dir, 'mix.837');
    expect(await runCli(['gen-837p', '--claims', '200', '--seed', '4', '--void-rate', '0.2', '--split-rate', '0.05', '--out', file], c.io)).toBe(0);
    const claims = read837P(readFileSync(file)).transactions.flatMap((b) => b.claims);
    expect(claims.length).toBeGreaterThan(200);
    expect(claims.filter((cl) => cl.frequency === '8' && cl.payerClaimControlNumber).length).toBeGreaterThan(10);
    expect(Math.max(...claims.map((cl) => cl.lines.length))).toBe(50);
    expect(await runCli(['validate', file], c.io)).toBe(0);
    expect(await runCli(['gen-837p', '--claims', '5', '--void-rate', '2'], c.io)).toBe(2);
  });

  it('validate prints positioned errors and exits 1', async () => {
    const bad = join(dir, 'bad.835');
    writeFileSync(bad, FILE_835.replace('CLP*PCN001*1*200.10*150.10', 'CLP*PCN001*1*200.10*150.11'));
    const c = capture();
    expect(await runCli(['validate', bad], c.io)).toBe(1);
    expect(c.out.join('')).toContain('error CLAIM_UNBALANCED');
    expect(c.out.join('')).toContain('error PAYMENT_UNBALANCED');
  });

  it('parse prints a streamed 835 summary in cents, or JSON', async () => {
    const file = join(dir, 'ok.835');
    writeFileSync(file, FILE_835);
    const c = capture();
    expect(await runCli(['parse', file], c.io)).toBe(0);
    expect(c.out.join('')).toContain('4 claim(s)');
    expect(c.out.join('')).toContain('BPR02 total 14745 cents');
    const j = capture();
    expect(await runCli(['parse', file, '--json'], j.io)).toBe(0);
    expect(JSON.parse(j.out.join('')).transactions[0].payment.amountCents).toBe(14745);
  });

  it('refuses bad usage with exit code 2', async () => {
    const c = capture();
    expect(await runCli(['gen-837p', '--claims', 'x'], c.io)).toBe(2);
    expect(c.err.join('')).toContain('--claims must be a non-negative integer');
    expect(await runCli(['nope'], c.io)).toBe(2);
  });
});
