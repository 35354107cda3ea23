import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { BulkRows } from '../src/persistence/bulk-rows';
import { RemittanceLine } from '../src/remittance/remittance-line.entity';
import { X12File } from '../src/submissions/x12-file.entity';
import { startTestServer, testConfig } from './support/test-app';

/**
 * BulkRows writes rows as the ORM would (COPY on PostgreSQL, unnest on PGlite): text with the characters COPY escapes,
 * other scripts, nulls, JSON, big integers, timestamps, defaults and encrypted columns come back as they were made.
 */
describe('bulk rows', () => {
  let app: INestApplication;
  let em: EntityManager;
  const organizationId = randomUUID();

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    em = app.get(MikroORM).em.fork() as EntityManager;
  });

  afterAll(async () => {
    await app.close();
  });

  it('makes the data given the row, filling in its id, its creation time and the entity defaults it leaves out', () => {
    const rows = new BulkRows(em);
    const lineData = () => ({ organizationId, remittanceClaimId: randomUUID(), position: 1, procedureCode: '99213', modifiers: ['25'], chargeCents: 100, paymentCents: 0, matchMethod: 'unmatched' as const });
    const data = lineData();
    const first = rows.create(RemittanceLine, data);
    const second = rows.create(RemittanceLine, { ...lineData(), id: '0190b6a2-7c1e-7f00-8abc-def012345678', varianceStatus: 'flagged' });
    expect(first).toBe(data);
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(first.createdAt).toBeInstanceOf(Date);
    expect(first.varianceStatus).toBe('none');
    expect(second.id).toBe('0190b6a2-7c1e-7f00-8abc-def012345678');
    expect(second.varianceStatus).toBe('flagged');
    // An array default is each row's own.
    first.remarkCodes.push('N130');
    expect(second.remarkCodes).toEqual([]);
  });

  it('writes every value as made, inside a transaction and outside one', async () => {
    const awkward = 'tab\there, newline\nthere, return\r, backslash \\ and \\N, quotes \'" — ünïcødé 日本 🎉';
    const made: RemittanceLine[] = [];
    await em.transactional(async (tx) => {
      const rows = new BulkRows(tx as EntityManager);
      made.push(
        rows.create(RemittanceLine, {
          organizationId,
          remittanceClaimId: randomUUID(),
          position: 1,
          procedureCode: awkward,
          modifiers: ['GP', awkward],
          chargeCents: 9_007_199_254_740_991,
          paymentCents: -1250,
          allowedCents: null,
          serviceDate: '2026-03-02',
          remarkCodes: [],
          matchMethod: 'procedure',
          varianceNote: '\\',
        }),
      );
      rows.seal();
      made.push(rows.create(RemittanceLine, { organizationId, remittanceClaimId: randomUUID(), position: 2, procedureCode: '99213', modifiers: [], chargeCents: 0, paymentCents: 0, matchMethod: 'unmatched' }));
      await rows.insert();
    });
    const read = await em.fork().find(RemittanceLine, { organizationId }, { orderBy: { position: 'asc' } });
    expect(read.map((line) => ({ ...line }))).toEqual(made.map((line) => ({ ...line, units: line.units ?? null, serviceDate: line.serviceDate ?? null, lineItemControlNumber: null, claimLineId: null, chargeId: null, allowedCents: null, contractAllowedCents: null, expectedPaymentCents: null, varianceNote: line.varianceNote ?? null })));
    expect(read[1]?.varianceStatus).toBe('none');
    expect(read[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);

    const rows = new BulkRows(em);
    const file = rows.create(X12File, { organizationId, direction: 'in', kind: '835', fileName: 'a.835', pluginId: 'test', sha256: 'x'.repeat(64), byteSize: awkward.length, content: awkward });
    await rows.insert();
    const [stored] = await em.getConnection().execute<{ content: string }[]>('select content from x12_file where id = ?', [file.id]);
    expect(stored?.content.startsWith('enc:')).toBe(true);
    expect((await em.fork().findOneOrFail(X12File, file.id)).content).toBe(awkward);
  });
});
