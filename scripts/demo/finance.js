// Demo data for finance (Lucrum): two bank accounts, categorisation rules, a few months of
// transactions (some income counting as revenue) and one imported OFX statement. Through the router,
// like a user. Called by scripts/seed-demo.js for a freshly created demo account.
const { gzipSync } = require('node:zlib');
const iconv = require('iconv-lite');
const { gql } = require('./client');


/** YYYY-MM-DD of day `day` of the month `back` months before the current one (São Paulo calendar). */
function dayOf(back, day) {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 - back, 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

function ofxV1(lines) {
  const amt = (c) => `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`;
  const trns = lines.map((l) => [`<STMTTRN>`, `<TRNTYPE>${l.cents < 0 ? 'DEBIT' : 'CREDIT'}`, `<DTPOSTED>${l.date.replace(/-/g, '')}120000[-3:BRT]`, `<TRNAMT>${amt(l.cents)}`, `<FITID>${l.fitid}`, `<MEMO>${l.memo}`, `</STMTTRN>`].join('\r\n'));
  const text = ['OFXHEADER:100', 'DATA:OFXSGML', 'VERSION:102', 'SECURITY:NONE', 'ENCODING:USASCII', 'CHARSET:1252', 'COMPRESSION:NONE', 'OLDFILEUID:NONE', 'NEWFILEUID:NONE', '',
    '<OFX>', '<BANKMSGSRSV1>', '<STMTTRNRS>', '<TRNUID>1', '<STMTRS>', '<CURDEF>BRL', '<BANKACCTFROM><BANKID>0341<ACCTID>45678-9<ACCTTYPE>CHECKING</BANKACCTFROM>', '<BANKTRANLIST>',
    ...trns, '</BANKTRANLIST>', '</STMTRS>', '</STMTTRNRS>', '</BANKMSGSRSV1>', '</OFX>', ''].join('\r\n');
  return iconv.encode(text, 'win1252');
}

async function seedFinance({ graphqlUrl, token }) {
  const call = (q, v) => gql(graphqlUrl, q, v, token);
  const create = (i) => call(`mutation($i: CreateBankAccountInput!) { createBankAccount(input: $i) { id } }`, { i }).then((d) => d.createBankAccount.id);
  const itau = await create({ name: 'Conta PJ Itaú', bankCode: '341', agency: '0912', number: '45678-9', kind: 'CHECKING', openingBalanceCents: 350000 });
  const nubank = await create({ name: 'Reserva Nubank', bankCode: '260', agency: '0001', number: '8765432-1', kind: 'SAVINGS', openingBalanceCents: 1200000 });

  const rules = [
    { matchType: 'REGEX', pattern: '^PIX RECEBIDO', category: 'Vendas', kind: 'INCOME', countsAsRevenue: true, priority: 10 },
    { matchType: 'CONTAINS', pattern: 'farinha', category: 'Insumos', priority: 20 },
    { matchType: 'CONTAINS', pattern: 'açúcar', category: 'Insumos', priority: 20 },
    { matchType: 'REGEX', pattern: 'energia|enel', category: 'Energia', kind: 'EXPENSE', priority: 30 },
    { matchType: 'CONTAINS', pattern: 'tarifa', category: 'Tarifas bancárias', kind: 'EXPENSE', priority: 40 },
    { matchType: 'CONTAINS', pattern: 'água', category: 'Água', kind: 'EXPENSE', priority: 40 },
  ];
  for (const i of rules) await call(`mutation($i: CategorizationRuleInput!) { createCategorizationRule(input: $i) { id } }`, { i });

  const tx = (i) => call(`mutation($i: CreateTransactionInput!) { createTransaction(input: $i) { id } }`, { i });
  for (let back = 4; back >= 1; back--) {
    await tx({ bankAccountId: itau, kind: 'EXPENSE', amountCents: 180000, category: 'Aluguel', date: dayOf(back, 5), counterparty: 'Imobiliária Centro', description: 'Aluguel da cozinha' });
    await tx({ bankAccountId: itau, kind: 'EXPENSE', amountCents: 7560, category: 'Impostos', date: dayOf(back, 20), counterparty: 'Receita Federal', description: 'DAS-MEI' });
    await tx({ bankAccountId: itau, kind: 'INCOME', amountCents: 95000 + back * 7500, category: 'Vendas', date: dayOf(back, 12), counterparty: 'Feira de sábado', description: 'Vendas na feira (sem nota)', countsAsRevenue: true });
    await tx({ bankAccountId: itau, kind: 'INCOME', amountCents: 420000 + back * 10000, category: 'Vendas', date: dayOf(back, 15), counterparty: 'Mercadinho Boa Vista Ltda', description: 'Recebimento de nota fiscal' });
    await tx({ bankAccountId: nubank, kind: 'INCOME', amountCents: 6200 + back * 100, category: 'Rendimentos', date: dayOf(back, 28), counterparty: 'Nubank', description: 'Rendimento da reserva' });
  }
  await tx({ bankAccountId: nubank, kind: 'EXPENSE', amountCents: 250000, category: 'Equipamentos', date: dayOf(2, 9), counterparty: 'Loja de Máquinas', description: 'Batedeira industrial' });

  // Last month's statement from the bank, imported (rules categorise it; PIX received counts as revenue).
  const lines = [
    { date: dayOf(0, 1), cents: 85000, memo: 'PIX RECEBIDO CAFÉ CENTRAL', fitid: 'DEMO-1' },
    { date: dayOf(0, 2), cents: -23990, memo: 'COMPRA FARINHA DE TRIGO ATACADÃO', fitid: 'DEMO-2' },
    { date: dayOf(0, 2), cents: -8990, memo: 'COMPRA AÇÚCAR CRISTAL', fitid: 'DEMO-3' },
    { date: dayOf(0, 3), cents: -31245, memo: 'DEBITO AUTOMATICO ENEL ENERGIA', fitid: 'DEMO-4' },
    { date: dayOf(0, 3), cents: -4520, memo: 'PAGAMENTO DE ÁGUA SABESP', fitid: 'DEMO-5' },
    { date: dayOf(0, 4), cents: 46000, memo: 'PIX RECEBIDO BUFFET ALEGRIA', fitid: 'DEMO-6' },
    { date: dayOf(0, 5), cents: -2990, memo: 'TARIFA PACOTE DE SERVIÇOS', fitid: 'DEMO-7' },
    { date: dayOf(0, 6), cents: -15000, memo: 'SAQUE 24H', fitid: 'DEMO-8' },
  ];
  const content = gzipSync(ofxV1(lines)).toString('base64');
  const p = await call(`mutation($i: PreviewStatementImportInput!) { previewStatementImport(input: $i) { id } }`, {
    i: { bankAccountId: itau, filename: 'extrato-itau.ofx', content, encoding: 'GZIP_BASE64' },
  });
  await call(`mutation($id: ID!) { confirmStatementImport(importId: $id) { imported } }`, { id: p.previewStatementImport.id });
}

module.exports = { seedFinance };
