import type { ValidationIssue } from '@openrcm/sdk';
import type { Column, RowValues } from './columns';

/** The raw fields of one record: per column name, the field's text as the layout holds it. */
export interface RawRecord {
  /** The line the record is on, from 1. */
  readonly line: number;
  /** Per column name, the field's text (a CSV field unquoted; a fixed-width field with trailing spaces removed). */
  readonly fields: Readonly<Record<string, string>>;
}

/** A file read into raw records, or the issues that keep it from being read (each naming its line). */
export type DecodedFile = { readonly records: readonly RawRecord[] } | { readonly issues: readonly ValidationIssue[] };

/** The file written, or the issues that keep a row from being written in this layout. */
export type EncodedFile = { readonly content: string } | { readonly issues: readonly ValidationIssue[] };

/** How a layout writes and reads one type of value. */
export interface ValueFormat<T> {
  /** The value as the layout writes it. */
  format(value: T): string;
  /** The value read from a field, or `undefined` when the field does not hold one. */
  parse(field: string): T | undefined;
  /** What a field must look like, for refusals: `a decimal with two places, like 125.00`. */
  readonly expected: string;
}

/** A file layout the agency and OpenRCM agree on: CSV or fixed-width. */
export interface FileLayout {
  /** `csv` or `fixed-width`, as the settings name it. */
  readonly id: 'csv' | 'fixed-width';
  /** The extension of the files OpenRCM writes: `csv` or `txt`. */
  readonly extension: string;
  /** Money: decimal dollars (CSV) or twelve digits of cents (fixed-width). */
  readonly money: ValueFormat<number>;
  /** Calendar dates (ISO in and out of the layout): `YYYY-MM-DD` (CSV) or `YYYYMMDD` (fixed-width). */
  readonly date: ValueFormat<string>;
  /** Writes rows of these columns; `fieldOf` names a row's column in issues. */
  encode(columns: readonly Column[], rows: readonly RowValues[], fieldOf: (row: number, column: string) => string): EncodedFile;
  /** Reads a file of these columns into raw records. */
  decode(columns: readonly Column[], content: Uint8Array): DecodedFile;
}
