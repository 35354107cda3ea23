import type { BuiltInScrubRule } from './scrub-input';

/** Medically Unlikely Edits: units over the MUE, per line (MAI 1) or per date of service (MAI 2 and 3). */
export const mueRule: BuiltInScrubRule = {
  id: 'mue',
  description: 'Units of a code stay within its Medically Unlikely Edit (per line for MAI 1, per date of service for MAI 2 and 3)',
  inspect({ mueViolations }) {
    return mueViolations.map((violation) => ({
      severity: 'error' as const,
      field: `SV104 (line ${violation.lineNumbers[0]})`,
      message: violation.message,
      hint:
        violation.indicator === 1
          ? `Bill at most ${violation.mue} units on the line; report medically necessary units beyond it on another line with an appropriate modifier`
          : violation.indicator === 2
            ? `Bill at most ${violation.mue} units of ${violation.procedureCode} for the date of service`
            : `Bill at most ${violation.mue} units, or override with documentation for an appeal`,
    }));
  },
};
