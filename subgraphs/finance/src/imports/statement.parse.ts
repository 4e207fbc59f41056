import { createHash } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { parseBRL, parseIsoDate, saoPauloDate, stripAccents } from '@prumo/br';
import { AppError } from '@prumo/kit';

/** One statement line, as parsed (amount signed: credit > 0, debit < 0). */
export interface ParsedLine {
  /** Line of the file where the transaction starts (1-based). */
  line: number;
  date: string;
  amountCents: number;
  description: string;
  counterparty: string | null;
  fitid: string | null;
}

/** The account an OFX statement says it belongs to (`<BANKACCTFROM>`), as the bank wrote it. */
export interface StatementAccount {
  bankId: string | null;
  branchId: string | null;
  acctId: string;
}

export interface ParsedStatement {
  format: 'OFX1' | 'OFX2' | 'CSV';
  encoding: string;
  lines: ParsedLine[];
  /** Lines with amount 0 (balance markers some banks add), left out. */
  skipped: number;
  /** OFX only, when the file names its bank account. */
  account?: StatementAccount | null;
}

export interface CsvMapping {
  delimiter: ';' | ',';
  hasHeader: boolean;
  dateColumn: number;
  descriptionColumn: number;
  amountColumn?: number | null;
  debitColumn?: number | null;
  creditColumn?: number | null;
  counterpartyColumn?: number | null;
  idColumn?: number | null;
  decimalSeparator: 'COMMA' | 'DOT';
}

export const MAX_LINES = 50_000;

/** BAD_USER_INPUT naming the line: `Linha 12: valor inválido ("abc").` Nothing is imported. */
export function lineError(line: number, message: string): AppError {
  const text = line > 0 ? `Linha ${line}: ${message}` : message;
  return new AppError('BAD_USER_INPUT', text, { fields: { content: text }, line });
}

/**
 * Decodes the file bytes: valid UTF-8 stays UTF-8 (some banks declare CHARSET:1252 and send UTF-8);
 * otherwise the declared charset, windows-1252 by default (OFX v1 from Brazilian banks).
 */
export function decodeText(bytes: Buffer, declared?: string | null): { text: string; encoding: string } {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { text, encoding: 'utf-8' };
  } catch {
    const d = (declared ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
    const encoding = d === 'iso88591' || d === 'latin1' || d === '88591' ? 'latin1' : 'win1252';
    return { text: iconv.decode(body, encoding), encoding: encoding === 'latin1' ? 'iso-8859-1' : 'windows-1252' };
  }
}

/** Normalised text for the duplicate hash and rule matching: no accents, lower case, single spaces. */
export function normalizeText(s: string | null | undefined): string {
  return stripAccents(String(s ?? ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Duplicate key of a line without FITID: date + signed amount + normalised description. */
export function lineHash(l: Pick<ParsedLine, 'date' | 'amountCents' | 'description'>): string {
  return createHash('sha1').update(`${l.date}|${l.amountCents}|${normalizeText(l.description)}`).digest('hex');
}

export function sniffFormat(bytes: Buffer): 'OFX' | 'CSV' {
  const head = bytes.subarray(0, 2048).toString('latin1').replace(/^\ufeff/, '').trimStart();
  return /^(OFXHEADER\s*:|<\?xml|<\?OFX|<OFX>)/i.test(head) || /<OFX>/i.test(head) ? 'OFX' : 'CSV';
}

// ---------------------------------------------------------------- OFX (v1 SGML and v2 XML)

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Line number of each offset, for offsets visited in increasing order. */
function lineCounter(text: string) {
  let pos = 0;
  let line = 1;
  return (offset: number) => {
    if (offset < pos) {
      pos = 0;
      line = 1;
    }
    for (; pos < offset; pos++) if (text.charCodeAt(pos) === 10) line++;
    return line;
  };
}

/**
 * OFX `YYYYMMDD[HHMMSS[.XXX]][offset:TZ]`. With a time and an offset (`[-3:BRT]`, `[0:GMT]`) it is
 * an instant, dated in America/Sao_Paulo (a 02:00 GMT posting is the previous day here); without an
 * offset the date is taken as written (the bank's local day).
 */
export function ofxDate(raw: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?(?:\.\d+)?)?\s*(?:\[\s*([+-]?\d{1,2}(?:\.\d+)?)\s*(?::[^\]]*)?\])?/.exec(raw.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  if (!parseIsoDate(iso)) return null;
  if (m[4] === undefined || m[7] === undefined) return iso;
  const hours = Number(m[7]);
  if (!Number.isFinite(hours) || Math.abs(hours) > 14) return iso;
  const minutes = Math.round(Math.abs(hours) * 60);
  const offset = `${hours < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const d = saoPauloDate(`${iso}T${m[4]}:${m[5]}:${m[6] ?? '00'}${offset}`);
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;
}

function ofxAmount(raw: string): number | null {
  const s = raw.trim().replace(/\s/g, '');
  // Centavos: extra decimals are accepted only as zeros ("10.500"), never silently cut ("10.999").
  const m = /^([+-])?(\d{1,13})(?:[.,](\d{1,2})(0*))?$/.exec(s);
  if (!m) return null;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '0').padEnd(2, '0'));
  return m[1] === '-' ? -cents : cents;
}

export function parseOfx(bytes: Buffer): ParsedStatement {
  const latin = bytes.subarray(0, 1024).toString('latin1');
  const xml = /^\s*(\ufeff|ï»¿)?\s*<\?xml/i.test(latin);
  let declared: string | null = null;
  if (xml) declared = /encoding\s*=\s*["']([^"']+)["']/i.exec(latin)?.[1] ?? null;
  else {
    const charset = /CHARSET\s*:\s*([^\r\n]+)/i.exec(latin)?.[1]?.trim() ?? '';
    const enc = /ENCODING\s*:\s*([^\r\n]+)/i.exec(latin)?.[1]?.trim() ?? '';
    declared = /utf-?8/i.test(enc) ? 'utf-8' : charset === '1252' ? 'win1252' : /8859/.test(charset) ? 'latin1' : null;
  }
  const { text, encoding } = decodeText(bytes, declared);
  if (!xml && !/^\s*(\ufeff)?\s*OFXHEADER\s*:/i.test(text) && !/^\s*<OFX>/i.test(text)) {
    throw lineError(1, 'o arquivo não parece um extrato OFX (falta o cabeçalho OFXHEADER ou <?xml).');
  }
  const at = lineCounter(text);
  const ofxStart = text.search(/<OFX>/i);
  if (ofxStart < 0) throw lineError(0, 'Extrato OFX inválido: não encontramos a tag <OFX>.');
  if (!/<\/OFX>/i.test(text)) throw lineError(at(text.length), 'o extrato OFX termina sem </OFX> (arquivo incompleto?).');

  const lines: ParsedLine[] = [];
  let skipped = 0;
  const open = /<STMTTRN>/gi;
  let m: RegExpExecArray | null;
  while ((m = open.exec(text))) {
    const start = m.index;
    const line = at(start);
    const closeRe = /<\/STMTTRN>/gi;
    closeRe.lastIndex = open.lastIndex;
    const close = closeRe.exec(text)?.index ?? -1;
    const nextRe = /<STMTTRN>/gi;
    nextRe.lastIndex = open.lastIndex;
    const next = nextRe.exec(text)?.index ?? -1;
    if (close < 0 || (next >= 0 && next < close)) throw lineError(line, 'lançamento <STMTTRN> sem o fechamento </STMTTRN>.');
    const block = text.slice(open.lastIndex, close);
    const fields: Record<string, string> = {};
    const fieldRe = /<([A-Z0-9_.]+)>([^<\r\n]*)/gi;
    let f: RegExpExecArray | null;
    while ((f = fieldRe.exec(block))) {
      const name = f[1]!.toUpperCase();
      if (!(name in fields)) fields[name] = decodeEntities(f[2]!.trim());
    }
    open.lastIndex = close + '</STMTTRN>'.length;
    const fieldLine = (name: string) => {
      const i = block.toUpperCase().indexOf(`<${name}>`);
      return i < 0 ? line : line + (block.slice(0, i).match(/\n/g)?.length ?? 0);
    };
    if (!fields.DTPOSTED) throw lineError(line, 'lançamento sem data (<DTPOSTED>).');
    const date = ofxDate(fields.DTPOSTED);
    if (!date) throw lineError(fieldLine('DTPOSTED'), `data inválida em <DTPOSTED> ("${fields.DTPOSTED.slice(0, 30)}").`);
    if (fields.TRNAMT === undefined) throw lineError(line, 'lançamento sem valor (<TRNAMT>).');
    const amount = ofxAmount(fields.TRNAMT);
    if (amount === null) throw lineError(fieldLine('TRNAMT'), `valor inválido em <TRNAMT> ("${fields.TRNAMT.slice(0, 30)}").`);
    if (amount === 0) {
      skipped++;
      continue;
    }
    const memo = fields.MEMO || '';
    const name = fields.NAME || fields.PAYEE || '';
    const description = (memo || name || (amount > 0 ? 'Crédito' : 'Débito')).slice(0, 300);
    const counterparty = name && memo && name !== memo ? name.slice(0, 200) : null;
    lines.push({ line, date, amountCents: amount, description, counterparty, fitid: fields.FITID ? fields.FITID.slice(0, 255) : null });
    if (lines.length > MAX_LINES) throw lineError(line, `o extrato passa de ${MAX_LINES.toLocaleString('pt-BR')} lançamentos; divida o arquivo.`);
  }
  if (/<STMTTRN>/i.test(text) === false && !/<BANKTRANLIST>/i.test(text)) throw lineError(0, 'Extrato OFX sem lista de lançamentos (<BANKTRANLIST>).');
  return { format: xml ? 'OFX2' : 'OFX1', encoding, lines, skipped, account: ofxAccount(text) };
}

/** `<BANKACCTFROM>` of a bank statement (credit-card statements use `<CCACCTFROM>`: not checked). */
function ofxAccount(text: string): StatementAccount | null {
  const from = /<BANKACCTFROM>([\s\S]*?)(<\/BANKACCTFROM>|<BANKTRANLIST>|<\/STMTRS>)/i.exec(text)?.[1];
  if (!from) return null;
  const field = (name: string) => new RegExp(`<${name}>([^<\r\n]*)`, 'i').exec(from)?.[1]?.trim() || null;
  const acctId = field('ACCTID');
  return acctId ? { bankId: field('BANKID'), branchId: field('BRANCHID'), acctId } : null;
}

const digits = (s: string | null | undefined) => (s ?? '').replace(/\D/g, '').replace(/^0+/, '');

/**
 * Whether an OFX statement's account can be the chosen bank account. Banks write ACCTID in many
 * shapes (with or without the check digit, with the agency in front, zero-padded), so the account
 * digits only have to end one another; the bank code, when the file has one, must be the same.
 */
export function statementMatchesAccount(stmt: StatementAccount, account: { bankCode: string; number: string }): boolean {
  const bank = digits(stmt.bankId);
  if (bank && bank !== digits(account.bankCode)) return false;
  const a = digits(stmt.acctId);
  const b = digits(account.number);
  if (!a || !b) return true;
  return a.endsWith(b) || b.endsWith(a) || a.endsWith(b.slice(0, -1)) || b.slice(0, -1).endsWith(a);
}

// ---------------------------------------------------------------- CSV

function csvDate(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    return parseIsoDate(iso) ? iso : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) {
    const iso = `${m[1]}-${m[2]}-${m[3]}`;
    return parseIsoDate(iso) ? iso : null;
  }
  return null;
}

function csvAmount(raw: string, decimal: 'COMMA' | 'DOT'): number | null {
  let s = raw.trim().replace(/\s+/g, '');
  if (s === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (/-$/.test(s)) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  if (decimal === 'DOT') s = s.replace(/,/g, '').replace('.', ',');
  const r = parseBRL(s);
  if (!r.ok) return null;
  return negative ? -r.cents : r.cents;
}

export function parseCsvStatement(bytes: Buffer, mapping: CsvMapping): ParsedStatement {
  const { text, encoding } = decodeText(bytes, 'win1252');
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parseCsv(text, { delimiter: mapping.delimiter, relax_column_count: true, skip_empty_lines: true, info: true, trim: true, bom: true }) as never;
  } catch (err) {
    const line = Number((err as { lines?: number }).lines ?? 0);
    throw lineError(line, 'CSV malformado (aspas sem fechamento ou separador errado).');
  }
  const rows = mapping.hasHeader ? records.slice(1) : records;
  const cols = [mapping.dateColumn, mapping.descriptionColumn, mapping.amountColumn, mapping.debitColumn, mapping.creditColumn, mapping.counterpartyColumn, mapping.idColumn].filter(
    (c): c is number => c !== null && c !== undefined,
  );
  const lines: ParsedLine[] = [];
  let skipped = 0;
  for (const { record, info } of rows) {
    const line = info.lines;
    if (record.every((c) => c.trim() === '')) continue;
    const width = Math.max(...cols) + 1;
    if (record.length < width) throw lineError(line, `esperávamos ao menos ${width} colunas e há ${record.length} (confira o separador "${mapping.delimiter}").`);
    const rawDate = record[mapping.dateColumn]!;
    const date = csvDate(rawDate);
    if (!date) throw lineError(line, `data inválida ("${rawDate.slice(0, 30)}"); use DD/MM/AAAA.`);
    let amount: number | null;
    if (mapping.amountColumn !== null && mapping.amountColumn !== undefined) {
      const raw = record[mapping.amountColumn]!;
      amount = csvAmount(raw, mapping.decimalSeparator);
      if (amount === null) throw lineError(line, `valor inválido ("${raw.slice(0, 30)}"); use o formato 1.234,56.`);
    } else {
      const rawDebit = record[mapping.debitColumn!] ?? '';
      const rawCredit = record[mapping.creditColumn!] ?? '';
      const debit = rawDebit.trim() ? csvAmount(rawDebit, mapping.decimalSeparator) : 0;
      const credit = rawCredit.trim() ? csvAmount(rawCredit, mapping.decimalSeparator) : 0;
      if (debit === null) throw lineError(line, `débito inválido ("${rawDebit.slice(0, 30)}"); use o formato 1.234,56.`);
      if (credit === null) throw lineError(line, `crédito inválido ("${rawCredit.slice(0, 30)}"); use o formato 1.234,56.`);
      amount = Math.abs(credit) - Math.abs(debit);
    }
    if (amount === 0) {
      skipped++;
      continue;
    }
    const description = record[mapping.descriptionColumn]!.trim().slice(0, 300) || (amount > 0 ? 'Crédito' : 'Débito');
    const counterparty = mapping.counterpartyColumn !== null && mapping.counterpartyColumn !== undefined ? record[mapping.counterpartyColumn]!.trim().slice(0, 200) || null : null;
    const fitid = mapping.idColumn !== null && mapping.idColumn !== undefined ? record[mapping.idColumn]!.trim().slice(0, 255) || null : null;
    lines.push({ line, date, amountCents: amount, description, counterparty, fitid });
    if (lines.length > MAX_LINES) throw lineError(line, `o extrato passa de ${MAX_LINES.toLocaleString('pt-BR')} lançamentos; divida o arquivo.`);
  }
  return { format: 'CSV', encoding, lines, skipped };
}
