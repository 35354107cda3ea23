/**
 * A PostgreSQL array literal of text values, for one `?::uuid[]` or `?::text[]` parameter (knex expands a JS array
 * into a list of parameters). Each value is quoted with quotes and backslashes escaped; null is NULL.
 */
export function pgArray(values: readonly (string | null)[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`)).join(',')}}`;
}
