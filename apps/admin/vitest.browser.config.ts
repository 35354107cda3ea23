import { defineConfig } from 'vitest/config';
import { FirstSignInFirst } from './e2e/sequencer';

/**
 * The browser suite (`npm run test:browser`): playwright-core drives Chromium against the real server on embedded
 * defaults, started by e2e/global-setup.ts. Needs the server and the app built (`npm run build`).
 */
export const config = defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // A form's value is read with expect.poll: the page may still be rendering what the last action changed.
    expect: { poll: { timeout: 10_000 } },
    fileParallelism: false,
    sequence: { concurrent: false, sequencer: FirstSignInFirst },
  },
});

export default config;
