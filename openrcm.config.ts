import { defineConfig } from '@openrcm/server';

/**
 * The server's configuration. Every field is optional: with nothing set, OpenRCM runs on embedded PGlite under
 * ./.openrcm/data with in-process jobs on http://127.0.0.1:3000. DATABASE_URL, REDIS_URL, HOST, PORT,
 * OPENRCM_DATA_DIR and LOG_LEVEL override what is written here; secrets never belong in this file.
 */
export const config = defineConfig({
  plugins: [
    // { module: '@openrcm/plugin-eligibility-availity', settings: { ... } },
  ],
});
