import type { z } from 'zod';
import { badInput } from './errors';

/**
 * Validates a mutation's input with a zod schema whose messages are pt-BR. On failure throws
 * BAD_USER_INPUT with `extensions.fields` = { fieldPath: message } — before anything is written.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '_';
    if (!fields[key]) fields[key] = issue.message;
  }
  throw badInput(fields);
}
