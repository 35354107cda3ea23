import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const require = createRequire(import.meta.url);

/**
 * Installs the report plugin of docs/plugins.md §6, exactly as written there, built to CommonJS in `folder/acme-reports`
 * (outside the repository, as a vendor would ship it), with the server's SDK and zod as its peers. Returns the path
 * of its module, to name in openrcm.config.ts.
 */
export function installDocumentedReportPlugin(repository: string, folder: string): string {
  const guide = readFileSync(join(repository, 'docs', 'plugins.md'), 'utf8');
  const block = /<!-- report-example:start -->\s*```ts\n([\s\S]*?)```\s*<!-- report-example:end -->/.exec(guide)?.[1];
  if (!block) throw new Error('docs/plugins.md lost its report example');
  const plugin = join(folder, 'acme-reports');
  mkdirSync(join(plugin, 'node_modules', '@openrcm'), { recursive: true });
  const module = join(plugin, 'index.js');
  writeFileSync(module, ts.transpileModule(block, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText);
  symlinkSync(join(repository, 'packages', 'sdk'), join(plugin, 'node_modules', '@openrcm', 'sdk'));
  symlinkSync(dirname(require.resolve('zod/package.json')), join(plugin, 'node_modules', 'zod'));
  return module;
}
