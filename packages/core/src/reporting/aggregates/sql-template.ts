import type { SqlFragment } from './sql-fragments';

/** A value interpolated into {@link sql}: a fragment is spliced in with its bindings; anything else becomes one `?`. */
export type SqlPart = SqlFragment | string | number | boolean | Date | null;

function isFragment(part: SqlPart): part is SqlFragment {
  return typeof part === 'object' && part !== null && !(part instanceof Date);
}

/**
 * Composes SQL with its `?` bindings in the order they appear: `sql\`… where c.id = ${id} and ${fragment}\``. Plain
 * values are always bound, never spliced into the text.
 */
export function sql(strings: TemplateStringsArray, ...parts: readonly SqlPart[]): SqlFragment {
  let text = strings[0] ?? '';
  const bindings: unknown[] = [];
  parts.forEach((part, index) => {
    if (isFragment(part)) {
      text += part.sql;
      bindings.push(...part.bindings);
    } else {
      text += '?';
      bindings.push(part);
    }
    text += strings[index + 1] ?? '';
  });
  return { sql: text, bindings };
}

/** An empty fragment (no SQL, no bindings): an optional piece left out. */
export const NOTHING: SqlFragment = { sql: '', bindings: [] };

/** SQL text written in the code (a column, an expression), spliced in as is: never a value from outside. */
export function raw(text: string): SqlFragment {
  return { sql: text, bindings: [] };
}
