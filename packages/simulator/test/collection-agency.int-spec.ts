import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CollectionAgencyFake, type CollectionAgencyFakeOptions } from '../src/collection-agency';
import { directPaymentFile, placementFile, recallFile } from './agency-fixtures';

const NOW = () => new Date('2026-03-15T14:00:00Z');
const NINE: [string, number][] = Array.from({ length: 9 }, (_, i) => [`PA-${2001 + i}`, 10_000 * (i + 1) + 37]);

describe('the collection agency fake over folders', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'openrcm-agency-fake-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  async function agencyIn(name: string, options: Partial<CollectionAgencyFakeOptions> & Pick<CollectionAgencyFakeOptions, 'layout' | 'seed'>) {
    const placementsDir = join(root, name, 'outbound');
    const activityDir = join(root, name, 'inbound');
    await mkdir(placementsDir, { recursive: true });
    return { agency: new CollectionAgencyFake({ placementsDir, activityDir, clock: NOW, ...options }), placementsDir, activityDir };
  }

  async function placed(name: string, options: Parameters<typeof agencyIn>[1], accounts = NINE) {
    const made = await agencyIn(name, options);
    await writeFile(join(made.placementsDir, 'placement-B1-20260315.csv'), placementFile(options.layout, accounts));
    await writeFile(join(made.placementsDir, '.placement-B2-20260315.csv.part'), 'half written');
    await writeFile(join(made.placementsDir, 'notes.txt'), 'not a placement');
    return made;
  }

  it('writes identical bytes for the same seed, and other bytes for another seed', async () => {
    const a = await placed('a', { layout: 'csv', seed: 42 });
    const b = await placed('b', { layout: 'csv', seed: 42 });
    const c = await placed('c', { layout: 'csv', seed: 43 });
    for (const { agency } of [a, b, c]) await agency.scan();
    const [fileA, fileB, fileC] = await Promise.all([a.agency.work(), b.agency.work(), c.agency.work()]);
    expect(fileA?.fileName).toBe('activity-0001-20260315.csv');
    expect(await readFile(join(a.activityDir, fileA!.fileName))).toEqual(await readFile(join(b.activityDir, fileB!.fileName)));
    expect(fileC!.content).not.toBe(fileA!.content);
    expect(await readdir(a.activityDir)).toEqual(['activity-0001-20260315.csv']);
  });

  it('takes placement files once, ignores other names and uploads in progress, and plays every outcome with a 25 % fee', async () => {
    const { agency } = await placed('a', { layout: 'csv', seed: 42 });
    expect(await agency.scan()).toEqual([{ file: 'notes.txt', kind: 'ignored' }, { file: 'placement-B1-20260315.csv', kind: 'placement', accounts: 9 }]);
    expect(await agency.scan()).toEqual([]);
    const file = await agency.work();
    const rows = file!.rows;
    const byAccount = new Map(agency.accounts().map((account) => [account.accountNumber, account]));
    for (const row of rows) {
      expect(row.feeCents).toBe(row.kind === 'payment' ? Math.floor((row.amountCents * 2_500 + 5_000) / 10_000) : 0);
      expect(row.date).toBe('2026-03-15');
    }
    const kinds = new Set(rows.map((row) => `${byAccount.get(row.accountNumber)!.outcome}:${row.kind}`));
    expect([...kinds].sort()).toEqual([
      'bankruptcy:bankruptcy', 'deceased:deceased', 'dispute:dispute', 'installments:payment', 'paid-in-full:payment', 'partial:payment',
      'returned:return', 'settled:adjustment', 'settled:payment',
    ]);
    const full = rows.find((row) => byAccount.get(row.accountNumber)!.outcome === 'paid-in-full')!;
    expect(full.amountCents).toBe(byAccount.get(full.accountNumber)!.placedCents);
    const settled = rows.filter((row) => byAccount.get(row.accountNumber)!.outcome === 'settled');
    expect(settled[0]!.amountCents + settled[1]!.amountCents).toBe(byAccount.get(settled[0]!.accountNumber)!.placedCents);
    expect(rows.map((row) => row.reference)).toEqual(rows.map((_, i) => `SIM-0001-${String(i + 1).padStart(3, '0')}`));
  });

  it('keeps paying installments cycle after cycle until a recall stops the work', async () => {
    const { agency, placementsDir } = await placed('a', { layout: 'fixed-width', seed: 5, outcomes: { 'PA-2001': 'installments' } }, [['PA-2001', 100_000]]);
    await agency.scan();
    const first = await agency.work();
    expect(first!.fileName).toBe('activity-0001-20260315.txt');
    expect(first!.rows).toEqual([expect.objectContaining({ accountNumber: 'PA-2001', kind: 'payment', note: 'installment 1' })]);
    expect((await agency.work())!.rows).toEqual([expect.objectContaining({ note: 'installment 2' })]);
    await writeFile(join(placementsDir, 'recall-R1-20260315.txt'), recallFile('fixed-width', ['PA-2001'], '2026-03-15'));
    expect(await agency.scan()).toEqual([{ file: 'recall-R1-20260315.txt', kind: 'recall', accounts: 1 }]);
    expect(await agency.work()).toBeUndefined();
    expect(agency.accounts()).toEqual([expect.objectContaining({ accountNumber: 'PA-2001', status: 'recalled', recalledOn: '2026-03-15', cycles: 2 })]);
  });

  it('lowers the balance by what the debtor paid the clinic directly, and stops working an account paid down to nothing', async () => {
    for (const layout of ['csv', 'fixed-width'] as const) {
      const outcomes = { 'PA-2001': 'paid-in-full', 'PA-2002': 'installments' } as const;
      const { agency, placementsDir } = await placed(layout, { layout, seed: 5, outcomes }, [['PA-2001', 45_250], ['PA-2002', 1_000]]);
      await agency.scan();
      const extension = layout === 'csv' ? 'csv' : 'txt';
      await writeFile(join(placementsDir, `direct-payment-P1-20260315.${extension}`), directPaymentFile(layout, [['PA-2001', 10_000, 35_250], ['PA-2002', 1_000, 0]], '2026-03-14'));
      expect(await agency.scan()).toEqual([{ file: `direct-payment-P1-20260315.${extension}`, kind: 'direct-payment', payments: 2 }]);
      expect(agency.accounts()).toEqual([
        expect.objectContaining({ accountNumber: 'PA-2001', balanceCents: 35_250, status: 'working' }),
        expect.objectContaining({ accountNumber: 'PA-2002', balanceCents: 0, status: 'closed' }),
      ]);
      // Paid in full now means what is left after the payment to the clinic.
      expect((await agency.work())!.rows).toEqual([expect.objectContaining({ accountNumber: 'PA-2001', kind: 'payment', amountCents: 35_250 })]);
    }
  });

  it('reports payments net of its fee when told to, fee and net adding up to what was collected', async () => {
    const { agency } = await placed('a', { layout: 'csv', seed: 5, paymentsReported: 'net', feeBasisPoints: 3_000, outcomes: { 'PA-2001': 'paid-in-full' } }, [['PA-2001', 45_250]]);
    await agency.scan();
    expect((await agency.work())!.rows).toEqual([{
      accountNumber: 'PA-2001', kind: 'payment', amountCents: 31_675, feeCents: 13_575, date: '2026-03-15', reference: 'SIM-0001-001', note: 'paid in full',
    }]);
  });

  it('writes the activity layouts of plugins/collections', async () => {
    const csv = await placed('a', { layout: 'csv', seed: 5, outcomes: { 'PA-2001': 'paid-in-full', 'PA-2002': 'dispute' } }, [['PA-2001', 45_250], ['PA-2002', 1_000]]);
    await csv.agency.scan();
    expect((await csv.agency.work())!.content).toBe([
      'account_number,kind,amount,fee,date,reference,note',
      'PA-2001,payment,452.50,113.13,2026-03-15,SIM-0001-001,paid in full',
      'PA-2002,dispute,10.00,0.00,2026-03-15,SIM-0001-002,disputes the debt in writing',
      '',
    ].join('\r\n'));
    const fixed = await placed('b', { layout: 'fixed-width', seed: 5, outcomes: { 'PA-2001': 'paid-in-full' } }, [['PA-2001', 45_250]]);
    await fixed.agency.scan();
    expect((await fixed.agency.work())!.content)
      .toBe(`${'PA-2001'.padEnd(20)}${'payment'.padEnd(10)}000000045250000000011313${'20260315'}${'SIM-0001-001'.padEnd(30)}${'paid in full'.padEnd(80)}\r\n`);
  });

  it('dates its activity in the time zone it is given', async () => {
    const { agency } = await placed('a', { layout: 'csv', seed: 5, clock: () => new Date('2026-03-16T02:30:00Z'), timeZone: 'America/New_York' }, [['PA-2001', 100]]);
    await agency.scan();
    const file = await agency.work();
    expect([file!.fileName, file!.rows[0]!.date]).toEqual(['activity-0001-20260315.csv', '2026-03-15']);
    expect(() => new CollectionAgencyFake({ placementsDir: root, activityDir: root, layout: 'csv', seed: 1, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('refuses a malformed placement file, naming the line', async () => {
    const { agency, placementsDir } = await agencyIn('a', { layout: 'csv', seed: 1 });
    await writeFile(join(placementsDir, 'placement-B9-20260315.csv'), `${placementFile('csv', [['PA-1', 100]])}PA-2,too,few\r\n`);
    await expect(agency.scan()).rejects.toThrow('placement-B9-20260315.csv, line 3: expected 20 fields');
    expect(() => new CollectionAgencyFake({ placementsDir, activityDir: placementsDir, layout: 'csv', seed: 1, paymentsReported: 'net', feeBasisPoints: 5_000 }))
      .toThrow('feeBasisPoints must be a whole number from 0 to 4999 when payments are reported net');
  });
});
