import type Redis from 'ioredis';

/** Topics of live events; each maps to a router-owned subscription. */
export type LiveTopic = 'job' | 'document' | 'energy' | 'agent' | 'assistant';

export type LiveState = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/** The small tenant-scoped event workers publish (DESIGN.md "Live events and subscriptions"). */
export interface LiveEvent {
  v: 1;
  tenantId: string;
  topic: LiveTopic;
  id: string;
  seq: number;
  state: LiveState;
  percent: number | null;
  stage: string | null;
  message: string | null;
  /** The entity whose fields the router resolves through the gateway for each event. */
  entity: { __typename: string; id: string } | null;
  /** Topic-specific extras (e.g. per-unit errors, tokens so far). Kept small. */
  data?: Record<string, unknown> | null;
  at: string;
}

export type LiveEventInput = Omit<LiveEvent, 'v' | 'seq' | 'at' | 'percent' | 'stage' | 'message' | 'entity'> &
  Partial<Pick<LiveEvent, 'percent' | 'stage' | 'message' | 'entity' | 'data'>>;

export const liveChannel = (tenantId: string, topic: LiveTopic, id: string) => `live:${tenantId}:${topic}:${id}`;
/**
 * The channel id of a user-private stream (e.g. an assistant answer, topic 'assistant'): the user's
 * id from the token, then the client's id. The router builds it from the subscriber's own token, so
 * another member of the same account never reaches it, whatever id they guess.
 */
export const userLiveId = (userId: string, id: string) => `${userId}:${id.toLowerCase()}`;
export const liveSnapshotKey = (channel: string) => `${channel}:last`;
export const liveSeqKey = (channel: string) => `${channel}:seq`;
export const isTerminal = (state: LiveState) => state === 'DONE' || state === 'FAILED';

/** Snapshots outlive a job long enough for a late subscriber to see how it ended. */
const SNAPSHOT_TTL_SECONDS = 24 * 3600;

// The payload arrives as '{"seq":0,...' (seq first) and gets its number by string surgery rather
// than cjson, which would turn empty arrays into objects.
// Assigns the next seq, stores the snapshot and publishes, atomically: subscribers see events in seq
// order and a snapshot never goes backwards.
const PUBLISH_SCRIPT = `
local seq = redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], ARGV[3])
local payload = '{"seq":' .. seq .. string.sub(ARGV[1], 9)
redis.call('SET', KEYS[1], payload, 'EX', ARGV[3])
redis.call('PUBLISH', ARGV[2], payload)
return seq
`;

export interface LivePublisher {
  publish(event: LiveEventInput): Promise<void>;
  /** Sends any held progress event now (call before a worker exits). */
  flush(): Promise<void>;
}

/**
 * Publishes live events. Progress within the same stage is throttled (at most one per `throttleMs`
 * per channel, the latest wins); a stage change or a terminal event first flushes what is held and
 * is never dropped.
 */
export function createLivePublisher(redis: Redis, opts: { throttleMs?: number } = {}): LivePublisher {
  const throttleMs = opts.throttleMs ?? 100;
  const held = new Map<string, { event: LiveEventInput; timer: NodeJS.Timeout }>();
  const lastSent = new Map<string, { at: number; stage: string | null }>();

  async function send(event: LiveEventInput): Promise<void> {
    const channel = liveChannel(event.tenantId, event.topic, event.id);
    const full: LiveEvent = {
      seq: 0, // must stay the first key: the script replaces it
      v: 1,
      percent: null,
      stage: null,
      message: null,
      entity: null,
      data: null,
      ...event,
      at: new Date().toISOString(),
    };
    lastSent.set(channel, { at: Date.now(), stage: full.stage });
    await redis.eval(PUBLISH_SCRIPT, 2, liveSnapshotKey(channel), liveSeqKey(channel), JSON.stringify(full), channel, SNAPSHOT_TTL_SECONDS);
    if (isTerminal(full.state)) lastSent.delete(channel);
  }

  async function flushChannel(channel: string): Promise<void> {
    const h = held.get(channel);
    if (!h) return;
    clearTimeout(h.timer);
    held.delete(channel);
    await send(h.event);
  }

  return {
    async publish(event) {
      const channel = liveChannel(event.tenantId, event.topic, event.id);
      const last = lastSent.get(channel);
      const sameStage = last && last.stage === (event.stage ?? null);
      if (!isTerminal(event.state) && sameStage && Date.now() - last.at < throttleMs) {
        const existing = held.get(channel);
        if (existing) {
          existing.event = event;
          return;
        }
        const wait = throttleMs - (Date.now() - last.at);
        const timer = setTimeout(() => void flushChannel(channel).catch(() => undefined), wait);
        held.set(channel, { event, timer });
        return;
      }
      await flushChannel(channel);
      await send(event);
    },
    async flush() {
      await Promise.all([...held.keys()].map(flushChannel));
    },
  };
}
