import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencyHarness, tempExchange, type Exchange } from './support/agency-harness';

const NOW = new Date('2026-03-15T14:00:00Z');
const HEADER = 'account_number,kind,amount,fee,date,reference,note';
const csv = (...rows: string[]) => [HEADER, ...rows].map((row) => `${row}\r\n`).join('');
const GOOD = csv('PA-1001,payment,452.50,113.13,2026-03-10,AG-1,', 'PA-1002,adjustment,20.00,0.00,2026-03-11,AG-2,settled');
const BAD = csv('PA-1001,payment,452.50,113.13,2026-03-10,AG-3,', 'PA-1003,payment,ten,0.00,2026-03-11,AG-4,');

describe('agency activity files over the folder delivery', () => {
  let exchange: Exchange;
  beforeEach(() => {
    exchange = tempExchange();
  });
  afterEach(() => exchange.remove());

  const connect = (delivery: Record<string, unknown> = {}) => agencyHarness({
    now: NOW,
    settings: {
      agencyName: 'Acme Recovery', layout: 'csv', paymentsReported: 'net',
      delivery: { type: 'folder', outbound: exchange.path('outbound'), inbound: exchange.path('inbound'), ...delivery },
    },
  });

  it('reads every inbox file, refuses the malformed one whole, and moves each out of the inbox: processed/ or refused/ beside it', async () => {
    exchange.drop('activity-20260314.csv', GOOD);
    exchange.drop('activity-20260315.csv', BAD);
    exchange.drop('.activity-20260316.csv.part', 'still uploading');
    const { harness, connector } = await connect();
    const result = await connector.fetchActivityFiles!(harness.context);
    expect(result).toEqual({
      status: 'SUCCESS',
      value: [
        {
          status: 'read', fileName: 'activity-20260314.csv',
          activity: [
            { accountNumber: 'PA-1001', kind: 'payment', amountCents: 45_250, agencyFeeCents: 11_313, amountBasis: 'net', occurredOn: '2026-03-10', reference: 'AG-1', source: { fileName: 'activity-20260314.csv', line: 2 } },
            { accountNumber: 'PA-1002', kind: 'adjustment', amountCents: 2_000, agencyFeeCents: 0, occurredOn: '2026-03-11', reference: 'AG-2', note: 'settled', source: { fileName: 'activity-20260314.csv', line: 3 } },
          ],
        },
        { status: 'refused', fileName: 'activity-20260315.csv', issues: [{ field: 'line 3, amount', message: 'is not an amount: expected a decimal with two places and no sign, like 125.00' }] },
      ],
    });
    expect(exchange.names('inbound')).toEqual(['.activity-20260316.csv.part']);
    expect(exchange.names('processed')).toEqual(['activity-20260314.csv']);
    expect(exchange.names('refused')).toEqual(['activity-20260315.csv']);
    expect(exchange.read('refused', 'activity-20260315.csv')).toBe(BAD);
    expect(await connector.fetchActivityFiles!(harness.context)).toEqual({ status: 'SUCCESS', value: [] });
    expect(harness.logs).toContainEqual({ level: 'warn', message: 'agency file refused', fields: { file: 'activity-20260315.csv', issues: 1, movedTo: 'activity-20260315.csv' } });
  });

  it('flattens the activity of the files it read for fetchActivity, leaving the refused ones out', async () => {
    exchange.drop('a.csv', BAD);
    exchange.drop('b.csv', GOOD);
    const { harness, connector } = await connect();
    const result = await connector.fetchActivity(harness.context);
    expect(result.status === 'SUCCESS' && result.value.map((a) => a.reference)).toEqual(['AG-1', 'AG-2']);
    expect(exchange.names('inbound')).toEqual([]);
    expect([exchange.names('processed'), exchange.names('refused')]).toEqual([['b.csv'], ['a.csv']]);
  });

  it('moves files to the configured directories, and gives a name already taken there a timestamp prefix', async () => {
    const { harness, connector } = await connect({ processed: exchange.path('done'), refused: exchange.path('rejected') });
    exchange.drop('activity.csv', GOOD);
    await connector.fetchActivityFiles!(harness.context);
    exchange.drop('activity.csv', csv('PA-1009,payment,1.00,0.00,2026-03-12,AG-9,'));
    const again = await connector.fetchActivityFiles!(harness.context);
    expect(again).toMatchObject({ status: 'SUCCESS', value: [{ status: 'read', fileName: 'activity.csv', activity: [{ reference: 'AG-9' }] }] });
    expect(exchange.names('done')).toEqual([expect.stringMatching(/^\d{13}-activity\.csv$/), 'activity.csv']);
    expect(exchange.names('processed')).toEqual([]);
  });

  it('reads an uploaded file by the same rules, without touching the inbox', async () => {
    exchange.drop('waiting.csv', GOOD);
    const { harness, connector } = await connect();
    const upload = await connector.readActivityFile!(harness.context, { fileName: 'upload.csv', content: Buffer.from(BAD) });
    expect(upload).toEqual({ status: 'refused', fileName: 'upload.csv', issues: [{ field: 'line 3, amount', message: 'is not an amount: expected a decimal with two places and no sign, like 125.00' }] });
    expect(await connector.readActivityFile!(harness.context, { fileName: 'upload.csv', content: new TextEncoder().encode(GOOD) }))
      .toMatchObject({ status: 'read', activity: [{ reference: 'AG-1', source: { fileName: 'upload.csv', line: 2 } }, { reference: 'AG-2' }] });
    expect(exchange.names('inbound')).toEqual(['waiting.csv']);
  });

  it('answers a missing inbound directory as a non-retryable exception', async () => {
    const { harness, connector } = await connect({ inbound: exchange.path('nope') });
    expect(await connector.fetchActivityFiles!(harness.context)).toEqual({ status: 'EXCEPTION', message: 'listing the inbound directory failed (ENOENT)', retryable: false });
  });

  it('answers the files already moved when a later move fails, and leaves the rest for the next fetch', async () => {
    writeFileSync(join(exchange.root, 'blocker'), 'a file where a directory should be');
    exchange.drop('a.csv', GOOD);
    exchange.drop('b.csv', BAD);
    const { harness, connector } = await connect({ refused: join(exchange.root, 'blocker', 'refused') });
    expect(await connector.fetchActivityFiles!(harness.context)).toMatchObject({ status: 'SUCCESS', value: [{ status: 'read', fileName: 'a.csv' }] });
    expect(exchange.names('inbound')).toEqual(['b.csv']);
    expect(harness.logs).toContainEqual({
      level: 'warn', message: 'stopped taking agency files; the rest wait for the next fetch', fields: { taken: 1, error: 'moving b.csv to the refused directory failed (ENOTDIR)' },
    });
    expect(await connector.fetchActivityFiles!(harness.context)).toEqual({ status: 'EXCEPTION', message: 'moving b.csv to the refused directory failed (ENOTDIR)', retryable: false });
    expect(exchange.names('inbound')).toEqual(['b.csv']);
  });
});
