import { ValidationError } from '@openrcm/sdk';
import { listQuerySchema, orderByOf } from './list-query';

describe('list query', () => {
  it('defaults to the first 50 and coerces query strings', () => {
    expect(listQuerySchema.parse({})).toEqual({ limit: 50 });
    expect(listQuerySchema.parse({ limit: '10', after: 'abc', sort: '-name' })).toEqual({ limit: 10, after: 'abc', sort: '-name' });
  });

  it('refuses a page larger than 200 or smaller than 1', () => {
    expect(listQuerySchema.safeParse({ limit: '201' }).success).toBe(false);
    expect(listQuerySchema.safeParse({ limit: '0' }).success).toBe(false);
  });

  it('maps sort fields to properties, descending with "-", and ends with the fallback', () => {
    const order = orderByOf<{ name: string; createdAt: Date; id: string }>('-created,name', { created: 'createdAt', name: 'name' }, { id: 'asc' });
    expect(order).toEqual([{ createdAt: 'desc' }, { name: 'asc' }, { id: 'asc' }]);
  });

  it('names an unknown sort field and the allowed ones', () => {
    expect(() => orderByOf('-ssn', { name: 'name' }, { id: 'asc' })).toThrow(ValidationError);
    try {
      orderByOf('-ssn', { name: 'name' }, { id: 'asc' });
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([{ field: 'sort', message: "'ssn' is not sortable; sort by name" }]);
    }
  });
});
