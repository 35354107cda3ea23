import type { AgencyActivity, AgencyFile, AgencyFileOutcome, ValidationIssue } from '@openrcm/sdk';
import { ACTIVITY_COLUMNS, hasControlCharacter, type FileLayout, type RawRecord } from './layouts';

/** The kinds of activity an agency reports, as the file spells them. */
export const ACTIVITY_KINDS: readonly AgencyActivity['kind'][] = ['payment', 'adjustment', 'return', 'dispute', 'bankruptcy', 'deceased'];

/** The most issues a refusal lists; a file with more says how many were left out. */
export const MAX_ISSUES = 100;

const isKind = (text: string): text is AgencyActivity['kind'] => (ACTIVITY_KINDS as readonly string[]).includes(text);

/** Reads one record's fields, collecting an issue per bad field (`line 4, amount`). */
class RecordReader {
  constructor(private readonly record: RawRecord, private readonly layout: FileLayout, readonly issues: ValidationIssue[]) {}

  private fail(column: string, message: string): undefined {
    this.issues.push({ field: `line ${this.record.line}, ${column}`, message });
    return undefined;
  }

  text(column: string, max: number, required: boolean): string | undefined {
    const value = this.record.fields[column] ?? '';
    if (value === '') return required ? this.fail(column, 'is missing') : '';
    if (value.trim() !== value) return this.fail(column, 'must not start or end with spaces');
    if (hasControlCharacter(value)) return this.fail(column, 'holds a control character');
    if ([...value].length > max) return this.fail(column, `is longer than ${max} characters`);
    return value;
  }

  money(column: string): number | undefined {
    const cents = this.layout.money.parse(this.record.fields[column] ?? '');
    return cents ?? this.fail(column, `is not an amount: expected ${this.layout.money.expected}`);
  }

  date(column: string, today: string): string | undefined {
    const date = this.layout.date.parse(this.record.fields[column] ?? '');
    if (date === undefined) return this.fail(column, `is not a date: expected ${this.layout.date.expected}`);
    return date > today ? this.fail(column, 'is after today') : date;
  }

  kind(): AgencyActivity['kind'] | undefined {
    const kind = this.record.fields['kind'] ?? '';
    return isKind(kind) ? kind : this.fail('kind', `must be one of ${ACTIVITY_KINDS.join(', ')}`);
  }

  /** The rules between fields: money kinds move money, only payments carry a fee, a fee never exceeds its amount. */
  amounts(kind: AgencyActivity['kind'] | undefined, amount: number | undefined, fee: number | undefined): void {
    if (kind && amount === 0 && (kind === 'payment' || kind === 'adjustment')) this.fail('amount', `must be more than zero for ${kind === 'payment' ? 'a payment' : 'an adjustment'}`);
    if (fee === undefined || fee === 0) return;
    if (kind && kind !== 'payment') this.fail('fee', 'only a payment carries a fee');
    else if (amount !== undefined && fee > amount) this.fail('fee', 'is more than the amount');
  }
}

function activityOf(record: RawRecord, layout: FileLayout, fileName: string, today: string, issues: ValidationIssue[]): AgencyActivity | undefined {
  const reader = new RecordReader(record, layout, issues);
  const before = issues.length;
  const accountNumber = reader.text('account_number', 20, true);
  const kind = reader.kind();
  const amountCents = reader.money('amount');
  const agencyFeeCents = reader.money('fee');
  reader.amounts(kind, amountCents, agencyFeeCents);
  const occurredOn = reader.date('date', today);
  const reference = reader.text('reference', 30, true);
  const note = reader.text('note', 80, false);
  if (issues.length > before || !accountNumber || !kind || amountCents === undefined || agencyFeeCents === undefined || !occurredOn || !reference) return undefined;
  return { accountNumber, kind, amountCents, agencyFeeCents, occurredOn, reference, source: { fileName, line: record.line }, ...(note ? { note } : {}) };
}

function duplicateReferences(records: readonly RawRecord[]): ValidationIssue[] {
  const firstLine = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  for (const { line, fields } of records) {
    const reference = fields['reference'] ?? '';
    if (reference === '') continue;
    const first = firstLine.get(reference);
    if (first !== undefined) issues.push({ field: `line ${line}, reference`, message: `repeats the reference of line ${first}` });
    else firstLine.set(reference, line);
  }
  return issues;
}

function capped(issues: readonly ValidationIssue[]): ValidationIssue[] {
  if (issues.length <= MAX_ISSUES) return [...issues];
  return [...issues.slice(0, MAX_ISSUES), { field: 'file', message: `${issues.length - MAX_ISSUES} more issues not listed` }];
}

/**
 * Reads an agency activity file in `layout`, strictly: one activity per record; a file with any malformed line
 * (a wrong field count or width, a kind, amount, fee or date that does not parse, a missing account number or
 * reference, a fee on anything but a payment or above its amount, a date after `today`, a repeated reference) is
 * refused whole, every issue naming its line and field.
 */
export function readActivityFile(layout: FileLayout, file: AgencyFile, today: string): AgencyFileOutcome {
  const decoded = layout.decode(ACTIVITY_COLUMNS, file.content);
  if ('issues' in decoded) return { status: 'refused', fileName: file.fileName, issues: capped(decoded.issues) };
  const issues: ValidationIssue[] = [];
  const activity = decoded.records.map((record) => activityOf(record, layout, file.fileName, today, issues));
  issues.push(...duplicateReferences(decoded.records));
  if (issues.length > 0) return { status: 'refused', fileName: file.fileName, issues: capped(issues.sort(byLine)) };
  return { status: 'read', fileName: file.fileName, activity: activity.filter((a): a is AgencyActivity => a !== undefined) };
}

const lineOf = (issue: ValidationIssue) => Number(/^line (\d+)/.exec(issue.field)?.[1] ?? 0);
const byLine = (a: ValidationIssue, b: ValidationIssue) => lineOf(a) - lineOf(b);
