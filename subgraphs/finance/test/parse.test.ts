import { AppError } from '@prumo/kit';
import iconv from 'iconv-lite';
import { ofxDate, parseCsvStatement, parseOfx, sniffFormat, statementMatchesAccount } from '../src/imports/statement.parse';
import { compileRules, matchRule, regexProblem } from '../src/rules/rule.matcher';
import { csvStatement, ofxV1, ofxV2 } from './fixtures';

const LINES = [
  { fitid: 'A1', date: '2026-01-05', amountCents: -12_345, memo: 'PAGAMENTO DE ÁGUA', name: 'SABESP' },
  { fitid: 'A2', date: '2026-01-06', amountCents: 150_000, memo: 'PIX RECEBIDO JOÃO & CIA' },
  { date: '2026-01-07', amountCents: -990, memo: 'TARIFA MENSALIDADE' },
];

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
}

describe('statement parsers', () => {
  it('reads OFX v1 SGML in windows-1252 with unclosed tags and accents', () => {
    const bytes = ofxV1(LINES);
    expect(bytes.includes(Buffer.from('ÁGUA', 'utf8'))).toBe(false); // really latin1 on disk
    expect(sniffFormat(bytes)).toBe('OFX');
    const s = parseOfx(bytes);
    expect(s.format).toBe('OFX1');
    expect(s.encoding).toBe('windows-1252');
    expect(s.lines.map((l) => [l.date, l.amountCents, l.description, l.counterparty, l.fitid])).toEqual([
      ['2026-01-05', -12_345, 'PAGAMENTO DE ÁGUA', 'SABESP', 'A1'],
      ['2026-01-06', 150_000, 'PIX RECEBIDO JOÃO & CIA', null, 'A2'],
      ['2026-01-07', -990, 'TARIFA MENSALIDADE', null, null],
    ]);
    expect(s.lines[0]!.line).toBeGreaterThan(10);
  });

  it('reads OFX v2 XML (entities decoded) and UTF-8 sent with CHARSET:1252', () => {
    const s = parseOfx(ofxV2(LINES));
    expect(s.format).toBe('OFX2');
    expect(s.lines.map((l) => l.description)).toEqual(['PAGAMENTO DE ÁGUA', 'PIX RECEBIDO JOÃO & CIA', 'TARIFA MENSALIDADE']);
    const utf8v1 = Buffer.from(iconv.decode(ofxV1(LINES), 'win1252'), 'utf8');
    expect(parseOfx(utf8v1).lines[0]!.description).toBe('PAGAMENTO DE ÁGUA');
  });

  it('accepts a comma as the OFX decimal separator and skips zero lines', () => {
    const text = iconv.decode(ofxV1([...LINES, { date: '2026-01-08', amountCents: 0, memo: 'SALDO' }]), 'win1252').replace('<TRNAMT>-123.45', '<TRNAMT>-123,45');
    const s = parseOfx(Buffer.from(text, 'latin1'));
    expect(s.lines[0]!.amountCents).toBe(-12_345);
    expect(s.skipped).toBe(1);
  });

  it('names the line of a malformed OFX', () => {
    const text = iconv.decode(ofxV1(LINES), 'win1252');
    const badAmount = text.replace('<TRNAMT>1500.00', '<TRNAMT>1.500,00x');
    const lineNo = badAmount.split('\r\n').findIndex((l) => l.startsWith('<TRNAMT>1.500,00x')) + 1;
    const e = errorOf(() => parseOfx(Buffer.from(badAmount, 'latin1')));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', line: lineNo });
    expect(e.message).toBe(`Linha ${lineNo}: valor inválido em <TRNAMT> ("1.500,00x").`);

    const badDate = parseOfxError(text.replace('<DTPOSTED>20260106', '<DTPOSTED>20261306'));
    expect(badDate.message).toMatch(/^Linha \d+: data inválida em <DTPOSTED>/);
    const unclosed = parseOfxError(text.replace(/<\/STMTTRN>\r\n<STMTTRN>\r\n<TRNTYPE>CREDIT/, '\r\n<STMTTRN>\r\n<TRNTYPE>CREDIT'));
    expect(unclosed.message).toMatch(/^Linha \d+: lançamento <STMTTRN> sem o fechamento/);
    const truncated = parseOfxError(text.slice(0, text.length - 40));
    expect(truncated.message).toMatch(/sem <\/OFX>/);
    expect(parseOfxError('isto não é um extrato').extensions).toMatchObject({ code: 'BAD_USER_INPUT', line: 1 });
  });

  it('reads CSV with pt-BR numbers and dates, signed amount or debit/credit columns', () => {
    const big = [...LINES, { fitid: 'A4', date: '2026-02-10', amountCents: 123_456_789, memo: 'VENDA; LOTE 3' }];
    const s = parseCsvStatement(csvStatement(big), { delimiter: ';', hasHeader: true, dateColumn: 0, descriptionColumn: 1, amountColumn: 2, idColumn: 3, decimalSeparator: 'COMMA' });
    expect(s.lines.map((l) => [l.line, l.date, l.amountCents, l.description, l.fitid])).toEqual([
      [2, '2026-01-05', -12_345, 'PAGAMENTO DE ÁGUA', 'A1'],
      [3, '2026-01-06', 150_000, 'PIX RECEBIDO JOÃO & CIA', 'A2'],
      [4, '2026-01-07', -990, 'TARIFA MENSALIDADE', null],
      [5, '2026-02-10', 123_456_789, 'VENDA; LOTE 3', 'A4'],
    ]);
    const dc = parseCsvStatement(csvStatement(big, { delimiter: ',', debitCredit: true }), {
      delimiter: ',', hasHeader: true, dateColumn: 0, descriptionColumn: 1, debitColumn: 2, creditColumn: 3, decimalSeparator: 'COMMA',
    });
    expect(dc.lines.map((l) => l.amountCents)).toEqual([-12_345, 150_000, -990, 123_456_789]);
  });

  it('names the CSV line with a bad date or amount', () => {
    const csv = Buffer.from('Data;Histórico;Valor\n05/01/2026;OK;10,00\n31/02/2026;RUIM;5,00\n', 'utf8');
    const map = { delimiter: ';' as const, hasHeader: true, dateColumn: 0, descriptionColumn: 1, amountColumn: 2, decimalSeparator: 'COMMA' as const };
    expect(errorOf(() => parseCsvStatement(csv, map)).message).toBe('Linha 3: data inválida ("31/02/2026"); use DD/MM/AAAA.');
    const amount = Buffer.from('Data;Histórico;Valor\n05/01/2026;OK;10,00\n06/01/2026;OK;1.2.3\n', 'utf8');
    expect(errorOf(() => parseCsvStatement(amount, map)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', line: 3 });
    const narrow = Buffer.from('Data,Histórico,Valor\n05/01/2026,OK,10\n', 'utf8');
    expect(errorOf(() => parseCsvStatement(narrow, map)).message).toMatch(/^Linha 2: esperávamos ao menos 3 colunas/);
  });
});

function parseOfxError(text: string) {
  return errorOf(() => parseOfx(Buffer.from(text, 'latin1')));
}

describe('OFX dates and amounts', () => {
  it('dates an instant with an offset in São Paulo; a date without one is taken as written', () => {
    expect(ofxDate('20260301020000[0:GMT]')).toBe('2026-02-28'); // 23:00 of the 28th here
    expect(ofxDate('20260301020000.000[-3:BRT]')).toBe('2026-03-01');
    expect(ofxDate('20260301235959[-5:EST]')).toBe('2026-03-02'); // 01:59 of the 2nd here
    expect(ofxDate('20260301')).toBe('2026-03-01');
    expect(ofxDate('20260301120000')).toBe('2026-03-01');
    expect(ofxDate('20260230')).toBeNull();
  });

  it('refuses amounts with more than two decimals instead of cutting them; trailing zeros are fine', () => {
    const one = (amount: string) => {
      const text = ofxV1([{ fitid: 'D1', date: '2026-01-05', amountCents: -100, memo: 'X' }]).toString('latin1').replace('<TRNAMT>-1.00', `<TRNAMT>${amount}`);
      return parseOfx(Buffer.from(text, 'latin1'));
    };
    expect(one('-10.500').lines[0]!.amountCents).toBe(-1050);
    expect(one('10,5').lines[0]!.amountCents).toBe(1050);
    const err = errorOf(() => one('-10.999'));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toMatch(/^Linha \d+: valor inválido em <TRNAMT> \("-10.999"\)/);
  });
});

describe('the account an OFX statement names', () => {
  it('is read from <BANKACCTFROM> in both variants', () => {
    expect(parseOfx(ofxV1(LINES, { bankId: '0341', acctId: '12345-6' })).account).toEqual({ bankId: '0341', branchId: null, acctId: '12345-6' });
    expect(parseOfx(ofxV2(LINES)).account).toEqual({ bankId: '0260', branchId: null, acctId: '9876543-2' });
  });

  it('matches the bank account in the shapes banks write it, and not another account or bank', () => {
    const itau = { bankCode: '341', number: '12345-6' };
    for (const acctId of ['12345-6', '123456', '0000123456', '12345', '1234/12345-6', '1234 123456']) {
      expect([acctId, statementMatchesAccount({ bankId: '0341', branchId: null, acctId }, itau)]).toEqual([acctId, true]);
    }
    expect(statementMatchesAccount({ bankId: null, branchId: null, acctId: '12345-6' }, itau)).toBe(true);
    expect(statementMatchesAccount({ bankId: '0341', branchId: null, acctId: '98765-4' }, itau)).toBe(false);
    expect(statementMatchesAccount({ bankId: '0260', branchId: null, acctId: '12345-6' }, itau)).toBe(false);
  });
});

describe('categorisation rules', () => {
  it('refuses bad and catastrophic regular expressions', () => {
    expect(regexProblem('([a-z]')).toBe('Expressão regular inválida.');
    expect(regexProblem('(a+)+$')).toMatch(/aninhados/);
    expect(regexProblem('(.*)*x')).toMatch(/aninhados/);
    expect(regexProblem('(\\w+\\s?)+$')).toMatch(/aninhados/);
    expect(regexProblem('(a)\\1')).toMatch(/Referências/);
    expect(regexProblem('x'.repeat(201))).toMatch(/200/);
    expect(regexProblem('^PIX (RECEBIDO|ENVIADO)')).toBeNull();
  });

  it('applies the first matching rule by priority, accent- and case-insensitive for CONTAINS', () => {
    const rules = compileRules([
      { id: '2', match_type: 'CONTAINS', pattern: 'agua', category: 'Água', priority: 20, kind: 'EXPENSE', counts_as_revenue: false },
      { id: '1', match_type: 'REGEX', pattern: '^pagamento', category: 'Pagamentos', priority: 10, kind: null, counts_as_revenue: false },
      { id: '3', match_type: 'CONTAINS', pattern: 'pix recebido', category: 'Vendas', priority: 30, kind: 'INCOME', counts_as_revenue: true },
    ]);
    expect(matchRule(rules, 'EXPENSE', 'PAGAMENTO DE ÁGUA', null)?.category).toBe('Pagamentos');
    expect(matchRule(rules, 'EXPENSE', 'CONTA DE ÁGUA', null)?.category).toBe('Água');
    expect(matchRule(rules, 'INCOME', 'conta de agua', null)).toBeNull(); // kind filter
    expect(matchRule(rules, 'INCOME', 'Pix Recebido', 'Cliente')?.counts_as_revenue).toBe(true);
  });
});
