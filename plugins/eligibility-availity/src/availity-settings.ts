import { secretRef } from '@openrcm/sdk';
import { z } from 'zod';

const path = (fallback: string, what: string) =>
  z.string().regex(/^\/[A-Za-z0-9/_.-]*$/, 'a path starting with /').default(fallback).describe(what);

/**
 * The plugin's settings. Availity documents two path layouts: `/v1/token` and `/v1/coverages` (its Swagger file,
 * the default here) and `/availity/v1/…` (its reference pages); set both paths to match your subscription.
 */
export const availitySettings = z.object({
  baseUrl: z.url().default('https://api.availity.com').describe('Availity API base URL, without a path (or the simulator\'s URL)'),
  tokenPath: path('/v1/token', 'Path of the OAuth2 token endpoint'),
  coveragesPath: path('/v1/coverages', 'Path of the Coverages resource; polling appends /{id}'),
  clientId: z.string().min(1).describe('Client id of the application registered at developer.availity.com'),
  clientSecret: secretRef('The application\'s client secret, read from this environment variable'),
  scope: z.string().min(1).default('healthcare-hipaa-transactions')
    .describe('OAuth2 scope (space-separated); the demo plan adds healthcare-hipaa-transactions-demo'),
  requestTimeoutMs: z.number().int().min(100).max(60_000).default(3_000).describe('Timeout of each HTTP request, in milliseconds'),
  pollDeadlineMs: z.number().int().min(0).max(120_000).default(6_000)
    .describe(
      'How long one check waits for a complete answer (polls and 429 waits) before answering PENDING; '
        + 'keep it plus requestTimeoutMs under the server\'s pluginCallTimeoutMs',
    ),
  pollIntervalMs: z.number().int().min(1).max(60_000).default(500).describe('First wait between polls; doubled after each poll'),
  pollMaxIntervalMs: z.number().int().min(1).max(300_000).default(4_000).describe('Longest wait between polls'),
  payerIdMap: z.record(z.string().min(1), z.string().min(1)).default({}).describe('OpenRCM payer id → Availity payer id; unmapped ids are sent as they are'),
  serviceType: z.string().regex(/^[A-Z0-9]{1,2}$/, 'an X12 service type code such as 30').default('30')
    .describe('Service type sent when the request names none'),
  mockScenarioId: z.string().min(1).optional().describe('Sent as X-Api-Mock-Scenario-ID (Availity demo plan, or the simulator); leave empty in production'),
});

/** The validated settings (defaults applied). */
export type AvailitySettings = z.output<typeof availitySettings>;
