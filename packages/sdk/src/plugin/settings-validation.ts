import type { output, ZodType } from 'zod';
import { ValidationError } from '../errors/errors';

/**
 * Validates raw settings against a plugin's schema; the error names each setting and what was expected.
 * Core and the test harness both use it, so a plugin sees the same verdict in tests and at boot.
 * @public
 */
export function parsePluginSettings<S extends ZodType>(pluginId: string, schema: S, raw: unknown): output<S> {
  const result = schema.safeParse(raw ?? {});
  if (result.success) return result.data as output<S>;
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      field: `plugins.${pluginId}.settings${issue.path.map((part) => `.${String(part)}`).join('')}`,
      message: issue.message,
    })),
  );
}
