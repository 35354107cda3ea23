// Child process: 837P generation throughput of the builder with its validation (write837P).
// Usage: node generate-837p.worker.mjs <claims> <runs>. Prints { runsMs: [...], claims, bytes, maxRssMB }.
import x12 from '@openrcm/x12';

const claims = Number(process.argv[2] ?? 100000);
const runs = Number(process.argv[3] ?? 5);
const envelope = { sender: { qualifier: 'ZZ', id: 'OPENRCM' }, receiver: { qualifier: 'ZZ', id: 'DEMOPAYER' }, usage: 'T', date: '2024-03-04', time: '09:00' };
const batches = x12.generate837PBatches({ claims, seed: 11, claimsPerTransaction: 5000 });
const numbers = { interchange: 1, group: 1, transaction: 1 };

x12.write837P(x12.generate837PBatches({ claims: 2000, seed: 12 }), envelope, numbers);
const runsMs = [];
let bytes = 0;
for (let i = 0; i < runs; i++) {
  const started = process.hrtime.bigint();
  const text = x12.write837P(batches, envelope, numbers);
  runsMs.push(Number(process.hrtime.bigint() - started) / 1e6);
  bytes = text.length;
}
process.stdout.write(`${JSON.stringify({ runsMs, claims, bytes, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
