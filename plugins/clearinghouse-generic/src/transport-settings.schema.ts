import { HOST_KEY_FINGERPRINT } from '@openrcm/file-transport';
import { secretRef } from '@openrcm/sdk';
import { z } from 'zod';
import { secureUrl } from './realtime-settings.schema';


const directory = (description: string) => z.string().min(1).describe(description);

const folderTransport = z.object({
  type: z.literal('folder').describe('Local (or mounted) directories, for the demo and the simulator'),
  outbox: directory('The directory 837P files are written to'),
  inbox: directory('The directory the clearinghouse drops 999, TA1, 277CA, 277, 835 and 271 files into'),
  archive: directory('Where processed inbox files are moved (left in the inbox when absent)').optional(),
});

const sftpTransport = z.object({
  type: z.literal('sftp').describe('SFTP (SSH File Transfer Protocol) to the clearinghouse'),
  host: z.string().min(1).describe('The SFTP server\'s host name or address'),
  port: z.number().int().min(1).max(65_535).default(22).describe('The SFTP server\'s port (default 22)'),
  username: z.string().min(1).describe('The login the clearinghouse issued'),
  password: secretRef('the password, read from an environment variable').optional(),
  privateKey: secretRef('a private key (OpenSSH or PEM text), read from an environment variable').optional(),
  passphrase: secretRef('the private key\'s passphrase, read from an environment variable').optional(),
  hostKeySha256: z.string().regex(HOST_KEY_FINGERPRINT, 'the SHA-256 fingerprint of the server\'s host key as ssh-keygen -lf prints it, e.g. SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU')
    .describe('The pinned host key: the connector refuses any server whose key has another fingerprint'),
  outbox: directory('The remote directory 837P files are uploaded to'),
  inbox: directory('The remote directory answers are picked up from'),
  archive: directory('A remote directory processed inbox files are moved to (left in the inbox when absent)').optional(),
  connectTimeoutMs: z.number().int().min(1_000).max(120_000).default(20_000).describe('Give up connecting (TCP and SSH handshake) after this many milliseconds'),
  operationTimeoutMs: z.number().int().min(1_000).max(600_000).default(60_000).describe('Give up on one file operation after this many milliseconds'),
}).refine((sftp) => sftp.password !== undefined || sftp.privateKey !== undefined, { message: 'give a password or a privateKey', path: ['password'] });

const httpsAuth = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none').describe('No authentication (tests, or a network-level trust)') }),
  z.object({
    type: z.literal('basic').describe('HTTP Basic authentication'),
    username: z.string().min(1).describe('The user name the clearinghouse issued'),
    password: secretRef('the password, read from an environment variable'),
  }),
  z.object({ type: z.literal('bearer').describe('A bearer token'), token: secretRef('the token, read from an environment variable') }),
]).describe('How the clearinghouse authenticates the submitter');

const httpsTransport = z.object({
  type: z.literal('https').describe('Raw X12 POST of each 837P over HTTPS (no inbound documents)'),
  url: secureUrl('Where the 837P is POSTed (Content-Type application/edi-x12)'),
  auth: httpsAuth,
  timeoutMs: z.number().int().min(1_000).max(600_000).default(60_000).describe('Give up on the POST after this many milliseconds'),
});

/** The batch transport: how 837P files go out and answers come back. */
export const transportSettings = z.discriminatedUnion('type', [folderTransport, sftpTransport, httpsTransport])
  .describe('The batch transport for 837P submission and inbound documents');

/** The validated transport settings (defaults applied). */
export type TransportSettings = z.output<typeof transportSettings>;
/** The folder transport's settings. */
export type FolderTransportSettings = Extract<TransportSettings, { type: 'folder' }>;
/** The SFTP transport's settings. */
export type SftpTransportSettings = Extract<TransportSettings, { type: 'sftp' }>;
/** The HTTPS transport's settings. */
export type HttpsTransportSettings = Extract<TransportSettings, { type: 'https' }>;
