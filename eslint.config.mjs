// Lint rules, including the dependency rules of DESIGN §1: plugins never import core or another plugin,
// the SDK never imports core or Nest, x12 imports nothing of ours, and nothing has a default export.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noDefaultExport = {
  selector: 'ExportDefaultDeclaration',
  message: 'Use named exports (DESIGN §1): default exports are not allowed.',
};
const noDefaultReExport = {
  selector: 'ExportNamedDeclaration > ExportSpecifier[exported.name="default"]',
  message: 'Use named exports (DESIGN §1): default exports are not allowed.',
};

/** Import restrictions per area: `patterns` are package names (and their subpaths) the area must not import. */
function forbidImports(files, patterns, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
    },
  };
}

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/coverage/**', 'packages/sdk/temp/**', 'bench/out/**', '.openrcm/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      'no-restricted-syntax': ['error', noDefaultExport, noDefaultReExport],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Vite and Vitest read their configuration from the file's default export.
    files: ['eslint.config.mjs', 'apps/admin/vite.config.ts', 'apps/admin/vitest.config.ts', 'apps/admin/vitest.browser.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The admin app runs in the browser.
    files: ['apps/admin/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.cjs', '**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  forbidImports(
    ['plugins/**/*.ts', 'examples/**/*.ts'],
    ['@openrcm/core', '@openrcm/core/*', '@openrcm/plugin-*', '@openrcm/server', '@openrcm/server/*', '@nestjs/*', '@mikro-orm/*'],
    'Plugins see only the SDK (DESIGN §1, §5): import @openrcm/sdk (and @openrcm/x12), never core, Nest, MikroORM or another plugin.',
  ),
  forbidImports(
    ['packages/sdk/**/*.ts'],
    ['@openrcm/core', '@openrcm/core/*', '@openrcm/server', '@openrcm/plugin-*', '@nestjs/*', '@mikro-orm/*'],
    'The SDK is the plugin contract: no core, Nest or MikroORM in it (DESIGN §1).',
  ),
  forbidImports(
    ['packages/x12/**/*.ts'],
    ['@openrcm/*'],
    '@openrcm/x12 depends on nothing of ours (DESIGN §1).',
  ),
  forbidImports(
    ['packages/file-transport/src/**/*.ts'],
    ['@openrcm/*'],
    '@openrcm/file-transport depends on nothing of ours: plugins use it beside the SDK (DESIGN §1).',
  ),
  forbidImports(
    ['apps/admin/src/**/*.ts', 'apps/admin/src/**/*.tsx'],
    ['@openrcm/*', '@nestjs/*', '@mikro-orm/*', 'node:*'],
    'The admin app works through the REST API only: its types come from the generated src/api/schema.d.ts (issue 10).',
  ),
  forbidImports(
    ['packages/core/**/*.ts'],
    ['@openrcm/server', '@openrcm/server/*', '@openrcm/plugin-*'],
    'Core never imports the server or a plugin (DESIGN §1).',
  ),
);
