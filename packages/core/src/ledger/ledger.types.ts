/**
 * What a ledger entry records. Every entry's `amountCents` is its signed effect on the balance of one account (a
 * service line owed by one responsible party): a charge adds, a payment, adjustment or write-off subtracts, a transfer
 * moves an amount out of one account and into another (two entries with one `transferId`), a refund adds back what a
 * credit balance returned, a reversal negates an earlier entry. `interest` and `provider-adjustment` sit on the
 * provider-level account (no service line): remittance interest (PLB L6) and the other PLB adjustments.
 */
export const LEDGER_ENTRY_KINDS = ['charge', 'payment', 'adjustment', 'transfer', 'refund', 'write-off', 'reversal', 'interest', 'provider-adjustment'] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

/** Who owes a service line's balance: a payer (through one coverage), the patient, or — for PLB amounts — the provider. */
export const LEDGER_PARTIES = ['payer', 'patient', 'provider'] as const;
export type LedgerParty = (typeof LEDGER_PARTIES)[number];

/**
 * Where an entry came from (`point-of-service`: money taken at the visit, applied to its lines — ADR 0014;
 * `statement-payment`: a patient payment of the balance; `balance-policy`: a small balance written off by the
 * organization's statement policy; `financial-assistance`: the discount of an approved application; `collection-agency`:
 * an agency's payment or adjustment of a placed account).
 */
export const LEDGER_SOURCES = ['billing', 'remittance', 'manual', 'statement-payment', 'conversion', 'point-of-service', 'balance-policy', 'financial-assistance', 'collection-agency'] as const;
export type LedgerSource = (typeof LEDGER_SOURCES)[number];

/** The entry kinds whose sum over one remittance is the money the payer sent (BPR02): claim payments and PLB amounts. */
export const CASH_KINDS: readonly LedgerEntryKind[] = ['payment', 'interest', 'provider-adjustment'];
