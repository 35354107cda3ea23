import type { INestApplication } from '@nestjs/common';
// eslint-disable-next-line no-restricted-imports -- the test server loads the plugin as the server would at runtime (by module name); core's sources never import it
import { plugin as patientStatements } from '@openrcm/plugin-patient-statements';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BillingPractice, type SubmittedClaim } from '../support/billing-practice';
import { test835 } from '../support/remittance-835';
import { statementSettingsBody } from '../support/statement-settings';
import { startTestServer, testConfig } from '../support/test-app';

const SETTINGS = statementSettingsBody('Springfield Family Clinic');

/**
 * Issue #11 item 2, the print batch: with the plugin's print channel on, an owing account without email consent is
 * sent by print, and the run ends with one PDF and its CSV index in the print folder, named in the run's counts.
 */
describe('statement print batch', () => {
  let app: INestApplication;
  let practice: BillingPractice;
  let claim: SubmittedClaim;
  const folder = mkdtempSync(join(tmpdir(), 'statement-print-'));
  const line = (index: number) => claim.lines[index] as SubmittedClaim['lines'][number];

  beforeAll(async () => {
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'patient-statements', settings: { print: { folder } } }], callTimeoutMs: 20_000 } });
    app = await startTestServer(config, { loadPluginModule: () => ({ plugin: patientStatements }) });
    practice = await BillingPractice.create(app);
    claim = await practice.submittedClaim('Printed');
    await practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain')
      .send(test835({
        trace: 'PRINT-1',
        claims: [{
          pcn: claim.patientControlNumber,
          charge: 36500,
          paid: 36500 - 8500 - 4000,
          lines: [
            { control: line(0).lineItemControlNumber, code: '99213', charge: 12500, paid: 6000, cas: [['CO', '45', 2500], ['PR', '1', 2525], ['PR', '2', 1475]] },
            { control: line(1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 18000, cas: [['CO', '45', 6000]] },
          ],
        }],
      }))
      .expect(200);
    await practice.admin.agent.put(`${practice.base}/statement-settings`).set('x-csrf-token', practice.admin.csrf).send(SETTINGS).expect(200);
  }, 180_000);

  afterAll(async () => {
    await app.close();
  });

  it('prints the statement of an account without email consent into the run’s batch', async () => {
    const run = (await practice.post('/statement-runs').expect(201)).body;
    const name = `statements-${run.runDate}-${(run.id as string).slice(0, 8)}`;
    expect(run.counts).toMatchObject({ considered: 1, sent: 1, failed: 0, batches: [{ channel: 'print', reference: `${name}.pdf` }] });
    const outcomes = (await practice.get(`/statement-runs/${run.id}/outcomes`).expect(200)).body.items;
    expect(outcomes).toEqual([expect.objectContaining({ patientId: claim.patientId, result: 'sent', reason: 'print', balanceCents: 4000 })]);

    expect(readdirSync(folder).filter((file) => file.startsWith('statements-')).sort()).toEqual([`${name}.csv`, `${name}.pdf`]);
    const text = execFileSync('pdftotext', ['-layout', join(folder, `${name}.pdf`), '-'], { encoding: 'utf8' });
    expect(text).toContain('Amount due: $40.00');
    const [header, row, end] = readFileSync(join(folder, `${name}.csv`), 'utf8').split('\r\n');
    expect(header).toMatch(/^Statement ID,Account,Recipient,/);
    expect(row).toContain(',40.00,');
    expect(row).toContain(`,${run.runDate},1,1`);
    expect(end).toBe('');

    const again = (await practice.post('/statement-runs').expect(201)).body;
    expect(again.counts).toMatchObject({ sent: 0, batches: [{ channel: 'print', reference: 'empty' }] });
    expect(readdirSync(folder).filter((file) => file.startsWith('statements-'))).toHaveLength(2);
  }, 60_000);
});
