// One adapter per parser under test. Each takes the file's bytes (already in memory) and returns
// { segments, sumCents, errors } so that every result is checked the same way: the segment count
// and the sum of CLP04 (835) or CLM02 (837P) in cents.
import { Readable } from 'node:stream';
import { createRequire } from 'node:module';
import x12 from '@openrcm/x12';
import { toCents } from './money.util.mjs';

const require = createRequire(import.meta.url);
const SUM_SEGMENT = { 835: ['CLP', 4], 837: ['CLM', 2] };

/** Delimiters read from the fixed-width ISA, handed to the peers that need them. */
export function delimitersOf(buf) {
  return { element: String.fromCharCode(buf[3]), segment: String.fromCharCode(buf[105]) };
}

function remitSum(result) {
  let sum = 0;
  for (const t of result.transactions) for (const c of t.claims) sum += c.paymentCents;
  return sum;
}

function claimSum(result) {
  let sum = 0;
  for (const batch of result.transactions) for (const c of batch.claims) sum += c.chargeCents;
  return sum;
}

function errorCount(result) {
  return result.errors.filter((e) => e.severity === 'error').length;
}

const openrcmRead835 = (buf) => {
  const r = x12.read835(buf);
  return { segments: r.segmentCount, sumCents: remitSum(r), errors: errorCount(r) };
};

const openrcmRead835OnClaim = (buf) => {
  let sum = 0;
  const r = x12.read835(buf, { retainClaims: false, onClaim: (c) => { sum += c.paymentCents; } });
  return { segments: r.segmentCount, sumCents: sum, errors: errorCount(r) };
};

const openrcmRead837P = (buf) => {
  const r = x12.read837P(buf);
  return { segments: r.segmentCount, sumCents: claimSum(r), errors: errorCount(r) };
};

/** The practical ceiling of a string-based parser: indexOf for terminators, split for elements. */
const bareSplit = (buf, kind) => {
  const { element, segment } = delimitersOf(buf);
  const [id, at] = SUM_SEGMENT[kind];
  const text = buf.toString('latin1');
  let segments = 0;
  let sumCents = 0;
  let pos = 0;
  for (;;) {
    while (pos < text.length && text.charCodeAt(pos) <= 32) pos++;
    const end = text.indexOf(segment, pos);
    if (end < 0) break;
    const elements = text.slice(pos, end).split(element);
    segments++;
    if (elements[0] === id) sumCents += toCents(elements[at]);
    pos = end + 1;
  }
  return { segments, sumCents, errors: 0 };
};

function countNodeX12(interchange, id, at, acc) {
  acc.segments += 2;
  for (const g of interchange.functionalGroups) {
    acc.segments += 2;
    for (const t of g.transactions) {
      acc.segments += 2 + t.segments.length;
      for (const s of t.segments) if (s.tag === id) acc.sumCents += toCents(s.elements[at - 1].value);
    }
  }
}

const nodeX12 = (buf, kind) => {
  const { X12Parser } = require('node-x12');
  const parsed = new X12Parser(true).parse(buf.toString('utf8'));
  const [id, at] = SUM_SEGMENT[kind];
  const acc = { segments: 0, sumCents: 0, errors: 0 };
  for (const interchange of parsed.interchanges ?? [parsed]) countNodeX12(interchange, id, at, acc);
  return acc;
};

/** x12-parser is a Transform stream: the in-memory bytes are fed in 64 KiB chunks. */
const x12Parser = async (buf, kind) => {
  const { X12parser } = require('x12-parser');
  const [id, at] = SUM_SEGMENT[kind];
  const chunks = [];
  for (let i = 0; i < buf.length; i += 1 << 16) chunks.push(buf.subarray(i, i + (1 << 16)));
  const acc = { segments: 0, sumCents: 0, errors: 0 };
  await new Promise((resolve, reject) => {
    Readable.from(chunks).pipe(new X12parser()).on('data', (s) => {
      if (s.name === '') return; // the whitespace after the last terminator comes out as an empty segment
      acc.segments++;
      if (s.name === id) acc.sumCents += toCents(s[String(at)]);
    }).on('end', resolve).on('error', reject);
  });
  return acc;
};

/** node-x12-edi takes the segment terminator and element separator; segment names keep the newline that follows "~". */
const nodeX12Edi = async (buf, kind) => {
  const { Transaction } = await import('node-x12-edi');
  const { element, segment } = delimitersOf(buf);
  const t = new Transaction();
  t.generateSegments(buf.toString('utf8'), segment, element);
  const [id, at] = SUM_SEGMENT[kind];
  const acc = { segments: 0, sumCents: 0, errors: 0 };
  for (const s of t.getSegments()) {
    const name = s.name.trim();
    if (name === '') continue;
    acc.segments++;
    if (name === id) acc.sumCents += toCents(s.fields[at - 1].content);
  }
  return acc;
};

/** Parsers by name, with the file kinds they run on. */
export const PARSERS = {
  'openrcm read835': { kinds: ['835'], ours: true, run: openrcmRead835 },
  'openrcm read835 (onClaim)': { kinds: ['835'], ours: true, run: openrcmRead835OnClaim },
  'openrcm read837P': { kinds: ['837'], ours: true, run: openrcmRead837P },
  'bare indexOf split': { kinds: ['835', '837'], bare: true, run: bareSplit },
  'node-x12': { kinds: ['835', '837'], peer: true, run: nodeX12 },
  'x12-parser': { kinds: ['835', '837'], peer: true, run: x12Parser },
  'node-x12-edi': { kinds: ['835', '837'], peer: true, run: nodeX12Edi },
};
