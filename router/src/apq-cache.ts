import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Redis } from '@prumo/kit';

/** Automatic persisted queries stored in Redis, shared by every router replica. */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(`${this.prefix}:apq:${key}`)) ?? undefined;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    const ttl = options?.ttl ?? 86_400;
    await this.redis.set(`${this.prefix}:apq:${key}`, value, 'EX', ttl);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(`${this.prefix}:apq:${key}`)) > 0;
  }
}
