import { randomUUID } from 'node:crypto';
import { createLivePublisher, createRedis, liveChannel, liveSnapshotKey, loadConfig, type LiveEvent } from '../src';
import { eventually } from '../src/testing';

const config = loadConfig();

test('same-stage progress is throttled to the latest, stage changes and terminal events are never dropped, seq is ordered', async () => {
  const pub = createRedis(config.REDIS_URL);
  const sub = createRedis(config.REDIS_URL);
  const tenantId = randomUUID();
  const id = randomUUID();
  const channel = liveChannel(tenantId, 'job', id);
  const got: LiveEvent[] = [];
  sub.on('message', (_c, m) => got.push(JSON.parse(m)));
  await sub.subscribe(channel);
  const live = createLivePublisher(pub, { throttleMs: 200 });
  try {
    await live.publish({ tenantId, topic: 'job', id, state: 'RUNNING', stage: 'A', percent: 0 });
    for (let p = 1; p <= 50; p++) await live.publish({ tenantId, topic: 'job', id, state: 'RUNNING', stage: 'A', percent: p });
    await live.publish({ tenantId, topic: 'job', id, state: 'RUNNING', stage: 'B', percent: 60, data: { units: [] } });
    await live.publish({ tenantId, topic: 'job', id, state: 'DONE', stage: 'B', percent: 100 });
    await eventually(async () => got.some((e) => e.state === 'DONE'));
    expect(got.map((e) => [e.stage, e.percent])).toEqual([
      ['A', 0],
      ['A', 50], // the held latest of stage A, flushed by the stage change
      ['B', 60],
      ['B', 100],
    ]);
    expect(got.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(got[2].data).toEqual({ units: [] }); // arrays survive (no cjson re-encoding)
    const snapshot = JSON.parse((await pub.get(liveSnapshotKey(channel)))!);
    expect(snapshot).toMatchObject({ seq: 4, state: 'DONE' });
  } finally {
    pub.disconnect();
    sub.disconnect();
  }
});
