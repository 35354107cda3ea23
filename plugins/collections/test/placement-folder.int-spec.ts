import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencyHarness, tempExchange, type Exchange } from './support/agency-harness';
import { ACCOUNTS } from './support/accounts';

const NOW = new Date('2026-03-15T14:00:00Z');
const CSV_HEADER = 'account_number,debtor_name,address_line_1,address_line_2,address_line_3,address_line_4,debtor_phone,creditor_name,balance,'
  + 'itemization_date,itemization_reference,amount_at_itemization,interest_since_itemization,fees_since_itemization,payments_since_itemization,'
  + 'credits_since_itemization,first_service_date,last_service_date,last_payment_date,validation_notice_sent_on';

/** A fixed-width record from [text, width] fields, text left-aligned and space-padded, as the README lays it out. */
const record = (fields: readonly (readonly [string, number])[]) => fields.map(([text, width]) => text.padEnd(width, ' ')).join('');
const cents = (value: number) => String(value).padStart(12, '0');

describe('placement and recall files over the folder delivery', () => {
  let exchange: Exchange;
  beforeEach(() => {
    exchange = tempExchange();
  });
  afterEach(() => exchange.remove());

  const connect = (layout: 'csv' | 'fixed-width') => agencyHarness({
    now: NOW,
    settings: { agencyName: 'Acme Recovery', layout, paymentsReported: 'gross', delivery: { type: 'folder', outbound: exchange.path('outbound'), inbound: exchange.path('inbound') } },
  });

  it('writes one CSV placement file per batch, named with the batch id and date, holding only the placement columns', async () => {
    const { harness, connector } = await connect('csv');
    expect(await connector.place(harness.context, 'B-77', ACCOUNTS)).toEqual({ status: 'SUCCESS', value: { reference: 'placement-B-77-20260315.csv' } });
    expect(exchange.names('outbound')).toEqual(['placement-B-77-20260315.csv']);
    expect(exchange.read('outbound', 'placement-B-77-20260315.csv')).toBe([
      CSV_HEADER,
      'PA-1001,José Núñez,"12 Elm Street, Apt 4","Springfield, IL 62704",,,217-555-0101,Harness Clinic,452.50,2026-01-05,last-statement,502.50,0.00,0.00,50.00,0.00,2025-10-02,2025-11-14,2025-12-01,2026-02-02',
      'PA-1002,"Dana ""DJ"" Smith, Jr.",400 Oak Ave,"Columbus, OH 43004",,,,,120.00,2026-01-10,,,,,,,,,,',
      '',
    ].join('\r\n'));
  });

  it('never writes a diagnosis, a procedure or anything else outside the placement columns', async () => {
    const { harness, connector } = await connect('csv');
    const withMore = ACCOUNTS.map((account) => ({ ...account, diagnosisCodes: ['F32.9'], procedureCodes: ['90837'], debtorTimeZone: 'America/Chicago' }));
    await connector.place(harness.context, 'B-78', withMore);
    const text = exchange.read('outbound', 'placement-B-78-20260315.csv');
    expect(text.split('\r\n')[0]!.split(',')).toEqual([
      'account_number', 'debtor_name', 'address_line_1', 'address_line_2', 'address_line_3', 'address_line_4', 'debtor_phone', 'creditor_name', 'balance',
      'itemization_date', 'itemization_reference', 'amount_at_itemization', 'interest_since_itemization', 'fees_since_itemization',
      'payments_since_itemization', 'credits_since_itemization', 'first_service_date', 'last_service_date', 'last_payment_date', 'validation_notice_sent_on',
    ]);
    for (const secret of ['F32.9', '90837', 'America/Chicago', 'diagnos', 'procedure']) expect(text).not.toContain(secret);
  });

  it('writes the fixed-width layout: 526 ASCII characters a record, accents dropped, cents zero-padded, dates YYYYMMDD, blanks as spaces', async () => {
    const { harness, connector } = await connect('fixed-width');
    expect(await connector.place(harness.context, 'B-79', ACCOUNTS)).toEqual({ status: 'SUCCESS', value: { reference: 'placement-B-79-20260315.txt' } });
    const lines = exchange.read('outbound', 'placement-B-79-20260315.txt').split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]).toBe(record([
      ['PA-1001', 20], ['Jose Nunez', 60], ['12 Elm Street, Apt 4', 60], ['Springfield, IL 62704', 60], ['', 60], ['', 60], ['217-555-0101', 20],
      ['Harness Clinic', 60], [cents(45_250), 12], ['20260105', 8], ['last-statement', 14], [cents(50_250), 12], [cents(0), 12], [cents(0), 12],
      [cents(5_000), 12], [cents(0), 12], ['20251002', 8], ['20251114', 8], ['20251201', 8], ['20260202', 8],
    ]));
    expect(lines[1]).toBe(record([
      ['PA-1002', 20], ['Dana "DJ" Smith, Jr.', 60], ['400 Oak Ave', 60], ['Columbus, OH 43004', 60], ['', 60], ['', 60], ['', 20], ['', 60],
      [cents(12_000), 12], ['20260110', 8], ['', 14], ['', 12], ['', 12], ['', 12], ['', 12], ['', 12], ['', 8], ['', 8], ['', 8], ['', 8],
    ]));
    expect(lines[0]).toHaveLength(526);
  });

  it('writes a recall file of account numbers and the recall date, in both layouts', async () => {
    const csv = await connect('csv');
    expect(await csv.connector.recall(csv.harness.context, 'R-1', ['PA-1001', 'PA-1002'])).toEqual({ status: 'SUCCESS', value: { reference: 'recall-R-1-20260315.csv' } });
    expect(exchange.read('outbound', 'recall-R-1-20260315.csv')).toBe('account_number,recall_date\r\nPA-1001,2026-03-15\r\nPA-1002,2026-03-15\r\n');
    const fixed = await connect('fixed-width');
    await fixed.connector.recall(fixed.harness.context, 'R-2', ['PA-1001']);
    expect(exchange.read('outbound', 'recall-R-2-20260315.txt')).toBe(`${'PA-1001'.padEnd(20)}20260315\r\n`);
  });

  it('writes a direct payment file of payments made to the clinic on placed accounts, in both layouts', async () => {
    const payments = [
      { accountNumber: 'PA-1001', amountCents: 12050, paidOn: '2026-03-14', balanceCents: 33200, reference: '0192f3a4-0000-7000-8000-000000000001' },
      { accountNumber: 'PA-1002', amountCents: 5, paidOn: '2026-03-15', balanceCents: 11995, reference: 'PAY-2' },
    ];
    const csv = await connect('csv');
    expect(await csv.connector.reportDirectPayments!(csv.harness.context, 'D-1', payments)).toEqual({ status: 'SUCCESS', value: { reference: 'direct-payment-D-1-20260315.csv' } });
    expect(exchange.read('outbound', 'direct-payment-D-1-20260315.csv')).toBe(
      'account_number,payment_date,amount,balance,reference\r\nPA-1001,2026-03-14,120.50,332.00,0192f3a4-0000-7000-8000-000000000001\r\nPA-1002,2026-03-15,0.05,119.95,PAY-2\r\n',
    );
    expect(await csv.connector.reportDirectPayments!(csv.harness.context, 'D-1', payments)).toEqual({ status: 'SUCCESS', value: { reference: 'direct-payment-D-1-20260315.csv' } });
    const fixed = await connect('fixed-width');
    await fixed.connector.reportDirectPayments!(fixed.harness.context, 'D-2', payments.slice(1));
    expect(exchange.read('outbound', 'direct-payment-D-2-20260315.txt')).toBe(`${record([['PA-1002', 20], ['20260315', 8], [cents(5), 12], [cents(11995), 12], ['PAY-2', 36]])}\r\n`);
  });

  it('writes a batch once: a retry answers the same file, a retry with other accounts is refused, a stranger\'s file is never overwritten', async () => {
    const { harness, connector } = await connect('csv');
    const first = await connector.place(harness.context, 'B-80', ACCOUNTS);
    expect(await connector.place(harness.context, 'B-80', ACCOUNTS)).toEqual(first);
    expect(harness.state.get('placement:B-80')).toMatchObject({ phase: 'delivered', fileName: 'placement-B-80-20260315.csv', deliveredAt: NOW.toISOString() });
    expect(await connector.place(harness.context, 'B-80', ACCOUNTS.slice(1))).toEqual({
      status: 'EXCEPTION', retryable: false, message: 'placement batch B-80 was already sent with other accounts; send them as a new batch',
    });
    writeFileSync(join(exchange.path('outbound'), 'placement-B-81-20260315.csv'), 'not ours');
    expect(await connector.place(harness.context, 'B-81', ACCOUNTS)).toEqual({
      status: 'EXCEPTION', retryable: false, message: 'the outbound directory already holds a different file named placement-B-81-20260315.csv; refusing to overwrite it',
    });
    expect(exchange.read('outbound', 'placement-B-81-20260315.csv')).toBe('not ours');
  });

  it('refuses a batch that cannot be written as a FAILURE naming every field, and writes nothing', async () => {
    const { harness, connector } = await connect('fixed-width');
    const bad = [{ ...ACCOUNTS[0]!, debtorName: 'Ærøskøbing 李' }, { ...ACCOUNTS[1]!, balanceCents: 0, itemizationDate: '2026-02-30' }];
    expect(await connector.place(harness.context, 'B-82', bad)).toEqual({
      status: 'FAILURE', code: 'invalid-batch',
      reason: 'accounts[1].balanceCents: must be whole cents from 1 to 999999999999; accounts[1].itemizationDate: must be a calendar date written YYYY-MM-DD',
    });
    expect(await connector.place(harness.context, 'B-83', [bad[0]!])).toEqual({
      status: 'FAILURE', code: 'invalid-batch',
      reason: 'accounts[0].debtorName: holds characters the fixed-width layout cannot carry (ASCII only; accents are dropped)',
    });
    expect(await connector.place(harness.context, 'bad id!', ACCOUNTS)).toMatchObject({ status: 'FAILURE', reason: expect.stringMatching(/^batchId: /) });
    expect(await connector.recall(harness.context, 'R-3', [])).toMatchObject({ status: 'FAILURE', reason: 'accountNumbers: a recall needs at least one account number' });
    expect(await connector.reportDirectPayments!(harness.context, 'D-3', [{ accountNumber: ' PA-1', amountCents: 0, paidOn: '2026-3-1', balanceCents: -1, reference: '' }])).toEqual({
      status: 'FAILURE', code: 'invalid-batch',
      reason: [
        'payments[0].accountNumber: must be 1 to 20 characters with no surrounding spaces or control characters', 'payments[0].paidOn: must be a calendar date written YYYY-MM-DD',
        'payments[0].amountCents: must be whole cents from 1 to 999999999999', 'payments[0].balanceCents: must be whole cents from 0 to 999999999999',
        'payments[0].reference: must be 1 to 36 characters with no surrounding spaces or control characters',
      ].join('; '),
    });
    expect(exchange.names('outbound')).toEqual([]);
    expect(harness.state.size).toBe(0);
  });
});
