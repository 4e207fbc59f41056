// The robot's browser contexts: a login (the API waits for it) is never stuck behind long syncs.
import pino from 'pino';
import { BrowserPool } from '../src/robot/browser-pool';

let pool: BrowserPool;
beforeAll(() => {
  pool = new BrowserPool({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', contexts: 2, logger: pino({ level: 'silent' }) });
});
afterAll(async () => {
  await pool?.close();
});

/** Starts work that holds a context until released. */
function hold(use: 'interactive' | 'sync') {
  let release!: () => void;
  let started!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const running = new Promise<void>((r) => (started = r));
  const done = pool.withContext(
    undefined,
    async () => {
      started();
      await held;
    },
    use,
  );
  return { release, running, done };
}

test('with every context held by syncs, a login still runs at once; syncs never take its reserved context; waiting logins go first', async () => {
  const a = hold('sync');
  const b = hold('sync');
  await Promise.all([a.running, b.running]);
  const order: string[] = [];
  const third = pool.withContext(undefined, async () => void order.push('sync'), 'sync');

  // The reserved context: a real page renders while both syncs run and the third sync waits.
  const heading = await pool.withContext(
    undefined,
    async (ctx) => {
      const page = await ctx.newPage();
      await page.setContent('<h1>Informe o código enviado por SMS</h1>');
      return page.textContent('h1');
    },
    'interactive',
  );
  expect(heading).toBe('Informe o código enviado por SMS');
  expect(order).toEqual([]);

  // Reserve busy as well: the next login waits, but ahead of the sync that queued before it.
  const r = hold('interactive');
  await r.running;
  const login = pool.withContext(undefined, async () => void order.push('login'), 'interactive');
  a.release();
  await a.done;
  await login;
  await third;
  expect(order).toEqual(['login', 'sync']);

  b.release();
  r.release();
  await Promise.all([b.done, r.done]);
  // Everything was given back: two syncs and a login run side by side again.
  const again = await Promise.all([
    pool.withContext(undefined, async () => 'sync', 'sync'),
    pool.withContext(undefined, async () => 'sync', 'sync'),
    pool.withContext(undefined, async () => 'login', 'interactive'),
  ]);
  expect(again).toEqual(['sync', 'sync', 'login']);
}, 60_000);
