// Shared test helpers: seeded rngs for generators, garbage arbitraries, and digit mutation.
import fc from 'fast-check';
import { seededRng } from '../src/result';

/** Deterministic rng (mulberry32) for generator functions. */
export { seededRng };

/** An arbitrary rng driven by a fast-check seed, so shrinking/replay work. */
export const rngArb = fc.integer().map((seed) => seededRng(seed));

/** Anything at all: strings in several alphabets, numbers, objects, null, undefined... */
export const garbageArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.anything({
    withNullPrototype: true,
    withBoxedValues: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
    withObjectString: true,
  }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.stringMatching(/^[0-9 .\-/]{0,60}$/),
  fc.stringMatching(/^[0-9A-Za-z]{0,60}$/),
  fc.constantFrom(null, undefined, NaN, Infinity, -0, '', ' ', '\u0000', '\uD800', {}, [], () => 1, Symbol('x'), Object.create(null), 10n, new Date(NaN)),
  fc.record({ uf: fc.constantFrom(Object.create(null), Symbol('y'), 35n), yearMonth: fc.constant(Symbol('z')), key: fc.constant(Object.create(null)) }),
);

/** All strings obtained by replacing one digit of `s` (at `positions`) with a different digit. */
export function digitMutations(s: string, positions?: number[]): Array<{ mutated: string; index: number; from: string; to: string }> {
  const out: Array<{ mutated: string; index: number; from: string; to: string }> = [];
  const indexes = positions ?? [...s].map((_, i) => i);
  for (const i of indexes) {
    for (let d = 0; d <= 9; d++) {
      const to = String(d);
      if (to === s[i]) continue;
      out.push({ mutated: s.slice(0, i) + to + s.slice(i + 1), index: i, from: s[i]!, to });
    }
  }
  return out;
}

/** Independent reference: sum of (char - 48) * weight, weights 2..maxWeight from the right. */
export function weightedSum(body: string, maxWeight: number): number {
  let sum = 0;
  let w = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += (body.charCodeAt(i) - 48) * w;
    w = w >= maxWeight ? 2 : w + 1;
  }
  return sum;
}
