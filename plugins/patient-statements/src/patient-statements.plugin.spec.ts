import { createPluginHarness } from '@openrcm/sdk/testing';
import type { StatementDocument } from '@openrcm/sdk';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plugin } from './patient-statements.plugin';
import { SAMPLE_STATEMENT } from './sample-statement';

/** Two dates of service, one with every kind of patient share, on the second statement of a final notice. */
const STATEMENT: StatementDocument = {
  ...SAMPLE_STATEMENT,
  kind: 'final-notice',
  recipient: { name: 'Jordan Guarantor', address: ['1 Oak Lane', 'Springfield, IL 62704'], email: 'jordan@example.test' },
  lines: [
    { serviceDate: '2026-10-02', description: 'Office visit, new patient', chargeCents: 25_000, insurancePaidCents: 10_000, adjustmentCents: 5_000, deductibleCents: 7_525, coinsuranceCents: 1_250, copayCents: 0, nonCoveredCents: 0 },
    { serviceDate: '2026-10-16', description: 'Flu vaccine', chargeCents: 4_000, insurancePaidCents: 0, adjustmentCents: 0, deductibleCents: 0, coinsuranceCents: 0, copayCents: 2_500, nonCoveredCents: 1_500 },
  ],
  priorBalanceCents: 12_775,
  paymentsCents: 1_000,
  amountDueCents: 12_775,
};

function pdfText(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'statement-')), 'statement.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('patient-statements plugin', () => {
  it('renders the PDF as real text with the amount due, each date of service and the patient share by kind', async () => {
    const harness = await createPluginHarness(plugin);
    const [renderer] = harness.contributions('statement-renderer');
    const rendered = await renderer!.render(harness.context, STATEMENT);
    const text = pdfText(rendered.pdf);
    expect(text).toContain('Final notice');
    expect(text).toMatch(/Amount due: \$127\.75/);
    expect(text).toContain('2026-10-02');
    expect(text).toContain('2026-10-16');
    // The totals row: deductible, coinsurance, copay, non-covered, and the patient's whole share.
    expect(text).toMatch(/Total\s.*\$75\.25\s+\$12\.50\s+\$25\.00\s+\$15\.00\s+\$127\.75/);
    expect(text).toContain('Financial assistance');
    expect(rendered.html).toContain('Amount due: $127.75');
    expect(rendered.html).toContain('<td>2026-10-16</td><td>Flu vaccine</td>');
  });

  it('escapes what it prints in the HTML', async () => {
    const harness = await createPluginHarness(plugin);
    const [renderer] = harness.contributions('statement-renderer');
    const rendered = await renderer!.render(harness.context, { ...STATEMENT, patientName: '<script>alert(1)</script>' });
    expect(rendered.html).not.toContain('<script>alert(1)</script>');
    expect(rendered.html).toContain('&lt;script&gt;');
  });

  it('renders with the organization’s template, and refuses a template that does not render the sample', async () => {
    const harness = await createPluginHarness(plugin, { settings: { template: '<p>{{patientName}} owes {{amountDue}}</p>' } });
    const [renderer] = harness.contributions('statement-renderer');
    expect((await renderer!.render(harness.context, STATEMENT)).html).toBe('<p>Pat Example owes $127.75</p>');
    await expect(createPluginHarness(plugin, { settings: { template: '<p>{{#each lines}}</p>' } })).rejects.toThrow(/template/);
    await expect(createPluginHarness(plugin, { settings: { template: '<p>{{amountOwed}}</p>' } })).rejects.toThrow(/"amountOwed" not defined/);
  });

  it('emails the consenting guarantor the amount and due date, with the PDF only when attachments are on', async () => {
    const plain = await createPluginHarness(plugin);
    const [renderer] = plain.contributions('statement-renderer');
    const rendered = await renderer!.render(plain.context, STATEMENT);
    const [email] = plain.contributions('statement-channel');
    const result = await email!.deliver(plain.context, STATEMENT, rendered);
    expect(result).toEqual({ status: 'SUCCESS', value: { deliveryReference: '<harness-1@openrcm.local>' } });
    expect(plain.mail).toHaveLength(1);
    expect(plain.mail[0]).toMatchObject({ to: ['jordan@example.test'], subject: 'Final notice from Sample Family Clinic: $127.75 due by 2026-12-22' });
    expect(plain.mail[0]!.text).toContain('call (217) 555-0100');
    expect(plain.mail[0]!.text).not.toContain('Flu vaccine');
    expect(plain.mail[0]!.attachments).toBeUndefined();

    const attaching = await createPluginHarness(plugin, { settings: { attachPdf: true } });
    const [attachingEmail] = attaching.contributions('statement-channel');
    await attachingEmail!.deliver(attaching.context, STATEMENT, rendered);
    expect(attaching.mail[0]!.attachments).toEqual([{ filename: 'statement-2026-12-01.pdf', content: rendered.pdf, contentType: 'application/pdf' }]);
  });

  it('fails, without sending, a statement whose guarantor gave no email consent', async () => {
    const harness = await createPluginHarness(plugin);
    const [email] = harness.contributions('statement-channel');
    const { email: _email, ...recipient } = STATEMENT.recipient;
    const result = await email!.deliver(harness.context, { ...STATEMENT, recipient }, { html: '', pdf: new Uint8Array() });
    expect(result.status).toBe('FAILURE');
    expect(harness.mail).toHaveLength(0);
  });
});
