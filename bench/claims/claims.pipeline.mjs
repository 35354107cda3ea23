// The timed part: build every ready visit's claims, scrub each (it must come out clean), take the replace/void
// originals through submission to accepted and build their frequency 7/8 claims, scrub those, write 837P batches.
import { ClaimBuilder, ClaimScrubber, ClaimService, Claim837PWriter, runInAuditScope } from '@openrcm/core';

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

/** Builds, scrubs and supersedes; answers the claims to write (in build order) with their shape. */
export async function buildAndScrub(app, context, readyVisits) {
  const builder = app.get(ClaimBuilder);
  const built = [];
  for (const { visit, encounterId } of readyVisits) {
    const result = await runInAuditScope(context, null, () => builder.build(context, encounterId));
    if (result.outcome !== 'built') throw new Error(`encounter ${encounterId} built no claim: ${result.message}`);
    const shape = result.claims.length > 1 ? `split (${visit.charges.length} charges → ${result.claims.length} claims)` : visit.after ? `original, then ${visit.after === 'replace' ? 'replaced' : 'voided'}` : 'original (1–3 lines)';
    for (const claim of result.claims) {
      await scrubClean(app, context, claim);
      built.push({ claim, visit, shape: shape.startsWith('split') ? 'split part (≤ 50 lines)' : shape });
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
