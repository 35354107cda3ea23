import type { AgencyFileOutcome, PlacementAccount } from '@openrcm/sdk';
import { CollectionAgencyFake, generateHostKey, startAgencySftpServer, type AgencyActivityRow, type AgencySftpServer } from '@openrcm/simulator';
import { ACCOUNTS } from './support/accounts';
import { agencyHarness, tempExchange, type Exchange } from './support/agency-harness';

const NOW = new Date('2026-03-15T14:00:00Z');
const NINE: PlacementAccount[] = Array.from({ length: 9 }, (_, i) => ({
  ...ACCOUNTS[1]!, accountNumber: `PA-${3001 + i}`, balanceCents: 25_000 + 1_111 * i, debtorName: `Debtor ${i + 1}`,
}));

/** What the plugin read, in the SDK's terms, for the rows the agency wrote. */
const expectedActivity = (fileName: string, rows: readonly AgencyActivityRow[], firstLine: number, basis: 'gross' | 'net' = 'gross') => rows.map((row, i) => ({
  accountNumber: row.accountNumber, kind: row.kind, amountCents: row.amountCents, agencyFeeCents: row.feeCents, occurredOn: row.date,
  reference: row.reference, note: row.note, source: { fileName, line: firstLine + i }, ...(row.kind === 'payment' ? { amountBasis: basis } : {}),
}));

describe('the collections connector against the simulator\'s collection agency', () => {
  let exchange: Exchange;
  beforeEach(() => {
    exchange = tempExchange();
  });
  afterEach(() => exchange.remove());

  it.each(['csv', 'fixed-width'] as const)('places over a folder in %s, and reads every activity file the agency writes without refusal', async (layout) => {
    const { harness, connector } = await agencyHarness({
      now: NOW, settings: { agencyName: 'Sim Agency', layout, paymentsReported: 'gross', delivery: { type: 'folder', outbound: exchange.path('outbound'), inbound: exchange.path('inbound') } },
    });
    const agency = new CollectionAgencyFake({ placementsDir: exchange.path('outbound'), activityDir: exchange.path('inbound'), layout, seed: 11, clock: () => NOW });
    expect(await connector.place(harness.context, 'B-1', NINE)).toMatchObject({ status: 'SUCCESS' });
    expect(await agency.scan()).toEqual([{ file: `placement-B-1-20260315.${layout === 'csv' ? 'csv' : 'txt'}`, kind: 'placement', accounts: 9 }]);
    expect(agency.accounts().map((account) => [account.accountNumber, account.placedCents])).toEqual(NINE.map((a) => [a.accountNumber, a.balanceCents]));
    const written = await agency.work();
    const result = await connector.fetchActivityFiles!(harness.context);
    expect(result).toEqual({
      status: 'SUCCESS',
      value: [{ status: 'read', fileName: written!.fileName, activity: expectedActivity(written!.fileName, written!.rows, layout === 'csv' ? 2 : 1) }],
    });
    expect(written!.rows.map((row) => row.kind)).toEqual(expect.arrayContaining(['payment', 'adjustment', 'dispute', 'bankruptcy', 'deceased', 'return']));

    const installments = agency.accounts().find((account) => account.outcome === 'installments')!;
    expect(await connector.recall(harness.context, 'R-1', [installments.accountNumber])).toMatchObject({ status: 'SUCCESS' });
    await agency.scan();
    const next = await agency.work();
    expect(next?.rows.some((row) => row.accountNumber === installments.accountNumber) ?? false).toBe(false);
    expect(installments.status).toBe('recalled');
  });

  describe('over SFTP, the agency\'s server started by the test with its host key pinned', () => {
    let server: AgencySftpServer;
    const errors: string[] = [];
    beforeEach(async () => {
      server = await startAgencySftpServer({
        root: exchange.root, port: 0, hostKey: generateHostKey(), users: [{ username: 'clinic', password: 'correct horse' }],
        agency: { layout: 'fixed-width', seed: 11, clock: () => NOW, paymentsReported: 'net', feeBasisPoints: 3_000 },
        onError: (file, error) => errors.push(`${file}: ${error.message}`),
      });
    });
    afterEach(async () => {
      await server.close();
      expect(errors).toEqual([]);
    });

    it('places, and reads the net payments and fees the agency reports', async () => {
      const { harness, connector } = await agencyHarness({
        now: NOW, env: { AGENCY_PASSWORD: 'correct horse' },
        settings: {
          agencyName: 'Sim Agency', layout: 'fixed-width', paymentsReported: 'net',
          delivery: { type: 'sftp', host: server.host, port: server.port, username: 'clinic', password: { env: 'AGENCY_PASSWORD' }, hostKeySha256: server.fingerprint, outbound: '/outbound', inbound: '/inbound' },
        },
      });
      expect(await connector.place(harness.context, 'B-2', NINE)).toEqual({ status: 'SUCCESS', value: { reference: 'placement-B-2-20260315.txt' } });
      expect(server.agency.accounts()).toHaveLength(9);
      const written = await server.agency.work();
      const result = await connector.fetchActivityFiles!(harness.context);
      const read = (result.status === 'SUCCESS' ? result.value : []) as AgencyFileOutcome[];
      expect(read).toEqual([{ status: 'read', fileName: written!.fileName, activity: expectedActivity(written!.fileName, written!.rows, 1, 'net') }]);
      for (const payment of written!.rows.filter((row) => row.kind === 'payment')) {
        const collected = payment.amountCents + payment.feeCents;
        expect(payment.feeCents).toBe(Math.floor((collected * 3_000 + 5_000) / 10_000));
      }
      expect([exchange.names('inbound'), exchange.names('processed')]).toEqual([[], [written!.fileName]]);
    });
  });
});
