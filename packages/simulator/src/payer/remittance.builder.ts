import type { BillingProvider837P, Claim835, ProviderAdjustment835, ProviderAdjustmentItem835, Remittance835 } from '@openrcm/x12';
import { sumCents } from './money';
import type { PayerRules } from './payer-rules.types';

/** The fictional address every simulated payer writes in its 835 (1000A N3/N4). */
export const SIMULATED_PAYER_ADDRESS = { line1: '100 SIMULATION WAY', city: 'SPRINGFIELD', state: 'IL', postalCode: '627010000' };

/** What one 835 transaction holds before its payment total is worked out. */
export interface RemittanceInput {
  readonly rules: PayerRules;
  /** The payer id and name the claims were sent to (the 837P's 2010BB). */
  readonly payerId: string;
  readonly payerName: string;
  readonly payee: BillingProvider837P;
  readonly claims: readonly Claim835[];
  /** PLB items (positive reduces the payment). */
  readonly plbItems: readonly ProviderAdjustmentItem835[];
  /** TRN02: the check or EFT trace number. */
  readonly traceNumber: string;
  /** BPR16 and the PLB fiscal period (ISO date). */
  readonly paymentDate: string;
}

/** PLB segments of at most 6 items each, for the payee's NPI and the end of the payment's year. */
function plbSegments(npi: string, paymentDate: string, items: readonly ProviderAdjustmentItem835[]): ProviderAdjustment835[] {
  const out: ProviderAdjustment835[] = [];
  for (let i = 0; i < items.length; i += 6) out.push({ providerId: npi, fiscalPeriodDate: `${paymentDate.slice(0, 4)}-12-31`, items: items.slice(i, i + 6) });
  return out;
}

/**
 * Builds one balanced 835: BPR02 = Σ CLP04 − Σ PLB. When that would be negative (a reversal bigger than what the
 * 835 pays), a PLB FB item of the negative balance carries it forward and BPR02 is 0 (BPR01 `H`, notification only).
 */
export function buildRemittance(input: RemittanceInput): Remittance835 {
  const items = [...input.plbItems];
  let total = sumCents(input.claims.map((c) => c.paymentCents)) - sumCents(items.map((i) => i.amountCents));
  if (total < 0) {
    const reference = input.claims.find((c) => c.status === '22')?.patientControlNumber ?? input.claims[0]?.patientControlNumber;
    items.push({ reason: 'FB', ...(reference ? { reference } : {}), amountCents: total });
    total = 0;
  }
  const p = input.payee;
  return {
    controlNumber: '',
    payment: { handlingCode: total > 0 ? 'I' : 'H', amountCents: total, creditDebit: 'C', method: total > 0 ? 'ACH' : 'NON', date: input.paymentDate },
    trace: { typeCode: '1', number: input.traceNumber, originatorId: `1${input.rules.taxId}` },
    references: [], dates: [{ qualifier: '405', date: input.paymentDate }],
    payer: {
      entity: 'PR', name: input.rules.payerId === '*' ? input.payerName : input.rules.name, address: SIMULATED_PAYER_ADDRESS,
      references: [{ qualifier: '2U', value: input.payerId }],
      contacts: [{ function: 'BL', name: 'SIMULATED EDI SUPPORT', numbers: [{ qualifier: 'TE', value: '8005550199' }] }],
    },
    payee: { entity: 'PE', name: p.lastName, idQualifier: 'XX', id: p.npi, address: { ...p.address }, references: [{ qualifier: 'TJ', value: p.taxId }], contacts: [] },
    headerGroups: [{ number: '1' }], claims: [...input.claims], providerAdjustments: plbSegments(p.npi, input.paymentDate, items),
  };
}
