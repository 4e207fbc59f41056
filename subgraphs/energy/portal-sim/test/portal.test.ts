// HTTP-level tests of the simulated utility portal: what the robot relies on (PORTAL-CONTRACT.md).
import { generateCnpj, generateCpf, parsePix, validateBoletoLine, formatBoletoLine, formatBRL, validateTaxId } from '@prumo/br';
import { holderData, startPortalSim, type PortalSim } from '../src';
import { mulberry32 } from '../src/data';
import { Client, alertError, allCells, cell, ownCell, pdfText, portalToken, rows, tbody } from './helpers';

const CPF = '529.982.247-25';
const CPF_DIGITS = '52998224725';
const CNPJ = '11.444.777/0001-61';

/** A controllable clock: the portal and holderData see the same "now". */
function clock(iso = '2026-11-22T15:00:00Z') {
  let t = new Date(iso).getTime();
  return { now: () => new Date(t), advance: (ms: number) => (t += ms), date: () => new Date(t) };
}

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const mmyyyy = (ym: string) => `${ym.slice(5, 7)}/${ym.slice(0, 4)}`;
const kwh = (n: number) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} kWh`;

describe('portal-sim', () => {
  let portal: PortalSim;
  const c = clock();
  beforeAll(async () => {
    portal = await startPortalSim({ now: c.now, switches: { lockMs: 10 * 60_000 } });
  });
  afterAll(() => portal.stop());

  describe('login', () => {
    it('redirects / to the login form, which has the contract fields', async () => {
      const client = new Client(portal.url);
      const root = await client.get('/');
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/login');
      const html = await (await client.get('/login')).text();
      expect(html).toContain('<form id="login-form" method="post" action="/login"');
      expect(html).toMatch(/<input[^>]+name="documento"/);
      expect(html).toMatch(/<input[^>]+name="telefone_final"/);
      expect(html).toMatch(/<button type="submit"/);
      expect(html).toContain('lang="pt-BR"');
    });

    it('rejects an invalid CPF/CNPJ with .alert-error and no pre-session', async () => {
      const client = new Client(portal.url);
      const res = await client.post('/login', { documento: '123.456.789-00', telefone_final: '1234' });
      expect(res.status).toBe(200);
      expect(alertError(await res.text())).toBe('CPF/CNPJ inválido.');
      expect(client.jar.has('pre_sessao')).toBe(false);
    });

    it('rejects phone digits that are not 4 digits', async () => {
      const client = new Client(portal.url);
      const res = await client.post('/login', { documento: CPF, telefone_final: '12a' });
      expect(alertError(await res.text())).toMatch(/4 últimos dígitos/);
    });

    it('logs in with CPF + SMS code: pre_sessao, then an httpOnly PORTALSESSID and a bearer in the page', async () => {
      const client = new Client(portal.url);
      const r1 = await client.post('/login', { documento: CPF, telefone_final: '4321' });
      expect(r1.status).toBe(302);
      expect(r1.headers.get('location')).toBe('/login/codigo');
      expect(client.jar.has('pre_sessao')).toBe(true);

      const codePage = await (await client.get('/login/codigo')).text();
      expect(codePage).toContain('<form id="code-form"');
      expect(codePage).toMatch(/<input[^>]+name="codigo"/);
      expect(codePage).toContain('Enviamos um código por SMS para o celular final 4321');

      const code = portal.lastCode(CPF);
      expect(code).toMatch(/^\d{6}$/);
      expect(portal.lastCode(CPF_DIGITS)).toBe(code);

      const r2 = await client.post('/login/codigo', { codigo: code! });
      expect(r2.status).toBe(302);
      expect(r2.headers.get('location')).toBe('/unidades');
      const sess = client.lastSetCookie.find((s) => s.startsWith('PORTALSESSID='))!;
      expect(sess).toMatch(/HttpOnly/i);
      expect(sess).toMatch(/Max-Age=1800/);
      expect(client.jar.has('pre_sessao')).toBe(false);

      const units = await client.get('/unidades');
      expect(units.status).toBe(200);
      const html = await units.text();
      expect(portalToken(html)).toMatch(/^[\w-]{20,}$/);
      expect(html).toContain(holderData(CPF, { today: c.date() }).name);
    });

    it('accepts a CNPJ, masked or bare', async () => {
      const client = new Client(portal.url);
      const token = await client.login(portal, CNPJ.replace(/\D/g, ''));
      expect(token).toBeTruthy();
      const html = await (await client.get('/unidades')).text();
      expect(html).toContain('11.444.777/0001-61');
    });

    it('sends a new random code per request; the SMS inbox shows it (HTML and JSON)', async () => {
      const client = new Client(portal.url);
      const seen = new Set<string>();
      for (let i = 0; i < 4; i++) {
        await client.post('/login', { documento: CPF, telefone_final: '9876' });
        seen.add(portal.lastCode(CPF)!);
      }
      expect(seen.size).toBeGreaterThan(1);
      const code = portal.lastCode(CPF)!;
      const inbox = await (await client.get('/sms')).text();
      const body = tbody(inbox, 'sms-inbox');
      expect(body).toContain(code);
      expect(allCells(body, 'codigo')[0]).toBe(code);
      expect(allCells(body, 'telefone')[0]).toBe('(**) *****-9876');
      const json = (await (await client.get(`/sms/ultimo?documento=${CPF_DIGITS}`)).json()) as { code: string };
      expect(json.code).toBe(code);
      const none = await client.get('/sms/ultimo?documento=11144477735');
      expect(none.status).toBe(404);
      // Only the newest code is valid.
      const stale = [...seen].find((s) => s !== code);
      if (stale) {
        const r = await client.post('/login/codigo', { codigo: stale });
        expect(alertError(await r.text())).toMatch(/^Código inválido/);
      }
    });

    it('counts wrong codes, then locks the holder for lockMs (login and code pages say "bloqueado")', async () => {
      const holder = '111.444.777-35';
      const client = new Client(portal.url);
      await client.post('/login', { documento: holder, telefone_final: '1111' });
      const right = portal.lastCode(holder)!;
      const wrong = right === '000000' ? '111111' : '000000';

      const w1 = await client.post('/login/codigo', { codigo: wrong });
      expect(w1.status).toBe(200);
      expect(alertError(await w1.text())).toBe('Código inválido. Restam 2 tentativas.');
      const w2 = await client.post('/login/codigo', { codigo: wrong });
      expect(alertError(await w2.text())).toBe('Código inválido. Resta 1 tentativa.');
      const w3 = await client.post('/login/codigo', { codigo: wrong });
      expect(alertError(await w3.text())).toBe(
        'Código inválido. Acesso bloqueado por excesso de tentativas. Tente novamente em 10 minutos.',
      );
      // Even the right code is refused while locked.
      const r = await client.post('/login/codigo', { codigo: right });
      expect(r.status).toBe(200);
      expect(alertError(await r.text())).toMatch(/bloqueado/);
      expect(client.jar.has('PORTALSESSID')).toBe(false);

      // A new login is refused too, with the remaining minutes; no new code is sent.
      c.advance(4 * 60_000);
      const again = await new Client(portal.url).post('/login', { documento: holder, telefone_final: '1111' });
      expect(alertError(await again.text())).toBe('Acesso bloqueado por excesso de tentativas. Tente novamente em 6 minutos.');
      expect(portal.lastCode(holder)).toBe(right);

      // Other holders are not affected.
      await new Client(portal.url).login(portal, CPF);

      // After the lock the holder logs in normally.
      c.advance(6 * 60_000 + 1000);
      const fresh = new Client(portal.url);
      expect(await fresh.login(portal, holder, '1111')).toBeTruthy();
    });

    it('expires a code after 5 minutes', async () => {
      const client = new Client(portal.url);
      await client.post('/login', { documento: CNPJ, telefone_final: '2222' });
      const code = portal.lastCode(CNPJ)!;
      c.advance(5 * 60_000 + 1);
      const r = await client.post('/login/codigo', { codigo: code });
      expect(alertError(await r.text())).toBe('Código expirado. Solicite um novo código.');
      expect(client.jar.has('PORTALSESSID')).toBe(false);
    });

    it('sends /login/codigo without a pre-session back to /login', async () => {
      const r = await new Client(portal.url).get('/login/codigo');
      expect(r.status).toBe(302);
      expect(r.headers.get('location')).toBe('/login');
    });
  });

  describe('sessions', () => {
    it('redirects unauthenticated pages to /login?expirado=1, which shows a notice', async () => {
      const client = new Client(portal.url);
      for (const path of ['/unidades', '/unidades/1234567890/faturas', '/unidades/1234567890/gd', '/unidades/1234567890/faturas/1/pdf']) {
        const r = await client.get(path);
        expect(r.status).toBe(302);
        expect(r.headers.get('location')).toBe('/login?expirado=1');
      }
      const html = await (await client.get('/login?expirado=1')).text();
      expect(html).toContain('Sua sessão expirou');
      expect(alertError(html)).toBeNull();
    });

    it('expires the session (cookie and bearer) after sessionTtlMs', async () => {
      const client = new Client(portal.url);
      await client.login(portal, CPF);
      c.advance(29 * 60_000);
      expect((await client.get('/unidades')).status).toBe(200);
      c.advance(2 * 60_000);
      const r = await client.get('/unidades');
      expect(r.status).toBe(302);
      expect(r.headers.get('location')).toBe('/login?expirado=1');
    });

    it('kills the session after N authenticated requests (mid-sync expiry)', async () => {
      const p = await startPortalSim({ switches: { expireSessionAfterRequests: 3 } });
      try {
        const client = new Client(p.url);
        await client.login(p, CPF); // request 1: /unidades
        const uc = holderData(CPF).units[0]!.uc;
        expect((await client.get(`/unidades/${uc}/faturas`)).status).toBe(200); // 2
        expect((await client.get('/unidades')).status).toBe(200); // 3
        const r = await client.get(`/unidades/${uc}/faturas`); // 4
        expect(r.status).toBe(302);
        expect(r.headers.get('location')).toBe('/login?expirado=1');
        // A new login gives a new working session.
        await client.login(p, CPF);
        expect((await client.get('/unidades')).status).toBe(200);
        // Switches apply at runtime.
        p.setSwitches({ expireSessionAfterRequests: null });
        for (let i = 0; i < 5; i++) expect((await client.get('/unidades')).status).toBe(200);
      } finally {
        await p.stop();
      }
    });

    it('logs out on /sair', async () => {
      const client = new Client(portal.url);
      await client.login(portal, CPF);
      await client.get('/sair');
      expect((await client.get('/unidades')).status).toBe(302);
    });
  });

  describe('pages match holderData', () => {
    let client: Client;
    let token: string;
    beforeAll(async () => {
      client = new Client(portal.url);
      token = await client.login(portal, CNPJ);
    });

    it('lists the units with uc, cdc, address, class, generator badge and links', async () => {
      const data = holderData(CNPJ, { today: c.date() });
      const html = await (await client.get('/unidades')).text();
      const list = rows(tbody(html, 'unidades'), 'data-uc');
      expect(list.map(([uc]) => uc)).toEqual(data.units.map((u) => u.uc));
      for (const [uc, row] of list) {
        const u = data.units.find((x) => x.uc === uc)!;
        expect(cell(row, 'uc')).toBe(u.uc);
        expect(u.uc).toMatch(/^\d{10}$/);
        expect(cell(row, 'cdc')).toBe(u.cdc);
        expect(cell(row, 'endereco')).toBe(u.address);
        expect(cell(row, 'classe')).toBe(u.tariffClass);
        expect(['B1 residencial', 'B3 comercial']).toContain(u.tariffClass);
        expect(row.includes('<span class="badge badge-geradora">Geradora</span>')).toBe(u.generator);
        expect(row).toContain(`<a class="ver-faturas" href="/unidades/${uc}/faturas">`);
        expect(row.includes(`<a class="ver-gd" href="/unidades/${uc}/gd">`)).toBe(u.generator);
      }
    });

    it('shows 24 invoices per unit, newest first, with valid segment-3 lines and PIX codes', async () => {
      const data = holderData(CNPJ, { today: c.date() });
      for (const unit of data.units) {
        const html = await (await client.get(`/unidades/${unit.uc}/faturas`)).text();
        expect(portalToken(html)).toBe(token);
        const list = rows(tbody(html, 'faturas'), 'data-fatura');
        expect(list).toHaveLength(24);
        expect(list.map(([id]) => id)).toEqual(unit.invoices.map((i) => i.id));
        const months = unit.invoices.map((i) => i.referenceMonth);
        expect([...months].sort().reverse()).toEqual(months);
        for (const [id, row] of list) {
          const inv = unit.invoices.find((i) => i.id === id)!;
          expect(ownCell(row, 'referencia')).toBe(mmyyyy(inv.referenceMonth));
          expect(ownCell(row, 'vencimento')).toBe(ddmmyyyy(inv.dueDate));
          expect(ownCell(row, 'valor')).toBe(formatBRL(inv.amountCents));
          expect(ownCell(row, 'consumo')).toBe(kwh(inv.kwh));
          expect(ownCell(row, 'situacao')).toBe({ PAGA: 'Paga', EM_ABERTO: 'Em aberto', VENCIDA: 'Vencida' }[inv.status]);

          // Barcode line: 48 digits, energy segment, valid DVs, amount equal to the invoice.
          expect(inv.barcodeLine).toMatch(/^83\d{46}$/);
          const line = validateBoletoLine(inv.barcodeLine, c.date());
          expect(line.ok).toBe(true);
          if (line.ok && line.value.kind === 'ARRECADACAO') {
            expect(line.value.segment).toBe(3);
            expect(line.value.amountCents).toBe(inv.amountCents);
          } else throw new Error('not an arrecadação line');
          const shown = cell(row, 'linha-digitavel', 'span')!;
          expect(shown).toBe(formatBoletoLine(inv.barcodeLine));
          expect(validateBoletoLine(shown, c.date()).ok).toBe(true);

          // PIX: present and valid for unpaid invoices, with the same amount; absent for paid ones.
          const pix = /<textarea class="pix"[^>]*>([^<]*)<\/textarea>/.exec(row)?.[1] ?? null;
          if (inv.status === 'PAGA') {
            expect(inv.pixCopyPaste).toBeNull();
            expect(pix).toBeNull();
          } else {
            expect(pix).toBe(inv.pixCopyPaste);
            const parsed = parsePix(pix);
            expect(parsed.ok).toBe(true);
            if (parsed.ok) expect(parsed.value.amountCents).toBe(inv.amountCents);
          }

          // Items add up to the amount and are all on the page.
          expect(inv.items.reduce((s, i) => s + i.amountCents, 0)).toBe(inv.amountCents);
          const itemsTable = row.slice(row.indexOf('<table class="itens">'));
          expect(allCells(itemsTable, 'descricao')).toEqual(inv.items.map((i) => i.description));
          expect(allCells(itemsTable, 'valor')).toEqual(inv.items.map((i) => formatBRL(i.amountCents)));
          expect(row).toContain(`<a class="baixar-pdf" href="#" data-href="/unidades/${unit.uc}/faturas/${id}/pdf"`);
        }
        // Status rules: older ones paid, the latest open, at most the previous one overdue/open.
        expect(unit.invoices[0]!.status).toBe('EM_ABERTO');
        expect(unit.invoices.slice(2).every((i) => i.status === 'PAGA')).toBe(true);
      }
    });

    it('shows the GD page of each generator: access request, month figures, balances, beneficiaries with percentages and their credits', async () => {
      const data = holderData(CNPJ, { today: c.date() });
      const generators = data.units.filter((u) => u.generator);
      expect(generators.length).toBeGreaterThan(0);
      const byId = (html: string, id: string) => new RegExp(`id="${id}">([^<]*)<`).exec(html)?.[1];
      const creditCells = (table: string, credits: typeof data.units[number]['credits']) => {
        expect(allCells(table, 'origem')).toEqual(credits.map((x) => mmyyyy(x.originMonth)));
        expect(allCells(table, 'kwh')).toEqual(credits.map((x) => kwh(x.kwh)));
        expect(allCells(table, 'validade')).toEqual(credits.map((x) => mmyyyy(x.expiresMonth)));
      };
      for (const g of generators) {
        const html = await (await client.get(`/unidades/${g.uc}/gd`)).text();
        expect(byId(html, 'saldo-kwh')).toBe(kwh(g.creditBalanceKwh));
        expect(byId(html, 'data-solicitacao')).toBe(ddmmyyyy(g.accessRequestDate!));
        expect(byId(html, 'conexao')).toBe(mmyyyy(g.connectionMonth!));
        expect(byId(html, 'mes-referencia')).toBe(mmyyyy(g.gd!.referenceMonth));
        expect(byId(html, 'injetada-kwh')).toBe(kwh(g.gd!.injectedKwh!));
        expect(byId(html, 'recebida-kwh')).toBe(kwh(g.gd!.receivedKwh));
        expect(byId(html, 'compensada-kwh')).toBe(kwh(g.gd!.compensatedKwh));
        expect(g.creditBalanceKwh).toBe(g.credits.reduce((s, x) => s + x.kwh, 0));
        const bens = rows(tbody(html, 'beneficiarias'), 'data-uc');
        const expected = data.units.filter((u) => u.parentUc === g.uc);
        expect(bens.map(([uc]) => uc)).toEqual(expected.map((u) => u.uc));
        for (const [uc, row] of bens) {
          const b = expected.find((u) => u.uc === uc)!;
          expect(cell(row, 'uc')).toBe(uc);
          expect(cell(row, 'percentual')).toBe(`${b.allocationPercent!.toFixed(2).replace('.', ',')}%`);
          expect(cell(row, 'recebida')).toBe(kwh(b.gd!.receivedKwh));
          expect(cell(row, 'compensada')).toBe(kwh(b.gd!.compensatedKwh));
          expect(cell(row, 'saldo')).toBe(kwh(b.creditBalanceKwh));
          creditCells(row.slice(row.indexOf('<table class="creditos-uc">')), b.credits);
        }
        creditCells(tbody(html, 'creditos'), g.credits);
        for (const cr of g.credits) {
          const [y, m] = cr.originMonth.split('-').map(Number);
          expect(cr.expiresMonth).toBe(`${y! + 5}-${String(m).padStart(2, '0')}`);
        }
      }
      // Non-generators have no GD page.
      const plain = data.units.find((u) => !u.generator)!;
      expect((await client.get(`/unidades/${plain.uc}/gd`)).status).toBe(404);
    });

    it('answers 404 for a unit of another holder', async () => {
      const other = holderData(CPF, { today: c.date() }).units[0]!.uc;
      expect((await client.get(`/unidades/${other}/faturas`)).status).toBe(404);
    });

    it('serves the PDF only with the session cookie AND the bearer token', async () => {
      const unit = holderData(CNPJ, { today: c.date() }).units[0]!;
      const inv = unit.invoices[0]!;
      const path = `/unidades/${unit.uc}/faturas/${inv.id}/pdf`;
      const noBearer = await client.get(path);
      expect(noBearer.status).toBe(401);
      const wrongBearer = await client.get(path, { authorization: 'Bearer nope' });
      expect(wrongBearer.status).toBe(401);
      const noCookie = await fetch(portal.url + path, { headers: { authorization: `Bearer ${token}` }, redirect: 'manual' });
      expect(noCookie.status).toBe(302);
      // Another holder's token does not open this session's PDF either.
      const other = new Client(portal.url);
      const otherToken = await other.login(portal, CPF);
      expect((await client.get(path, { authorization: `Bearer ${otherToken}` })).status).toBe(401);

      const ok = await client.get(path, { authorization: `Bearer ${token}` });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await ok.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeLessThan(20_000);
      // The document info is plain text: title names the month and the UC.
      expect(pdf.toString('latin1')).toContain(`Fatura ${mmyyyy(inv.referenceMonth)} UC ${unit.uc}`);
      // Drawn from the same data as the page.
      const text = pdfText(pdf);
      const holder = holderData(CNPJ, { today: c.date() });
      for (const expected of [
        holder.name,
        holder.taxIdFormatted,
        unit.uc,
        `Referência: ${mmyyyy(inv.referenceMonth)}`,
        `Vencimento: ${ddmmyyyy(inv.dueDate)}`,
        `Consumo: ${kwh(inv.kwh)}`,
        `Total a pagar: ${formatBRL(inv.amountCents)}`,
        formatBoletoLine(inv.barcodeLine)!,
        inv.pixCopyPaste!,
      ]) {
        expect(text).toContain(expected);
      }
      // Unknown invoice id.
      expect((await client.get(`/unidades/${unit.uc}/faturas/999/pdf`, { authorization: `Bearer ${token}` })).status).toBe(404);
    });
  });

  describe('holder data', () => {
    it('is deterministic per holder and differs between holders', () => {
      const today = new Date('2026-11-22T15:00:00Z');
      expect(holderData(CPF, { today })).toEqual(holderData(CPF_DIGITS, { today }));
      const a = holderData(CPF, { today });
      const b = holderData('111.444.777-35', { today });
      expect(a.units.map((u) => u.uc)).not.toEqual(b.units.map((u) => u.uc));
      expect(a.name).not.toBe(b.name);
    });

    it('keeps an invoice of a given month when today moves on (only the status may change)', () => {
      const nov = holderData(CPF, { today: new Date('2026-11-22T15:00:00Z') });
      const dec = holderData(CPF, { today: new Date('2026-12-22T15:00:00Z') });
      const a = nov.units[0]!.invoices[0]!;
      const b = dec.units[0]!.invoices[1]!;
      expect(b.referenceMonth).toBe(a.referenceMonth);
      expect({ ...b, status: a.status, pixCopyPaste: a.pixCopyPaste }).toEqual(a);
      expect(dec.units[0]!.invoices[0]!.referenceMonth).toBe('2026-12');
    });

    it('uses the São Paulo calendar for the current month', () => {
      // 02:00 UTC on 1 Dec is still 30 Nov in São Paulo.
      const d = holderData(CPF, { today: new Date('2026-12-01T02:00:00Z') });
      expect(d.units[0]!.invoices[0]!.referenceMonth).toBe('2026-11');
    });

    it('honours the number of units (10, 25, 50) without changing the first ones', () => {
      const today = new Date('2026-11-22T15:00:00Z');
      const small = holderData(CNPJ, { units: 10, today });
      const big = holderData(CNPJ, { units: 50, today });
      expect(small.units).toHaveLength(10);
      expect(holderData(CNPJ, { units: 25, today }).units).toHaveLength(25);
      expect(big.units).toHaveLength(50);
      expect(new Set(big.units.map((u) => u.uc)).size).toBe(50);
      expect(big.units.slice(0, 10).map((u) => [u.uc, u.cdc, u.address])).toEqual(small.units.map((u) => [u.uc, u.cdc, u.address]));
      const gens = big.units.filter((u) => u.generator).length;
      expect(gens).toBeGreaterThanOrEqual(10);
      expect(gens).toBeLessThanOrEqual(15);
    });

    it('keeps GD allocations <= 100% within the holder, for many holders', () => {
      const rng = mulberry32(7);
      const today = new Date('2026-11-22T15:00:00Z');
      let generators = 0;
      let beneficiaries = 0;
      for (let i = 0; i < 80; i++) {
        const taxId = i % 3 === 0 ? generateCnpj(rng) : generateCpf(rng);
        expect(validateTaxId(taxId).ok).toBe(true);
        const d = holderData(taxId, { today, units: i % 5 === 0 ? 12 : undefined });
        expect(d.units.length).toBeGreaterThanOrEqual(3);
        for (const g of d.units.filter((u) => u.generator)) {
          generators++;
          const bens = d.units.filter((u) => u.parentUc === g.uc);
          beneficiaries += bens.length;
          const totalBp = bens.reduce((s, b) => s + Math.round(b.allocationPercent! * 100), 0);
          expect(totalBp).toBeLessThanOrEqual(10000);
          for (const b of bens) {
            expect(b.generator).toBe(false);
            expect(b.allocationPercent!).toBeGreaterThan(0);
            expect(Number.isInteger(Math.round(b.allocationPercent! * 100))).toBe(true);
          }
          for (const cr of g.credits) expect(cr.kwh).toBeGreaterThan(0);
        }
        for (const u of d.units) {
          if (u.parentUc) expect(d.units.find((g) => g.uc === u.parentUc)?.generator).toBe(true);
          expect(u.invoices).toHaveLength(24);
          for (const inv of u.invoices) expect(inv.amountCents).toBeGreaterThan(0);
        }
      }
      expect(generators).toBeGreaterThan(50);
      expect(beneficiaries).toBeGreaterThan(50);
    });

    it('runs a credit ledger per GD group: the month splits exactly, balances are unexpired credits, bills show what was compensated', () => {
      const today = new Date('2026-11-22T15:00:00Z');
      const rng = mulberry32(11);
      let exempt = 0;
      let charged = 0;
      let beneficiaryBalances = 0;
      for (let i = 0; i < 40; i++) {
        const d = holderData(i % 2 ? generateCnpj(rng) : generateCpf(rng), { today });
        for (const g of d.units.filter((u) => u.generator)) {
          const bens = d.units.filter((u) => u.parentUc === g.uc);
          // Lei 14.300: requests up to 2023-01-07 keep the old rules; the simulator never lands on the edge.
          expect(g.accessRequestDate).toMatch(/^(2019|202[0-5])-\d{2}-\d{2}$/);
          expect(g.accessRequestDate === '2023-01-07').toBe(false);
          if (g.accessRequestDate! < '2023-01-07') exempt++;
          else charged++;
          expect(g.connectionMonth! > g.accessRequestDate!.slice(0, 7)).toBe(true);
          // The plant's injection = what it kept or used itself + what each beneficiary received.
          expect(g.gd!.referenceMonth).toBe('2026-11');
          expect(g.gd!.receivedKwh + bens.reduce((s, b) => s + b.gd!.receivedKwh, 0)).toBe(g.gd!.injectedKwh);
          for (const u of [g, ...bens]) {
            expect(u.creditBalanceKwh).toBe(u.credits.reduce((s, x) => s + x.kwh, 0));
            for (const cr of u.credits) {
              expect(cr.kwh).toBeGreaterThan(0);
              expect(cr.originMonth >= g.connectionMonth!).toBe(true);
              expect(cr.expiresMonth > '2026-11').toBe(true); // expired credits are gone
            }
            expect([...u.credits].sort((a, b) => a.originMonth.localeCompare(b.originMonth))).toEqual(u.credits);
            // The newest bill shows the month's compensation, never more than the consumption above the minimum.
            const item = u.invoices[0]!.items.find((it) => it.description.startsWith('Energia injetada / compensada'));
            const shown = item ? Number(/\(([\d.]+) kWh\)/.exec(item.description)![1]!.replace(/\./g, '')) : 0;
            expect(shown).toBe(u.gd!.compensatedKwh);
            if (u !== g) expect(u.gd!.injectedKwh).toBeNull();
          }
          beneficiaryBalances += bens.filter((b) => b.creditBalanceKwh > 0).length;
        }
        for (const u of d.units.filter((x) => !x.generator && !x.parentUc)) {
          expect(u).toMatchObject({ gd: null, credits: [], creditBalanceKwh: 0, accessRequestDate: null });
          expect(u.invoices.some((inv) => inv.items.some((it) => it.description.startsWith('Energia injetada')))).toBe(false);
        }
      }
      expect(exempt).toBeGreaterThan(5);
      expect(charged).toBeGreaterThan(5);
      expect(beneficiaryBalances).toBeGreaterThan(5);
    });

    it('keeps GD figures of a past month when today moves on', () => {
      const nov = holderData(CNPJ, { today: new Date('2026-11-22T15:00:00Z') });
      const dec = holderData(CNPJ, { today: new Date('2026-12-22T15:00:00Z') });
      for (const [k, u] of nov.units.entries()) {
        expect(dec.units[k]!.invoices[1]!.items).toEqual(u.invoices[0]!.items);
        expect(dec.units[k]!.accessRequestDate).toBe(u.accessRequestDate);
      }
    });

    it('rejects an invalid taxId', () => {
      expect(() => holderData('000.000.000-00')).toThrow('CPF/CNPJ inválido.');
    });
  });

  describe('switches', () => {
    it('breaks the invoice page of a broken unit (500 with the message, or malformed markup) and nothing else', async () => {
      const data = holderData(CPF);
      const [broken, fine] = data.units;
      const p = await startPortalSim({ switches: { brokenUnits: [broken!.uc] } });
      try {
        const client = new Client(p.url);
        await client.login(p, CPF);
        const r = await client.get(`/unidades/${broken!.uc}/faturas`);
        expect(r.status).toBe(500);
        expect(await r.text()).toContain('Não foi possível carregar as faturas desta unidade');
        expect((await client.get(`/unidades/${fine!.uc}/faturas`)).status).toBe(200);
        expect((await client.get('/unidades')).status).toBe(200);

        p.setSwitches({ brokenMode: 'malformed' });
        const m = await client.get(`/unidades/${broken!.uc}/faturas`);
        expect(m.status).toBe(200);
        const html = await m.text();
        expect(rows(tbody(html, 'faturas'), 'data-fatura')).toHaveLength(0);
        expect(html).not.toContain('</table>');

        p.setSwitches({ brokenUnits: [] });
        expect((await client.get(`/unidades/${broken!.uc}/faturas`)).status).toBe(200);
      } finally {
        await p.stop();
      }
    });

    it('answers a seeded share of authenticated requests with 500 "Serviço indisponível"', async () => {
      const p = await startPortalSim();
      try {
        const client = new Client(p.url);
        await client.login(p, CPF);
        p.setSwitches({ failureRate: 1 });
        const r = await client.get('/unidades');
        expect(r.status).toBe(500);
        expect(await r.text()).toContain('<h1>Serviço indisponível</h1>');
        // Login pages and the SMS inbox are not affected.
        expect((await client.get('/login')).status).toBe(200);
        expect((await client.get('/sms')).status).toBe(200);

        const run = async () => {
          p.setSwitches({ failureRate: 0.4, failureSeed: 42 });
          const statuses: number[] = [];
          for (let i = 0; i < 30; i++) statuses.push((await client.get('/unidades')).status);
          return statuses;
        };
        const first = await run();
        expect(first.filter((s) => s === 500).length).toBeGreaterThan(3);
        expect(first.filter((s) => s === 200).length).toBeGreaterThan(10);
        expect(await run()).toEqual(first);
      } finally {
        await p.stop();
      }
    });

    it('adds latency to every response', async () => {
      const p = await startPortalSim({ switches: { latencyMs: 120 } });
      try {
        const t0 = Date.now();
        await fetch(`${p.url}/login`);
        expect(Date.now() - t0).toBeGreaterThanOrEqual(115);
        p.setSwitches({ latencyMs: 0 });
        expect(p.switches().latencyMs).toBe(0);
      } finally {
        await p.stop();
      }
    });

    it('serves unitsPerHolder units and shows the switches page', async () => {
      const p = await startPortalSim({ switches: { unitsPerHolder: { [CPF]: 25 } } }); // masked key is accepted
      try {
        const client = new Client(p.url);
        await client.login(p, CPF);
        const html = await (await client.get('/unidades')).text();
        expect(rows(tbody(html, 'unidades'), 'data-uc')).toHaveLength(25);
        expect(holderData(CPF, { units: 25 }).units.map((u) => u.uc)).toEqual(rows(tbody(html, 'unidades'), 'data-uc').map(([uc]) => uc));
        const sw = await (await client.get('/__switches')).text();
        expect(sw).toContain('unitsPerHolder');
      } finally {
        await p.stop();
      }
    });
  });
});
