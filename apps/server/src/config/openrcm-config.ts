import { z } from 'zod';
import { DEFAULT_CONTRACTUAL_REASONS } from '@openrcm/core';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The schema of `openrcm.config.ts`: every section optional, defaults filled in. */
export const openRcmConfigSchema = z
  .object({
    database: z
      .object({
        /** PostgreSQL connection string; embedded PGlite when absent. Env: DATABASE_URL. */
        url: z.string().startsWith('postgres', 'a postgres:// or postgresql:// URL').optional(),
        /** PGlite data directory. Env: OPENRCM_DATA_DIR. */
        dataDir: z.string().min(1).default('./.openrcm/data'),
        migrateOnBoot: z.boolean().default(true),
      })
      .strict()
      .default({ dataDir: './.openrcm/data', migrateOnBoot: true }),
    redis: z
      .object({
        /** Env: REDIS_URL. */
        url: z.string().startsWith('redis', 'a redis:// or rediss:// URL'),
        prefix: z.string().min(1).default('openrcm'),
      })
      .strict()
      .optional(),
    http: z
      .object({
        /** Env: HOST. */
        host: z.string().min(1).default('127.0.0.1'),
        /** Env: PORT. */
        port: z.number().int().min(0).max(65535).default(3000),
        /** Browser origins allowed to call the API with credentials (CORS). */
        corsOrigins: z.array(z.url()).default([]),
        /** The largest request body accepted. */
        bodyLimit: z.string().regex(/^\d+(kb|mb)$/, 'a size such as 512kb or 1mb').default('1mb'),
        /** Proxies in front of the server whose X-Forwarded-* headers to trust (for client addresses and TLS). */
        trustedProxies: z.number().int().min(0).max(10).default(0),
      })
      .strict()
      .default({ host: '127.0.0.1', port: 3000, corsOrigins: [], bodyLimit: '1mb', trustedProxies: 0 }),
    jobs: z
      .object({
        pollIntervalMs: z.number().int().min(10).default(500),
        defaultMaxAttempts: z.number().int().min(1).max(100).default(5),
        backoffMs: z.number().int().min(1).default(1000),
        concurrency: z.number().int().min(1).max(100).default(4),
      })
      .strict()
      .default({ pollIntervalMs: 500, defaultMaxAttempts: 5, backoffMs: 1000, concurrency: 4 }),
    eligibility: z
      .object({
        /** A check counts for the Ready-to-bill gate when made for the date of service at most this many days before it. */
        maxAgeDays: z.number().int().min(0).max(365).default(7),
        /** The sweep checks visits from tomorrow up to this many days ahead. */
        sweepHorizonDays: z.number().int().min(1).max(30).default(1),
        /** The sweep skips a coverage checked within this many days. */
        skipCheckedWithinDays: z.number().int().min(0).max(365).default(3),
        /** How often a job-running process makes sure today's sweep is queued. */
        sweepEveryMinutes: z.number().int().min(1).max(1440).default(60),
        /** X12 service type asked for (30: health benefit plan coverage). */
        serviceTypeCode: z.string().regex(/^[A-Z0-9]{1,2}$/).default('30'),
      })
      .strict()
      .default({ maxAgeDays: 7, sweepHorizonDays: 1, skipCheckedWithinDays: 3, sweepEveryMinutes: 60, serviceTypeCode: '30' }),
    claims: z
      .object({
        /** A claim not submitted this many hours after its date of service is on the late-submission worklist. */
        submitWithinHours: z.number().int().min(1).max(8760).default(72),
        /** How often a job-running process fetches the clearinghouses' answers (999, 277CA, 835). */
        fetchInboundEveryMinutes: z.number().int().min(1).max(1440).default(5),
        /** How often a job-running process makes sure today's follow-up run (claims with no answer) is queued. */
        followUpEveryMinutes: z.number().int().min(1).max(1440).default(60),
        /** Whether the follow-up run asks the payer (276) about each claim it puts on the worklist, when the connector can. */
        statusInquiryOnFollowUp: z.boolean().default(true),
      })
      .strict()
      .default({ submitWithinHours: 72, fetchInboundEveryMinutes: 5, followUpEveryMinutes: 60, statusInquiryOnFollowUp: true }),
    remittance: z
      .object({
        /** CAS group-reason pairs (`CO-45`) adjusted off without a person; every other CO, OA and PI amount is a denial held open. */
        contractualReasons: z
          .array(z.string().regex(/^(CO|OA|PI)-[A-Z0-9]{1,5}$/, 'a CAS group (CO, OA or PI), a hyphen and a reason code, e.g. CO-45'))
          .default([...DEFAULT_CONTRACTUAL_REASONS]),
      })
      .strict()
      .default({ contractualReasons: [...DEFAULT_CONTRACTUAL_REASONS] }),
    mail: z
      .object({
        /** An SMTP server, e.g. smtp://user:password@host:587; when absent, messages are written to outboxDir. Env: SMTP_URL. */
        smtpUrl: z.string().regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL').optional(),
        /** Where messages go as .eml files when there is no SMTP server. */
        outboxDir: z.string().min(1).default('./.openrcm/outbox'),
        /** The sender of every message. Env: MAIL_FROM. */
        from: z.string().min(3).default('OpenRCM <openrcm@localhost>'),
      })
      .strict()
      .default({ outboxDir: './.openrcm/outbox', from: 'OpenRCM <openrcm@localhost>' }),
    /** The address people reach the server at, for links in emails. Env: PUBLIC_URL. */
    publicUrl: z.url().optional(),
    ledger: z
      .object({
        /** How often a job-running process adds the ledger entries queued since to the account-balance rollup (balances are exact either way). */
        foldEverySeconds: z.number().int().min(1).max(3600).default(10),
      })
      .strict()
      .default({ foldEverySeconds: 10 }),
    reports: z
      .object({
        /** How often a job-running process checks each organization's scheduled report emails. */
        scheduleEveryMinutes: z.number().int().min(1).max(1440).default(60),
      })
      .strict()
      .default({ scheduleEveryMinutes: 60 }),
    plugins: z
      .array(
        z
          .object({
            /** Package name or absolute path of the plugin module. */
            module: z.string().min(1),
            /** Default settings for every organization (validated against the plugin's schema at boot). */
            settings: z.unknown().optional(),
            /** Used by every organization until an administrator decides (default true); false: enabled per organization. */
            enabled: z.boolean().optional(),
          })
          .strict(),
      )
      .default([]),
    pluginCallTimeoutMs: z.number().int().min(100).default(10_000),
    /** Env: LOG_LEVEL. */
    logLevel: z.enum(LOG_LEVELS).default('info'),
  })
  .strict();

/** What `openrcm.config.ts` may contain. */
export type OpenRcmConfigInput = z.input<typeof openRcmConfigSchema>;

/** The configuration after defaults and environment overrides. */
export type OpenRcmConfig = z.output<typeof openRcmConfigSchema>;

/**
 * Declares the server's configuration, typed; `openrcm.config.ts` default-exports nothing and instead
 * `export const config = defineConfig({...})`.
 */
export function defineConfig(config: OpenRcmConfigInput): OpenRcmConfigInput {
  return config;
}
