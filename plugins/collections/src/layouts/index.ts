export { CSV_LAYOUT } from './csv.layout';
export { FIXED_WIDTH_LAYOUT } from './fixed-width.layout';
export { ACTIVITY_COLUMNS, DIRECT_PAYMENT_COLUMNS, PLACEMENT_COLUMNS, RECALL_COLUMNS, recordWidth } from './columns';
export type { Column, ColumnType, RowValues } from './columns';
export type { DecodedFile, EncodedFile, FileLayout, RawRecord, ValueFormat } from './file-layout';
export { centsToDecimal, decimalToCents, digitsToCents, isStorableCents, MAX_CENTS } from './cents';
export { compactDate, isoDate, toCompactDate } from './calendar-date';
export { hasControlCharacter, toAscii } from './ascii-text';
