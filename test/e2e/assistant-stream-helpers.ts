import type { Client } from 'graphql-ws';

export const ANSWER_SUB = `subscription($id: ID!) { assistantAnswer(streamId: $id) { streamId seq state stage message text conversationId messageId offline code at } }`;

export interface Watch {
  events: any[];
  /** When each event arrived (Date.now()), same order as `events`. */
  arrivals: number[];
  errors: unknown[];
  isComplete(): boolean;
}

/** Subscribes to `assistantAnswer(streamId)` and collects what arrives. */
export function subscribeAnswer(client: Client, streamId: string): Watch {
  const w: Watch = { events: [], arrivals: [], errors: [], isComplete: () => complete };
  let complete = false;
  client.subscribe(
    { query: ANSWER_SUB, variables: { id: streamId } },
    {
      next: (v) => {
        if (v.errors?.length) w.errors.push(...v.errors);
        else {
          w.events.push(v.data!.assistantAnswer);
          w.arrivals.push(Date.now());
        }
      },
      error: (e) => w.errors.push(e),
      complete: () => (complete = true),
    },
  );
  return w;
}

/**
 * The shape of a streamed answer: seq increasing; at least two RUNNING events with text, each text a
 * strict extension of the previous one and a prefix of the answer; one final DONE whose text is the
 * answer. Returns the RUNNING events with text and the DONE event.
 */
export function checkStreamed(w: Watch, answer: string): { running: any[]; done: any } {
  const seqs = w.events.map((e) => e.seq);
  expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
  const running = w.events.filter((e) => e.state === 'RUNNING' && e.text);
  expect(running.length).toBeGreaterThanOrEqual(2);
  for (let i = 1; i < running.length; i++) {
    expect(running[i].text.startsWith(running[i - 1].text)).toBe(true);
    expect(running[i].text.length).toBeGreaterThan(running[i - 1].text.length);
  }
  for (const e of running) expect(answer.startsWith(e.text)).toBe(true);
  const done = w.events.at(-1);
  expect(done.state).toBe('DONE');
  expect(done.text).toBe(answer);
  expect(w.events.filter((e) => e.state === 'DONE' || e.state === 'FAILED')).toHaveLength(1);
  expect(w.errors).toEqual([]);
  return { running, done };
}
