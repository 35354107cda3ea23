import { z } from 'zod';

/** The part of JSON Schema the settings form reads (what zod 4's `z.toJSONSchema` writes for plugin settings). */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly description?: string;
  readonly default?: unknown;
  readonly format?: string;
  readonly maxLength?: number;
}

/** Field errors by dotted path within the settings (`clientSecret.env`); `''` for the settings as a whole. */
export type FieldErrors = Readonly<Record<string, string>>;

/** What a JSON text field holds while its text is not valid JSON; validation names it instead of sending it. */
export class UnparsedJson {
  constructor(readonly text: string) {}
}

/** The kind of input a schema is edited with; anything else is edited as JSON text. */
export type FieldKind = 'secret' | 'enum' | 'string' | 'text' | 'number' | 'integer' | 'boolean' | 'object' | 'string-list' | 'json';

/**
 * A string setting allowed this long or longer is edited as multi-line text (a template, a message body), not on one
 * line: one-line values (names, URLs, ids) declare a shorter limit or none.
 */
export const MULTI_LINE_MIN_LENGTH = 1000;

/**
 * A secret reference (the SDK's `secretRef`): an object whose only property is `env`, the name of the environment
 * variable holding the secret. The form edits the name; the value never passes through the app.
 */
function isSecretReference(schema: JsonSchema): boolean {
  const keys = Object.keys(schema.properties ?? {});
  return schema.type === 'object' && keys.length === 1 && keys[0] === 'env' && schema.additionalProperties === false;
}

export function fieldKind(schema: JsonSchema): FieldKind {
  if (isSecretReference(schema)) return 'secret';
  if (schema.enum && schema.enum.every((option) => typeof option === 'string')) return 'enum';
  switch (schema.type) {
    case 'string':
      return (schema.maxLength ?? 0) >= MULTI_LINE_MIN_LENGTH ? 'text' : 'string';
    case 'number':
    case 'integer':
    case 'boolean':
      return schema.type;
    case 'object':
      return schema.properties && schema.additionalProperties !== true && typeof schema.additionalProperties !== 'object' ? 'object' : 'json';
    case 'array':
      return schema.items?.type === 'string' && !schema.items.enum ? 'string-list' : 'json';
    default:
      return 'json';
  }
}

/** Field errors keyed by dotted path from a list of issues. The first message per field wins. */
function errorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}

function unparsedIn(value: unknown, path: readonly string[] = []): { path: string[]; message: string }[] {
  if (value instanceof UnparsedJson) return [{ path: [...path], message: 'not valid JSON' }];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => unparsedIn(child, [...path, key]));
}

/**
 * Validates settings against the plugin's JSON Schema on the client (`z.fromJSONSchema`, then `safeParse`), with the
 * same field paths the server names in its 422. A schema zod cannot read leaves the check to the server.
 */
export function validateSettings(schema: JsonSchema, value: unknown): FieldErrors {
  const unparsed = unparsedIn(value);
  if (unparsed.length > 0) return errorsOf(unparsed);
  let validator: z.ZodType;
  try {
    validator = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
  } catch {
    return {};
  }
  const result = validator.safeParse(value ?? {});
  return result.success ? {} : errorsOf(result.error.issues);
}

/** The settings with `value` set at `path` (undefined removes the key, so the schema's default applies). */
export function setAt(settings: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const record = settings !== null && typeof settings === 'object' && !Array.isArray(settings) ? { ...(settings as Record<string, unknown>) } : {};
  const next = setAt(record[head], rest, value);
  if (next === undefined) delete record[head];
  else record[head] = next;
  return record;
}

/** The value at `path` in the settings. */
export function valueAt(settings: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((current, key) => (current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined), settings);
}
