import { createHash } from 'node:crypto';
import { interchangeControlNumber } from './inbound-kind';
import { TransportError, type RemoteDirectory } from './transports';

/** SHA-256 of bytes or UTF-8 text, hexadecimal. */
export function sha256Of(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** How to recognise a batch's file in the outbox. */
export interface OutboxTarget {
  /** The batch's file name. */
  readonly fileName: string;
  /** SHA-256 of the 837P text, hexadecimal. */
  readonly sha256: string;
  /** ISA13 of the 837P, when it has an ISA. */
  readonly isa13: string | undefined;
}

/**
 * The name of the outbox file that carries the batch, or `undefined`: the file under its own name (which must have
 * the same SHA-256, else the batch cannot be delivered), or, with `scan`, any file with the same SHA-256 or ISA13
 * (the receiver may rename files it has taken).
 */
export async function findInOutbox(outbox: RemoteDirectory, target: OutboxTarget, scan: boolean): Promise<string | undefined> {
  const { fileName, sha256, isa13 } = target;
  const names = await outbox.list();
  if (names.includes(fileName)) {
    if (sha256Of(await outbox.read(fileName)) === sha256) return fileName;
    throw new TransportError(`the outbox already holds a different file named ${fileName}; refusing to overwrite it`, false);
  }
  if (!scan) return undefined;
  for (const name of names) {
    const content = (await outbox.read(name)).toString('utf8');
    if (sha256Of(content) === sha256 || (isa13 !== undefined && interchangeControlNumber(content) === isa13)) return name;
  }
  return undefined;
}
