import { coversCode, normalizeProcedureCodes, pickCovering, procedureCodeIssues } from './authorization.rules';

describe('authorization rules', () => {
  it('normalizes codes and names each bad one', () => {
    expect(normalizeProcedureCodes([' 97110', 'g0283', '97110'])).toEqual(['97110', 'G0283']);
    expect(procedureCodeIssues(['97110', '9711', 'G02-3'])).toEqual([
      { field: 'procedureCodes.1', message: '9711 is not a CPT/HCPCS code (five letters or digits)' },
      { field: 'procedureCodes.2', message: 'G02-3 is not a CPT/HCPCS code (five letters or digits)' },
    ]);
  });

  it('covers listed codes, or any code when none is listed', () => {
    expect(coversCode(['97110'], '97110')).toBe(true);
    expect(coversCode(['97110'], '97112')).toBe(false);
    expect(coversCode([], '97112')).toBe(true);
    expect(coversCode(['G0283'], 'g0283')).toBe(true);
  });

  it('prefers units left, then a named code, then the earliest end', () => {
    const anyCode = { id: 'any', procedureCodes: [], endDate: '2026-03-01', unitsRemaining: 5 };
    const named = { id: 'named', procedureCodes: ['97110'], endDate: '2026-06-01', unitsRemaining: 5 };
    const namedSooner = { id: 'sooner', procedureCodes: ['97110'], endDate: '2026-04-01', unitsRemaining: 2 };
    const usedUp = { id: 'used', procedureCodes: ['97110'], endDate: '2026-02-01', unitsRemaining: 0 };
    expect(pickCovering([anyCode, named, usedUp])?.id).toBe('named');
    expect(pickCovering([anyCode, named, namedSooner])?.id).toBe('sooner');
    expect(pickCovering([usedUp, anyCode])?.id).toBe('any');
    expect(pickCovering([usedUp])?.id).toBe('used');
    expect(pickCovering([])).toBeNull();
  });
});
