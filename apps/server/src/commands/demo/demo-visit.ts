import { DemoApiError, type DemoApi } from './demo-api';
import type { DemoVisit } from './demo-practice';
import type { DemoSetup } from './demo-setup';

/** What became of one visit before submission: its claim, or the step that stopped it and why. */
export interface VisitOutcome {
  readonly visit: DemoVisit;
  readonly claim?: { readonly id: string; readonly patientControlNumber: string };
  readonly stoppedAt?: string;
  readonly reason?: string;
}

/**
 * One visit today, as a practice works it: registration, guarantor and coverage, check-in, eligibility recorded by
 * phone, diagnoses and charges, signed documentation, coding, ready to bill; then its claim built, scrubbed and released.
 * A step the workflow refuses (the scrubber, a gate) ends the visit there, and the outcome says which and why.
 */
export async function runVisit(api: DemoApi, base: string, setup: DemoSetup, visit: DemoVisit, dateOfService: string): Promise<VisitOutcome> {
  let step = 'register the patient';
  const call = async (name: string, method: string, path: string, body?: unknown) => {
    step = name;
    return (await api.call(method, `${base}${path}`, body)) as Record<string, unknown>;
  };
  try {
    const patient = await call('register the patient', 'POST', '/patients', { ...visit.patient, duplicateReviewed: true });
    const patientId = patient['id'] as string;
    await call('record the guarantor', 'PUT', `/patients/${patientId}/guarantor`, { relationship: 'self' });
    const coverage = await call('add the coverage', 'POST', `/patients/${patientId}/coverages`, {
      payerRecordId: setup.payerIds[visit.payerKey], order: 'primary', subscriberRelationship: '18', memberId: visit.memberId, effectiveFrom: '2026-01-01',
    });
    const doctorId = setup.doctorIds[visit.doctor];
    const encounter = await call('schedule the visit', 'POST', '/encounters', {
      patientId, locationId: setup.locationId, billingProviderId: setup.groupId, renderingProviderId: doctorId, dateOfService,
    });
    const encounterId = encounter['id'] as string;
    const move = (event: string) => call(event, 'POST', `/encounters/${encounterId}/transitions`, { event });
    await call('record eligibility (phone)', 'POST', `/patients/${patientId}/eligibility-checks`, { coverageId: coverage['id'], asOfDate: dateOfService, method: 'phone', outcome: visit.eligibility });
    await move('check-in');
    await call('tell the patient their share', 'PUT', `/encounters/${encounterId}/patient-responsibility`, { estimateCents: 2500, method: 'verbal' });
    await call('enter diagnoses', 'PUT', `/encounters/${encounterId}/diagnoses`, { codes: visit.diagnoses });
    for (const charge of visit.charges) await call(`enter charge ${charge.procedureCode}`, 'POST', `/encounters/${encounterId}/charges`, charge);
    await move('document');
    await call('sign the documentation', 'PUT', `/encounters/${encounterId}/documentation`, { providerId: doctorId, signedAt: new Date().toISOString() });
    await move('code');
    await move('mark-ready');
    const built = await call('build the claim', 'POST', '/claims/build', { encounterId });
    const claim = (built['claims'] as { id: string; patientControlNumber: string }[])[0] as { id: string; patientControlNumber: string };
    await call('scrub the claim', 'POST', `/claims/${claim.id}/transitions`, { event: 'scrub' }).catch(() => undefined);
    const scrubbed = await call('read the scrub findings', 'GET', `/claims/${claim.id}`);
    if (scrubbed['state'] !== 'scrubbed') return { visit, claim, stoppedAt: 'scrub', reason: findingsOf(scrubbed) };
    await call('release the claim', 'POST', `/claims/${claim.id}/transitions`, { event: 'release' });
    return { visit, claim };
  } catch (error) {
    return { visit, stoppedAt: step, reason: (error instanceof DemoApiError ? error.problem : (error as Error).message).replace(/^\w+ [0-9a-f-]{36}: /, '') };
  }
}

function findingsOf(claim: Record<string, unknown>): string {
  const findings = (claim['findings'] ?? []) as { severity: string; message: string }[];
  const text = findings.map((finding) => `${finding.severity}: ${finding.message}`).join('; ');
  return `the scrubber held the claim in state ${String(claim['state'])}${text ? ` (${text})` : ''}`;
}
