import type { EditedLine } from './ptp-conflicts';
import type { MueAdjudicationIndicator } from './mue-file.parser';

/** A service line with its units, as the MUE check reads it. */
export interface UnitLine extends EditedLine {
  readonly units: number;
}

/** An MUE as the check reads it (the one in effect on the date of service). */
export interface MueEdit {
  readonly code: string;
  readonly units: number;
  readonly indicator: MueAdjudicationIndicator;
  readonly rationale: string;
}

/** Units of a code beyond its MUE: on one line (MAI 1) or summed over the date of service (MAI 2 and 3). */
export interface MueViolation {
  readonly procedureCode: string;
  readonly dateOfService: string;
  readonly lineNumbers: number[];
  readonly units: number;
  readonly mue: number;
  readonly indicator: MueAdjudicationIndicator;
  readonly message: string;
}

const INDICATOR_NAMES: Record<MueAdjudicationIndicator, string> = {
  1: 'line edit',
  2: 'date of service edit: policy',
  3: 'date of service edit: clinical',
};

/**
 * The MUE violations among service lines. MAI 1 is a line edit: each line's units against the MUE. MAI 2 and 3 are
 * date-of-service edits: the units of all lines of the code on one date of service, summed. `mueOf` gives the MUE in
 * effect for a code on a date, or undefined when the code has none.
 */
export function findMueViolations(lines: readonly UnitLine[], mueOf: (code: string, dateOfService: string) => MueEdit | undefined): MueViolation[] {
  const violations: MueViolation[] = [];
  const groups = new Map<string, { code: string; dateOfService: string; lines: UnitLine[] }>();
  for (const line of lines) {
    const code = line.procedureCode.toUpperCase();
    const key = `${code}|${line.dateOfService}`;
    const group = groups.get(key) ?? { code, dateOfService: line.dateOfService, lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const edit = mueOf(group.code, group.dateOfService);
    if (!edit) continue;
    const checked = edit.indicator === 1 ? group.lines.map((line) => [line]) : [group.lines];
    for (const counted of checked) {
      const units = counted.reduce((sum, line) => sum + line.units, 0);
      if (units <= edit.units) continue;
      const lineNumbers = counted.map((line) => line.lineNumber).sort((a, b) => a - b);
      violations.push({
        procedureCode: group.code,
        dateOfService: group.dateOfService,
        lineNumbers,
        units,
        mue: edit.units,
        indicator: edit.indicator,
        message: violationMessage(group.code, group.dateOfService, lineNumbers, units, edit),
      });
    }
  }
  return violations.sort((a, b) => (a.lineNumbers[0] ?? 0) - (b.lineNumbers[0] ?? 0));
}

function violationMessage(code: string, dateOfService: string, lineNumbers: number[], units: number, edit: MueEdit): string {
  const where = edit.indicator === 1 ? `line ${lineNumbers[0]}` : `${lineNumbers.length === 1 ? 'line' : 'lines'} ${lineNumbers.join(', ')} on ${dateOfService}`;
  const scope = edit.indicator === 1 ? 'on one line' : 'per date of service';
  const advice =
    edit.indicator === 1
      ? 'units beyond it may be reported on another line with an appropriate modifier when medically necessary'
      : edit.indicator === 2
        ? 'no modifier or appeal allows more (CMS policy)'
        : 'more is paid only on appeal with documentation of medical necessity';
  return `${code}: ${units} units on ${where} exceed the MUE of ${edit.units} ${scope} (MAI ${edit.indicator}, ${INDICATOR_NAMES[edit.indicator]}); ${advice}`;
}
