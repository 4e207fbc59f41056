import { chromium, type Browser, type BrowserContext } from 'playwright';
import type { Logger } from 'pino';

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * Who is waiting for a context: a person (a login step or a PDF, answered while the API waits) or a
 * background sync.
 */
export type ContextUse = 'interactive' | 'sync';

/** Contexts kept for interactive work on top of `contexts`: a login must not wait for a long sync. */
export const INTERACTIVE_RESERVE = 1;

type Slot = 'shared' | 'reserve';

/**
 * One headless Debian Chromium per worker process (launched on first use, never downloaded) and a
 * bounded number of browser contexts across every job of the process. Contexts are cheap and
 * isolated (cookies, storage): each portal session gets its own.
 *
 * Syncs hold a context for their whole run, so `contexts` syncs would otherwise make a login (which
 * the API waits for) time out. Interactive work therefore goes first in the queue, and may also use
 * one reserved context that syncs never take: at most `contexts + 1` contexts exist at once.
 */
export class BrowserPool {
  private browser: Promise<Browser> | null = null;
  private inUse = 0;
  private reserveInUse = 0;
  private readonly waiting: Array<{ use: ContextUse; grant: (slot: Slot) => void }> = [];
  private closed = false;

  constructor(private readonly opts: { executablePath: string; contexts: number; logger: Logger; timeoutMs?: number }) {}

  get size(): number {
    return this.opts.contexts;
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      this.browser = chromium
        .launch({
          executablePath: this.opts.executablePath,
          headless: true,
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        })
        .then((b) => {
          b.on('disconnected', () => {
            this.browser = null;
          });
          this.opts.logger.info('robot browser launched');
          return b;
        })
        .catch((err) => {
          this.browser = null;
          throw err;
        });
    }
    return this.browser;
  }

  private async acquire(use: ContextUse): Promise<Slot> {
    if (this.inUse < this.opts.contexts) {
      this.inUse++;
      return 'shared';
    }
    if (use === 'interactive' && this.reserveInUse < INTERACTIVE_RESERVE) {
      this.reserveInUse++;
      return 'reserve';
    }
    return new Promise<Slot>((grant) => {
      // Interactive waiters queue ahead of every sync waiter (in arrival order among themselves).
      const at = use === 'interactive' ? this.waiting.findIndex((w) => w.use === 'sync') : -1;
      if (at === -1) this.waiting.push({ use, grant });
      else this.waiting.splice(at, 0, { use, grant });
    });
  }

  /** Hands the freed slot to the first waiter allowed to use it (the reserve only to interactive work). */
  private release(slot: Slot): void {
    const at = slot === 'shared' ? (this.waiting.length ? 0 : -1) : this.waiting.findIndex((w) => w.use === 'interactive');
    if (at !== -1) {
      const [next] = this.waiting.splice(at, 1);
      next.grant(slot);
    } else if (slot === 'shared') this.inUse--;
    else this.reserveInUse--;
  }

  /** Runs `fn` in a fresh context (optionally restoring a session); the slot and context are always freed. */
  async withContext<T>(state: StorageState | undefined, fn: (ctx: BrowserContext) => Promise<T>, use: ContextUse = 'sync'): Promise<T> {
    if (this.closed) throw new Error('browser pool closed');
    const slot = await this.acquire(use);
    let ctx: BrowserContext | null = null;
    try {
      const browser = await this.launch();
      ctx = await browser.newContext({ storageState: state, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo', javaScriptEnabled: true });
      ctx.setDefaultTimeout(this.opts.timeoutMs ?? 20_000);
      ctx.setDefaultNavigationTimeout(this.opts.timeoutMs ?? 20_000);
      return await fn(ctx);
    } finally {
      await ctx?.close().catch(() => undefined);
      this.release(slot);
    }
  }

  /** Like withContext, but only if a slot is free right now (extra parallelism, never a wait). */
  async tryWithContext<T>(state: StorageState | undefined, fn: (ctx: BrowserContext) => Promise<T>): Promise<T | undefined> {
    if (this.closed || this.inUse >= this.opts.contexts) return undefined;
    return this.withContext(state, fn);
  }

  async close(): Promise<void> {
    this.closed = true;
    const b = this.browser;
    this.browser = null;
    if (b) await (await b.catch(() => null))?.close().catch(() => undefined);
  }
}
