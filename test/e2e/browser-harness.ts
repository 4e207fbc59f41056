// Shared setup of the browser tests: the whole platform in-process, the built client served by the
// router at its root, Debian's Chromium driven by Playwright (never a downloaded browser).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { startStack, type Stack } from '../stack';

const REPO_ROOT = resolve(__dirname, '../..');
const CLIENT_DIST = resolve(REPO_ROOT, 'client/dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserStack {
  stack: Stack;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/** Registers beforeAll/afterAll and returns a holder filled once the platform and browser are up. */
export function useBrowserStack(
  opts: { viewport?: { width: number; height: number }; timeoutMs?: number; /** Extra configuration, read when the stack starts. */ env?: () => Record<string, string> } = {},
): BrowserStack {
  const holder = {} as BrowserStack;
  beforeAll(async () => {
    if (!existsSync(resolve(CLIENT_DIST, 'index.html'))) {
      execFileSync('npm', ['run', 'build', '-w', 'client'], { cwd: REPO_ROOT, stdio: 'inherit' });
    }
    [holder.stack, holder.browser] = await Promise.all([
      // Anonymous requests count per IP across the run's parallel suites: a roomy limit keeps this one independent.
      startStack({ env: { CLIENT_DIST, RATE_LIMIT_IP_PER_MINUTE: '10000', ...opts.env?.() } }),
      chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      }),
    ]);
    holder.context = await holder.browser.newContext({ locale: 'pt-BR', timezoneId: 'America/Sao_Paulo', viewport: opts.viewport ?? { width: 1280, height: 860 } });
    holder.context.setDefaultTimeout(opts.timeoutMs ?? 10_000);
    holder.page = await holder.context.newPage();
  }, 120_000);
  afterAll(async () => {
    await holder.context?.close();
    await holder.browser?.close();
    await holder.stack?.stop();
  });
  return holder;
}

/** Signs in through the sign-in page, as a person does, and waits for the dashboard. */
export async function signInInBrowser(env: BrowserStack, email: string, password: string): Promise<void> {
  await env.page.goto(`${env.stack.router.url}/entrar`);
  await env.page.getByLabel('E-mail ou CPF').fill(email);
  await env.page.getByLabel('Senha').fill(password);
  await env.page.getByRole('button', { name: 'Entrar' }).click();
  await env.page.waitForURL('**/painel');
}
