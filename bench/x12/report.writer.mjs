// Renders the x12 benchmark results as Markdown (BENCHMARKS.md).

const fmt = (n, digits = 1) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '–');

function resultCell(row) {
  if (row.failure) return `**${row.failure}**`;
  if (row.correct) return 'right';
  const f = row.found;
  return `**wrong** (${f.segments} segments, Σ ${f.sumCents} cents, ${f.errors} errors)`;
}

function parseTable(entry) {
  const bare = entry.rows.find((r) => r.bare && !r.failure);
  const primary = entry.rows.find((r) => r.ours && !r.failure && r.parser !== 'openrcm read835 (onClaim)');
  const lines = [
    `| parser | runs | MB/s | M segments/s | peak RSS (MB) | result | ÷ bare split | ${primary?.parser ?? 'openrcm'} ÷ parser |`,
    '|---|---:|---:|---:|---:|---|---:|---:|',
  ];
  for (const r of entry.rows) {
    lines.push(`| ${r.parser} | ${r.runs} | ${fmt(r.mbPerS)} | ${r.segmentsPerS ? fmt(r.segmentsPerS / 1e6, 2) : '–'} | ${fmt(r.maxRssMB, 0)} | ${resultCell(r)} | ${r.failure ? '–' : ratio(r.mbPerS, bare?.mbPerS)} | ${r.failure || r.ours ? '–' : ratio(primary?.mbPerS, r.mbPerS)} |`);
  }
  const m = entry.manifest;
  return [`### ${entry.kind === '835' ? '835' : '837P'}, ${(m.bytes / 1e6).toFixed(1)} MB (${m.claims} claims, ${m.segments} segments, ${m.interchanges} interchanges)`, '', ...lines, ''].join('\n');
}

function fastestCorrectPeer(entry) {
  return entry.rows.filter((r) => r.peer && !r.failure && r.correct).sort((a, b) => b.mbPerS - a.mbPerS)[0];
}

function targetRows(results) {
  const rows = [];
  for (const entry of results.parse.filter((e) => e.kind === '835')) {
    const size = `${entry.sizeMB} MB`;
    const bare = entry.rows.find((r) => r.bare && !r.failure);
    const peer = fastestCorrectPeer(entry);
    for (const ours of entry.rows.filter((r) => r.ours && !r.failure)) {
      if (peer) rows.push([`835 ${size}: ${ours.parser} ≥ 5× fastest right peer (${peer.parser})`, ratio(ours.mbPerS, peer.mbPerS), ours.mbPerS >= 5 * peer.mbPerS]);
      if (bare) rows.push([`835 ${size}: ${ours.parser} ≥ 40 % of the bare split`, `${fmt((100 * ours.mbPerS) / bare.mbPerS, 0)} %`, ours.mbPerS >= 0.4 * bare.mbPerS]);
    }
  }
  const g = results.generation;
  if (!g.failure) rows.push(['837P generation (write837P with validation) ≥ 100,000 claims/s', `${Math.round(g.claimsPerS).toLocaleString('en-US')} claims/s`, g.claimsPerS >= 100000]);
  const s = results.streaming;
  if (!s.failure) rows.push([`streaming ${(s.bytes / 1e9).toFixed(2)} GB 835: peak RSS < 256 MB`, `${fmt(s.maxRssAllMB, 0)} MB`, s.maxRssAllMB < 256 && s.correct]);
  return ['| target | measured | met |', '|---|---:|---|', ...rows.map(([t, v, ok]) => `| ${t} | ${v} | ${ok ? 'yes' : '**no**'} |`), ''].join('\n');
}

export function renderReport(results) {
  const m = results.machine;
  const o = results.options;
  const g = results.generation;
  const s = results.streaming;
  return [
    '## @openrcm/x12',
    '',
    `Run ${results.startedAt} (${fmt(results.minutes)} min)${o.quick ? ', **quick smoke run**' : ''}.`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM, ${m.os}`,
    `- Node ${m.node} (V8 heap limit ${m.heapLimitMB} MB, default flags)`,
    `- Load average (1, 5, 15 min) at start ${m.load}, at end ${results.loadAtEnd}: the machine is shared, so absolute numbers vary between runs; the ratios come from the same run.`,
    '',
    'Commands:',
    '',
    '```',
    'npm run bench -- x12            # full run (this report): 1, 10 and 100 MB files, 5 runs each, 1 GB streaming',
    'npm run bench -- x12 --quick    # smoke run: 1 and 10 MB, 3 runs, 50 MB streaming; report in bench/out/',
    'node bench/run.mjs x12 [--runs N] [--large-mb N] [--out FILE]   # same without turbo (build packages/x12 first)',
    'node bench/run.mjs x12 --kind 835 --sizes 10 --parsers read835,x12-parser --parse-only   # one measurement, printed, no report',
    '```',
    '',
    'Method: the files are made by the package\'s own generator and builders (`generate837PBatches`, `adjudicate837P`,',
    '`write837P`, `write835`; one interchange per 5000 claims) into `bench/out/`; the expected segment count and Σ CLP04',
    '(835) or Σ CLM02 (837P) in cents come from the model objects, not from a parser. Every measurement runs in a fresh',
    'Node process (so an out-of-memory death is recorded, not fatal): the process reads the file into memory, parses the',
    '1 MB file of the same kind twice to warm up, then times one parse of the bytes already in memory, and reports',
    '`process.resourceUsage().maxRSS` (which includes the file\'s bytes). Figures are medians over the runs (peers get',
    'a single try on the 100 MB files). A result is **right** when the segment count and the sum match exactly and the',
    'parser reported no error. Adapters: `openrcm read835` keeps every typed claim in memory; `openrcm read835 (onClaim)`',
    'builds the same typed claims and hands each to a callback without keeping them (`retainClaims: false`);',
    '`node-x12` parses the decoded string into its object model (strict, fat interchanges accepted); `x12-parser` is fed',
    'the in-memory bytes in 64 KiB chunks and emits one object per segment (its empty pseudo-segment for the newline',
    'after the last terminator is not counted); `node-x12-edi` gets the terminator and element separator read from the',
    'ISA (its segment names keep the newline after `~`, so they are trimmed); the bare split decodes latin1, finds each',
    'terminator with `indexOf`, splits the elements and sums the one element it needs.',
    '',
    '### Targets',
    '',
    targetRows(results),
    ...results.parse.map(parseTable),
    `### 837P generation`,
    '',
    g.failure ? `Failed: ${g.failure}` : `\`write837P\` (field validation, then writing) of ${g.claims} generated claims in one interchange (5000 claims per transaction set), median of ${g.runsMs.length} runs after a warm-up: **${Math.round(g.claimsPerS).toLocaleString('en-US')} claims/s** (${fmt(g.ms, 0)} ms, ${fmt(g.mbPerS)} MB/s of output), peak RSS ${fmt(g.maxRssMB, 0)} MB (including the generated input).`,
    '',
    `### Streaming a ${(s.bytes ?? 0) / 1e9 >= 1 ? `${fmt(s.bytes / 1e9, 2)} GB` : `${fmt((s.bytes ?? 0) / 1e6, 0)} MB`} 835`,
    '',
    s.failure ? `Failed: ${s.failure}` : [
      `Made by streaming generated interchanges to disk (20 distinct 5000-claim interchanges written in turn with fresh ISA13/IEA02; ${fmt(s.generatedS, 0)} s), read with`,
      `\`read835Stream(createReadStream(file), { onClaim, retainClaims: false, retain: false })\`, then deleted.`,
      `${s.claims} claims, ${s.segments} segments; result ${s.correct ? 'right' : '**wrong**'}; median of ${s.runs} runs:`,
      `**${fmt(s.mbPerS)} MB/s**, ${fmt(s.segmentsPerS / 1e6, 2)} M segments/s, peak RSS median ${fmt(s.maxRssMB, 0)} MB, highest ${fmt(s.maxRssAllMB, 0)} MB.`,
    ].join('\n'),
    '',
  ].join('\n');
}
