import { findMueViolations, type MueEdit, type UnitLine } from './mue-violations';

const line = (lineNumber: number, procedureCode: string, units: number, dateOfService = '2026-03-02', modifiers: string[] = []): UnitLine => ({ lineNumber, procedureCode, units, dateOfService, modifiers });
const edits = (table: Record<string, Omit<MueEdit, 'code' | 'rationale'>>) => (code: string) => (table[code] ? { code, rationale: 'Clinical: Data', ...table[code] } : undefined);

describe('findMueViolations', () => {
  it.each([
    ['MAI 1 judges each line: two lines within the MUE pass', 1, [2, 2], []],
    ['MAI 1 judges each line: one line over the MUE fails alone', 1, [3, 1], [{ lineNumbers: [1], units: 3 }]],
    ['MAI 2 sums the date of service', 2, [2, 1], [{ lineNumbers: [1, 2], units: 3 }]],
    ['MAI 3 sums the date of service', 3, [1, 2], [{ lineNumbers: [1, 2], units: 3 }]],
    ['MAI 3 at the MUE passes', 3, [1, 1], []],
  ] as const)('%s', (_name, indicator, units, expected) => {
    const violations = findMueViolations([line(1, '11111', units[0]), line(2, '11111', units[1])], edits({ '11111': { units: 2, indicator } }));
    expect(violations).toEqual(expected.map((violation) => expect.objectContaining({ procedureCode: '11111', dateOfService: '2026-03-02', mue: 2, indicator, ...violation })));
  });

  it('sums per date of service, not across dates, and ignores codes without an MUE', () => {
    const lines = [line(1, '11111', 2, '2026-03-02'), line(2, '11111', 2, '2026-03-03'), line(3, '99999', 50)];
    expect(findMueViolations(lines, edits({ '11111': { units: 2, indicator: 2 } }))).toEqual([]);
  });

  it('takes the MUE in effect on each date of service', () => {
    const lines = [line(1, '11111', 2, '2026-03-31'), line(2, '11111', 2, '2026-04-01')];
    const byQuarter = (code: string, date: string): MueEdit | undefined => ({ code, units: date < '2026-04-01' ? 2 : 1, indicator: 3, rationale: 'x' });
    expect(findMueViolations(lines, byQuarter)).toEqual([expect.objectContaining({ dateOfService: '2026-04-01', units: 2, mue: 1 })]);
  });

  it('names a single line of a date-of-service edit as a line', () => {
    const [clinical] = findMueViolations([line(2, '33333', 5)], edits({ '33333': { units: 4, indicator: 3 } }));
    expect(clinical?.message).toBe('33333: 5 units on line 2 on 2026-03-02 exceed the MUE of 4 per date of service (MAI 3, date of service edit: clinical); more is paid only on appeal with documentation of medical necessity');
  });

  it('says what the indicator allows', () => {
    const [lineEdit] = findMueViolations([line(4, '11111', 5)], edits({ '11111': { units: 1, indicator: 1 } }));
    expect(lineEdit?.message).toBe('11111: 5 units on line 4 exceed the MUE of 1 on one line (MAI 1, line edit); units beyond it may be reported on another line with an appropriate modifier when medically necessary');
    const [policy] = findMueViolations([line(1, '22222', 1), line(3, '22222', 1)], edits({ '22222': { units: 1, indicator: 2 } }));
    expect(policy?.message).toBe('22222: 2 units on lines 1, 3 on 2026-03-02 exceed the MUE of 1 per date of service (MAI 2, date of service edit: policy); no modifier or appeal allows more (CMS policy)');
  });
});
