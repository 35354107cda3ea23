import type { BuiltInScrubRule } from './scrub-input';

/** NCCI procedure-to-procedure edits: an unbypassed pair is an error; a bypassed pair a reminder to document. */
export const ncciPtpRule: BuiltInScrubRule = {
  id: 'ncci-ptp',
  description: 'No two lines of one date of service form an NCCI PTP pair unless an NCCI-associated modifier bypasses it',
  inspect({ ptpConflicts }) {
    return ptpConflicts.map((conflict) =>
      conflict.bypassedByModifier
        ? {
            severity: 'warning' as const,
            field: `SV101-3 (line ${conflict.column2Line})`,
            message: conflict.message,
            hint: 'Make sure the record documents the distinct procedure, site or encounter the modifier claims',
          }
        : {
            severity: 'error' as const,
            field: `SV101 (line ${conflict.column2Line})`,
            message: conflict.message,
            hint:
              conflict.modifierIndicator === '0'
                ? `Remove ${conflict.column2} (line ${conflict.column2Line}): it is not paid with ${conflict.column1}`
                : `Add an NCCI-associated modifier (59, XE, XS, XP, XU …) to line ${conflict.column2Line} only when the service is distinct and documented, else remove the line`,
          },
    );
  },
};
