#!/usr/bin/env node
// The CI import check of DESIGN §1, beside ESLint: declared dependencies must follow
// x12 <- sdk <- core <- server and sdk <- plugins (plugins may also use the file-transport library, which depends
// on nothing of ours), and no plugin source may reach core by any form of import (static, require or dynamic
// import), which a lint rule on import declarations alone would miss.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const FORBIDDEN_FOR_PLUGINS = /(?:from\s+|require\(\s*|import\(\s*)['"](@openrcm\/(?:core|server|plugin-[^'"]+))(?:\/[^'"]*)?['"]/g;

/** What a plugin may depend on at run time: the SDK, the X12 library and the file-transport library. */
const ALLOWED_FOR_PLUGINS = ['@openrcm/sdk', '@openrcm/x12', '@openrcm/file-transport'];

/** Runtime dependencies each package may have on our own packages. */
const ALLOWED_INTERNAL = {
  '@openrcm/x12': [],
  '@openrcm/sdk': [],
  '@openrcm/file-transport': [],
  '@openrcm/core': ['@openrcm/sdk', '@openrcm/x12'],
  '@openrcm/simulator': ['@openrcm/sdk', '@openrcm/x12'],
  // The composition root: it also bundles the simulator and the first-party plugins for `openrcm demo`.
  '@openrcm/server': [
    '@openrcm/core',
    '@openrcm/sdk',
    '@openrcm/x12',
    '@openrcm/simulator',
    '@openrcm/plugin-clearinghouse-generic',
    '@openrcm/plugin-collections',
    '@openrcm/plugin-eligibility-availity',
    '@openrcm/plugin-kpi-reports',
    '@openrcm/plugin-patient-statements',
  ],
};

function workspaceDirectories() {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return workspaces.flatMap((pattern) => {
    const base = join(root, pattern.replace(/\/\*$/, ''));
    return pattern.endsWith('/*') ? readdirSync(base).map((name) => join(base, name)) : [base];
  });
}

function sourceFiles(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

export function checkImports() {
  const problems = [];
  for (const directory of workspaceDirectories()) {
    const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
    const runtime = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter((name) => name.startsWith('@openrcm/'));
    const isPlugin = manifest.name.startsWith('@openrcm/plugin-') || manifest.name.startsWith('@openrcm/example-');
    const allowed = isPlugin ? ALLOWED_FOR_PLUGINS : ALLOWED_INTERNAL[manifest.name];
    if (allowed) {
      for (const name of runtime.filter((dependency) => !allowed.includes(dependency))) {
        problems.push(`${manifest.name} depends on ${name}; allowed: ${allowed.join(', ') || 'none of our packages'}`);
      }
    }
    if (!isPlugin) continue;
    for (const file of sourceFiles(directory)) {
      for (const match of readFileSync(file, 'utf8').matchAll(FORBIDDEN_FOR_PLUGINS)) {
        problems.push(`${relative(root, file)} imports ${match[1]}: plugins see only @openrcm/sdk (and @openrcm/x12, @openrcm/file-transport)`);
      }
    }
  }
  return problems;
}

if (process.argv[1] === import.meta.filename) {
  const problems = checkImports();
  for (const problem of problems) console.error(`import check: ${problem}`);
  console.log(problems.length === 0 ? 'import check: dependency directions hold' : `import check: ${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
