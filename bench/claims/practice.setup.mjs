// The bench practice: reference codes written here (ICD-10-CM and HCPCS Level II are public domain; CPT codes appear
// as bare values with our own wording), a location, a billing group, rendering doctors, two payers, a secondary payer and a charge master.
import { npiOf } from './seeded-random.mjs';

export const DIAGNOSES = ['E11.9', 'I10', 'R51.9', 'M54.50', 'J06.9', 'E78.5', 'M25.561', 'Z00.00', 'F41.1', 'K21.9', 'N39.0', 'R05.9', 'E66.9', 'M79.18'];

/** Procedures with their price and the modifiers they may carry. */
export const PROCEDURES = [
  { code: '99212', wording: 'visit, established, straightforward', cents: 8500, modifiers: ['25'] },
  { code: '99213', wording: 'visit, established, low', cents: 12500, modifiers: ['25'] },
  { code: '99214', wording: 'visit, established, moderate', cents: 18000, modifiers: ['25'] },
  { code: '97110', wording: 'exercise therapy, 15 minutes', cents: 6000, modifiers: ['GP'], perUnit: true },
  { code: '97140', wording: 'manual therapy, 15 minutes', cents: 5500, modifiers: ['GP', '59'], perUnit: true },
  { code: '97530', wording: 'functional activities, 15 minutes', cents: 6500, modifiers: ['GP'], perUnit: true },
  { code: '36415', wording: 'venous blood draw', cents: 1500, modifiers: [] },
  { code: '93000', wording: 'electrocardiogram with report', cents: 7000, modifiers: [] },
  { code: '20610', wording: 'large joint injection', cents: 15000, modifiers: ['RT', 'LT'] },
  { code: 'J3420', wording: 'Injection, vitamin B-12 cyanocobalamin, up to 1,000 mcg', cents: 2500, modifiers: [] },
  { code: 'G0008', wording: 'Administration of influenza virus vaccine', cents: 3000, modifiers: [] },
  { code: 'A4565', wording: 'Slings', cents: 2200, modifiers: ['RT', 'LT'] },
];

const ICD10 = {
  E119: 'Type 2 diabetes mellitus without complications',
  I10: 'Essential (primary) hypertension',
  R519: 'Headache, unspecified',
  M5450: 'Low back pain, unspecified',
  J069: 'Acute upper respiratory infection, unspecified',
  E785: 'Hyperlipidemia, unspecified',
  M25561: 'Pain in right knee',
  Z0000: 'Encounter for general adult medical examination without abnormal findings',
  F411: 'Generalized anxiety disorder',
  K219: 'Gastro-esophageal reflux disease without esophagitis',
  N390: 'Urinary tract infection, site not specified',
  R059: 'Cough, unspecified',
  E669: 'Obesity, unspecified',
  M7918: 'Myalgia, other site',
};
const MODIFIERS = { 25: 'Separate E/M service same day', 59: 'Distinct procedural service', GP: 'Physical therapy plan of care', LT: 'Left side', RT: 'Right side' };

const DOCTORS = [
  { name: 'Okafor', firstName: 'Adaeze', taxonomy: '207Q00000X' },
  { name: 'Lindqvist', firstName: 'Henrik', taxonomy: '207R00000X' },
  { name: 'Moreau', firstName: 'Camille', taxonomy: '225100000X' },
  { name: 'Tanaka', firstName: 'Kenji', taxonomy: '207X00000X' },
];

/** Creates the practice through the API and answers the ids the visits need. */
export async function setUpPractice(api) {
  const icd = Object.entries(ICD10).map(([code, text]) => `${code.padEnd(8)}${text}`).join('\n');
  await api.upload('/reference-imports/icd10cm?effectiveDate=2025-10-01', 'text/plain', `${icd}\n`);
  const cpt = PROCEDURES.filter((procedure) => /^\d/.test(procedure.code)).map((procedure) => `${procedure.code},${procedure.wording}`);
  await api.upload('/reference-imports/cpt?effectiveDate=2026-01-01', 'text/csv', `code,description\n${cpt.join('\n')}\n`);
  const hcpcs = PROCEDURES.filter((procedure) => /^[A-Z]/.test(procedure.code)).map((procedure) => `${procedure.code},"${procedure.wording}"`);
  await api.upload('/reference-imports/hcpcs?effectiveDate=2026-01-01', 'text/csv', `code,description\n${hcpcs.join('\n')}\n`);
  await api.upload('/reference-imports/modifiers?effectiveDate=2020-01-01', 'text/plain', `${Object.entries(MODIFIERS).map(([code, text]) => `${code}\t${text}`).join('\n')}\n`);

  const location = await api.post('/locations', {
    name: 'Lakeside Clinic', npi: null, addressLine1: '400 Harbor Rd', addressLine2: null, city: 'Madison', state: 'WI', zip: '53703-2211', phone: '6085550100', placeOfServiceCode: '11', active: true,
  });
  const group = await api.post('/providers', { kind: 'organization', name: 'Lakeside Family Practice', npi: npiOf('150000001'), taxId: '39-1234567' });
  const doctors = [];
  for (const [index, doctor] of DOCTORS.entries()) doctors.push((await api.post('/providers', { kind: 'individual', ...doctor, npi: npiOf(`16000000${index + 1}`) })).id);
  const commercial = await api.post('/payers', { name: 'Northwind Health Plan', payerId: 'NWHP1', claimFilingIndicator: 'CI', timelyFilingDays: 365, authorizationRequiredCodes: ['97110', '97530'] });
  const medicare = await api.post('/payers', { name: 'Medicare Part B Demo', payerId: 'MCRB1', claimFilingIndicator: 'MB', timelyFilingDays: 365, authorizationRequiredCodes: [] });
  const secondary = await api.post('/payers', { name: 'Lakeshore Mutual', payerId: 'LKSM1', claimFilingIndicator: 'CI', timelyFilingDays: 365, authorizationRequiredCodes: [] });
  for (const payer of [commercial, medicare, secondary]) {
    await api.put(`/payers/${payer.id}/enrollments`, { providerId: group.id, transaction: '837P', status: 'enrolled', effectiveFrom: '2025-01-01' });
  }
  const master = await api.post('/fee-schedules', { name: 'Charge master 2026', effectiveFrom: '2026-01-01', kind: 'fixed' });
  const entries = PROCEDURES.map((procedure) => `${procedure.code},,${(procedure.cents / 100).toFixed(2)}`);
  await api.upload(`/fee-schedules/${master.id}/entries/import`, 'text/csv', `code,modifier,amount\n${entries.join('\n')}\n`);
  return { locationId: location.id, groupId: group.id, doctorIds: doctors, payers: { CI: commercial.id, MB: medicare.id, secondary: secondary.id } };
}
