import type { FieldError } from '../errors';
import { isIsoDate, isValidNpi } from '../values';

/** Collects field-level errors with their paths in the input. */
export class FieldChecker {
  readonly errors: FieldError[] = [];

  fail(path: string, code: string, message: string): void {
    this.errors.push({ path, code, message });
  }

  required(path: string, value: string | undefined): boolean {
    if (value === undefined || value === '') {
      this.fail(path, 'REQUIRED', 'is required');
      return false;
    }
    return true;
  }

  maxLength(path: string, value: string | undefined, max: number): void {
    if (value !== undefined && value.length > max) this.fail(path, 'TOO_LONG', `is ${value.length} characters, at most ${max} allowed`);
  }

  npi(path: string, value: string | undefined): void {
    if (this.required(path, value) && !isValidNpi(value!)) this.fail(path, 'INVALID_NPI', `"${value}" is not a 10-digit NPI with a valid check digit`);
  }

  date(path: string, value: string | undefined, required = true): void {
    if (value === undefined) {
      if (required) this.fail(path, 'REQUIRED', 'is required');
      return;
    }
    if (!isIsoDate(value)) this.fail(path, 'INVALID_DATE', `"${value}" is not a YYYY-MM-DD calendar date`);
  }

  cents(path: string, value: number | undefined, allowNegative = false): void {
    if (value === undefined) return this.fail(path, 'REQUIRED', 'is required');
    if (!Number.isSafeInteger(value)) return this.fail(path, 'INVALID_AMOUNT', `${value} is not an integer number of cents`);
    if (!allowNegative && value < 0) this.fail(path, 'NEGATIVE_AMOUNT', 'must not be negative (use a replacement or void claim)');
  }

  code(path: string, value: string | undefined, codes: ReadonlySet<string>): void {
    if (this.required(path, value) && !codes.has(value!)) this.fail(path, 'INVALID_CODE', `"${value}" is not a valid code`);
  }

  /** Checks an `HH:MM` time (the only values that may hold a colon: they are reformatted before writing). */
  time(path: string, value: string | undefined): void {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value ?? '')) this.fail(path, 'INVALID_TIME', `"${value}" is not an HH:MM time`);
  }

  /** Refuses strings holding X12 delimiters or control characters anywhere in the input. */
  noDelimiters(value: unknown, path: string, delimiters: string): void {
    if (typeof value === 'string') {
      for (const ch of value) {
        if (delimiters.includes(ch) || ch < ' ') return this.fail(path, 'INVALID_CHARACTER', `contains the reserved character ${JSON.stringify(ch)}`);
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => this.noDelimiters(v, `${path}[${i}]`, delimiters));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (!k.endsWith('Time')) this.noDelimiters(v, path ? `${path}.${k}` : k, delimiters);
      }
    }
  }
}
