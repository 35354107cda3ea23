import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { read999 } from '@openrcm/x12';
import { adaClaim, balancedRemittances, batchOf, x837 } from '../../test/payer-fixtures';
import { runCli } from './cli.main';

function capture(signal = new AbortController().signal) {
  const io = { out: '', err: '' };
  return { io, cli: { out: (t: string) => void (io.out += t), err: (t: string) => void (io.err += t), signal } };
}

async function waitFor<T>(check: () => Promise<T | undefined>, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('openrcm-sim', () => {
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'openrcm-sim-cli-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('adjudicate answers one file into --out, byte-identical for the same seed and --now', async () => {
    const file = join(dir, 'claims.837');
    await writeFile(file, x837([batchOf([adaClaim('C1')])], 55));
    const run = async (out: string) => {
      const { io, cli } = capture();
      expect(await runCli(['adjudicate', file, '--seed', '3', '--now', '2026-11-30T10:00:00Z', '--out', out], cli)).toBe(0);
      return io;
    };
    const first = await run(join(dir, 'a'));
    await run(join(dir, 'b'));
    const names = (await readdir(join(dir, 'a'))).sort();
    expect(names).toEqual(['000000055.277CA.x12', '000000055.835.x12', '000000055.999.x12']);
    for (const n of names) expect(await readFile(join(dir, 'a', n), 'utf8')).toBe(await readFile(join(dir, 'b', n), 'utf8'));
    expect(first.out).toMatch(/C1 \(SIMPAYER1\) adjudicated CLP02 \d+/);
    balancedRemittances(await readFile(join(dir, 'a', '000000055.835.x12'), 'utf8'));
  });

  it('exits 2 with the usage for bad arguments and 1 for input it refuses', async () => {
    const cases: [string[], number, RegExp][] = [
      [[], 2, /a command is required/], [['fly'], 2, /unknown command "fly"/], [['serve'], 2, /--folder is required/],
      [['adjudicate', 'x.837', '--seed', 'abc'], 2, /--seed must be a non-negative integer/], [['adjudicate', 'x.837', '--bogus'], 2, /bogus/],
      [['sftp', '--root', dir], 2, /--port is required/], [['sftp', '--root', dir, '--port', '0', '--user', 'nopassword'], 2, /--user must be NAME:PASSWORD/],
      [['adjudicate', join(dir, 'missing.837')], 1, /cannot read .*missing\.837/],
    ];
    for (const [argv, code, message] of cases) {
      const { io, cli } = capture();
      expect([argv, await runCli(argv, cli)]).toEqual([argv, code]);
      expect(io.err).toMatch(message);
    }
    await writeFile(join(dir, 'junk.837'), 'junk');
    const { io, cli } = capture();
    expect(await runCli(['adjudicate', join(dir, 'junk.837')], cli)).toBe(1);
    expect(io.err).toMatch(/not an X12 interchange/);
  });

  it('reads --rules files (and refuses bad ones naming the field); rules prints the defaults', async () => {
    const printed = capture();
    expect(await runCli(['rules'], printed.cli)).toBe(0);
    const rules = JSON.parse(printed.io.out) as { payers: { payerId: string; denials: unknown[]; rejections: unknown[] }[] };
    expect(rules.payers.map((p) => p.payerId)).toEqual(['SIMPAYER1', 'SIMPAYER2', '00430']);
    rules.payers[0]!.denials = [{ group: 'CO', carc: '50', rate: 1, scope: 'claim' }];
    rules.payers[0]!.rejections = [];
    await writeFile(join(dir, 'rules.json'), JSON.stringify(rules));
    await writeFile(join(dir, 'claims.837'), x837([batchOf([adaClaim('R1')])], 56));
    const run = capture();
    expect(await runCli(['adjudicate', join(dir, 'claims.837'), '--rules', join(dir, 'rules.json')], run.cli)).toBe(0);
    expect(run.io.out).toMatch(/R1 \(SIMPAYER1\) adjudicated CLP02 4 paid 0\.00 denials 50/);
    rules.payers[0]!.denials = [{ group: 'CO', carc: '50', rate: 2, scope: 'claim' }];
    await writeFile(join(dir, 'bad.json'), JSON.stringify(rules));
    const bad = capture();
    expect(await runCli(['adjudicate', join(dir, 'claims.837'), '--rules', join(dir, 'bad.json')], bad.cli)).toBe(1);
    expect(bad.io.err).toMatch(/payers\[0\]\.denials\[0\]\.rate must be from 0 to 1/);
  });

  it('serve answers files dropped into the inbox until stopped', async () => {
    const stop = new AbortController();
    const { io, cli } = capture(stop.signal);
    const exit = runCli(['serve', '--folder', dir, '--seed', '2', '--poll-ms', '20'], cli);
    await waitFor(async () => (io.out.includes('reading 837P files') ? true : undefined));
    await writeFile(join(dir, 'inbox', 'one.837'), x837([batchOf([adaClaim('V1')])], 57));
    const ack = await waitFor(async () => readFile(join(dir, 'outbox', '000000057.999.x12')).catch(() => undefined));
    expect(read999(ack).transactions[0]!.groupStatus).toBe('A');
    await waitFor(async () => readFile(join(dir, 'outbox', '000000057.835.x12')).catch(() => undefined));
    stop.abort();
    expect(await exit).toBe(0);
    expect(io.out).toMatch(/one\.837: answered 000000057\.999\.x12, 000000057\.277CA\.x12; later: 000000057\.835\.x12/);
    expect(io.out).toMatch(/stopped/);
  });

  it('sftp prints the fingerprint of the host key it creates, and the same one on the next start', async () => {
    const start = async () => {
      const stop = new AbortController();
      const { io, cli } = capture(stop.signal);
      const exit = runCli(['sftp', '--root', dir, '--port', '0', '--user', 'clinic:pw'], cli);
      const fingerprint = await waitFor(async () => /fingerprint to pin: (SHA256:\S+)/.exec(io.out)?.[1]);
      stop.abort();
      expect(await exit).toBe(0);
      expect(io.out).toMatch(/users: clinic/);
      return fingerprint;
    };
    const first = await start();
    expect(await start()).toBe(first);
    expect(first).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });
});
