import type { Redis } from '@prumo/kit';
import type { LiveEvent } from '@prumo/kit';

type Listener = (event: LiveEvent) => void;

/**
 * One Redis subscriber connection per router process, fanned out to local subscribers. A channel is
 * subscribed on its first listener and dropped with its last, so Redis only sends what someone here
 * is watching; replicas scale through Redis pub/sub.
 */
export class LiveHub {
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(private readonly subscriber: Redis) {
    subscriber.on('message', (channel: string, message: string) => {
      const set = this.listeners.get(channel);
      if (!set?.size) return;
      let event: LiveEvent;
      try {
        event = JSON.parse(message) as LiveEvent;
      } catch {
        return;
      }
      for (const l of set) l(event);
    });
  }

  async listen(channel: string, listener: Listener): Promise<() => void> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      await this.subscriber.subscribe(channel);
    }
    set.add(listener);
    return () => {
      const s = this.listeners.get(channel);
      if (!s) return;
      s.delete(listener);
      if (!s.size) {
        this.listeners.delete(channel);
        void this.subscriber.unsubscribe(channel).catch(() => undefined);
      }
    };
  }

  get channelCount(): number {
    return this.listeners.size;
  }
}

/**
 * Async iterator over a channel: the snapshot first, then events with a higher seq, in order; ends
 * after a terminal event or when the client unsubscribes.
 */
export function liveIterator(
  hub: LiveHub,
  channel: string,
  readSnapshot: () => Promise<LiveEvent | null>,
  initial: () => LiveEvent,
): AsyncIterableIterator<LiveEvent> {
  const queue: LiveEvent[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  let lastSeq = -1;
  let unlisten: (() => void) | null = null;
  const terminal = (e: LiveEvent) => e.state === 'DONE' || e.state === 'FAILED';

  const push = (e: LiveEvent) => {
    if (done || e.seq <= lastSeq) return;
    lastSeq = e.seq;
    queue.push(e);
    wake?.();
  };

  // Listen before reading the snapshot: an event published in between is not lost (seq dedupes).
  const ready = (async () => {
    unlisten = await hub.listen(channel, push);
    const snap = await readSnapshot();
    const first = snap ?? initial();
    if (first.seq > lastSeq || lastSeq === -1) {
      // The snapshot goes first; anything buffered that it already covers is dropped.
      const newer = queue.filter((e) => e.seq > first.seq);
      queue.length = 0;
      queue.push(first, ...newer);
      lastSeq = Math.max(first.seq, ...newer.map((e) => e.seq));
    }
  })();

  const finish = () => {
    done = true;
    unlisten?.();
    wake?.();
  };

  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<LiveEvent>> {
      await ready;
      while (!queue.length && !done) await new Promise<void>((r) => (wake = r));
      wake = null;
      const value = queue.shift();
      if (!value) {
        finish();
        return { value: undefined, done: true };
      }
      if (terminal(value)) {
        // Deliver the terminal event, then end.
        queue.length = 0;
        done = true;
        unlisten?.();
      }
      return { value, done: false };
    },
    async return(): Promise<IteratorResult<LiveEvent>> {
      finish();
      return { value: undefined, done: true };
    },
  };
}
