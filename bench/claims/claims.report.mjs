// Prints the claims bench summary and writes its BENCHMARKS.md section.
import { join } from 'node:path';
import { writeBenchmarkSection } from '../benchmarks-file.mjs';
import { machineInfo } from '../x12/machine.info.mjs';

function countBy(items, keyOf) {
  const counts = new Map();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key, count]) => `${key} ${count}`).join(', ');
}

/** Summarizes the run (into BENCHMARKS.md when `record`); answers the exit code (0 when every file is pyx12-OK). */
export function reportClaims({ record, seed, claims, written, files, pyx12, seconds, writeSeconds, setupSeconds }) {
  const lines = written.reduce((sum, batch) => sum + (batch.x12.match(/~\s*LX\*/g) ?? []).length, 0);
  const linesPerClaim = written.flatMap((batch) => batch.x12.split(/~\s*CLM\*/).slice(1).map((claim) => (claim.match(/~\s*LX\*/g) ?? []).length));
  const subscriberWithoutAddress = written.reduce((sum, batch) => sum + batch.x12.split(/~\s*HL\*/).filter((loop) => /^\d+\*\d+\*22\*0/.test(loop) && !/~\s*N3\*/.test(loop.split(/~\s*CLM\*/)[0])).length, 0);
  const diagnosesPerClaim = written.flatMap((batch) => (batch.x12.match(/~\s*HI\*[^~]*/g) ?? []).map((hi) => hi.split('*').length - 1));
  const writtenClaims = written.reduce((sum, batch) => sum + batch.claimCount, 0);
  const okClaims = written.filter((_, index) => pyx12.output.includes(`${files[index]}: OK`)).reduce((sum, batch) => sum + batch.claimCount, 0);
  const frequency = (entry) => entry.claim.frequency;
  const subscriber = (entry) => (entry.visit.patient.dependent ? `dependent (PAT${entry.visit.patient.subscriber.relationship === '01' ? '*01, spouse' : '*19, child'})` : 'self (SBR02 18)');
  const summary = [
    `claims built and scrubbed clean: ${claims.length} (seed ${seed}); written: ${writtenClaims} in ${files.length} files; ${lines} service lines`,
    `by shape: ${countBy(claims, (entry) => entry.shape)}; split visits: ${new Set(claims.filter((entry) => entry.shape.startsWith('split')).map((entry) => entry.visit.index)).size}`,
    `lines per claim: ${Math.min(...linesPerClaim)}–${Math.max(...linesPerClaim)}; claims of more than 3 lines: ${linesPerClaim.filter((count) => count > 3).length}; diagnoses per claim: ${Math.min(...diagnosesPerClaim)}–${Math.max(...diagnosesPerClaim)} (${diagnosesPerClaim.filter((count) => count > 1).length} claims with several)`,
    `by frequency (CLM05-3): ${countBy(claims, frequency)}`,
    `by subscriber: ${countBy(claims, subscriber)}`,
    `by payer (SBR09): ${countBy(claims, (entry) => entry.visit.patient.payer)}`,
    `with a prior authorization (REF*G1): ${written.reduce((sum, batch) => sum + (batch.x12.match(/~\s*REF\*G1\*/g) ?? []).length, 0)}; lines with modifiers: ${written.reduce((sum, batch) => sum + (batch.x12.match(/SV1\*HC:[A-Z0-9]{5}:/g) ?? []).length, 0)}`,
    `build + scrub + write: ${seconds.toFixed(1)} s (${(claims.length / seconds).toFixed(1)} claims/s; writing ${writeSeconds.toFixed(2)} s); setup through the API (untimed): ${setupSeconds.toFixed(1)} s`,
    `secondary claims (built by posting the primary payer's payment, with its adjudication in 2320/2330A/2330B/2430): ${claims.filter((entry) => entry.claim.coverageOrder === 'secondary').length}; with an AMT*D (paid by the other payer): ${written.reduce((sum, batch) => sum + (batch.x12.match(/~\s*AMT\*D\*/g) ?? []).length, 0)}, SVD lines: ${written.reduce((sum, batch) => sum + (batch.x12.match(/~\s*SVD\*/g) ?? []).length, 0)}`,
    `patient-is-subscriber claims without a subscriber address (2010BA N3/N4, required by the TR3 when the patient is the subscriber): ${subscriberWithoutAddress}`,
    pyx12.available ? `pyx12 x12valid: ${pyx12.ok} of ${files.length} files OK (${okClaims} of ${writtenClaims} claims)` : 'pyx12 x12valid: not run (see above)',
  ];
  console.log(`\n${summary.join('\n')}`);
  if (!record) return exitCode(pyx12, files, writtenClaims, claims);
  const machine = machineInfo();
  const database = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (in memory)';
  writeBenchmarkSection(join(import.meta.dirname, '../../BENCHMARKS.md'), 'claims', [
    `## Claims: 1,000 generated claims built, scrubbed, written as 837P and validated by pyx12 (${database})`,
    '',
    `Run ${new Date().toISOString()}: \`${process.env.DATABASE_URL ? 'DATABASE_URL=… ' : ''}npm run bench -- claims\` on ${machine.cpu}, ${machine.cores} cores, ${machine.ramGB} GiB, Node ${machine.node} (load ${machine.load}).`,
    '',
    'Visits are registered and driven to ready-to-bill through the REST API (untimed); then `ClaimBuilder.build`, ' +
      '`ClaimScrubber.scrub` (every claim must scrub clean), the replace/void originals taken to accepted, and ' +
      '`Claim837PWriter.write` in batches of 100 claims are timed. Files: `bench/out/claims-1000/`.',
    '',
    ...summary.map((line) => `- ${line}`),
  ].join('\n'));
  return exitCode(pyx12, files, writtenClaims, claims);
}

function exitCode(pyx12, files, writtenClaims, claims) {
  return pyx12.available && pyx12.ok === files.length && writtenClaims === claims.length ? 0 : 1;
}
