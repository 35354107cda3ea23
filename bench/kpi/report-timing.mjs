// Times reports over the generated database and finds the indexes each relied on. A report is `{ name, run }` where
// `run()` computes it (through core, on its own connections) and resolves to its rows. The indexes are read from
// PostgreSQL's statistics: the index scans (pg_stat_user_indexes) and sequential scans (pg_stat_user_tables) the
// report's runs added. Other backends publish their counters within PGSTAT_IDLE_INTERVAL (10 s) of going idle, so
// the counters are read after a pause.

const STATS_PAUSE_MS = 11_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const milliseconds = (since) => Number(process.hrtime.bigint() - since) / 1e6;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function scanCounters(db) {
  await db.query('select pg_stat_clear_snapshot()');
  const indexes = await db.query('select indexrelname as name, relname as "table", idx_scan as scans from pg_stat_user_indexes');
  const tables = await db.query('select relname as name, seq_scan as scans from pg_stat_user_tables');
  return {
    indexes: new Map(indexes.rows.map((row) => [row.name, { table: row.table, scans: Number(row.scans) }])),
    tables: new Map(tables.rows.map((row) => [row.name, Number(row.scans)])),
  };
}

function scansAdded(before, after) {
  const indexes = [...after.indexes].filter(([name, { scans }]) => scans > (before.indexes.get(name)?.scans ?? 0)).map(([name, { table }]) => `${table}.${name}`);
  const sequential = [...after.tables].filter(([name, scans]) => scans > (before.tables.get(name) ?? 0)).map(([name]) => name);
  return { indexes: indexes.sort(), sequentialScans: sequential.sort() };
}

/**
 * Runs each report once to warm up, then `runs` times; returns per report the median, min and max milliseconds, the
 * rows of the last run, and the indexes and sequentially scanned tables its runs used. `db` is a `pg` client on the
 * same database (it only reads the statistics views).
 */
export async function timeReports(db, reports, runs, targetMs, log = () => undefined) {
  const results = [];
  await sleep(STATS_PAUSE_MS); // what ran before (generation, checks) is counted before the first report
  for (const report of reports) {
    const before = await scanCounters(db);
    await report.run();
    const times = [];
    let rows = [];
    for (let run = 0; run < runs; run += 1) {
      const started = process.hrtime.bigint();
      rows = await report.run();
      times.push(milliseconds(started));
    }
    await sleep(STATS_PAUSE_MS);
    const used = scansAdded(before, await scanCounters(db));
    const result = { name: report.name, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), rows: rows.length, ...used, met: median(times) < targetMs };
    log(`  ${report.name}: median ${result.medianMs.toFixed(0)} ms (${result.minMs.toFixed(0)}–${result.maxMs.toFixed(0)}), ${result.rows} rows; indexes ${used.indexes.join(', ') || 'none'}; sequential scans ${used.sequentialScans.join(', ') || 'none'}`);
    results.push(result);
  }
  return results;
}
