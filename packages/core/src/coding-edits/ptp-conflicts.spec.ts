import { NCCI_ANATOMIC_MODIFIERS, NCCI_OTHER_MODIFIERS, NCCI_PTP_MODIFIERS } from './ncci-modifiers';
import { bypassesEdit, findPtpConflicts, ptpEditActiveOn, type EditedLine, type PtpEdit } from './ptp-conflicts';

const edit = (over: Partial<PtpEdit> = {}): PtpEdit => ({ column1: '11111', column2: '22222', effectiveDate: '2025-01-01', deletionDate: null, modifierIndicator: '1', rationale: 'Standards of practice', ...over });
const line = (lineNumber: number, procedureCode: string, modifiers: string[] = [], dateOfService = '2026-03-02'): EditedLine => ({ lineNumber, procedureCode, modifiers, dateOfService });

describe('findPtpConflicts', () => {
  it.each([
    ['indicator 0 with 59 on column 2', '0', ['59'], { modifierIndicator: '0', bypassedByModifier: false }],
    ['indicator 0 without a modifier', '0', [], { modifierIndicator: '0', bypassedByModifier: false }],
    ['indicator 1 without a modifier', '1', [], { modifierIndicator: '1', bypassedByModifier: false }],
    ['indicator 1 with XS on column 2', '1', ['XS'], { modifierIndicator: '1', bypassedByModifier: true }],
    ['indicator 1 with a modifier outside the NCCI set', '1', ['26'], { modifierIndicator: '1', bypassedByModifier: false }],
  ] as const)('%s', (_name, indicator, modifiers, expected) => {
    const [conflict, ...others] = findPtpConflicts([line(1, '11111'), line(2, '22222', [...modifiers])], [edit({ modifierIndicator: indicator })]);
    expect(others).toEqual([]);
    expect(conflict).toMatchObject({ column1Line: 1, column2Line: 2, column1: '11111', column2: '22222', dateOfService: '2026-03-02', ...expected });
  });

  it('reports nothing for indicator 9, for different dates of service, and for codes in the other order', () => {
    expect(findPtpConflicts([line(1, '11111'), line(2, '22222')], [edit({ modifierIndicator: '9' })])).toEqual([]);
    expect(findPtpConflicts([line(1, '11111', [], '2026-03-02'), line(2, '22222', [], '2026-03-03')], [edit()])).toEqual([]);
    expect(findPtpConflicts([line(1, '22222'), line(2, '33333')], [edit({ column1: '33333' })])).toEqual([
      expect.objectContaining({ column1Line: 2, column2Line: 1, column1: '33333', column2: '22222' }),
    ]);
  });

  it('applies an edit from its effective date until its deletion date (exclusive)', () => {
    const lines = (date: string) => [line(1, '11111', [], date), line(2, '22222', [], date)];
    const deleted = edit({ effectiveDate: '2025-01-01', deletionDate: '2026-01-01' });
    expect(findPtpConflicts(lines('2024-12-31'), [deleted])).toHaveLength(0);
    expect(findPtpConflicts(lines('2025-01-01'), [deleted])).toHaveLength(1);
    expect(findPtpConflicts(lines('2025-12-31'), [deleted])).toHaveLength(1);
    expect(findPtpConflicts(lines('2026-01-01'), [deleted])).toHaveLength(0);
    expect(ptpEditActiveOn({ effectiveDate: '2025-01-01', deletionDate: '2025-01-01' }, '2025-01-01')).toBe(false);
  });

  it('uses the version of a pair in effect on the date when the pair was re-added with another indicator', () => {
    const versions = [edit({ effectiveDate: '2020-01-01', deletionDate: '2025-07-01', modifierIndicator: '0' }), edit({ effectiveDate: '2025-07-01', modifierIndicator: '1' })];
    const pair = (date: string) => findPtpConflicts([line(1, '11111', [], date), line(2, '22222', ['59'], date)], versions)[0];
    expect(pair('2025-06-30')).toMatchObject({ modifierIndicator: '0', bypassedByModifier: false });
    expect(pair('2025-07-01')).toMatchObject({ modifierIndicator: '1', bypassedByModifier: true });
  });

  it('pairs every matching line and explains each conflict', () => {
    const conflicts = findPtpConflicts([line(1, '11111'), line(2, '22222'), line(3, '22222', ['XU']), line(4, '33333')], [edit({ modifierIndicator: '0', rationale: 'Mutually exclusive procedures' }), edit({ column2: '33333' })]);
    expect(conflicts.map((conflict) => [conflict.column1Line, conflict.column2Line, conflict.bypassedByModifier])).toEqual([[1, 2, false], [1, 3, false], [1, 4, false]]);
    expect(conflicts[0]?.message).toBe('22222 (line 2) is bundled into 11111 (line 1) by an NCCI PTP edit (Mutually exclusive procedures); no modifier allows both to be paid');
    expect(conflicts[2]?.message).toMatch(/^33333 \(line 4\) is bundled into 11111 \(line 1\) .*both are paid only with an NCCI-associated modifier/);
  });
});

describe('bypassesEdit', () => {
  it.each(NCCI_OTHER_MODIFIERS.map((modifier) => [modifier]))('%s on either line bypasses', (modifier) => {
    expect(bypassesEdit([], [modifier])).toBe(true);
    expect(bypassesEdit([modifier], [])).toBe(true);
  });

  it.each(NCCI_ANATOMIC_MODIFIERS.map((modifier) => [modifier]))('%s bypasses when the lines name different sites, not the same one', (modifier) => {
    expect(bypassesEdit([], [modifier])).toBe(true);
    expect(bypassesEdit([modifier], [])).toBe(true);
    expect(bypassesEdit([modifier], [modifier])).toBe(false);
  });

  it('bypasses for LT against RT, not for modifiers outside the set, and reads lower case', () => {
    expect(bypassesEdit(['RT'], ['LT'])).toBe(true);
    expect(bypassesEdit(['26', 'TC'], ['GT', '76'])).toBe(false);
    expect(bypassesEdit([], ['xe'])).toBe(true);
    expect(NCCI_PTP_MODIFIERS).toHaveLength(44);
  });
});
