import type { Redis } from '@prumo/kit';

// Fixed one-minute window: INCR and set the expiry on first hit, atomically; returns count and ms left.
const SCRIPT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { n, redis.call('PTTL', KEYS[1]) }
`;

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/** Per-account (by plan) and per-IP request limits, shared by every router replica through Redis. */
export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    // defineCommand sends the script once, then only its SHA (EVALSHA) per request.
    if (!(redis as unknown as { rateLimitHit?: unknown }).rateLimitHit) redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: SCRIPT });
  }

  async hit(bucket: string, limit: number): Promise<RateDecision> {
    const windowMs = 60_000;
    const windowId = Math.floor(Date.now() / windowMs);
    const run = (this.redis as unknown as { rateLimitHit(key: string, windowMs: number): Promise<[number, number]> }).rateLimitHit;
    const [count, pttl] = await run.call(this.redis, `${this.prefix}:rl:${bucket}:${windowId}`, windowMs);
    const resetSeconds = Math.max(1, Math.ceil((pttl > 0 ? pttl : windowMs) / 1000));
    return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), resetSeconds };
  }
}

export function rateLimitHeaders(d: RateDecision): Record<string, string> {
  return { 'ratelimit-limit': String(d.limit), 'ratelimit-remaining': String(d.remaining), 'ratelimit-reset': String(d.resetSeconds) };
}
