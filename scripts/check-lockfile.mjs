// Fails when `npm install` changed what package-lock.json resolves, ignoring per-platform binary packages
// (entries with "os" or "cpu"): whether the registry carries the other platforms' builds decides whether npm lists
// them, and that is not a change to what this repository depends on (docs/adr/0001-monorepo-build-and-tests.md).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const committed = JSON.parse(execFileSync('git', ['show', 'HEAD:package-lock.json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
const installed = JSON.parse(readFileSync('package-lock.json', 'utf8'));

const resolvedPackages = (lock) =>
  new Map(
    Object.entries(lock.packages ?? {})
      .filter(([, entry]) => !entry.os && !entry.cpu)
      .map(([path, entry]) => [path, entry.version ?? entry.resolved ?? '']),
  );

const before = resolvedPackages(committed);
const after = resolvedPackages(installed);
const changes = [];
for (const [path, version] of after) {
  if (!before.has(path)) changes.push(`added ${path}@${version}`);
  else if (before.get(path) !== version) changes.push(`changed ${path}: ${before.get(path)} -> ${version}`);
}
for (const [path, version] of before) if (!after.has(path)) changes.push(`removed ${path}@${version}`);

if (changes.length > 0) {
  console.error(`package-lock.json is out of date (${changes.length} changes): run npm install and commit it`);
  for (const change of changes.slice(0, 20)) console.error(`  ${change}`);
  process.exit(1);
}
console.log(`package-lock.json resolves ${after.size} packages, as committed (per-platform binaries aside)`);
