import type { FieldError } from '../errors';
import { isIsoDate } from '../values/dates';
import { isValidNpi } from '../values/npi';
import { isTimeKey, ReservedCharacters } from './reserved-characters';

/** True when `text` is exactly `length` ASCII digits. */
export function isDigits(text: string | undefined, length: number): boolean {
  if (typeof text !== 'string' || text.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
  }
  return true;
}

/** `base.field`, or `field` when there is no base. */
export function fieldPath(base: string, field: string): string {
  return base === '' ? field : `${base}.${field}`;
}

/**
 * Collects field-level errors with their paths in the input. Checks take the path of the object
 * (`base`) and the field name separately: the joined path is only built when a check fails.
 */
export class FieldChecker {
  readonly errors: FieldError[] = [];

  fail(path: string, code: string, message: string): void {
    this.errors.push({ path, code, message });
  }

  failAt(base: string, field: string, code: string, message: string): void {
    this.fail(fieldPath(base, field), code, message);
  }

  required(base: string, field: string, value: string | undefined): boolean {
    if (value === undefined || value === '') {
      this.failAt(base, field, 'REQUIRED', 'is required');
      return false;
    }
    return true;
  }

  maxLength(base: string, field: string, value: string | undefined, max: number): void {
    if (value !== undefined && value.length > max) this.failAt(base, field, 'TOO_LONG', `is ${value.length} characters, at most ${max} allowed`);
  }

  npi(base: string, field: string, value: string | undefined): void {
    if (this.required(base, field, value) && !isValidNpi(value!)) this.failAt(base, field, 'INVALID_NPI', `"${value}" is not a 10-digit NPI with a valid check digit`);
  }

  date(base: string, field: string, value: string | undefined, required = true): void {
    if (value === undefined) {
      if (required) this.failAt(base, field, 'REQUIRED', 'is required');
      return;
    }
    if (!isIsoDate(value)) this.failAt(base, field, 'INVALID_DATE', `"${value}" is not a YYYY-MM-DD calendar date`);
  }

  cents(base: string, field: string, value: number | undefined, allowNegative = false): void {
    if (value === undefined) return this.failAt(base, field, 'REQUIRED', 'is required');
    if (!Number.isSafeInteger(value)) return this.failAt(base, field, 'INVALID_AMOUNT', `${value} is not an integer number of cents`);
    if (!allowNegative && value < 0) this.failAt(base, field, 'NEGATIVE_AMOUNT', 'must not be negative (use a replacement or void claim)');
  }

  code(base: string, field: string, value: string | undefined, codes: ReadonlySet<string>): void {
    if (this.required(base, field, value) && !codes.has(value!)) this.failAt(base, field, 'INVALID_CODE', `"${value}" is not a valid code`);
  }

  /** Checks an `HH:MM` time (the only values that may hold a colon: they are reformatted before writing). */
  time(base: string, field: string, value: string | undefined): void {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value ?? '')) this.failAt(base, field, 'INVALID_TIME', `"${value}" is not an HH:MM time`);
  }

  /** Refuses strings holding X12 delimiters or control characters anywhere in the input. */
  noDelimiters(value: unknown, path: string, delimiters: string): void {
    const reserved = ReservedCharacters.of(delimiters);
    if (reserved.anyIn(value)) this.reportReserved(value, path, reserved);
  }

  private reportReserved(value: unknown, path: string, reserved: ReservedCharacters): void {
    if (typeof value === 'string') {
      const ch = reserved.firstIn(value);
      if (ch !== undefined) this.fail(path, 'INVALID_CHARACTER', `contains the reserved character ${JSON.stringify(ch)}`);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => this.reportReserved(v, `${path}[${i}]`, reserved));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (!isTimeKey(k)) this.reportReserved(v, fieldPath(path, k), reserved);
      }
    }
  }
}
