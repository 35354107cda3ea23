import type { LineMatchMethod } from './remittance-line.entity';
import type { ServicePaymentInput } from './remittance-input';

/** A claim line posting may match a service payment to. */
export interface ClaimLineCandidate {
  readonly id: string;
  readonly chargeId: string;
  readonly lineNumber: number;
  readonly lineItemControlNumber: string;
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly dateOfService: string;
  readonly chargeCents: number;
}

/** Every service payment's claim line, or why one has none. */
export type LineMatching<T extends ClaimLineCandidate = ClaimLineCandidate> =
  | { readonly matched: true; readonly lines: readonly { readonly candidate: T; readonly method: Exclude<LineMatchMethod, 'unmatched'> }[] }
  | { readonly matched: false; readonly reason: string };

/**
 * Matches each SVC to a claim line: by REF*6R (our line item control number) first, else by procedure (SVC06 when
 * the payer changed it), modifiers, date and charge among the lines not matched yet — a reversal's (CLP02 22) SVC02
 * is the charge negated, so the charge is compared by its size. A payer that splits a claim over several CLPs sends
 * each line once, so a claim line is matched at most once per CLP.
 */
export function matchLines<T extends ClaimLineCandidate>(services: readonly ServicePaymentInput[], candidates: readonly T[]): LineMatching<T> {
  const used = new Set<string>();
  const lines: { candidate: T; method: Exclude<LineMatchMethod, 'unmatched'> }[] = [];
  for (const [index, service] of services.entries()) {
    const byNumber = service.lineItemControlNumber ? candidates.find((candidate) => candidate.lineItemControlNumber === service.lineItemControlNumber && !used.has(candidate.id)) : undefined;
    const found = byNumber ?? candidates.find((candidate) => !used.has(candidate.id) && sameService(service, candidate));
    if (!found) {
      const reference = service.lineItemControlNumber ? `REF*6R ${service.lineItemControlNumber} or ` : '';
      return {
        matched: false,
        reason: `SVC #${index + 1} (${[service.procedureCode, ...service.modifiers].join(':')}, ${dollars(service.chargeCents)}${service.serviceDate ? `, ${service.serviceDate}` : ''}): no claim line with ${reference}the same procedure, modifiers, date and charge`,
      };
    }
    used.add(found.id);
    lines.push({ candidate: found, method: byNumber ? 'control-number' : 'procedure' });
  }
  return { matched: true, lines };
}

function sameService(service: ServicePaymentInput, candidate: ClaimLineCandidate): boolean {
  return (
    service.procedureCode === candidate.procedureCode &&
    sameModifiers(service.modifiers, candidate.modifiers) &&
    (!service.serviceDate || service.serviceDate === candidate.dateOfService) &&
    Math.abs(service.chargeCents) === candidate.chargeCents
  );
}

function sameModifiers(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && [...left].sort().join(',') === [...right].sort().join(',');
}

function dollars(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`;
}
