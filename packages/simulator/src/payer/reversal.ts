import type { Adjustment, Claim835, ServiceLine835 } from '@openrcm/x12';

/** −cents, never −0. */
function minus(cents: number): number {
  return cents === 0 ? 0 : -cents;
}

function negated(adjustments: readonly Adjustment[]): Adjustment[] {
  return adjustments.map((a) => ({ ...a, amountCents: minus(a.amountCents) }));
}

function reversedLine(line: ServiceLine835): ServiceLine835 {
  const out: ServiceLine835 = {
    ...line, chargeCents: minus(line.chargeCents), paymentCents: minus(line.paymentCents), adjustments: negated(line.adjustments),
    dates: [...line.dates], references: [...line.references], amounts: line.amounts.map((a) => ({ ...a, amountCents: minus(a.amountCents) })),
    quantities: [...line.quantities], remarks: [...line.remarks],
  };
  if (line.allowedCents !== undefined) out.allowedCents = minus(line.allowedCents);
  return out;
}

/**
 * The reversal of a paid claim (CLP02 22): the original's CLP01, group and reason codes with every amount negated
 * (CLP03, CLP04, CLP05, each CAS amount, SVC02, SVC03, AMT*B6), so it balances exactly as the original did.
 */
export function reversalOf(original: Claim835): Claim835 {
  const out: Claim835 = {
    ...original, status: '22', chargeCents: minus(original.chargeCents), paymentCents: minus(original.paymentCents),
    adjustments: negated(original.adjustments), names: original.names.filter((n) => n.entity !== 'TT'),
    references: [...original.references], dates: [...original.dates], contacts: [...original.contacts],
    amounts: original.amounts.map((a) => ({ ...a, amountCents: minus(a.amountCents) })), quantities: [...original.quantities],
    lines: original.lines.map(reversedLine),
  };
  if (original.patientResponsibilityCents !== undefined) out.patientResponsibilityCents = minus(original.patientResponsibilityCents);
  return out;
}
