import { defineConfig } from '@openrcm/server';

/**
 * The server's configuration. Every field is optional: with nothing set, OpenRCM runs on embedded PGlite under
 * ./.openrcm/data with in-process jobs on http://127.0.0.1:3000, and email goes to ./.openrcm/outbox as .eml files.
 * DATABASE_URL, REDIS_URL, HOST, PORT, OPENRCM_DATA_DIR, LOG_LEVEL, SMTP_URL, MAIL_FROM and PUBLIC_URL override what is
 * written here; secrets never belong in this file.
 */
export const config = defineConfig({
  plugins: [
    // The revenue-cycle KPIs (clean claim rate, denial rates, days in A/R, collection rates…).
    { module: '@openrcm/plugin-kpi-reports' },
    // Patient statements: HTML and PDF from an editable template, emailed to guarantors who consented.
    { module: '@openrcm/plugin-patient-statements' },
    // { module: '@openrcm/plugin-eligibility-availity', settings: { ... } },
  ],
});
