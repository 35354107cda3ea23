// Seeds an organization with generated claims as submitted, by bulk insert (untimed setup of the posting bench):
// one payer row per generated payer, a location, the billing and rendering providers, and per claim its patient,
// coverage, encounter, charges, claim and lines, with the charge entries billing writes in the ledger. Rows are
// built as core's entities and inserted through core's BulkRows (one unnest INSERT per table and chunk), so
// every column — encrypted member ids and snapshots included — is written by the ORM's own types.
import {
  Charge, Claim, ClaimLine, Coverage, Encounter, LedgerEntry, Location, Patient, Payer, BulkRows, Provider,
} from '@openrcm/core';

const CHUNK = 2000;

export async function seedClaims(em, organizationId, batches) {
  const base = { organizationId };
  const setup = new BulkRows(em);
  const location = setup.create(Location, { ...base, name: 'Bench Clinic', addressLine1: '1 Bench St', city: 'Springfield', state: 'IL', zip: '627011234', placeOfServiceCode: '11' });
  const payers = new Map();
  const providers = new Map();
  const providerOf = (npi, name, kind) => {
    if (!providers.has(npi)) providers.set(npi, setup.create(Provider, { ...base, kind, name, npi }));
    return providers.get(npi);
  };
  for (const batch of batches) {
    providerOf(batch.billingProvider.npi, batch.billingProvider.name ?? batch.billingProvider.lastName ?? 'Billing', 'organization');
    for (const claim of batch.claims) {
      if (!payers.has(claim.payer.id)) payers.set(claim.payer.id, setup.create(Payer, { ...base, name: claim.payer.name, payerId: claim.payer.id, claimFilingIndicator: claim.subscriber.filingIndicator }));
    }
  }
  await setup.insert();
  let rows = new BulkRows(em);
  let count = 0;
  for (const batch of batches) {
    const billing = providers.get(batch.billingProvider.npi);
    for (const claim of batch.claims) {
      const person = claim.patient ?? claim.subscriber;
      const patient = rows.create(Patient, { ...base, firstName: person.firstName ?? 'Pat', lastName: person.lastName, birthDate: person.birthDate ?? '1970-01-01', sex: person.sex === 'M' ? 'M' : 'F' });
      const payer = payers.get(claim.payer.id);
      const order = claim.subscriber.payerResponsibility === 'S' ? 'secondary' : claim.subscriber.payerResponsibility === 'T' ? 'tertiary' : 'primary';
      const firstDate = claim.lines.map((line) => line.serviceDate).sort()[0];
      const coverage = rows.create(Coverage, { ...base, patientId: patient.id, payerRecordId: payer.id, order, subscriberRelationship: claim.patient ? '19' : '18', memberId: claim.subscriber.memberId, effectiveFrom: '2020-01-01' });
      const encounter = rows.create(Encounter, { ...base, patientId: patient.id, locationId: location.id, billingProviderId: billing.id, renderingProviderId: billing.id, dateOfService: firstDate, placeOfService: claim.placeOfService, state: 'billed' });
      const stored = rows.create(Claim, {
        ...base, encounterId: encounter.id, patientId: patient.id, coverageId: coverage.id, payerRecordId: payer.id, coverageOrder: order,
        patientControlNumber: claim.patientControlNumber, totalChargeCents: claim.chargeCents, state: 'submitted', dateOfService: firstDate,
        snapshotJson: JSON.stringify({ seededBy: 'bench', patientControlNumber: claim.patientControlNumber }),
      });
      claim.lines.forEach((line, index) => {
        const charge = rows.create(Charge, {
          ...base, encounterId: encounter.id, patientId: patient.id, procedureCode: line.procedureCode, modifiers: line.modifiers ?? [], units: line.quantity,
          diagnosisPointers: line.diagnosisPointers, renderingProviderId: billing.id, placeOfService: line.placeOfService ?? claim.placeOfService,
          dateOfService: line.serviceDate, unitPriceCents: Math.floor(line.chargeCents / Math.max(1, line.quantity)), amountCents: line.chargeCents, priceSource: 'entered',
        });
        const claimLine = rows.create(ClaimLine, {
          ...base, claimId: stored.id, chargeId: charge.id, patientId: patient.id, lineNumber: index + 1,
          lineItemControlNumber: line.lineItemControlNumber ?? `${claim.patientControlNumber}-${index + 1}`, procedureCode: line.procedureCode,
          modifiers: line.modifiers ?? [], units: line.quantity, unitType: line.unit, chargeCents: line.chargeCents, diagnosisPointers: line.diagnosisPointers,
          dateOfService: line.serviceDate, placeOfService: line.placeOfService ?? claim.placeOfService, renderingProviderId: billing.id,
        });
        rows.create(LedgerEntry, {
          ...base, kind: 'charge', amountCents: line.chargeCents, party: 'payer', chargeId: charge.id, patientId: patient.id, coverageId: coverage.id,
          payerRecordId: payer.id, claimId: stored.id, claimLineId: claimLine.id, source: 'billing', sourceId: encounter.id, effectiveDate: line.serviceDate, postedBy: 'bench-seed',
        });
      });
      count += 1;
      if (count % CHUNK === 0) {
        await rows.insert();
        rows = new BulkRows(em);
      }
    }
  }
  await rows.insert();
  return count;
}
