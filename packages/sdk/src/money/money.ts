import { ValidationError } from '../errors/errors';

const DECIMAL_PATTERN = /^(-)?(\d*)(?:\.(\d*))?$/;

/**
 * An amount of US dollars held as an integer number of cents.
 *
 * @remarks
 * Money is never a float: X12 decimal strings are parsed straight to cents, and the only rounding rule
 * (half away from zero, to the cent) lives in {@link Money.ratio}. Amounts stay within
 * `Number.MAX_SAFE_INTEGER` cents (about 90 trillion dollars); every operation checks it.
 * @public
 */
export class Money {
  private constructor(
    /** The amount in integer cents (negative for credits and reversals). */
    public readonly cents: number,
  ) {}

  /** Zero dollars. */
  static readonly ZERO = new Money(0);

  /**
   * Money from an integer number of cents; throws {@link ValidationError} for fractions or unsafe integers.
   * @param cents - The amount in integer cents.
   * @param field - The field named in the validation error.
   */
  static fromCents(cents: number, field = 'amount'): Money {
    if (!Number.isSafeInteger(cents)) {
      throw new ValidationError([{ field, message: `expected an integer number of cents, got ${cents}` }]);
    }
    return new Money(cents === 0 ? 0 : cents);
  }

  /**
   * Parses a decimal string such as an X12 amount (`125.5`, `-0.01`, `1000`, `.75`) exactly.
   * Digits past the cent must be zeros (`12.340` is accepted, `12.345` is refused).
   * @param text - The decimal string, in dollars.
   * @param field - The field named in the {@link ValidationError} when `text` is not an amount.
   */
  static parse(text: string, field = 'amount'): Money {
    const match = DECIMAL_PATTERN.exec(text.trim());
    const [, sign, whole = '', fraction = ''] = match ?? [];
    if (!match || (whole === '' && fraction === '')) {
      throw new ValidationError([{ field, message: `"${text}" is not a decimal amount` }]);
    }
    if (/[1-9]/.test(fraction.slice(2))) {
      throw new ValidationError([{ field, message: `"${text}" has fractions of a cent` }]);
    }
    const cents = Number(whole || '0') * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
    return Money.fromCents(sign ? -cents : cents, field);
  }

  /** Sum of several amounts. */
  static sum(amounts: Iterable<Money>): Money {
    let cents = 0;
    for (const amount of amounts) cents += amount.cents;
    return Money.fromCents(cents);
  }

  /** This amount plus `other`. */
  plus(other: Money): Money {
    return Money.fromCents(this.cents + other.cents);
  }

  /** This amount minus `other`. */
  minus(other: Money): Money {
    return Money.fromCents(this.cents - other.cents);
  }

  /** The same amount with the opposite sign. */
  negated(): Money {
    return Money.fromCents(-this.cents);
  }

  /**
   * This amount times `numerator / denominator`, rounded half away from zero to the cent:
   * the one rounding rule of OpenRCM (coinsurance shares, sequestration, percent-of-fee contracts).
   */
  ratio(numerator: number, denominator: number): Money {
    if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) {
      throw new ValidationError([{ field: 'ratio', message: 'numerator and denominator must be integers, denominator not 0' }]);
    }
    const product = BigInt(this.cents) * BigInt(numerator);
    const divisor = BigInt(denominator);
    const quotient = product / divisor;
    const remainder = product % divisor;
    const roundsAway = remainder * 2n * (remainder < 0n ? -1n : 1n) >= (divisor < 0n ? -divisor : divisor);
    const direction = (product < 0n) !== (divisor < 0n) ? -1n : 1n;
    return Money.fromCents(Number(roundsAway ? quotient + direction : quotient));
  }

  /** Whether the amount is zero. */
  isZero(): boolean {
    return this.cents === 0;
  }

  /** Whether the amount is below zero (a credit or reversal). */
  isNegative(): boolean {
    return this.cents < 0;
  }

  /** Whether both amounts have the same number of cents. */
  equals(other: Money): boolean {
    return this.cents === other.cents;
  }

  /** `-1`, `0` or `1` as this amount is less than, equal to or greater than `other` (a sort comparator). */
  compare(other: Money): -1 | 0 | 1 {
    return this.cents === other.cents ? 0 : this.cents < other.cents ? -1 : 1;
  }

  /** The shortest X12 form: `125.5`, `1000`, `-0.01`. */
  toX12(): string {
    const [whole = '0', fraction = ''] = this.toFixed2().split('.');
    const significant = fraction.replace(/0+$/, '');
    return significant ? `${whole}.${significant}` : whole;
  }

  /** Two decimals, no grouping: `125.50`, `-0.01`. */
  toFixed2(): string {
    const magnitude = Math.abs(this.cents);
    const dollars = Math.trunc(magnitude / 100);
    const cents = String(magnitude % 100).padStart(2, '0');
    return `${this.cents < 0 ? '-' : ''}${dollars}.${cents}`;
  }

  /** For display: `$1,234.50`, `-$0.01`. */
  toDisplay(): string {
    const [dollars = '0', cents = '00'] = this.toFixed2().replace('-', '').split('.');
    const grouped = dollars.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${this.cents < 0 ? '-' : ''}$${grouped}.${cents}`;
  }

  /** JSON form: the integer number of cents. */
  toJSON(): number {
    return this.cents;
  }
}
