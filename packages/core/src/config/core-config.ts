import { DEFAULT_CONTRACTUAL_REASONS } from '../remittance/posting-rules';
/** One installed plugin: the module to load and the default settings for every organization. */
export interface PluginInstallation {
  /** A package name (`@openrcm/plugin-eligibility-availity`) or an absolute path to a module. */
  readonly module: string;
  /** Defaults, validated against the plugin's schema at boot; an organization's saved settings replace them. */
  readonly settings?: unknown;
  /**
   * Whether organizations use the plugin until an administrator decides (default true). With `false`, an
   * administrator reviews its capabilities and enables it per organization.
   */
  readonly enabled?: boolean;
}

/** Everything core needs to run, after the server's config file and environment have been merged. */
export interface CoreConfig {
  readonly database: {
    /** PostgreSQL connection string; when absent, embedded PGlite is used. */
    readonly url?: string;
    /** PGlite data directory (`memory://` keeps it in memory, for tests). */
    readonly dataDir: string;
    /** Run pending migrations at boot. */
    readonly migrateOnBoot: boolean;
  };
  /** Bull on Redis when set; the in-process job driver otherwise. */
  readonly redis?: { readonly url: string; readonly prefix: string };
  readonly http: {
    readonly host: string;
    readonly port: number;
    /** Browser origins allowed to call the API with credentials (CORS); none by default. */
    readonly corsOrigins: readonly string[];
    /** The largest request body accepted, e.g. `1mb`. */
    readonly bodyLimit: string;
    /** Trust X-Forwarded-* from this many proxies (TLS-terminating load balancer): 0 when clients connect directly. */
    readonly trustedProxies: number;
  };
  readonly jobs: {
    /** Whether this process runs job handlers (an API-only process still enqueues and dispatches). */
    readonly work: boolean;
    readonly pollIntervalMs: number;
    readonly defaultMaxAttempts: number;
    /** First retry delay; each further retry doubles it. */
    readonly backoffMs: number;
    readonly concurrency: number;
  };
  readonly events: { readonly pollIntervalMs: number };
  readonly plugins: {
    readonly installed: readonly PluginInstallation[];
    /** A plugin call (register, hook, handler, contribution) that takes longer is abandoned and the plugin marked unhealthy. */
    readonly callTimeoutMs: number;
    /** How often each process checks for settings saved by another process. */
    readonly settingsRefreshMs: number;
  };
  readonly auth: {
    /** A session unused this long ends (HIPAA automatic logoff). */
    readonly idleTimeoutMinutes: number;
    /** A session ends this long after sign-in, however active. */
    readonly absoluteLifetimeHours: number;
    /** Wrong passwords in a row before the account locks. */
    readonly maxFailedSignIns: number;
    readonly lockoutMinutes: number;
    /** Sign-in attempts per client address per minute. */
    readonly signInRateLimitPerMinute: number;
  };
  readonly eligibility: {
    /** A check counts for the Ready-to-bill gate when made for the date of service at most this many days before it. */
    readonly maxAgeDays: number;
    /** The sweep checks scheduled visits from tomorrow up to this many days ahead. */
    readonly sweepHorizonDays: number;
    /** The sweep skips a coverage checked (with an answer) within this many days. */
    readonly skipCheckedWithinDays: number;
    /** How often a job-running process makes sure each organization's sweep of the day is queued. */
    readonly sweepEveryMinutes: number;
    /** The X12 service type code asked for (30: health benefit plan coverage). */
    readonly serviceTypeCode: string;
  };
  readonly claims: {
    /** A claim not submitted this many hours after its date of service is on the late-submission worklist. */
    readonly submitWithinHours: number;
    /** How often a job-running process queues each organization's fetch of clearinghouse documents. */
    readonly fetchInboundEveryMinutes: number;
    /** How often a job-running process makes sure each organization's follow-up run of the day is queued. */
    readonly followUpEveryMinutes: number;
    /** Whether the follow-up run sends a claim status inquiry (276) for each claim it puts on the worklist, when the connector can. */
    readonly statusInquiryOnFollowUp: boolean;
  };
  readonly remittance: {
    /**
     * CAS group-reason pairs (`CO-45`) posting adjusts off without a person; every other CO, OA and PI amount is a
     * denial held open (PR always moves to the next coverage or the patient).
     */
    readonly contractualReasons: readonly string[];
  };
  readonly ledger: {
    /**
     * How often a job-running process adds the ledger entries queued since to the account-balance rollup (ADR 0018).
     * Balances are exact either way; a longer period leaves more lines for the open A/R to sum from their entries.
     */
    readonly foldEverySeconds: number;
  };
  readonly mail: {
    /** An SMTP server (`smtp://user:password@host:587`, `smtps://…`); when absent, messages go to `outboxDir` as `.eml` files. */
    readonly smtpUrl?: string;
    /** Where messages are written when there is no SMTP server (the embedded default). */
    readonly outboxDir: string;
    /** The sender of every message, e.g. `Billing <billing@clinic.example>`. */
    readonly from: string;
  };
  /** The address people reach this server at, for links in emails (e.g. `https://billing.clinic.example`). */
  readonly publicUrl: string;
  readonly reports: {
    /** How often a job-running process queues each organization's check for scheduled report emails that are due. */
    readonly scheduleEveryMinutes: number;
  };
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/** Injection token of {@link CoreConfig}. */
export const CORE_CONFIG = Symbol('CORE_CONFIG');

/** The defaults: embedded database under `./.openrcm/data`, in-process jobs, port 3000. */
export function defaultCoreConfig(): CoreConfig {
  return {
    database: { dataDir: './.openrcm/data', migrateOnBoot: true },
    http: { host: '127.0.0.1', port: 3000, corsOrigins: [], bodyLimit: '1mb', trustedProxies: 0 },
    jobs: { work: true, pollIntervalMs: 500, defaultMaxAttempts: 5, backoffMs: 1000, concurrency: 4 },
    events: { pollIntervalMs: 500 },
    plugins: { installed: [], callTimeoutMs: 10_000, settingsRefreshMs: 5_000 },
    auth: { idleTimeoutMinutes: 15, absoluteLifetimeHours: 12, maxFailedSignIns: 5, lockoutMinutes: 15, signInRateLimitPerMinute: 20 },
    eligibility: { maxAgeDays: 7, sweepHorizonDays: 1, skipCheckedWithinDays: 3, sweepEveryMinutes: 60, serviceTypeCode: '30' },
    claims: { submitWithinHours: 72, fetchInboundEveryMinutes: 5, followUpEveryMinutes: 60, statusInquiryOnFollowUp: true },
    remittance: { contractualReasons: DEFAULT_CONTRACTUAL_REASONS },
    ledger: { foldEverySeconds: 10 },
    mail: { outboxDir: './.openrcm/outbox', from: 'OpenRCM <openrcm@localhost>' },
    publicUrl: 'http://127.0.0.1:3000',
    reports: { scheduleEveryMinutes: 60 },
    logLevel: 'info',
  };
}
