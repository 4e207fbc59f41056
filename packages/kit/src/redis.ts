import Redis, { type RedisOptions } from 'ioredis';

/**
 * ioredis connection. `forQueue` connections never give up on a command (BullMQ workers block on
 * Redis and must not fail a job because Redis restarted for a second).
 */
export function createRedis(url: string, opts: { name?: string; forQueue?: boolean } & RedisOptions = {}): Redis {
  const { name, forQueue, ...rest } = opts;
  return new Redis(url, {
    connectionName: name,
    lazyConnect: false,
    maxRetriesPerRequest: forQueue ? null : 2,
    enableReadyCheck: true,
    ...rest,
  });
}

export type { Redis };
