#!/usr/bin/env node
// Boots the server in memory (embedded PGlite at memory://, no jobs, no listening port kept) and writes its OpenAPI
// document to apps/admin/openapi.json (or the file given), the input of `npm run api:types`. Needs the server built
// (`npx turbo run build --filter=@openrcm/server...`). With --check it compares instead of writing (exit 1 on a difference).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = resolve(here, '../../..');
// By path rather than by package name: the checkout's own builds, whatever node_modules links to.
const { createServer } = await import(resolve(repositoryRoot, 'packages/core/dist/index.js'));
const { loadConfig, toCoreConfig } = await import(resolve(repositoryRoot, 'apps/server/dist/index.js'));
const check = process.argv.includes('--check');
const target = resolve(process.argv.slice(2).find((argument) => !argument.startsWith('--')) ?? resolve(here, '../openapi.json'));

const env = { OPENRCM_DATA_DIR: 'memory://', LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0' };
// An empty folder as the working directory: no openrcm.config.ts, so the embedded defaults and no plugins.
const emptyFolder = mkdtempSync(resolve(tmpdir(), 'openrcm-openapi-'));
const { config } = await loadConfig(undefined, env, emptyFolder);
rmSync(emptyFolder, { recursive: true, force: true });
const app = await createServer(toCoreConfig(config, false));
try {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  const response = await fetch(`http://127.0.0.1:${port}/api/docs/openapi.json`);
  if (!response.ok) throw new Error(`/api/docs/openapi.json answered ${response.status}`);
  const document = await response.json();
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (check) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error(`${target} differs from the server's document: run \`npm run api:dump -w @openrcm/admin && npm run api:types -w @openrcm/admin\``);
      process.exitCode = 1;
    } else console.log(`${target} matches the server's document`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target} (${Object.keys(document.paths).length} paths)`);
  }
} finally {
  await app.close();
}
