// Shared result shapes. Every validator/parser/generator in this package returns either a success
// object (`ok: true` plus data) or an `Invalid` with a machine-readable reason code and a pt-BR
// message that can be shown to the user as is. Nothing here throws on bad input.

export interface Invalid<R extends string> {
  readonly ok: false;
  readonly reason: R;
  /** Human-readable explanation in Brazilian Portuguese, safe to show to end users. */
  readonly message: string;
}

export function invalid<R extends string>(reason: R, messages: Readonly<Record<R, string>>): Invalid<R> {
  return { ok: false, reason, message: messages[reason] };
}

/** A random source returning numbers in [0, 1), like Math.random. */
export type Rng = () => number;

/**
 * A deterministic rng (mulberry32): the same seed gives the same sequence, for simulated data and
 * seeded tests. Small and fast; not for anything secret. A seed that is not a finite number counts as 0.
 */
export function seededRng(seed: number): Rng {
  let a = typeof seed === 'number' && Number.isFinite(seed) ? seed >>> 0 : 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [0, n) from an rng; tolerates rngs that return garbage (NaN, 1, negatives) or are not functions. */
export function randomInt(rng: Rng, n: number): number {
  const r = Number(typeof rng === 'function' ? rng() : Math.random());
  if (!Number.isFinite(r)) return 0;
  return Math.min(n - 1, Math.max(0, Math.floor(r * n)));
}

/** Looks a reason up in a message table; unknown reasons (even '__proto__') get the fallback. */
export function messageFor(messages: Readonly<Record<string, string>>, reason: unknown, fallback: string): string {
  return typeof reason === 'string' && Object.prototype.hasOwnProperty.call(messages, reason) ? messages[reason]! : fallback;
}
