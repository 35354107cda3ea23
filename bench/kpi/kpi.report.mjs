// The kpi bench's report: generation, verification, sizes, what the history holds, and the reports' times.

const MB = 2 ** 20;
const int = (value) => Math.round(value).toLocaleString('en-US');
const dollars = (cents) => (cents === null ? '' : `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
const mb = (bytes) => (bytes / MB).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

function reportsSection(reports, targetMs, runs) {
  if (reports === null) return ['No report was timed: the suite ran without `runReports` (the report definitions are not plugged in).'];
  return [
    `Each report once warm, then ${runs} runs; median (min–max). Indexes: those whose index scans the runs added (pg_stat_user_indexes); sequential scans likewise (pg_stat_user_tables).`,
    '',
    `| report | median ms | min–max ms | rows | under ${targetMs / 1000} s | indexes used | sequential scans |`,
    '|---|---:|---:|---:|---|---|---|',
    ...reports.map((report) => `| ${report.name} | ${int(report.medianMs)} | ${int(report.minMs)}–${int(report.maxMs)} | ${int(report.rows)} | ${report.met ? 'yes' : '**no**'} | ${report.indexes.join(', ') || '–'} | ${report.sequentialScans.join(', ') || '–'} |`),
  ];
}

function summarySection(summary) {
  return Object.entries(summary).map(([title, rows]) => `- ${title}: ${rows.map((row) => `${row.key} ${int(row.count)}${row.cents !== null ? ` (${dollars(row.cents)})` : ''}`).join(', ')}`);
}

/** The Markdown of one run. */
export function kpiMarkdown(run) {
  const { options, plan, steps, generationSeconds, analyzeSeconds, checkSeconds, verification, sizes, summary, reports, targetMs, machine, version } = run;
  const rows = sizes.tables.reduce((total, table) => total + table.rows, 0);
  return [
    `## KPI reports over ${int(options.claims)} generated claims (PostgreSQL)`,
    '',
    `Command: \`DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench -- kpi${options.claims === 1_000_000 ? '' : ` --claims ${options.claims}`}\` (seed ${options.seed}; dates of service ${plan.start} … ${plan.end}, time zone ${plan.timeZone}).`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGB} GB RAM, Node ${machine.node}, ${version.split(' on ')[0]}; load average at the end ${machine.load} (the machine was shared).`,
    '',
    `Generation, set-based SQL into the fresh database \`openrcm_bench_kpi\`: **${generationSeconds.toFixed(1)} s** for ${int(rows)} rows (${mb(sizes.databaseBytes)} MB on disk); \`VACUUM (ANALYZE)\` ${analyzeSeconds.toFixed(1)} s.`,
    '',
    '| step | s |',
    '|---|---:|',
    ...steps.map((step) => `| ${step.name} | ${step.seconds.toFixed(1)} |`),
    '',
    `Verification (${checkSeconds.toFixed(1)} s): core's \`ledger verify\` checks over ${int(verification.ledger.entries)} ledger entries and the bench's consistency checks — ${verification.violations.length === 0 ? `all ${verification.checks.length} pass` : `**${verification.violations.length} failed**: ${verification.violations.map((violation) => `${violation.check} (${violation.count})`).join(', ')}`}.`,
    '',
    '### Reports',
    '',
    ...reportsSection(reports, targetMs, options.runs),
    '',
    '### Tables',
    '',
    '| table | rows | total MB | heap MB | indexes MB |',
    '|---|---:|---:|---:|---:|',
    ...sizes.tables.map((table) => `| ${table.name} | ${int(table.rows)} | ${mb(table.totalBytes)} | ${mb(table.heapBytes)} | ${mb(table.indexBytes)} |`),
    '',
    '### The history',
    '',
    ...summarySection(summary),
  ].join('\n');
}
