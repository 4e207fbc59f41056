// Server-rendered pt-BR pages of the simulated portal. Plain HTML with a stylesheet and a little
// JavaScript (masks, autofocus, PDF download through fetch + Bearer + blob), like a real utility site.
import { formatBRL } from '@prumo/br';
import {
  DISTRIBUTOR,
  STATUS_LABEL,
  dateLabel,
  formatLine,
  kwhLabel,
  monthLabel,
  percentLabel,
  type HolderData,
  type PortalUnit,
} from './data';

export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export const brl = (cents: number) => formatBRL(cents) ?? '';

interface LayoutOptions {
  title: string;
  body: string;
  holder?: HolderData;
  token?: string;
}

export function layout({ title, body, holder, token }: LayoutOptions): string {
  const meta = token ? `\n  <meta name="portal-token" content="${esc(token)}">` : '';
  const user = holder
    ? `<div class="usuario"><span class="titular">${esc(holder.name)}</span> <span class="documento">${esc(holder.taxIdFormatted)}</span>
        <nav><a href="/unidades">Minhas unidades</a> <a href="/sair" class="sair">Sair</a></nav></div>`
    : '';
  return `<!doctype html>
<html lang="pt-BR">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">${meta}
  <title>${esc(title)} | ${esc(DISTRIBUTOR.name)}</title>
  <link rel="stylesheet" href="/static/portal.css">
  <script src="/static/portal.js" defer></script>
</head>
<body>
  <header class="topo">
    <a class="marca" href="/">⚡ ${esc(DISTRIBUTOR.name)}</a>
    ${user}
  </header>
  <main>
${body}
  </main>
  <footer>Agência virtual · Atendimento 0800 000 0000 · Ambiente de simulação</footer>
</body>
</html>`;
}

export function alert(kind: 'error' | 'info' | 'warning', message: string | null | undefined): string {
  return message ? `<div class="alert alert-${kind}" role="alert">${esc(message)}</div>` : '';
}

export function loginPage(opts: { error?: string | null; info?: string | null; documento?: string; telefone?: string }): string {
  return layout({
    title: 'Entrar',
    body: `<section class="cartao login">
  <h1>Agência virtual</h1>
  <p>Acesse suas faturas, segunda via e créditos de geração distribuída.</p>
  ${alert('warning', opts.info)}${alert('error', opts.error)}
  <form id="login-form" method="post" action="/login" autocomplete="off">
    <label for="documento">CPF ou CNPJ do titular</label>
    <input id="documento" name="documento" type="text" inputmode="numeric" required maxlength="18"
      placeholder="000.000.000-00" data-mask="taxid" value="${esc(opts.documento ?? '')}" autofocus>
    <label for="telefone_final">Últimos 4 dígitos do celular cadastrado</label>
    <input id="telefone_final" name="telefone_final" type="text" inputmode="numeric" required maxlength="4"
      pattern="\\d{4}" placeholder="0000" value="${esc(opts.telefone ?? '')}">
    <button type="submit">Receber código por SMS</button>
  </form>
</section>`,
  });
}

export function codePage(opts: { phone: string; error?: string | null; locked?: boolean }): string {
  return layout({
    title: 'Código de acesso',
    body: `<section class="cartao login">
  <h1>Confirme seu acesso</h1>
  <p class="instrucao">Enviamos um código por SMS para o celular final ${esc(opts.phone)}. O código vale por 5 minutos.</p>
  ${alert('error', opts.error)}
  <form id="code-form" method="post" action="/login/codigo" autocomplete="off">
    <label for="codigo">Código de 6 dígitos</label>
    <input id="codigo" name="codigo" type="text" inputmode="numeric" autocomplete="one-time-code" required
      maxlength="6" pattern="\\d{6}" placeholder="000000" data-mask="code" autofocus${opts.locked ? ' disabled' : ''}>
    <button type="submit"${opts.locked ? ' disabled' : ''}>Entrar</button>
  </form>
  <p><a href="/login">Não recebeu? Solicitar novo código</a></p>
</section>`,
  });
}

export function unitsPage(holder: HolderData, token: string): string {
  const rows = holder.units
    .map(
      (u) => `      <tr data-uc="${esc(u.uc)}">
        <td class="uc">${esc(u.uc)}</td>
        <td class="cdc">${esc(u.cdc)}</td>
        <td class="endereco">${esc(u.address)}</td>
        <td class="classe">${esc(u.tariffClass)}</td>
        <td class="tipo">${u.generator ? '<span class="badge badge-geradora">Geradora</span>' : ''}</td>
        <td class="acoes"><a class="ver-faturas" href="/unidades/${esc(u.uc)}/faturas">Faturas</a>${
          u.generator ? ` <a class="ver-gd" href="/unidades/${esc(u.uc)}/gd">Geração distribuída</a>` : ''
        }</td>
      </tr>`,
    )
    .join('\n');
  return layout({
    title: 'Minhas unidades',
    holder,
    token,
    body: `<h1>Minhas unidades consumidoras</h1>
<p class="resumo">${holder.units.length} unidade(s) vinculada(s) ao titular.</p>
<table id="unidades" class="tabela">
  <thead><tr><th>UC</th><th>Código do cliente</th><th>Endereço</th><th>Classe</th><th></th><th></th></tr></thead>
  <tbody>
${rows}
  </tbody>
</table>`,
  });
}

export function invoicesPage(holder: HolderData, unit: PortalUnit, token: string): string {
  const rows = unit.invoices
    .map((inv) => {
      const items = inv.items
        .map((it) => `<tr><td class="descricao">${esc(it.description)}</td><td class="valor">${esc(brl(it.amountCents))}</td></tr>`)
        .join('');
      const pix = inv.pixCopyPaste
        ? `<label>PIX copia e cola</label><textarea class="pix" readonly rows="3">${esc(inv.pixCopyPaste)}</textarea>`
        : '';
      return `      <tr data-fatura="${esc(inv.id)}" class="situacao-${inv.status.toLowerCase()}">
        <td class="referencia">${esc(monthLabel(inv.referenceMonth))}</td>
        <td class="vencimento">${esc(dateLabel(inv.dueDate))}</td>
        <td class="valor">${esc(brl(inv.amountCents))}</td>
        <td class="consumo">${esc(kwhLabel(inv.kwh))}</td>
        <td class="situacao">${esc(STATUS_LABEL[inv.status])}</td>
        <td class="acoes">
          <details class="detalhes">
            <summary>Detalhes</summary>
            <div class="pagamento">
              <label>Linha digitável</label><span class="linha-digitavel">${esc(formatLine(inv.barcodeLine))}</span>
              ${pix}
            </div>
            <table class="itens"><caption>Itens da fatura</caption><tbody>${items}</tbody></table>
          </details>
          <a class="baixar-pdf" href="#" data-href="/unidades/${esc(unit.uc)}/faturas/${esc(inv.id)}/pdf" data-arquivo="fatura-${esc(unit.uc)}-${esc(inv.referenceMonth)}.pdf">Baixar PDF</a>
        </td>
      </tr>`;
    })
    .join('\n');
  return layout({
    title: `Faturas da UC ${unit.uc}`,
    holder,
    token,
    body: `<p><a href="/unidades">&larr; Minhas unidades</a></p>
<h1>Faturas da unidade <span id="uc">${esc(unit.uc)}</span></h1>
<p class="resumo">${esc(unit.address)} · ${esc(unit.tariffClass)}</p>
<table id="faturas" class="tabela">
  <thead><tr><th>Referência</th><th>Vencimento</th><th>Valor</th><th>Consumo</th><th>Situação</th><th></th></tr></thead>
  <tbody>
${rows}
  </tbody>
</table>`,
  });
}

/** The broken invoice page, "malformed markup" flavour: a truncated table the browser cannot make sense of. */
export function malformedInvoicesPage(holder: HolderData, unit: PortalUnit, token: string): string {
  const inv = unit.invoices[0]!;
  return layout({
    title: `Faturas da UC ${unit.uc}`,
    holder,
    token,
    body: `<h1>Faturas da unidade ${esc(unit.uc)}</h1>
<table id="faturas-carregando"><tbody><tr data-fatura-parcial="${esc(inv.id)}"><td class="referencia">${esc(
      monthLabel(inv.referenceMonth),
    )}<td class="valor">R$ <!-- erro ao renderizar: NullReferenceException em FaturaViewModel
<div class="alert alert-error">Erro inesperado. Código 0x80004003`,
  });
}

function creditRows(credits: PortalUnit['credits']): string {
  return credits
    .map(
      (c) => `      <tr><td class="origem">${esc(monthLabel(c.originMonth))}</td><td class="kwh">${esc(kwhLabel(c.kwh))}</td><td class="validade">${esc(
        monthLabel(c.expiresMonth),
      )}</td></tr>`,
    )
    .join('\n');
}

/**
 * The plant's GD page, as a utility's "demonstrativo de compensação": the plant (access request date,
 * injected / received / compensated kWh of the month, balance, credits by origin month) and each
 * beneficiary with its percentage, received / compensated kWh of the month, balance and credits.
 */
export function gdPage(holder: HolderData, unit: PortalUnit, token: string): string {
  const beneficiaries = holder.units.filter((u) => u.parentUc === unit.uc);
  const allocated = beneficiaries.reduce((s, b) => s + Math.round((b.allocationPercent ?? 0) * 100), 0) / 100;
  const gd = unit.gd;
  const month = gd ? monthLabel(gd.referenceMonth) : '';
  const bRows = beneficiaries
    .map(
      (b) => `      <tr data-uc="${esc(b.uc)}"><td class="uc">${esc(b.uc)}</td><td class="endereco">${esc(b.address)}</td><td class="percentual">${esc(
        percentLabel(b.allocationPercent ?? 0),
      )}</td><td class="recebida">${esc(kwhLabel(b.gd?.receivedKwh ?? 0))}</td><td class="compensada">${esc(kwhLabel(b.gd?.compensatedKwh ?? 0))}</td><td class="saldo">${esc(
        kwhLabel(b.creditBalanceKwh),
      )}</td>
        <td class="detalhe"><details><summary>Créditos</summary>
          <table class="creditos-uc"><thead><tr><th>Origem</th><th>Saldo</th><th>Validade</th></tr></thead><tbody>
${creditRows(b.credits)}
          </tbody></table>${b.credits.length ? '' : '<p class="vazio">Sem créditos acumulados.</p>'}
        </details></td></tr>`,
    )
    .join('\n');
  return layout({
    title: `Geração distribuída - UC ${unit.uc}`,
    holder,
    token,
    body: `<p><a href="/unidades">&larr; Minhas unidades</a></p>
<h1>Geração distribuída · usina <span id="uc">${esc(unit.uc)}</span></h1>
<dl class="dados-usina">
  <dt>Solicitação de acesso</dt><dd id="data-solicitacao">${esc(unit.accessRequestDate ? dateLabel(unit.accessRequestDate) : '-')}</dd>
  <dt>Conexão</dt><dd id="conexao">${esc(unit.connectionMonth ? monthLabel(unit.connectionMonth) : '-')}</dd>
  <dt>Mês de referência</dt><dd id="mes-referencia">${esc(month)}</dd>
</dl>
<div class="cartoes">
  <div class="cartao"><h2>Saldo de créditos</h2><p class="grande" id="saldo-kwh">${esc(kwhLabel(unit.creditBalanceKwh))}</p></div>
  <div class="cartao"><h2>Energia injetada em ${esc(month)}</h2><p class="grande" id="injetada-kwh">${esc(kwhLabel(gd?.injectedKwh ?? 0))}</p></div>
  <div class="cartao"><h2>Recebida pela usina</h2><p class="grande" id="recebida-kwh">${esc(kwhLabel(gd?.receivedKwh ?? 0))}</p>
    <p>consumo próprio e parte que permanece na geradora</p></div>
  <div class="cartao"><h2>Compensada na usina</h2><p class="grande" id="compensada-kwh">${esc(kwhLabel(gd?.compensatedKwh ?? 0))}</p></div>
  <div class="cartao"><h2>Rateio</h2><p class="grande" id="rateio-total">${esc(percentLabel(allocated))}</p>
    <p>do excedente distribuídos às beneficiárias; ${esc(percentLabel(Math.round((100 - allocated) * 100) / 100))} permanecem na geradora.</p></div>
</div>
<h2>Unidades beneficiárias</h2>
<table id="beneficiarias" class="tabela">
  <thead><tr><th>UC</th><th>Endereço</th><th>Percentual</th><th>Recebida (${esc(month)})</th><th>Compensada (${esc(month)})</th><th>Saldo</th><th></th></tr></thead>
  <tbody>
${bRows}
  </tbody>
</table>
${beneficiaries.length === 0 ? '<p class="vazio">Nenhuma unidade beneficiária cadastrada.</p>' : ''}
<h2>Créditos da usina por mês de origem</h2>
<table id="creditos" class="tabela">
  <thead><tr><th>Origem</th><th>Saldo</th><th>Validade</th></tr></thead>
  <tbody>
${creditRows(unit.credits)}
  </tbody>
</table>
<p class="nota">A energia injetada compensa primeiro o consumo da própria usina; o excedente é rateado pelos percentuais. Os créditos expiram 60 meses após a fatura em que foram gerados; os mais antigos são usados primeiro.</p>`,
  });
}

export function errorPage(title: string, message: string): string {
  return layout({
    title,
    body: `<section class="cartao erro"><h1>${esc(title)}</h1><p>${esc(message)}</p><p><a href="/unidades">Voltar</a></p></section>`,
  });
}

export function smsPage(messages: { phone: string; taxId: string; code: string; at: Date }[]): string {
  const rows = messages
    .map(
      (m) => `      <tr><td class="telefone">${esc(m.phone)}</td><td class="documento">${esc(m.taxId)}</td><td class="codigo">${esc(
        m.code,
      )}</td><td class="hora">${esc(m.at.toISOString())}</td></tr>`,
    )
    .join('\n');
  return layout({
    title: 'Caixa de SMS (desenvolvimento)',
    body: `<h1>Caixa de SMS simulada</h1>
<p>Mensagens "enviadas" pelo portal, mais recentes primeiro. Somente para desenvolvimento e testes.</p>
<table id="sms-inbox" class="tabela">
  <thead><tr><th>Celular</th><th>Titular</th><th>Código</th><th>Enviado em</th></tr></thead>
  <tbody>
${rows}
  </tbody>
</table>`,
  });
}

export const CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f5f7;color:#1d2a33}
.topo{display:flex;justify-content:space-between;align-items:center;padding:12px 24px;background:#0b5d3b;color:#fff}
.topo a{color:#fff;text-decoration:none}
.marca{font-weight:700;font-size:1.1rem}
.usuario{display:flex;gap:12px;align-items:center;font-size:.9rem}
.usuario nav a{margin-left:12px;opacity:.9}
main{max-width:1180px;margin:24px auto;padding:0 16px}
footer{text-align:center;color:#6b7a85;font-size:.8rem;padding:24px}
.cartao{background:#fff;border-radius:8px;padding:20px 24px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.cartoes{display:flex;flex-wrap:wrap;gap:16px;margin-bottom:16px}.cartoes .cartao{flex:1;min-width:180px}
.grande{font-size:1.8rem;font-weight:700;margin:4px 0}
.login{max-width:420px;margin:40px auto}
label{display:block;margin:12px 0 4px;font-size:.85rem;color:#4a5a66}
input{width:100%;padding:10px;border:1px solid #c6d0d8;border-radius:6px;font-size:1rem}
button{margin-top:16px;width:100%;padding:11px;border:0;border-radius:6px;background:#0b8a55;color:#fff;font-size:1rem;cursor:pointer}
button:disabled{background:#9bb;cursor:not-allowed}
.alert{padding:10px 12px;border-radius:6px;margin:12px 0}
.alert-error{background:#fde8e8;color:#9b1c1c;border:1px solid #f5b5b5}
.alert-warning{background:#fff6db;color:#7a5a00;border:1px solid #f0d98a}
.alert-info{background:#e6f1fb;color:#134e7a}
.tabela{width:100%;border-collapse:collapse;background:#fff;border-radius:8px;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.tabela th,.tabela td{padding:9px 10px;border-bottom:1px solid #e6ebef;text-align:left;vertical-align:top;font-size:.9rem}
.tabela th{background:#eef3f1;font-weight:600}
.badge{display:inline-block;padding:2px 8px;border-radius:10px;font-size:.75rem;font-weight:600}
.badge-geradora{background:#fff2c2;color:#7a5a00}
.situacao-vencida .situacao{color:#b42318;font-weight:600}
.situacao-em_aberto .situacao{color:#b26b00;font-weight:600}
.situacao-paga .situacao{color:#117a48}
details.detalhes summary{cursor:pointer;color:#0b5d3b}
.linha-digitavel{display:block;font-family:ui-monospace,monospace;font-size:.85rem;margin-bottom:6px}
textarea.pix{width:100%;font-family:ui-monospace,monospace;font-size:.75rem}
table.itens{margin-top:8px;border-collapse:collapse;width:100%}
table.itens caption{text-align:left;font-weight:600;font-size:.8rem}
table.itens td{padding:3px 6px;border-bottom:1px dotted #dde}
a.baixar-pdf{display:inline-block;margin-top:6px}
a.baixar-pdf.carregando{opacity:.5;pointer-events:none}
.vazio,.nota,.resumo{color:#5b6b76}
.dados-usina{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0 0 16px}.dados-usina dt{color:#4a5a66}.dados-usina dd{margin:0;font-weight:600}
table.creditos-uc{border-collapse:collapse;margin-top:6px}table.creditos-uc td,table.creditos-uc th{padding:2px 8px;font-size:.8rem}
`;

export const JS = `
(function () {
  function onlyDigits(s) { return (s || '').replace(/\\D/g, ''); }
  function maskTaxId(v) {
    var d = onlyDigits(v).slice(0, 14);
    if (d.length <= 11) return d.replace(/(\\d{3})(\\d)/, '$1.$2').replace(/(\\d{3})(\\d)/, '$1.$2').replace(/(\\d{3})(\\d{1,2})$/, '$1-$2');
    return d.replace(/^(\\d{2})(\\d)/, '$1.$2').replace(/^(\\d{2})\\.(\\d{3})(\\d)/, '$1.$2.$3').replace(/\\.(\\d{3})(\\d)/, '.$1/$2').replace(/(\\d{4})(\\d)/, '$1-$2');
  }
  document.addEventListener('input', function (e) {
    var el = e.target;
    if (!el || !el.getAttribute) return;
    var mask = el.getAttribute('data-mask');
    if (mask === 'taxid') el.value = maskTaxId(el.value);
    if (mask === 'code') el.value = onlyDigits(el.value).slice(0, 6);
    if (el.name === 'telefone_final') el.value = onlyDigits(el.value).slice(0, 4);
  });
  function token() {
    var m = document.querySelector('meta[name="portal-token"]');
    return m ? m.getAttribute('content') : '';
  }
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a.baixar-pdf') : null;
    if (!a) return;
    e.preventDefault();
    a.classList.add('carregando');
    fetch(a.getAttribute('data-href'), { headers: { Authorization: 'Bearer ' + token() }, credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.blob();
      })
      .then(function (blob) {
        var url = URL.createObjectURL(blob);
        var link = document.createElement('a');
        link.href = url;
        link.download = a.getAttribute('data-arquivo') || 'fatura.pdf';
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      })
      .catch(function () { alert('Não foi possível baixar a fatura. Tente novamente.'); })
      .then(function () { a.classList.remove('carregando'); });
  });
})();
`;
