import { isAbsolute } from 'node:path';
import { HOST_KEY_FINGERPRINT } from '@openrcm/file-transport';
import { secretRef } from '@openrcm/sdk';
import { z } from 'zod';

const localDirectory = (description: string) =>
  z.string().min(1).refine(isAbsolute, 'must be an absolute path on the server').describe(description);
const remoteDirectory = (description: string) => z.string().min(1).describe(description);

const PROCESSED = 'Where read inbound files are moved (default: `processed` beside the inbound directory)';
const REFUSED = 'Where refused inbound files are moved (default: `refused` beside the inbound directory)';

const folderDelivery = z.object({
  type: z.literal('folder').describe('Local (or mounted) directories'),
  outbound: localDirectory('The directory placement and recall files are written to'),
  inbound: localDirectory('The directory the agency drops its activity files into'),
  processed: localDirectory(PROCESSED).optional(),
  refused: localDirectory(REFUSED).optional(),
});

const sftpDelivery = z.object({
  type: z.literal('sftp').describe('SFTP (SSH File Transfer Protocol) to the agency'),
  host: z.string().min(1).describe('The agency\'s SFTP server: host name or address'),
  port: z.number().int().min(1).max(65_535).default(22).describe('The SFTP server\'s port (default 22)'),
  username: z.string().min(1).describe('The login the agency issued'),
  password: secretRef('the password, read from an environment variable').optional(),
  privateKey: secretRef('a private key (OpenSSH or PEM text), read from an environment variable').optional(),
  passphrase: secretRef('the private key\'s passphrase, read from an environment variable').optional(),
  hostKeySha256: z.string()
    .regex(HOST_KEY_FINGERPRINT, 'the SHA-256 fingerprint of the server\'s host key as ssh-keygen -lf prints it, e.g. SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU')
    .describe('The pinned host key: the connector refuses any server whose key has another fingerprint'),
  outbound: remoteDirectory('The remote directory placement and recall files are uploaded to'),
  inbound: remoteDirectory('The remote directory the agency\'s activity files are picked up from'),
  processed: remoteDirectory(PROCESSED).optional(),
  refused: remoteDirectory(REFUSED).optional(),
  connectTimeoutMs: z.number().int().min(1_000).max(120_000).default(20_000).describe('Give up connecting (TCP and SSH handshake) after this many milliseconds'),
  operationTimeoutMs: z.number().int().min(1_000).max(600_000).default(60_000).describe('Give up on one file operation after this many milliseconds'),
}).refine((sftp) => sftp.password !== undefined || sftp.privateKey !== undefined, { message: 'give a password or a privateKey', path: ['password'] });

/** How files travel to and from the agency: a folder or SFTP, with the directories on each side. */
export const deliverySettings = z.discriminatedUnion('type', [folderDelivery, sftpDelivery])
  .superRefine((delivery, context) => {
    const { outbound, inbound, processed, refused } = delivery;
    if (outbound === inbound) context.addIssue({ code: 'custom', path: ['inbound'], message: 'must not be the outbound directory' });
    for (const [field, path] of [['processed', processed], ['refused', refused]] as const) {
      if (path !== undefined && (path === inbound || path === outbound)) {
        context.addIssue({ code: 'custom', path: [field], message: 'must be neither the inbound nor the outbound directory' });
      }
    }
    if (processed !== undefined && processed === refused) context.addIssue({ code: 'custom', path: ['refused'], message: 'must not be the processed directory' });
  })
  .describe('How placement, recall and activity files travel');

/** The validated delivery settings. */
export type DeliverySettings = z.output<typeof deliverySettings>;
/** The SFTP delivery settings. */
export type SftpDeliverySettings = Extract<DeliverySettings, { type: 'sftp' }>;
