// Benchmark dispatcher: `node run.mjs <suite> [options]` (npm run bench -- x12 [--quick]).
const suites = {
  x12: () => import('./x12/x12.suite.mjs'),
  import: () => import('./import/import.suite.mjs'),
  claims: () => import('./claims/claims.suite.mjs'),
  remittance: () => import('./remittance/remittance.suite.mjs'),
  api: () => import('./api/api.suite.mjs'),
  kpi: () => import('./kpi/kpi.suite.mjs'),
};

const [name, ...args] = process.argv.slice(2);
if (!name || !suites[name]) {
  console.error(`usage: node run.mjs <suite> [options]\nsuites: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
const suite = await suites[name]();
process.exitCode = await suite.runSuite(args);
