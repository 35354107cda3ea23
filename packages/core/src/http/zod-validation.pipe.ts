import type { PipeTransform, Type } from '@nestjs/common';
import { ValidationError } from '@openrcm/sdk';
import { createZodValidationPipe } from 'nestjs-zod';
import type { ZodError } from 'zod';

/** Validates bodies and queries declared with `createZodDto`, failing with a {@link ValidationError} per field. */
export const ZodValidationPipe: Type<PipeTransform> = createZodValidationPipe({
  createValidationException: (error: unknown) =>
    new ValidationError((error as ZodError).issues.map((issue) => ({ field: fieldPath(issue.path) || 'body', message: issue.message }))),
});

/** A field's path as people write it: `claims[1].lines[0].adjustments[2].groupCode`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((field, segment) => (typeof segment === 'number' ? `${field}[${segment}]` : field ? `${field}.${String(segment)}` : String(segment)), '');
}
