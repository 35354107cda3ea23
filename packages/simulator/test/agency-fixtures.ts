/** A placement as `plugins/collections` writes it (its README's layouts), for the accounts and balances given. */
export function placementFile(layout: 'csv' | 'fixed-width', accounts: readonly [accountNumber: string, balanceCents: number][]): string {
  if (layout === 'csv') {
    const header = 'account_number,debtor_name,address_line_1,address_line_2,address_line_3,address_line_4,debtor_phone,creditor_name,balance,'
      + 'itemization_date,itemization_reference,amount_at_itemization,interest_since_itemization,fees_since_itemization,payments_since_itemization,'
      + 'credits_since_itemization,first_service_date,last_service_date,last_payment_date,validation_notice_sent_on';
    const rows = accounts.map(([number, cents]) => `${number},"Doe, Jane",1 Main St,"Dover, DE 19901",,,,Sim Clinic,${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')},2026-01-05,,,,,,,,,,`);
    return [header, ...rows].map((line) => `${line}\r\n`).join('');
  }
  return accounts.map(([number, cents]) => `${number.padEnd(20)}${'Jane Doe'.padEnd(60)}${'1 Main St'.padEnd(240)}${''.padEnd(20)}${'Sim Clinic'.padEnd(60)}`
    + `${String(cents).padStart(12, '0')}20260105${''.padEnd(14 + 60 + 32)}\r\n`).join('');
}

/** A recall file as `plugins/collections` writes it. */
export function recallFile(layout: 'csv' | 'fixed-width', accountNumbers: readonly string[], date: string): string {
  if (layout === 'csv') return ['account_number,recall_date', ...accountNumbers.map((n) => `${n},${date}`)].map((line) => `${line}\r\n`).join('');
  return accountNumbers.map((n) => `${n.padEnd(20)}${date.replaceAll('-', '')}\r\n`).join('');
}

/** A direct payment file as `plugins/collections` writes it: account number, payment date, amount, balance after it, reference. */
export function directPaymentFile(layout: 'csv' | 'fixed-width', payments: readonly [accountNumber: string, amountCents: number, balanceCents: number][], date: string): string {
  const dollars = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  if (layout === 'csv') {
    return ['account_number,payment_date,amount,balance,reference', ...payments.map(([n, amount, balance], i) => `${n},${date},${dollars(amount)},${dollars(balance)},PAY-${i + 1}`)]
      .map((line) => `${line}\r\n`).join('');
  }
  const cents = (value: number) => String(value).padStart(12, '0');
  return payments.map(([n, amount, balance], i) => `${n.padEnd(20)}${date.replaceAll('-', '')}${cents(amount)}${cents(balance)}${`PAY-${i + 1}`.padEnd(36)}\r\n`).join('');
}
