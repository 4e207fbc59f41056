import type { BrowserContext, Page } from 'playwright';
import { checkBarcode, checkPix, parseDay, parseKwh, parseMoney, parseMonth, parsePercent, parseStatus, type PortalInvoiceStatus } from './parse';
import type { BrowserPool, StorageState } from './browser-pool';

/** The portal said the session is over (redirect to /login?expirado=1). */
export class SessionExpiredError extends Error {
  constructor() {
    super('Sessão expirada, conecte novamente');
  }
}

/** A page that kept failing, or could not be read. `message` is pt-BR, for the user. */
export class PortalPageError extends Error {}

export interface ScrapedUnit {
  uc: string;
  cdc: string | null;
  address: string | null;
  tariffClass: string | null;
  generator: boolean;
}

export interface ScrapedCredit {
  originMonth: string;
  kwh: number;
  expiresMonth: string;
}

/** What the portal's GD page of a plant shows (figures of `referenceMonth`; null when the page omits one). */
export interface ScrapedGd {
  referenceMonth: string | null;
  /** The plant's grid-access request day (Lei 14.300 Fio B exemption). */
  accessRequestedOn: string | null;
  injectedKwh: number | null;
  receivedKwh: number | null;
  compensatedKwh: number | null;
  balanceKwh: number;
  beneficiaries: Array<{ uc: string; percent: number; receivedKwh: number | null; compensatedKwh: number | null; balanceKwh: number; credits: ScrapedCredit[] }>;
  credits: ScrapedCredit[];
}

export interface ScrapedInvoice {
  portalId: string;
  referenceMonth: string;
  dueDate: string;
  amountCents: number;
  kwh: number;
  status: PortalInvoiceStatus;
  barcodeLine: string;
  barcodeValid: boolean;
  pixCopyPaste: string | null;
  pixValid: boolean | null;
  items: Array<{ description: string; amountCents: number }>;
}

export type LoginStartResult =
  | { ok: true; state: StorageState; maskedPhone: string | null }
  | { ok: false; reason: 'LOCKED' | 'REJECTED'; message: string };

export type LoginConfirmResult =
  | { ok: true; state: StorageState }
  | { ok: false; reason: 'WRONG_CODE' | 'LOCKED' | 'EXPIRED'; message: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function alertText(page: Page): Promise<string | null> {
  const el = page.locator('.alert-error').first();
  if (!(await el.count())) return null;
  return ((await el.textContent()) ?? '').trim() || null;
}

/**
 * Drives the utility portal like a person: plain pages and forms, never a private API. Every page
 * load goes through `open`, which retries 5xx answers with exponential backoff and turns a redirect
 * to the login page into SessionExpiredError.
 */
export class PortalRobot {
  constructor(
    readonly pool: BrowserPool,
    private readonly baseUrl: string,
    private readonly opts: { attempts: number; retryBaseMs: number },
  ) {}

  private url(path: string): string {
    return new URL(path, this.baseUrl).toString();
  }

  private onLoginPage(page: Page): boolean {
    return new URL(page.url()).pathname.startsWith('/login');
  }

  async open(page: Page, path: string): Promise<void> {
    let lastStatus = 0;
    for (let attempt = 0; attempt < this.opts.attempts; attempt++) {
      if (attempt > 0) await sleep(this.opts.retryBaseMs * 2 ** (attempt - 1));
      let status = 0;
      try {
        const resp = await page.goto(this.url(path), { waitUntil: 'domcontentloaded' });
        status = resp?.status() ?? 0;
      } catch (err) {
        // Network hiccup (connection reset, timeout): retried like a 5xx.
        lastStatus = -1;
        if (attempt === this.opts.attempts - 1) throw new PortalPageError(`O portal não respondeu (${(err as Error).message.split('\n')[0]}).`);
        continue;
      }
      if (this.onLoginPage(page)) throw new SessionExpiredError();
      if (status < 500) {
        if (status >= 400) throw new PortalPageError(`O portal respondeu ${status} para ${path}.`);
        return;
      }
      lastStatus = status;
    }
    const heading = (await page.locator('h1, .alert-error').first().textContent({ timeout: 1000 }).catch(() => null))?.trim();
    throw new PortalPageError(`O portal respondeu ${lastStatus} após ${this.opts.attempts} tentativas${heading ? `: ${heading}` : ''}.`);
  }

  /** Step 1: CPF/CNPJ + phone digits; the portal texts a code. Returns the pre-session state to resume step 2. */
  async startLogin(taxId: string, phoneLastDigits: string): Promise<LoginStartResult> {
    return this.pool.withContext(undefined, async (ctx) => {
      const page = await ctx.newPage();
      await this.openLoginForm(page, '/login');
      await page.fill('form#login-form input[name="documento"]', taxId);
      await page.fill('form#login-form input[name="telefone_final"]', phoneLastDigits);
      await page.click('form#login-form button[type="submit"]');
      await page.waitForSelector('form#code-form, .alert-error');
      if (await page.locator('form#code-form').count()) {
        const text = (await page.textContent('body')) ?? '';
        const masked = /final\s+(\d{4})/.exec(text)?.[1] ?? null;
        return { ok: true, state: await ctx.storageState(), maskedPhone: masked };
      }
      const message = ((await page.textContent('.alert-error')) ?? '').trim();
      return { ok: false, reason: /bloquead/i.test(message) ? 'LOCKED' : 'REJECTED', message: message || 'O portal recusou o acesso.' };
    }, 'interactive');
  }

  /** Step 2: the SMS code typed by the user, in the pre-session of step 1. */
  async confirmLogin(preState: StorageState, code: string): Promise<LoginConfirmResult> {
    return this.pool.withContext(preState, async (ctx) => {
      const page = await ctx.newPage();
      await this.openLoginForm(page, '/login/codigo');
      if (!(await page.locator('form#code-form').count())) {
        const alert = (await alertText(page));
        if (alert && /bloquead/i.test(alert)) return { ok: false, reason: 'LOCKED', message: alert };
        return { ok: false, reason: 'EXPIRED', message: 'O código expirou. Peça um novo código.' };
      }
      const before = (await alertText(page));
      if (before && /bloquead/i.test(before)) return { ok: false, reason: 'LOCKED', message: before };
      await page.fill('form#code-form input[name="codigo"]', code);
      const [resp] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login/codigo'),
        page.click('form#code-form button[type="submit"]'),
      ]);
      // Success is the session cookie set by the POST's redirect (the landing page itself may fail).
      if ((await ctx.cookies()).some((c) => c.name === 'PORTALSESSID')) return { ok: true, state: await ctx.storageState() };
      if (resp.status() >= 500) return { ok: false, reason: 'EXPIRED', message: 'O portal da distribuidora falhou ao validar o código. Peça um novo código.' };
      await page.waitForSelector('.alert-error, form#login-form');
      const message = (await alertText(page)) ?? '';
      if (/bloquead/i.test(message)) return { ok: false, reason: 'LOCKED', message };
      if (!message || /expirad/i.test(message)) return { ok: false, reason: 'EXPIRED', message: 'O código expirou. Peça um novo código.' };
      return { ok: false, reason: 'WRONG_CODE', message };
    }, 'interactive');
  }

  /** Login pages: retried on 5xx like any page (a redirect to /login is expected here). */
  private async openLoginForm(page: Page, path: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const resp = await page.goto(this.url(path), { waitUntil: 'domcontentloaded' });
      if ((resp?.status() ?? 0) < 500) return;
      if (attempt + 1 >= this.opts.attempts) throw new PortalPageError('O portal da distribuidora está indisponível. Tente novamente em instantes.');
      await sleep(this.opts.retryBaseMs * 2 ** attempt);
    }
  }

  async units(page: Page): Promise<ScrapedUnit[]> {
    await this.open(page, '/unidades');
    if (!(await page.locator('table#unidades').count())) throw new PortalPageError('Não foi possível ler a lista de unidades do portal.');
    const rows = await page.$$eval('table#unidades tbody tr[data-uc]', (trs) =>
      trs.map((tr) => {
        const cell = (c: string) => tr.querySelector(`td.${c}`)?.textContent?.trim() ?? null;
        return { uc: tr.getAttribute('data-uc') ?? '', cdc: cell('cdc'), address: cell('endereco'), tariffClass: cell('classe'), generator: !!tr.querySelector('span.badge-geradora') };
      }),
    );
    return rows.filter((r) => /^[0-9A-Za-z-]{1,40}$/.test(r.uc));
  }

  async gd(page: Page, uc: string): Promise<ScrapedGd> {
    await this.open(page, `/unidades/${encodeURIComponent(uc)}/gd`);
    const raw = await page.$eval('body', (body) => {
      const text = (sel: string, root: Pick<typeof body, 'querySelector'> = body) => root.querySelector(sel)?.textContent ?? null;
      const credits = (table: ReturnType<typeof body.querySelector>) =>
        table
          ? [...table.querySelectorAll(':scope > tbody > tr')].map((tr) => ({
              origin: text(':scope > td.origem', tr),
              kwh: text(':scope > td.kwh', tr),
              expires: text(':scope > td.validade', tr),
            }))
          : [];
      return {
        month: text('#mes-referencia'),
        requested: text('#data-solicitacao'),
        balance: text('#saldo-kwh'),
        injected: text('#injetada-kwh'),
        received: text('#recebida-kwh'),
        compensated: text('#compensada-kwh'),
        beneficiaries: [...body.querySelectorAll('table#beneficiarias > tbody > tr[data-uc]')].map((tr) => ({
          uc: tr.getAttribute('data-uc') ?? '',
          percent: text(':scope > td.percentual', tr),
          received: text(':scope > td.recebida', tr),
          compensated: text(':scope > td.compensada', tr),
          balance: text(':scope > td.saldo', tr),
          credits: credits(tr.querySelector('table.creditos-uc')),
        })),
        credits: credits(body.querySelector('table#creditos')),
      };
    });
    const fail = () => new PortalPageError(`Não foi possível ler os dados de geração distribuída da UC ${uc}.`);
    const balanceKwh = parseKwh(raw.balance);
    if (balanceKwh === null) throw new PortalPageError(`Não foi possível ler o saldo de créditos da UC ${uc}.`);
    // Optional figures: absent -> null; present but unreadable -> the page is not what we expect.
    const optional = <T,>(value: string | null, parse: (t: string) => T | null): T | null => {
      if (value === null || value.trim() === '' || value.trim() === '-') return null;
      const v = parse(value);
      if (v === null) throw fail();
      return v;
    };
    const credits = (rows: Array<{ origin: string | null; kwh: string | null; expires: string | null }>): ScrapedCredit[] =>
      rows
        .filter((c) => c.origin !== null)
        .map((c) => {
          const originMonth = parseMonth(c.origin);
          const kwh = parseKwh(c.kwh);
          const expiresMonth = parseMonth(c.expires);
          if (!originMonth || kwh === null || !expiresMonth) throw fail();
          return { originMonth, kwh, expiresMonth };
        });
    const beneficiaries = raw.beneficiaries.map((b) => {
      const percent = parsePercent(b.percent);
      const balance = parseKwh(b.balance);
      if (percent === null || balance === null) throw fail();
      return { uc: b.uc, percent, receivedKwh: optional(b.received, parseKwh), compensatedKwh: optional(b.compensated, parseKwh), balanceKwh: balance, credits: credits(b.credits) };
    });
    return {
      referenceMonth: optional(raw.month, parseMonth),
      accessRequestedOn: optional(raw.requested, parseDay),
      injectedKwh: optional(raw.injected, parseKwh),
      receivedKwh: optional(raw.received, parseKwh),
      compensatedKwh: optional(raw.compensated, parseKwh),
      balanceKwh,
      beneficiaries,
      credits: credits(raw.credits),
    };
  }

  async invoices(page: Page, uc: string): Promise<ScrapedInvoice[]> {
    await this.open(page, `/unidades/${encodeURIComponent(uc)}/faturas`);
    if (!(await page.locator('table#faturas').count())) throw new PortalPageError(`A página de faturas da UC ${uc} veio incompleta.`);
    const raw = await page.$$eval('table#faturas tbody tr[data-fatura]', (trs) =>
      trs.map((tr) => {
        const cell = (c: string) => tr.querySelector(`:scope > td.${c}`)?.textContent ?? null;
        return {
          id: tr.getAttribute('data-fatura') ?? '',
          ref: cell('referencia'),
          due: cell('vencimento'),
          amount: cell('valor'),
          kwh: cell('consumo'),
          status: cell('situacao'),
          line: tr.querySelector('details.detalhes span.linha-digitavel')?.textContent ?? null,
          pix: (tr.querySelector('details.detalhes textarea.pix') as unknown as { value?: string } | null)?.value ?? null,
          items: [...tr.querySelectorAll('details.detalhes table.itens tr')]
            .filter((r) => r.querySelector('td.descricao'))
            .map((r) => ({ description: r.querySelector('td.descricao')?.textContent?.trim() ?? '', amount: r.querySelector('td.valor')?.textContent ?? '' })),
        };
      }),
    );
    const today = new Date();
    return raw.map((r) => {
      const referenceMonth = parseMonth(r.ref);
      const dueDate = parseDay(r.due);
      const amountCents = parseMoney(r.amount);
      const kwh = parseKwh(r.kwh);
      const status = parseStatus(r.status);
      const items = r.items.map((i) => ({ description: i.description, amountCents: parseMoney(i.amount) }));
      if (!r.id || !referenceMonth || !dueDate || amountCents === null || kwh === null || !status || items.some((i) => i.amountCents === null)) {
        throw new PortalPageError(`Não foi possível ler a fatura ${r.id || '?'} da UC ${uc}.`);
      }
      const barcode = checkBarcode(r.line, today);
      const pix = checkPix(r.pix);
      return {
        portalId: r.id,
        referenceMonth,
        dueDate,
        amountCents,
        kwh,
        status,
        barcodeLine: barcode.line,
        barcodeValid: barcode.valid,
        pixCopyPaste: pix.pix,
        pixValid: pix.valid,
        items: items as ScrapedInvoice['items'],
      };
    });
  }

  /** The invoice PDF as the page's own script fetches it: session cookie + the page's bearer token. */
  async pdf(ctx: BrowserContext, uc: string, portalId: string): Promise<Buffer> {
    const page = await ctx.newPage();
    await this.open(page, '/unidades');
    const token = await page.getAttribute('meta[name="portal-token"]', 'content');
    if (!token) throw new PortalPageError('O portal não forneceu o token de download.');
    const path = `/unidades/${encodeURIComponent(uc)}/faturas/${encodeURIComponent(portalId)}/pdf`;
    for (let attempt = 0; ; attempt++) {
      const resp = await ctx.request.get(this.url(path), { headers: { authorization: `Bearer ${token}` }, maxRedirects: 0 });
      const status = resp.status();
      if (status === 302 || status === 401 || status === 403) throw new SessionExpiredError();
      if (status < 500) {
        const body = await resp.body();
        if (status !== 200 || body.subarray(0, 5).toString('latin1') !== '%PDF-') throw new PortalPageError('O portal não devolveu o PDF da fatura.');
        return body;
      }
      if (attempt + 1 >= this.opts.attempts) throw new PortalPageError('O portal não conseguiu gerar o PDF agora. Tente novamente.');
      await sleep(this.opts.retryBaseMs * 2 ** attempt);
    }
  }
}
