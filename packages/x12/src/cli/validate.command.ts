import { readFileSync } from 'node:fs';
import { formatX12Error } from '../errors';
import type { X12Error } from '../errors';
import { parseX12 } from '../document';
import { validate837P } from '../validate';
import { read271 } from '../x271';
import { read277 } from '../x277';
import { balance835, read835 } from '../x835';
import { read999 } from '../x999';
import type { CliIo } from './cli-io';
import { sniffTransactionType } from './cli-io';

function findings(type: string, bytes: Buffer): X12Error[] {
  switch (type) {
    case '837': return validate837P(bytes).errors;
    case '835': {
      const r = read835(bytes);
      const balance = r.transactions.flatMap((t) => balance835(t).map((b): X12Error => ({ code: b.code, message: b.message, severity: b.severity, transaction: t.controlNumber })));
      return [...r.errors, ...balance];
    }
    case '999': return read999(bytes).errors;
    case '277': case '277CA': return read277(bytes).errors;
    case '271': return read271(bytes).errors;
    default: return parseX12(bytes).errors;
  }
}

/** `validate FILE`: prints every positioned finding; exit code 1 when there is any error. */
export function validateCommand(file: string, io: CliIo): number {
  const type = sniffTransactionType(file) ?? 'unknown';
  const errors = findings(type, readFileSync(file));
  for (const e of errors) io.out(`${formatX12Error(e)}\n`);
  const count = errors.filter((e) => e.severity === 'error').length;
  io.out(`${file}: ${type}, ${count} error(s), ${errors.length - count} warning(s)\n`);
  return count > 0 ? 1 : 0;
}
