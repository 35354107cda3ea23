import { secretRef } from '@openrcm/sdk';
import { z } from 'zod';

/** Hosts to which plain http is allowed (tests and the simulator). */
export const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An https URL, or plain http to a loopback host. */
export function secureUrl(description: string) {
  return z.url().refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  }, 'must be an https URL (plain http only to localhost, for the simulator)').describe(description);
}

const endpoint = secureUrl('The real-time endpoint of the clearinghouse (CAQH CORE HTTP MIME multipart), e.g. https://rt.example.com/core');

const auth = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('basic').describe('HTTP Basic authentication (Authorization: Basic)'),
      username: z.string().min(1).describe('The user name the clearinghouse issued'),
      password: secretRef('the password, read from an environment variable'),
    }),
    z.object({
      type: z.literal('bearer').describe('A bearer token (Authorization: Bearer)'),
      token: secretRef('the token, read from an environment variable'),
    }),
    z.object({
      type: z.literal('envelope').describe('CORE username/password in the envelope (UserName and Password fields)'),
      username: z.string().min(1).describe('The user name the clearinghouse issued'),
      password: secretRef('the password, read from an environment variable'),
    }),
  ])
  .describe('How the clearinghouse authenticates the submitter');

/** The real-time (CAQH CORE) section of the settings: where and how 270 and 276 inquiries are sent. */
export const realTimeSettings = z.object({
  endpointUrl: endpoint,
  senderId: z.string().min(1).max(80).describe('SenderID of the envelope: the submitter id the clearinghouse assigned'),
  receiverId: z.string().min(1).max(80).describe('ReceiverID of the envelope: the clearinghouse\'s (or payer\'s) id'),
  auth,
  timeoutMs: z.number().int().min(1_000).max(120_000).default(25_000)
    .describe('Give up on an answer after this many milliseconds (CORE asks receivers to answer within 20 s)'),
  checksum: z.boolean().default(false).describe('Send the Checksum field (SHA-1 of the payload) for receivers that require it'),
});

/** The validated real-time section (defaults applied). */
export type RealTimeSettings = z.output<typeof realTimeSettings>;
