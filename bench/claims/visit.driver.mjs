// Registers the planned patients and drives each visit through the encounter workflow to ready-to-bill (all gates
// passing: documentation signed, diagnoses coded, eligibility checked, patient responsibility estimated).

const HOME = { line1: '18 Birch Ln', city: 'Madison', state: 'WI', postalCode: '53704' };

/** Registers a patient (with a home address): guarantor, primary and, when planned, secondary coverage, and for the commercial payer an authorization of therapy units. */
export async function registerPatient(api, practice, patient) {
  const { id: patientId } = await api.post('/patients', { firstName: patient.firstName, lastName: patient.lastName, birthDate: patient.birthDate, sex: patient.sex, address: HOME });
  const subscriber = patient.subscriber;
  await api.put(
    `/patients/${patientId}/guarantor`,
    subscriber
      ? { relationship: subscriber.relationship === '01' ? 'spouse' : 'parent', firstName: subscriber.firstName, lastName: patient.lastName, birthDate: subscriber.birthDate, address: HOME }
      : { relationship: 'self' },
  );
  const payerRecordId = practice.payers[patient.payer];
  const coverage = await api.post(`/patients/${patientId}/coverages`, {
    payerRecordId,
    order: 'primary',
    subscriberRelationship: subscriber ? subscriber.relationship : '18',
    ...(subscriber ? { subscriber: { firstName: subscriber.firstName, lastName: patient.lastName, birthDate: subscriber.birthDate, sex: subscriber.sex, address: HOME } } : {}),
    memberId: patient.memberId,
    ...(patient.payer === 'CI' ? { groupNumber: `G-${100 + (patient.index % 7)}` } : {}),
    effectiveFrom: '2026-01-01',
  });
  let secondaryCoverageId = null;
  if (patient.secondary) {
    ({ id: secondaryCoverageId } = await api.post(`/patients/${patientId}/coverages`, {
      payerRecordId: practice.payers.secondary,
      order: 'secondary',
      subscriberRelationship: subscriber ? subscriber.relationship : '18',
      ...(subscriber ? { subscriber: { firstName: subscriber.firstName, lastName: patient.lastName, birthDate: subscriber.birthDate, sex: subscriber.sex, address: HOME } } : {}),
      memberId: `LS${String(200000000 + patient.index * 7907).slice(0, 9)}`,
      effectiveFrom: '2026-01-01',
    }));
  }
  let authorization = null;
  if (patient.payer === 'CI') {
    authorization = `PA${String(700000 + patient.index)}`;
    await api.post(`/patients/${patientId}/authorizations`, {
      number: authorization, payerRecordId, coverageId: coverage.id, procedureCodes: ['97110', '97530'], unitsApproved: 2000, startDate: '2026-08-01', endDate: '2026-12-31',
    });
  }
  return { patientId, coverageId: coverage.id, secondaryCoverageId, authorization };
}

/** Creates the visit and moves it to ready-to-bill; answers the encounter id. */
export async function readyVisit(api, practice, registered, visit) {
  const move = (encounterId, event) => api.post(`/encounters/${encounterId}/transitions`, { event });
  const doctor = practice.doctorIds[visit.index % practice.doctorIds.length];
  const { id: encounterId } = await api.post('/encounters', {
    patientId: registered.patientId, locationId: practice.locationId, billingProviderId: practice.groupId, renderingProviderId: doctor, dateOfService: visit.dateOfService, selfPay: false,
  });
  await move(encounterId, 'check-in');
  await api.put(`/encounters/${encounterId}/patient-responsibility`, { estimateCents: 2500, method: 'verbal' });
  await api.put(`/encounters/${encounterId}/diagnoses`, { codes: visit.diagnoses });
  for (const charge of visit.charges) await api.post(`/encounters/${encounterId}/charges`, charge);
  await move(encounterId, 'document');
  await api.put(`/encounters/${encounterId}/documentation`, { providerId: doctor, signedAt: `${visit.dateOfService}T17:00:00Z` });
  await move(encounterId, 'code');
  for (const coverageId of [registered.coverageId, registered.secondaryCoverageId].filter(Boolean)) {
    await api.post(`/patients/${registered.patientId}/eligibility-checks`, { coverageId, asOfDate: visit.dateOfService, method: 'portal', outcome: 'active' });
  }
  await move(encounterId, 'mark-ready');
  return encounterId;
}
