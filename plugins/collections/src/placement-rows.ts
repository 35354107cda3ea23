import type { PlacementAccount, ValidationIssue } from '@openrcm/sdk';
import { hasControlCharacter, isoDate, isStorableCents, type RowValues } from './layouts';

/** How many address lines a placement carries. */
export const ADDRESS_LINES = 4;

/** The SDK field a placement column comes from, for issues (`accounts[2].debtorName`). */
export function placementFieldOf(row: number, column: string): string {
  const address = /^address_line_(\d)$/.exec(column);
  if (address) return `accounts[${row}].debtorAddress[${Number(address[1]) - 1}]`;
  const fields: Record<string, string> = { account_number: 'accountNumber', debtor_name: 'debtorName', debtor_phone: 'debtorPhone', creditor_name: 'creditorName' };
  return `accounts[${row}].${fields[column] ?? column}`;
}

/** Collects the issues of one account; each check names the field. */
class AccountChecks {
  constructor(private readonly prefix: string, readonly issues: ValidationIssue[]) {}

  text(field: string, value: string | undefined, max: number, required: boolean): void {
    const name = `${this.prefix}.${field}`;
    if (value === undefined || value === '') {
      if (required) this.issues.push({ field: name, message: 'is required' });
      return;
    }
    if (value.trim() !== value) this.issues.push({ field: name, message: 'must not start or end with spaces' });
    if (hasControlCharacter(value)) this.issues.push({ field: name, message: 'must not hold line breaks, tabs or other control characters' });
    if ([...value].length > max) this.issues.push({ field: name, message: `is longer than the ${max} characters a placement file holds` });
  }

  date(field: string, value: string | undefined, required: boolean): void {
    if (value === undefined) {
      if (required) this.issues.push({ field: `${this.prefix}.${field}`, message: 'is required' });
      return;
    }
    if (isoDate(value) === undefined) this.issues.push({ field: `${this.prefix}.${field}`, message: 'must be a calendar date written YYYY-MM-DD' });
  }

  cents(field: string, value: number, minimum: number): void {
    if (!isStorableCents(value) || value < minimum) {
      this.issues.push({ field: `${this.prefix}.${field}`, message: `must be whole cents from ${minimum} to 999999999999` });
    }
  }

  fail(field: string, message: string): void {
    this.issues.push({ field: `${this.prefix}.${field}`, message });
  }
}

function checkItemization(check: AccountChecks, account: PlacementAccount): void {
  const item = account.itemization;
  if (!item) return;
  const amounts = ['atItemizationCents', 'interestCents', 'feesCents', 'paymentsCents', 'creditsCents'] as const;
  for (const field of amounts) check.cents(`itemization.${field}`, item[field], 0);
  const sum = item.atItemizationCents + item.interestCents + item.feesCents - item.paymentsCents - item.creditsCents;
  if (sum !== account.balanceCents) check.fail('itemization', 'does not add up to the balance (at itemization + interest + fees − payments − credits)');
}

function checkAccount(account: PlacementAccount, index: number, issues: ValidationIssue[]): void {
  const check = new AccountChecks(`accounts[${index}]`, issues);
  check.text('accountNumber', account.accountNumber, 20, true);
  check.text('debtorName', account.debtorName, 60, true);
  if (account.debtorAddress.length === 0 || account.debtorAddress.length > ADDRESS_LINES) check.fail('debtorAddress', `must have 1 to ${ADDRESS_LINES} lines`);
  account.debtorAddress.forEach((line, i) => check.text(`debtorAddress[${i}]`, line, 60, true));
  check.text('debtorPhone', account.debtorPhone, 20, false);
  check.text('creditorName', account.creditorName, 60, false);
  check.cents('balanceCents', account.balanceCents, 1);
  check.date('itemizationDate', account.itemizationDate, true);
  check.date('lastPaymentDate', account.lastPaymentDate, false);
  check.date('validationNoticeSentOn', account.validationNoticeSentOn, false);
  check.date('serviceDates.first', account.serviceDates?.first, account.serviceDates !== undefined);
  check.date('serviceDates.last', account.serviceDates?.last, account.serviceDates !== undefined);
  if (account.serviceDates && account.serviceDates.first > account.serviceDates.last) check.fail('serviceDates', 'first must not be after last');
  checkItemization(check, account);
}

/** The row of one account: only the columns of the placement file, whatever else the account carries. */
function rowOf(account: PlacementAccount): RowValues {
  const item = account.itemization;
  return {
    account_number: account.accountNumber,
    debtor_name: account.debtorName,
    ...Object.fromEntries(Array.from({ length: ADDRESS_LINES }, (_, i) => [`address_line_${i + 1}`, account.debtorAddress[i]])),
    debtor_phone: account.debtorPhone || undefined,
    creditor_name: account.creditorName || undefined,
    balance: account.balanceCents,
    itemization_date: account.itemizationDate,
    itemization_reference: item?.reference,
    amount_at_itemization: item?.atItemizationCents,
    interest_since_itemization: item?.interestCents,
    fees_since_itemization: item?.feesCents,
    payments_since_itemization: item?.paymentsCents,
    credits_since_itemization: item?.creditsCents,
    first_service_date: account.serviceDates?.first,
    last_service_date: account.serviceDates?.last,
    last_payment_date: account.lastPaymentDate,
    validation_notice_sent_on: account.validationNoticeSentOn,
  };
}

/** The placement rows of a batch, or every issue that keeps it from being placed. */
export function placementRows(accounts: readonly PlacementAccount[]): { rows: RowValues[] } | { issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  if (accounts.length === 0) issues.push({ field: 'accounts', message: 'a placement needs at least one account' });
  const seen = new Map<string, number>();
  accounts.forEach((account, index) => {
    checkAccount(account, index, issues);
    const first = seen.get(account.accountNumber);
    if (first !== undefined) issues.push({ field: `accounts[${index}].accountNumber`, message: `repeats accounts[${first}]` });
    else seen.set(account.accountNumber, index);
  });
  return issues.length > 0 ? { issues } : { rows: accounts.map(rowOf) };
}
