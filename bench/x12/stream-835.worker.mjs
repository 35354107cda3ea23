// Child process: streaming parse of a large 835 from disk with read835Stream, claims handed to
// onClaim and dropped. Usage: node stream-835.worker.mjs <file>. Prints { ms, segments, sumCents, errors, maxRssMB }.
import { createReadStream } from 'node:fs';
import x12 from '@openrcm/x12';

const file = process.argv[2];
let sumCents = 0;
const started = process.hrtime.bigint();
const result = await x12.read835Stream(createReadStream(file, { highWaterMark: 1 << 20 }), {
  retain: false, retainClaims: false, onClaim: (claim) => { sumCents += claim.paymentCents; },
});
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const errors = result.errors.filter((e) => e.severity === 'error').length;
process.stdout.write(`${JSON.stringify({ ms, segments: result.segmentCount, sumCents, errors, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
