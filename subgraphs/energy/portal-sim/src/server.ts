// The simulated utility portal: Node's http module, a tiny router, sessions in memory.
import { randomBytes, randomInt } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { URL } from 'node:url';
import {
  defaultUnitCount,
  holderData,
  isoOf,
  mulberry32,
  normaliseTaxId,
  todayOf,
  type HolderData,
} from './data';
import {
  CSS,
  JS,
  codePage,
  errorPage,
  gdPage,
  invoicesPage,
  layout,
  loginPage,
  malformedInvoicesPage,
  smsPage,
  unitsPage,
  esc,
} from './html';
import { invoicePdf } from './pdf';

export interface PortalSwitches {
  /** Added to every response (default 0). */
  latencyMs: number;
  /** 0..1, share of authenticated page requests answered 500 (seeded RNG; default 0). */
  failureRate: number;
  /** Seed of the failure RNG (default 1); reseeded whenever failureRate or failureSeed is set. */
  failureSeed: number;
  /** Session cookie + bearer lifetime (default 30 min). */
  sessionTtlMs: number;
  /** The session dies after N authenticated requests (default null = never). */
  expireSessionAfterRequests: number | null;
  /** UC codes whose invoice page is broken (default []). */
  brokenUnits: string[];
  /** How a broken unit's invoice page breaks: a 500 error page (default) or malformed markup (200). */
  brokenMode: 'error' | 'malformed';
  /** Login lock after 3 wrong codes (default 15 min). */
  lockMs: number;
  /** taxId (normalised digits) -> number of units (default: derived 3..8 from the taxId). */
  unitsPerHolder: Record<string, number>;
}

export const DEFAULT_SWITCHES: PortalSwitches = {
  latencyMs: 0,
  failureRate: 0,
  failureSeed: 1,
  sessionTtlMs: 30 * 60_000,
  expireSessionAfterRequests: null,
  brokenUnits: [],
  brokenMode: 'error',
  lockMs: 15 * 60_000,
  unitsPerHolder: {},
};

export interface PortalSimOptions {
  /** Default 0 (a free port). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  switches?: Partial<PortalSwitches>;
  /** Clock (tests move it to expire codes, sessions and locks). */
  now?: () => Date;
}

export interface PortalSim {
  url: string;
  setSwitches(s: Partial<PortalSwitches>): void;
  /** Switches in force (a copy). */
  switches(): PortalSwitches;
  /** The last SMS code sent to this holder (any CPF/CNPJ form), or null. */
  lastCode(taxId: string): string | null;
  stop(): Promise<void>;
}

const CODE_TTL_MS = 5 * 60_000;
const PRE_SESSION_TTL_MS = 10 * 60_000;
const MAX_ATTEMPTS = 3;

interface PreSession {
  taxId: string;
  phone: string;
  expiresAt: number;
}
interface Session {
  taxId: string;
  token: string;
  expiresAt: number;
  requests: number;
}
interface SmsMessage {
  taxId: string;
  phone: string;
  code: string;
  at: Date;
}

const newId = () => randomBytes(24).toString('base64url');

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 64 * 1024) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const minutesLeft = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));
const lockedMessage = (ms: number) => {
  const n = minutesLeft(ms);
  return `Acesso bloqueado por excesso de tentativas. Tente novamente em ${n} ${n === 1 ? 'minuto' : 'minutos'}.`;
};
const maskPhone = (last4: string) => `(**) *****-${last4}`;

export async function startPortalSim(opts: PortalSimOptions = {}): Promise<PortalSim> {
  const now = opts.now ?? (() => new Date());
  let sw: PortalSwitches = { ...DEFAULT_SWITCHES, ...opts.switches };
  let failureRng = mulberry32(sw.failureSeed);

  const preSessions = new Map<string, PreSession>();
  const sessions = new Map<string, Session>();
  /** Current valid code per holder. */
  const codes = new Map<string, { code: string; expiresAt: number }>();
  const attempts = new Map<string, { wrong: number; lockedUntil: number }>();
  const sms: SmsMessage[] = [];
  const cache = new Map<string, HolderData>();

  const t = () => now().getTime();

  /** unitsPerHolder keys may be given masked ('529.982.247-25'): normalise them. */
  function normaliseSwitches(s: PortalSwitches): PortalSwitches {
    const unitsPerHolder: Record<string, number> = {};
    for (const [k, v] of Object.entries(s.unitsPerHolder ?? {})) unitsPerHolder[normaliseTaxId(k)?.value ?? k] = v;
    return { ...s, unitsPerHolder, brokenUnits: [...(s.brokenUnits ?? [])] };
  }
  sw = normaliseSwitches(sw);

  /** Drops expired sessions and pre-sessions (called on each login, so a long-running dev portal stays small). */
  function sweep() {
    const n = t();
    for (const [id, s] of sessions) if (s.expiresAt <= n) sessions.delete(id);
    for (const [id, p] of preSessions) if (p.expiresAt <= n) preSessions.delete(id);
  }

  function dataOf(taxId: string): HolderData {
    const units = sw.unitsPerHolder[taxId] ?? defaultUnitCount(taxId);
    const today = now();
    const key = `${taxId}|${units}|${isoOf(todayOf(today))}`;
    let data = cache.get(key);
    if (!data) {
      if (cache.size > 200) cache.clear();
      data = holderData(taxId, { units, today });
      cache.set(key, data);
    }
    return data;
  }

  function lockRemaining(taxId: string): number {
    const a = attempts.get(taxId);
    if (!a || a.lockedUntil <= t()) return 0;
    return a.lockedUntil - t();
  }

  function send(res: http.ServerResponse, status: number, body: string | Buffer, headers: Record<string, string | string[]> = {}) {
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-frame-options': 'DENY',
      ...headers,
    });
    res.end(body);
  }
  const redirect = (res: http.ServerResponse, to: string, cookies: string[] = []) =>
    send(res, 302, '', cookies.length ? { location: to, 'set-cookie': cookies } : { location: to });
  const json = (res: http.ServerResponse, status: number, value: unknown) =>
    send(res, status, JSON.stringify(value), { 'content-type': 'application/json; charset=utf-8' });
  const unavailable = (res: http.ServerResponse) =>
    send(
      res,
      500,
      layout({
        title: 'Serviço indisponível',
        body: `<section class="cartao erro"><h1>Serviço indisponível</h1><p>Estamos com instabilidade no momento. Tente novamente em instantes.</p></section>`,
      }),
    );

  const sessionCookie = (id: string) =>
    `PORTALSESSID=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${Math.max(1, Math.floor(sw.sessionTtlMs / 1000))}`;
  const clearCookie = (name: string) => `${name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;

  /** The session of an authenticated request, counting it; null after answering with the redirect. */
  function authenticate(req: http.IncomingMessage, res: http.ServerResponse): Session | null {
    const id = parseCookies(req.headers.cookie).PORTALSESSID;
    const s = id ? sessions.get(id) : undefined;
    if (!s || s.expiresAt <= t()) {
      if (id) sessions.delete(id);
      redirect(res, '/login?expirado=1', [clearCookie('PORTALSESSID')]);
      return null;
    }
    s.requests += 1;
    if (sw.expireSessionAfterRequests !== null && s.requests > sw.expireSessionAfterRequests) {
      sessions.delete(id!);
      redirect(res, '/login?expirado=1', [clearCookie('PORTALSESSID')]);
      return null;
    }
    return s;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (sw.latencyMs > 0) await sleep(sw.latencyMs);
    const url = new URL(req.url ?? '/', 'http://portal.local');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const cookies = parseCookies(req.headers.cookie);

    // --- public pages
    if (method === 'GET' && path === '/') return redirect(res, '/login');
    if (method === 'GET' && path === '/static/portal.css') return send(res, 200, CSS, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=300' });
    if (method === 'GET' && path === '/static/portal.js')
      return send(res, 200, JS, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=300' });
    if (method === 'GET' && path === '/favicon.ico') return send(res, 204, '');

    if (method === 'GET' && path === '/login') {
      return send(res, 200, loginPage({ info: url.searchParams.get('expirado') ? 'Sua sessão expirou. Entre novamente.' : null }));
    }
    if (method === 'POST' && path === '/login') {
      const form = new URLSearchParams(await readBody(req));
      const documento = form.get('documento') ?? '';
      const telefone = (form.get('telefone_final') ?? '').trim();
      const taxId = normaliseTaxId(documento);
      if (!taxId) return send(res, 200, loginPage({ error: 'CPF/CNPJ inválido.', documento, telefone }));
      if (!/^\d{4}$/.test(telefone))
        return send(res, 200, loginPage({ error: 'Informe os 4 últimos dígitos do celular cadastrado.', documento, telefone }));
      const locked = lockRemaining(taxId.value);
      if (locked > 0) return send(res, 200, loginPage({ error: lockedMessage(locked), documento, telefone }));
      sweep();
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      codes.set(taxId.value, { code, expiresAt: t() + CODE_TTL_MS });
      sms.unshift({ taxId: taxId.value, phone: telefone, code, at: now() });
      if (sms.length > 500) sms.length = 500;
      const pre = newId();
      preSessions.set(pre, { taxId: taxId.value, phone: telefone, expiresAt: t() + PRE_SESSION_TTL_MS });
      return redirect(res, '/login/codigo', [
        `pre_sessao=${pre}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${PRE_SESSION_TTL_MS / 1000}`,
      ]);
    }
    if (path === '/login/codigo' && (method === 'GET' || method === 'POST')) {
      const preId = cookies.pre_sessao;
      const pre = preId ? preSessions.get(preId) : undefined;
      if (!pre || pre.expiresAt <= t()) {
        if (preId) preSessions.delete(preId);
        return redirect(res, '/login');
      }
      const locked = lockRemaining(pre.taxId);
      if (method === 'GET') return send(res, 200, codePage({ phone: pre.phone, error: locked > 0 ? lockedMessage(locked) : null, locked: locked > 0 }));
      const form = new URLSearchParams(await readBody(req));
      const typed = (form.get('codigo') ?? '').replace(/\D/g, '');
      if (locked > 0) return send(res, 200, codePage({ phone: pre.phone, error: lockedMessage(locked), locked: true }));
      const current = codes.get(pre.taxId);
      if (!current || current.expiresAt <= t()) {
        return send(res, 200, codePage({ phone: pre.phone, error: 'Código expirado. Solicite um novo código.' }));
      }
      if (typed !== current.code) {
        const a = attempts.get(pre.taxId) ?? { wrong: 0, lockedUntil: 0 };
        a.wrong += 1;
        if (a.wrong >= MAX_ATTEMPTS) {
          a.wrong = 0;
          a.lockedUntil = t() + sw.lockMs;
          attempts.set(pre.taxId, a);
          codes.delete(pre.taxId);
          return send(res, 200, codePage({ phone: pre.phone, error: `Código inválido. ${lockedMessage(sw.lockMs)}`, locked: true }));
        }
        attempts.set(pre.taxId, a);
        const left = MAX_ATTEMPTS - a.wrong;
        return send(res, 200, codePage({ phone: pre.phone, error: `Código inválido. ${left === 1 ? 'Resta 1 tentativa' : `Restam ${left} tentativas`}.` }));
      }
      codes.delete(pre.taxId);
      attempts.delete(pre.taxId);
      preSessions.delete(preId!);
      const id = newId();
      sessions.set(id, { taxId: pre.taxId, token: newId(), expiresAt: t() + sw.sessionTtlMs, requests: 0 });
      return redirect(res, '/unidades', [sessionCookie(id), clearCookie('pre_sessao')]);
    }
    if (method === 'GET' && path === '/sms') return send(res, 200, smsPage(sms.map((m) => ({ ...m, phone: maskPhone(m.phone) }))));
    if (method === 'GET' && path === '/sms/ultimo') {
      const taxId = normaliseTaxId(url.searchParams.get('documento') ?? '');
      const m = taxId ? sms.find((x) => x.taxId === taxId.value) : undefined;
      return m ? json(res, 200, { code: m.code, sentAt: m.at.toISOString() }) : json(res, 404, { code: null });
    }
    if (method === 'GET' && path === '/__switches') {
      return send(
        res,
        200,
        layout({
          title: 'Chaves de simulação',
          body: `<h1>Chaves de simulação (desenvolvimento)</h1><pre id="switches">${esc(JSON.stringify(sw, null, 2))}</pre>
<p>Altere pelo pacote (<code>setSwitches</code>) ou ao iniciar o simulador.</p>`,
        }),
      );
    }
    if (method === 'GET' && path === '/sair') {
      const id = cookies.PORTALSESSID;
      if (id) sessions.delete(id);
      return redirect(res, '/login', [clearCookie('PORTALSESSID')]);
    }

    // --- authenticated pages
    const m = /^\/unidades(?:\/(\d{10})(?:\/(faturas|gd)(?:\/(\d+)\/pdf)?)?)?$/.exec(path);
    if (method !== 'GET' || !m || (m[3] && m[2] !== 'faturas')) return send(res, 404, errorPage('Página não encontrada', 'O endereço acessado não existe.'));
    const session = authenticate(req, res);
    if (!session) return;
    if (sw.failureRate > 0 && failureRng() < sw.failureRate) return unavailable(res);

    const holder = dataOf(session.taxId);
    const [, uc, section, invoiceId] = m;
    if (!uc) return send(res, 200, unitsPage(holder, session.token));
    const unit = holder.units.find((u) => u.uc === uc);
    if (!unit || !section) return send(res, 404, errorPage('Unidade não encontrada', 'Esta unidade consumidora não está vinculada ao seu cadastro.'));
    if (section === 'gd') {
      if (!unit.generator) return send(res, 404, errorPage('Unidade sem geração distribuída', 'Esta unidade não é uma unidade geradora.'));
      return send(res, 200, gdPage(holder, unit, session.token));
    }
    if (!invoiceId) {
      if (sw.brokenUnits.includes(unit.uc)) {
        if (sw.brokenMode === 'malformed') return send(res, 200, malformedInvoicesPage(holder, unit, session.token));
        return send(res, 500, errorPage('Erro', 'Não foi possível carregar as faturas desta unidade. Tente novamente mais tarde.'));
      }
      return send(res, 200, invoicesPage(holder, unit, session.token));
    }
    const auth = req.headers.authorization ?? '';
    if (auth !== `Bearer ${session.token}`) {
      return send(res, 401, errorPage('Acesso não autorizado', 'Token de acesso ausente ou inválido.'), { 'www-authenticate': 'Bearer' });
    }
    const invoice = unit.invoices.find((i) => i.id === invoiceId);
    if (!invoice) return send(res, 404, errorPage('Fatura não encontrada', 'Esta fatura não existe para a unidade.'));
    const pdf = await invoicePdf(holder, unit, invoice);
    return send(res, 200, pdf, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="fatura-${unit.uc}-${invoice.referenceMonth}.pdf"`,
    });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, errorPage('Erro interno', 'Ocorreu um erro inesperado.'));
      else res.destroy();
    });
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    setSwitches(s) {
      sw = normaliseSwitches({ ...sw, ...s });
      if (s.failureRate !== undefined || s.failureSeed !== undefined) failureRng = mulberry32(sw.failureSeed);
    },
    switches: () => ({ ...sw, brokenUnits: [...sw.brokenUnits], unitsPerHolder: { ...sw.unitsPerHolder } }),
    lastCode(taxId) {
      const id = normaliseTaxId(taxId);
      if (!id) return null;
      return sms.find((x) => x.taxId === id.value)?.code ?? null;
    },
    stop() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
