import { Money, type StatementDocument } from '@openrcm/sdk';

/** One date of service as printed: amounts already formatted. */
export interface StatementViewLine {
  readonly serviceDate: string;
  readonly description: string;
  readonly charge: string;
  readonly insurancePaid: string;
  readonly adjustments: string;
  readonly deductible: string;
  readonly coinsurance: string;
  readonly copay: string;
  readonly nonCovered: string;
  readonly yourShare: string;
}

/**
 * What the template and the PDF print: the document with every amount formatted as dollars ($1,234.50) and the
 * patient's share totalled by kind. Templates see only this, so an edited template cannot get an amount wrong.
 */
export interface StatementView {
  readonly title: string;
  readonly isFinalNotice: boolean;
  readonly statementDate: string;
  readonly dueDate: string;
  readonly accountNumber: string;
  readonly patientName: string;
  readonly provider: StatementDocument['provider'];
  readonly recipient: { readonly name: string; readonly address: readonly string[] };
  readonly lines: readonly StatementViewLine[];
  readonly totals: Omit<StatementViewLine, 'serviceDate' | 'description'>;
  readonly priorBalance: string;
  readonly payments: string;
  readonly amountDue: string;
  readonly payOnlineUrl: string | null;
  readonly notices: StatementDocument['notices'];
}

const dollars = (cents: number): string => Money.fromCents(cents).toDisplay();

const AMOUNT_FIELDS = ['chargeCents', 'insurancePaidCents', 'adjustmentCents', 'deductibleCents', 'coinsuranceCents', 'copayCents', 'nonCoveredCents'] as const;
type Amounts = Record<(typeof AMOUNT_FIELDS)[number], number>;

function formatted(amounts: Amounts): StatementView['totals'] {
  return {
    charge: dollars(amounts.chargeCents),
    insurancePaid: dollars(amounts.insurancePaidCents),
    adjustments: dollars(amounts.adjustmentCents),
    deductible: dollars(amounts.deductibleCents),
    coinsurance: dollars(amounts.coinsuranceCents),
    copay: dollars(amounts.copayCents),
    nonCovered: dollars(amounts.nonCoveredCents),
    yourShare: dollars(amounts.deductibleCents + amounts.coinsuranceCents + amounts.copayCents + amounts.nonCoveredCents),
  };
}

export function statementView(document: StatementDocument): StatementView {
  const totals = Object.fromEntries(AMOUNT_FIELDS.map((field) => [field, document.lines.reduce((sum, line) => sum + line[field], 0)])) as Amounts;
  return {
    title: document.kind === 'final-notice' ? 'Final notice' : 'Statement',
    isFinalNotice: document.kind === 'final-notice',
    statementDate: document.statementDate,
    dueDate: document.dueDate,
    accountNumber: document.accountNumber,
    patientName: document.patientName,
    provider: document.provider,
    recipient: { name: document.recipient.name, address: document.recipient.address },
    lines: document.lines.map((line) => ({ serviceDate: line.serviceDate, description: line.description, ...formatted(line) })),
    totals: formatted(totals),
    priorBalance: dollars(document.priorBalanceCents),
    payments: dollars(document.paymentsCents),
    amountDue: dollars(document.amountDueCents),
    payOnlineUrl: document.payOnlineUrl ?? null,
    notices: document.notices,
  };
}
