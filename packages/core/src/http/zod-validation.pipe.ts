import type { PipeTransform, Type } from '@nestjs/common';
import { ValidationError } from '@openrcm/sdk';
import { createZodValidationPipe } from 'nestjs-zod';
import type { ZodError } from 'zod';

/** Validates bodies and queries declared with `createZodDto`, failing with a {@link ValidationError} per field. */
export const ZodValidationPipe: Type<PipeTransform> = createZodValidationPipe({
  createValidationException: (error: unknown) =>
    new ValidationError(
      (error as ZodError).issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'body', message: issue.message })),
    ),
});
