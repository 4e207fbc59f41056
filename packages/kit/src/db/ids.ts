import { badInput } from '../errors';
import { v7 } from 'uuid';

/** UUID v7: time-ordered, so new rows land at the end of the primary-key index. */
export const newId = (): string => v7();

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_RE.test(value);

/** Validates an id argument before it reaches SQL (a malformed uuid would be a database error). */
export function parseId(value: unknown, field = 'id'): string {
  if (isUuid(value)) return value.toLowerCase();
  throw badInput({ [field]: 'Identificador inválido.' });
}
