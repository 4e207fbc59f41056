import { chromium, type Browser, type BrowserContext } from 'playwright';
import type { Logger } from 'pino';

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * One headless Debian Chromium per worker process (launched on first use, never downloaded) and a
 * bounded number of browser contexts across every job of the process. Contexts are cheap and
 * isolated (cookies, storage): each portal session gets its own.
 */
export class BrowserPool {
  private browser: Promise<Browser> | null = null;
  private inUse = 0;
  private readonly waiting: Array<() => void> = [];
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

  private async acquire(): Promise<void> {
    if (this.inUse < this.opts.contexts) {
      this.inUse++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.inUse--;
  }

  /** Runs `fn` in a fresh context (optionally restoring a session); the slot and context are always freed. */
  async withContext<T>(state: StorageState | undefined, fn: (ctx: BrowserContext) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('browser pool closed');
    await this.acquire();
    let ctx: BrowserContext | null = null;
    try {
      const browser = await this.launch();
      ctx = await browser.newContext({ storageState: state, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo', javaScriptEnabled: true });
      ctx.setDefaultTimeout(this.opts.timeoutMs ?? 20_000);
      ctx.setDefaultNavigationTimeout(this.opts.timeoutMs ?? 20_000);
      return await fn(ctx);
    } finally {
      await ctx?.close().catch(() => undefined);
      this.release();
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
