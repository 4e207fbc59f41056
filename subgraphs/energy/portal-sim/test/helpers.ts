// HTTP helpers for the portal tests: fetch with a manual cookie jar, and tiny extractors for the
// server-rendered markup (the selectors of PORTAL-CONTRACT.md, read the way a scraper would).
import { startPortalSim, type PortalSim, type PortalSwitches } from '../src';

export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

export class Client {
  jar = new Map<string, string>();
  /** Raw Set-Cookie headers of the last response. */
  lastSetCookie: string[] = [];
  constructor(readonly base: string) {}

  cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async req(path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (this.jar.size) headers.cookie = this.cookieHeader();
    const res = await fetch(this.base + path, { method: init.method ?? 'GET', body: init.body, headers, redirect: 'manual' });
    this.lastSetCookie = res.headers.getSetCookie();
    for (const c of this.lastSetCookie) {
      const [pair, ...attrs] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (!value || expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return res;
  }

  get(path: string, headers?: Record<string, string>) {
    return this.req(path, { headers });
  }

  post(path: string, form: Record<string, string>) {
    return this.req(path, { method: 'POST', body: new URLSearchParams(form).toString(), headers: FORM });
  }

  /** POST /login, then the code from the portal's SMS inbox, then POST /login/codigo. Returns the token. */
  async login(portal: PortalSim, documento: string, telefone = '1234'): Promise<string> {
    const r1 = await this.post('/login', { documento, telefone_final: telefone });
    if (r1.status !== 302) throw new Error(`login: ${r1.status} ${await r1.text()}`);
    const code = portal.lastCode(documento);
    const r2 = await this.post('/login/codigo', { codigo: code! });
    if (r2.status !== 302) throw new Error(`code: ${r2.status} ${await r2.text()}`);
    const page = await (await this.get('/unidades')).text();
    return portalToken(page)!;
  }
}

export async function withPortal(switches: Partial<PortalSwitches> = {}, now?: () => Date) {
  return startPortalSim({ switches, now });
}

export function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const stripTags = (s: string) => decode(s.replace(/<[^>]*>/g, '')).trim();

export function portalToken(html: string): string | null {
  return /<meta name="portal-token" content="([^"]+)">/.exec(html)?.[1] ?? null;
}

export function alertError(html: string): string | null {
  const m = /<div class="alert alert-error"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  return m ? stripTags(m[1]!) : null;
}

/** Text of the first element with the given class inside a fragment. */
export function cell(fragment: string, cls: string, tag = 'td'): string | null {
  const m = new RegExp(`<${tag} class="${cls}"[^>]*>([\\s\\S]*?)</${tag}>`).exec(fragment);
  return m ? stripTags(m[1]!) : null;
}

export function allCells(fragment: string, cls: string, tag = 'td'): string[] {
  return [...fragment.matchAll(new RegExp(`<${tag} class="${cls}"[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => stripTags(m[1]!));
}

/** The <tbody> of table#id. */
export function tbody(html: string, id: string): string {
  const start = html.indexOf(`<table id="${id}"`);
  if (start < 0) return '';
  const body = html.indexOf('<tbody>', start);
  // Nested tables (table.itens) have their own tbody: find the matching close by counting.
  let depth = 0;
  const re = /<tbody>|<\/tbody>/g;
  re.lastIndex = body;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    depth += m[0] === '<tbody>' ? 1 : -1;
    if (depth === 0) return html.slice(body + 7, m.index);
  }
  return '';
}

/** Top-level rows of a tbody with the given data attribute: [attr value, row html]. */
export function rows(body: string, attr: string): [string, string][] {
  const out: [string, string][] = [];
  const re = new RegExp(`<tr ${attr}="([^"]+)"[^>]*>`, 'g');
  const starts = [...body.matchAll(re)];
  starts.forEach((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.index! : body.length;
    out.push([m[1]!, body.slice(m.index!, end)]);
  });
  return out;
}

/** The row's own cell (skips nested tables, e.g. td.valor of the items table). */
export function ownCell(row: string, cls: string): string | null {
  const nested = row.indexOf('<details');
  return cell(nested >= 0 ? row.slice(0, nested) : row, cls);
}

/** Text drawn in a pdfkit PDF: inflates the content streams and decodes the hex glyph strings (WinAnsi). */
export function pdfText(pdf: Buffer): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const zlib = require('node:zlib') as typeof import('node:zlib');
  const s = pdf.toString('latin1');
  const out: string[] = [];
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endstream', start);
    let content: string;
    try {
      content = zlib.inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const t of content.matchAll(/<([0-9a-f]+)>/g)) out.push(Buffer.from(t[1]!, 'hex').toString('latin1'));
  }
  return out.join('');
}
