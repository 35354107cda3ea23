// The timed part: build every ready visit's claims, scrub each (it must come out clean), take the replace/void
// originals through submission to accepted and build their frequency 7/8 claims, scrub those, write 837P batches.
import { ClaimBuilder, ClaimScrubber, ClaimService, Claim837PWriter, RemittancePoster, runInAuditScope } from '@openrcm/core';

/** Scrubs a claim; a claim that does not come out `scrubbed` stops the bench with its findings. */
async function scrubClean(app, context, claim) {
  const result = await runInAuditScope(context, null, () => app.get(ClaimScrubber).scrub(context, claim.id));
  const open = result.findings.filter((finding) => finding.severity === 'error' && !finding.overriddenBy);
  if (result.state !== 'scrubbed' || open.length > 0) {
    const lines = result.findings.map((finding) => `  ${finding.severity} ${finding.rule} ${finding.field}: ${finding.message}`);
    throw new Error(`claim ${claim.patientControlNumber} did not scrub clean (${result.state}):\n${lines.join('\n')}`);
  }
}

/** Moves a scrubbed claim to accepted as the clearinghouse flow would, with the payer's claim number. */
async function acceptByPayer(app, context, claim, payerClaimNumber) {
  const claims = app.get(ClaimService);
  for (const event of ['release', 'submit', 'acknowledge']) await runInAuditScope(context, null, () => claims.transition(context, claim.id, event));
  await runInAuditScope(context, null, () => claims.transition(context, claim.id, 'accept', { payerClaimNumber }));
}

/**
 * Sends the primary claim and posts the primary payer's payment of it (each line: 70 % paid, 20 % CO-45, the rest
 * PR-2 coinsurance) through core's RemittancePoster; posting builds the claim to the secondary coverage, returned.
 */
async function payPrimary(app, context, claim, index) {
  const claims = app.get(ClaimService);
  for (const event of ['release', 'submit']) await runInAuditScope(context, null, () => claims.transition(context, claim.id, event));
  const lines = await runInAuditScope(context, null, () => claims.lines(context, claim.id));
  const paid = lines.map((line) => {
    const payment = Math.floor((line.chargeCents * 70) / 100);
    const contractual = Math.floor((line.chargeCents * 20) / 100);
    return { line, payment, cas: [{ groupCode: 'CO', reasonCode: '45', amountCents: contractual }, { groupCode: 'PR', reasonCode: '2', amountCents: line.chargeCents - payment - contractual }] };
  });
  const total = paid.reduce((sum, entry) => sum + entry.payment, 0);
  await runInAuditScope(context, null, () => app.get(RemittancePoster).post(context, {
    source: 'x12', traceNumber: `BENCHEFT${String(index).padStart(6, '0')}`, traceOriginator: '1391234567', payerName: 'NORTHWIND HEALTH PLAN', payerIdentifier: 'NWHP1',
    handlingCode: 'I', method: 'ACH', paymentCents: total, paymentDate: '2026-11-20', receivedOn: '2026-11-20', providerAdjustments: [],
    claims: [{
      patientControlNumber: claim.patientControlNumber, statusCode: '1', chargeCents: claim.totalChargeCents, paymentCents: total,
      patientResponsibilityCents: paid.reduce((sum, entry) => sum + entry.cas[1].amountCents, 0), payerClaimNumber: `NW${String(index).padStart(8, '0')}`, adjustments: [],
      lines: paid.map(({ line, payment, cas }) => ({
        procedureCode: line.procedureCode, modifiers: line.modifiers, chargeCents: line.chargeCents, paymentCents: payment, units: line.units,
        serviceDate: line.dateOfService, lineItemControlNumber: line.lineItemControlNumber, remarkCodes: [], adjustments: cas,
      })),
    }],
  }));
  const built = (await runInAuditScope(context, null, () => claims.ofEncounter(context, claim.encounterId))).find((candidate) => candidate.coverageOrder === 'secondary');
  if (!built) throw new Error(`posting the primary's payment of ${claim.patientControlNumber} built no secondary claim`);
  return built;
}

/** Builds, scrubs and supersedes; answers the claims to write (in build order) with their shape. */
export async function buildAndScrub(app, context, readyVisits) {
  const builder = app.get(ClaimBuilder);
  const built = [];
  for (const { visit, encounterId } of readyVisits) {
    const result = await runInAuditScope(context, null, () => builder.build(context, encounterId));
    if (result.outcome !== 'built') throw new Error(`encounter ${encounterId} built no claim: ${result.message}`);
    const shape = result.claims.length > 1
      ? `split (${visit.charges.length} charges → ${result.claims.length} claims)`
      : visit.after
        ? `original, then ${visit.after === 'replace' ? 'replaced' : 'voided'}`
        : visit.kind === 'secondary'
          ? 'primary, paid, then secondary'
          : 'original (1–3 lines)';
    for (const claim of result.claims) {
      await scrubClean(app, context, claim);
      built.push({ claim, visit, shape: shape.startsWith('split') ? 'split part (≤ 50 lines)' : shape });
    }
    if (visit.kind === 'secondary') {
      const [primary] = result.claims;
      const secondary = await payPrimary(app, context, primary, visit.index);
      await scrubClean(app, context, secondary);
      built.push({ claim: secondary, visit, shape: 'secondary (2320/2330/2430 from the primary\'s 835)' });
    }
    if (visit.after) {
      const [original] = result.claims;
      await acceptByPayer(app, context, original, `PCN${String(visit.index).padStart(7, '0')}`);
      const successor = await runInAuditScope(context, null, () => (visit.after === 'replace' ? builder.replace(context, original.id) : builder.void(context, original.id)));
      await scrubClean(app, context, successor);
      built.push({ claim: successor, visit, shape: visit.after === 'replace' ? 'replacement (7)' : 'void (8)' });
    }
  }
  return built;
}

/** Writes the claims in batches of `batchSize` as 837P interchanges; answers the X12 of each batch. */
export async function writeBatches(app, context, claims, batchSize) {
  const writer = app.get(Claim837PWriter);
  const files = [];
  for (let start = 0; start < claims.length; start += batchSize) {
    const ids = claims.slice(start, start + batchSize).map((entry) => entry.claim.id);
    const written = await runInAuditScope(context, null, () => writer.write(context, ids, { receiver: { id: 'BENCHCLEAR', name: 'Bench Clearinghouse' }, usage: 'T' }));
    files.push(written);
  }
  return files;
}
