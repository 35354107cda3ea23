import { duplicateNameKey, isPossibleDuplicate } from './patient-duplicates';

describe('duplicate-name normalization', () => {
  it.each([
    ['Peña-Ruiz', 'PENA RUIZ'],
    ["O'Brien", 'obrien'],
    ['  Zoë ', 'ZOE'],
    ['Strauß', 'strauss'],
    ['José María', 'jose maria'],
  ])('%s matches %s', (a, b) => {
    expect(duplicateNameKey(a)).toBe(duplicateNameKey(b));
  });

  it('keeps different names apart', () => {
    expect(duplicateNameKey('Jon')).not.toBe(duplicateNameKey('John'));
    expect(duplicateNameKey('Ana')).not.toBe(duplicateNameKey('Anna'));
  });

  const probe = { firstName: 'José', lastName: 'Peña', birthDate: '1980-02-03', sex: 'M' };

  it('needs the same names, birth date and sex', () => {
    expect(isPossibleDuplicate(probe, { firstName: 'JOSE', lastName: 'pena', birthDate: '1980-02-03', sex: 'M' })).toBe(true);
    expect(isPossibleDuplicate(probe, { ...probe, birthDate: '1980-02-04' })).toBe(false);
    expect(isPossibleDuplicate(probe, { ...probe, sex: 'F' })).toBe(false);
    expect(isPossibleDuplicate(probe, { ...probe, firstName: 'Josef' })).toBe(false);
    expect(isPossibleDuplicate(probe, { ...probe, lastName: 'Pena Ruiz' })).toBe(false);
  });
});
