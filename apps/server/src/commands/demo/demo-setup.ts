import type { DemoApi } from './demo-api';
import { DEMO_DIAGNOSES, DEMO_MODIFIERS, DEMO_ORGANIZATION_NAME, DEMO_PAYERS, DEMO_PROCEDURES, DEMO_SUBMITTER_ID } from './demo-practice';

/** The ids of what the demo practice is made of. */
export interface DemoSetup {
  readonly locationId: string;
  readonly groupId: string;
  readonly doctorIds: readonly [string, string];
  readonly payerIds: Readonly<Record<string, string>>;
}

interface Created {
  readonly id: string;
}

/** Code sets first (global reference data), then the practice: location, providers, payers and enrolment, fees. */
export async function setUpDemoPractice(api: DemoApi, base: string, effectiveFrom: string): Promise<DemoSetup> {
  const post = async (path: string, body: unknown, type?: string) => (await api.call('POST', `${base}${path}`, body, type)) as Created;
  await api.call('PATCH', base, { x12SubmitterId: DEMO_SUBMITTER_ID });
  await api.call('POST', `${base}/reference-imports/icd10cm?effectiveDate=2025-10-01`, DEMO_DIAGNOSES.map(([code, text]) => `${code.padEnd(8)}${text}`).join('\n') + '\n', 'text/plain');
  await api.call('POST', `${base}/reference-imports/hcpcs?effectiveDate=2026-01-01`, `code,description\n${DEMO_PROCEDURES.map((p) => `${p.code},${p.description}`).join('\n')}\n`, 'text/csv');
  await api.call('POST', `${base}/reference-imports/modifiers?effectiveDate=2026-01-01`, DEMO_MODIFIERS.map(([code, text]) => `${code}\t${text}`).join('\n') + '\n', 'text/plain');

  const location = await post('/locations', {
    name: 'Main Street office', npi: null, addressLine1: '100 Main St', addressLine2: null, city: 'Albany', state: 'NY', zip: '122071234', phone: '5185550100', placeOfServiceCode: '11', active: true,
  });
  const group = await post('/providers', { kind: 'organization', name: DEMO_ORGANIZATION_NAME, npi: '1234567893', taxId: '12-3456789' });
  const first = await post('/providers', { kind: 'individual', name: 'Okafor', firstName: 'Adaeze', npi: '1245319599' });
  const second = await post('/providers', { kind: 'individual', name: 'Lindqvist', firstName: 'Mats', npi: '1932847563' });

  const payerIds: Record<string, string> = {};
  const master = await post('/fee-schedules', { name: 'Charge master', effectiveFrom, kind: 'fixed' });
  await api.call('POST', `${base}/fee-schedules/${master.id}/entries/import`, feeCsv((p) => p.feeCents), 'text/csv');
  for (const payer of DEMO_PAYERS) {
    const created = await post('/payers', { name: payer.name, payerId: payer.payerId, claimFilingIndicator: payer.claimFilingIndicator, clearinghousePluginId: 'clearinghouse-generic' });
    payerIds[payer.key] = created.id;
    await api.call('PUT', `${base}/payers/${created.id}/enrollments`, { providerId: group.id, transaction: '837P', status: 'enrolled' });
    const schedule = await post('/fee-schedules', { name: `${payer.name} contracted rates`, payerRecordId: created.id, effectiveFrom, kind: 'fixed' });
    await api.call('POST', `${base}/fee-schedules/${schedule.id}/entries/import`, feeCsv((p) => p.allowedCents), 'text/csv');
  }
  return { locationId: location.id, groupId: group.id, doctorIds: [first.id, second.id], payerIds };
}

function feeCsv(amountOf: (procedure: (typeof DEMO_PROCEDURES)[number]) => number): string {
  const rows = DEMO_PROCEDURES.map((procedure) => `${procedure.code},,${(amountOf(procedure) / 100).toFixed(2)}`);
  return `code,modifier,amount\n${rows.join('\n')}\n`;
}
