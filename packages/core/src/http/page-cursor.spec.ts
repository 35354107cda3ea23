import { ValidationError } from '@openrcm/sdk';
import { keysetSql, sqlOrderOf, type SqlCursorKey } from './keyset';
import { decodeCursor, encodeCursor, type CursorKey } from './page-cursor';

const keys: SqlCursorKey[] = [
  { name: 'dueDate', sql: 'due_date', column: 'due_date', kind: 'date', direction: 'asc', nullable: true, nullsFirst: false },
  { name: 'id', sql: 'id', column: 'id', kind: 'uuid', direction: 'asc', nullable: false, nullsFirst: false },
];
const id = '0b6c3e1e-7a56-4c1b-9a9e-3f1f0d2c4b5a';

function refusal(after: string, order: readonly CursorKey[] = keys): string | undefined {
  try {
    decodeCursor(after, order);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const [issue] = (error as ValidationError).issues;
    expect(issue?.field).toBe('after');
    return issue?.message;
  }
}

describe('page cursors', () => {
  it('round-trip the sort key values of the last row', () => {
    const cursor = encodeCursor(keys, ['2026-11-30', id]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, keys)).toEqual(['2026-11-30', id]);
  });

  it('refuse a cursor that does not decode, or carries values its columns cannot hold, naming after', () => {
    expect(refusal('not a cursor!')).toMatch(/not a cursor/);
    expect(refusal(Buffer.from('{"s":1}').toString('base64url'))).toMatch(/not a cursor/);
    expect(refusal(encodeCursor(keys, ['2026-11-30', 'x; drop table claim']))).toMatch(/id is not a UUID/);
    expect(refusal(encodeCursor(keys, ['yesterday', id]))).toMatch(/dueDate is not a calendar date/);
    expect(refusal(encodeCursor(keys, ['2026-11-30', null]))).toMatch(/id cannot be null/);
  });

  it('refuse a cursor made for another sort', () => {
    const descending = keys.map((key, index) => (index === 0 ? { ...key, direction: 'desc' as const, nullsFirst: true } : key));
    expect(refusal(encodeCursor(descending, ['2026-11-30', id]))).toMatch(/made for another sort \(dueDate:desc,id:asc\); this request sorts by dueDate:asc,id:asc/);
  });
});

describe('the keyset predicate', () => {
  it('starts at the cursor value and breaks ties by the key that follows; NULLs sort last ascending', () => {
    expect(sqlOrderOf(keys)).toBe('due_date asc nulls last, id asc nulls last');
    expect(keysetSql(keys, ['2026-11-30', id])).toEqual({
      sql: '(((due_date > ?) or (due_date is null) or (due_date = ? and id > ?)))',
      parameters: ['2026-11-30', '2026-11-30', id],
    });
    expect(keysetSql(keys, [null, id])).toEqual({ sql: '(due_date is null and ((due_date is null and id > ?)))', parameters: [id] });
  });

  it('bounds a descending, not-null first key so an index starts at the cursor', () => {
    const newest: SqlCursorKey[] = [{ name: 'createdAt', sql: 'created_at', column: 'created_at', kind: 'timestamp', direction: 'desc', nullable: false, nullsFirst: true }, keys[1] as SqlCursorKey];
    expect(keysetSql(newest, ['2026-11-30T10:00:00.000Z', id])).toEqual({
      sql: '(created_at <= ? and ((created_at < ?) or (created_at = ? and id > ?)))',
      parameters: ['2026-11-30T10:00:00.000Z', '2026-11-30T10:00:00.000Z', '2026-11-30T10:00:00.000Z', id],
    });
  });
});
