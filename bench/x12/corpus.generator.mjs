// Generates the benchmark files with the package's own generator and builders, and records what a
// correct parser must find in each (segment count, Σ CLP04 or Σ CLM02 in cents) from the model
// objects themselves, not from any parser.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import x12 from '@openrcm/x12';

const ENVELOPE = { sender: { qualifier: 'ZZ', id: 'OPENRCM' }, receiver: { qualifier: 'ZZ', id: 'DEMOPAYER' }, usage: 'T', date: '2024-03-04', time: '09:00' };
const PAYER_ENVELOPE = { ...ENVELOPE, sender: ENVELOPE.receiver, receiver: ENVELOPE.sender };
const CHUNK_CLAIMS = 5000;
export const MB = 1_000_000;

function countSegments(text) {
  let n = 0;
  for (let i = text.indexOf('~'); i >= 0; i = text.indexOf('~', i + 1)) n++;
  return n;
}

/** One interchange of `claims` generated claims: the 837P text, or the 835 text adjudicating them. */
export function makeChunk(kind, claims, seed, interchange) {
  const batches = x12.generate837PBatches({ claims, seed, claimsPerTransaction: claims });
  const numbers = { interchange, group: interchange, transaction: 1 };
  if (kind === '837') {
    const text = x12.write837P(batches, ENVELOPE, numbers);
    const sumCents = batches.reduce((s, b) => s + b.claims.reduce((t, c) => t + c.chargeCents, 0), 0);
    return { text, claims, segments: countSegments(text), sumCents };
  }
  const remits = x12.adjudicate837P(batches, { seed });
  const text = x12.write835(remits, PAYER_ENVELOPE, numbers);
  const sumCents = remits.reduce((s, r) => s + r.claims.reduce((t, c) => t + c.paymentCents, 0), 0);
  return { text, claims, segments: countSegments(text), sumCents };
}

/** Fingerprint of the generator and builders: files made by an older build are made again. */
export function fingerprint() {
  const hash = createHash('sha1');
  for (const kind of ['835', '837']) hash.update(makeChunk(kind, 200, 1, 1).text);
  return hash.digest('hex').slice(0, 16);
}

async function writeText(stream, text) {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function closeStream(stream) {
  stream.end();
  await once(stream, 'finish');
}

/** Writes a file of about `targetBytes` made of fresh interchanges; returns its manifest. */
async function generateFile(path, kind, targetBytes) {
  const probe = makeChunk(kind, 1000, 7, 1);
  const bytesPerClaim = probe.text.length / 1000;
  const stream = createWriteStream(path);
  const manifest = { kind, bytes: 0, claims: 0, segments: 0, sumCents: 0, interchanges: 0 };
  while (manifest.bytes < targetBytes) {
    const claims = Math.min(CHUNK_CLAIMS, Math.max(100, Math.ceil((targetBytes - manifest.bytes) / bytesPerClaim)));
    const chunk = makeChunk(kind, claims, 1000 + manifest.interchanges, manifest.interchanges + 1);
    await writeText(stream, chunk.text);
    manifest.bytes += Buffer.byteLength(chunk.text);
    manifest.claims += chunk.claims;
    manifest.segments += chunk.segments;
    manifest.sumCents += chunk.sumCents;
    manifest.interchanges++;
  }
  await closeStream(stream);
  return manifest;
}

/**
 * Makes (or reuses, when made by the same generator) the 835 and 837P files of the given sizes in
 * `dir` (both kinds unless `kinds` names one). Returns [{ kind, sizeMB, path, manifest }].
 */
export async function ensureCorpus(dir, sizesMB, log, kinds = ['835', '837']) {
  mkdirSync(dir, { recursive: true });
  const print = fingerprint();
  const files = [];
  for (const kind of kinds) {
    for (const sizeMB of sizesMB) {
      const path = join(dir, `x12-${kind}-${sizeMB}mb.edi`);
      const manifestPath = `${path}.json`;
      let manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : undefined;
      if (!manifest || manifest.fingerprint !== print || !existsSync(path) || statSync(path).size !== manifest.bytes) {
        const started = Date.now();
        manifest = { ...(await generateFile(path, kind, sizeMB * MB)), fingerprint: print };
        writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
        log(`generated ${path} (${(manifest.bytes / MB).toFixed(1)} MB, ${manifest.claims} claims) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      files.push({ kind, sizeMB, path, manifest });
    }
  }
  return files;
}

/**
 * Streams a large 835 to disk: `pool` distinct generated interchanges written in turn with fresh
 * ISA13/IEA02 control numbers until `targetBytes`. Returns the manifest.
 */
export async function generateLarge835(path, targetBytes, pool = 20) {
  const chunks = [];
  for (let i = 0; i < pool; i++) chunks.push(makeChunk('835', CHUNK_CLAIMS, 5000 + i, 1));
  const stream = createWriteStream(path);
  const manifest = { kind: '835', bytes: 0, claims: 0, segments: 0, sumCents: 0, interchanges: 0 };
  while (manifest.bytes < targetBytes) {
    const chunk = chunks[manifest.interchanges % pool];
    const text = withInterchangeNumber(chunk.text, manifest.interchanges + 1);
    await writeText(stream, text);
    manifest.bytes += Buffer.byteLength(text);
    manifest.claims += chunk.claims;
    manifest.segments += chunk.segments;
    manifest.sumCents += chunk.sumCents;
    manifest.interchanges++;
  }
  await closeStream(stream);
  return manifest;
}

/** Replaces ISA13 (fixed-width ISA, characters 90-98) and IEA02 of a one-interchange text. */
function withInterchangeNumber(text, n) {
  const isa13 = String(n).padStart(9, '0');
  const iea = text.lastIndexOf('IEA*');
  const ieaEnd = text.indexOf('~', iea);
  return text.slice(0, 90) + isa13 + text.slice(99, iea) + `IEA*1*${isa13}` + text.slice(ieaEnd);
}
