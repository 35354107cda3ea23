import { NewAdjustment, NewAmountValue, NewDateValue, NewEntityName, NewProcedure, NewQualifiedCode, NewQuantityValue, NewReference } from './records';

describe('record constructors', () => {
  it('build plain objects equal to the literals they replace', () => {
    const made: [object, object][] = [
      [new NewReference('6R', 'C1-1'), { qualifier: '6R', value: 'C1-1' }],
      [new NewDateValue('472', '2024-01-08'), { qualifier: '472', date: '2024-01-08' }],
      [new NewAdjustment('CO', '45', 1625), { group: 'CO', reason: '45', amountCents: 1625 }],
      [new NewAmountValue('B6', 10875), { qualifier: 'B6', amountCents: 10875 }],
      [new NewQuantityValue('ZK', 2), { qualifier: 'ZK', quantity: 2 }],
      [new NewProcedure('HC', '99213', []), { qualifier: 'HC', code: '99213', modifiers: [] }],
      [new NewEntityName('QC', '1'), { entity: 'QC', entityType: '1' }],
      [new NewQualifiedCode('HE', 'N130'), { qualifier: 'HE', code: 'N130' }],
    ];
    for (const [record, literal] of made) {
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      expect(record).toStrictEqual(literal);
      expect(JSON.parse(JSON.stringify(record))).toEqual(literal);
    }
  });

  it('keep optional fields set afterwards', () => {
    const d = new NewDateValue('472', '2024-01-08');
    d.endDate = '2024-01-09';
    expect({ ...d }).toEqual({ qualifier: '472', date: '2024-01-08', endDate: '2024-01-09' });
  });
});
