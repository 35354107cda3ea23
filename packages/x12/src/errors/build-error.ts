/** One refused input field of a builder, named by its path in the input object. */
export interface FieldError {
  /** Path in the input, e.g. `claims[0].lines[4].diagnosisPointers`. */
  path: string;
  /** Stable machine code, e.g. `TOO_MANY_DIAGNOSES`. */
  code: string;
  message: string;
}

/** Thrown by builders before writing anything when the input is invalid. */
export class X12BuildError extends Error {
  readonly fieldErrors: FieldError[];

  constructor(fieldErrors: FieldError[]) {
    const first = fieldErrors[0];
    const head = first ? `${first.path}: ${first.message}` : 'invalid input';
    super(`${fieldErrors.length} invalid field(s); first: ${head}`);
    this.name = 'X12BuildError';
    this.fieldErrors = fieldErrors;
  }
}
