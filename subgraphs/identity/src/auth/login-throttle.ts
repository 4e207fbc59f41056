import type { Redis } from '@prumo/kit';
import { rateLimited } from '@prumo/kit';
import { plural } from '@prumo/br';

const WINDOW_SECONDS = 15 * 60;

/**
 * Counts wrong passwords per login and per IP in a 15-minute window. Once either reaches the
 * maximum, sign-in answers RATE_LIMITED (even with the right password) until the window ends.
 */
export class LoginThrottle {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly maxFailures: number,
  ) {}

  private keys(login: string, ip: string) {
    return [`${this.prefix}:login-fail:login:${login}`, `${this.prefix}:login-fail:ip:${ip}`];
  }

  async assertAllowed(login: string, ip: string): Promise<void> {
    const keys = this.keys(login, ip);
    const res = await this.redis.multi().get(keys[0]).ttl(keys[0]).get(keys[1]).ttl(keys[1]).exec();
    const [loginCount, loginTtl, ipCount, ipTtl] = (res ?? []).map(([, v]) => v) as [string | null, number, string | null, number];
    const blocked: number[] = [];
    if (Number(loginCount ?? 0) >= this.maxFailures) blocked.push(loginTtl);
    if (Number(ipCount ?? 0) >= this.maxFailures) blocked.push(ipTtl);
    if (blocked.length) {
      const retryAfter = Math.max(1, ...blocked.map((t) => (t > 0 ? t : WINDOW_SECONDS)));
      throw rateLimited(retryAfter, `Muitas tentativas de senha incorreta. Tente novamente em ${plural(Math.ceil(retryAfter / 60), 'minuto')}.`);
    }
  }

  async recordFailure(login: string, ip: string): Promise<void> {
    const multi = this.redis.multi();
    for (const key of this.keys(login, ip)) {
      multi.incr(key);
      multi.expire(key, WINDOW_SECONDS, 'NX');
    }
    await multi.exec();
  }

  async recordSuccess(login: string): Promise<void> {
    await this.redis.del(this.keys(login, '')[0]);
  }
}
