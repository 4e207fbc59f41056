// Field heuristics over plain text (a PDF text layer or OCR output) of Brazilian fiscal documents:
// DANFE (NF-e), DANFE NFC-e, DANFSE (national NFS-e), SAT/cupom and simple receipts.
//
// Confidence per field starts at the caller's base (how trustworthy the text is: a text layer is
// better than OCR) and is adjusted: validated check digits (access key, CNPJ/CPF) raise it; a value
// found without its label, or among several conflicting candidates, lowers it.
//
// Everything is linear-time over a bounded input (no nested quantifiers on unbounded text) and the
// whole analysis is guarded: fieldsFromText never throws.

import { UF_CODES, monthKey, parseBRL, saoPauloMidnight, validateCnpj, validateCpf, validateNfeKey } from '@prumo/br';
import { emptyExtracted, type DocumentKind, type Extracted, type Field, type FieldSource } from './types';

/** Only this much text is analysed (a DANFE page is ~3k characters); all of it is kept in `text`. */
const MAX_ANALYSED_CHARS = 200_000;
const MAX_LINE_CHARS = 2_000;
const MAX_TEXT_CHARS = 2_000_000;

type Section = 'ISSUER' | 'RECIPIENT' | 'OTHER';

interface Line {
  /** Original text (tabs/NBSP replaced, same length as fold). */
  readonly raw: string;
  /** Upper case without accents, same length as raw (positions line up). */
  readonly fold: string;
  /** OCR: tokens that are mostly digits with look-alike letters mapped to digits; else === fold. */
  readonly digits: string;
}

interface Pos {
  readonly line: number;
  readonly col: number;
}

const before = (a: Pos, b: Pos) => a.line < b.line || (a.line === b.line && a.col <= b.col);

const raise = (c: number, k: number) => c + (1 - c) * k;
const clamp01 = (c: number) => Math.round(Math.min(1, Math.max(0, c)) * 1000) / 1000;

// ---------------------------------------------------------------------------------------------------
// Text preparation

function fold(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(s)) return s.toUpperCase();
  let out = '';
  for (const ch of s) {
    const base = ch.normalize('NFD').charAt(0).toUpperCase();
    out += base.length === ch.length ? base : ch;
  }
  return out;
}

const LOOKALIKE: Readonly<Record<string, string>> = { O: '0', Q: '0', D: '0', I: '1', L: '1', '|': '1', S: '5', B: '8', Z: '2', G: '6' };

/** OCR: inside tokens that are mostly digits, letters that look like digits become digits. */
function mapLookalikes(folded: string): string {
  return folded.replace(/[0-9A-Z|.\/-]{4,}/g, (token) => {
    const digits = (token.match(/\d/g) ?? []).length;
    const letters = (token.match(/[A-Z|]/g) ?? []).length;
    if (digits < 4 || letters === 0 || letters * 2 > digits) return token;
    return token.replace(/[OQDILSBZG|]/g, (c) => LOOKALIKE[c] ?? c);
  });
}

function prepare(text: string, source: FieldSource): Line[] {
  const clipped = text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text;
  return clipped
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .split('\n')
    .map((l) => {
      const raw = (l.length > MAX_LINE_CHARS ? l.slice(0, MAX_LINE_CHARS) : l).replace(/\t/g, '    ').replace(/[\u00a0\u2007\u202f]/g, ' ');
      const f = fold(raw);
      return { raw, fold: f, digits: source === 'OCR' ? mapLookalikes(f) : f };
    });
}

interface Cell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Columns of a -layout line: runs separated by two or more spaces. */
function cells(line: string): Cell[] {
  const out: Cell[] = [];
  const re = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The cell of `line` under column range [start, end): the one overlapping most, or starting nearest. */
function cellUnder(line: string, start: number, end: number): Cell | null {
  let best: Cell | null = null;
  let bestScore = -Infinity;
  for (const c of cells(line)) {
    const overlap = Math.min(end, c.end) - Math.max(start, c.start);
    const score = overlap > 0 ? overlap : -Math.abs(c.start - start);
    if (score > bestScore && (overlap > 0 || Math.abs(c.start - start) <= 4)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------
// Sections (who a tax id or a name belongs to)

interface SectionMark extends Pos {
  readonly section: Section;
}

const SECTION_RE =
  /\b(DESTINATARIO|TOMADOR|(?<!DE )CONSUMIDOR(?! ELETRONIC)|ADQUIRENTE|CLIENTE|EMITENTE|PRESTADOR|EMISSOR|TRANSPORTADORA?|INTERMEDIARIO)\b/g;

function sectionOf(word: string): Section {
  if (/^(EMITENTE|PRESTADOR|EMISSOR)$/.test(word)) return 'ISSUER';
  if (/^(TRANSPORTADORA?|INTERMEDIARIO)$/.test(word)) return 'OTHER';
  return 'RECIPIENT';
}

function findSections(lines: Line[]): SectionMark[] {
  const marks: SectionMark[] = [];
  lines.forEach((l, line) => {
    for (const m of l.fold.matchAll(SECTION_RE)) marks.push({ line, col: m.index ?? 0, section: sectionOf(m[1]!) });
  });
  return marks;
}

function sectionAt(marks: SectionMark[], pos: Pos): Section | null {
  // marks are in reading order: binary search for the last one at or before pos.
  let lo = 0;
  let hi = marks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (before(marks[mid]!, pos)) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found < 0 ? null : marks[found]!.section;
}

// ---------------------------------------------------------------------------------------------------
// Access key

interface KeyHit extends Pos {
  readonly key: string;
  readonly end: number;
  readonly exact: boolean;
  readonly labelled: boolean;
  readonly lookalike: boolean;
}

/** Digit runs with single separators (groups of four on the DANFE, OCR spacing). */
const DIGIT_RUN = /\d(?:[ .]{0,3}\d)+/g;

function findKeys(lines: Line[]): { keys: KeyHit[]; spans: Array<Pos & { end: number }>; nfse: KeyHit[] } {
  const keys: KeyHit[] = [];
  const nfse: KeyHit[] = [];
  const spans: Array<Pos & { end: number }> = [];
  lines.forEach((l, line) => {
    const variants = l.digits === l.fold ? [l.fold] : [l.fold, l.digits];
    variants.forEach((text, vi) => {
      for (const m of text.matchAll(DIGIT_RUN)) {
        const digits = m[0].replace(/\D/g, '');
        if (digits.length < 44) continue;
        const col = m.index ?? 0;
        const context = fold(`${lines[line - 1]?.raw ?? ''} ${l.raw.slice(0, col)}`);
        const labelled = /CHAVE|ACESSO|CONSULT/.test(context);
        spans.push({ line, col, end: col + m[0].length });
        if (digits.length === 50 && UF_CODES[digits.slice(0, 2)] !== undefined) {
          nfse.push({ line, col, end: col + m[0].length, key: digits, exact: true, labelled, lookalike: vi === 1 });
        }
        for (let i = 0; i + 44 <= digits.length && i <= 16; i++) {
          const r = validateNfeKey(digits.slice(i, i + 44));
          if (r.ok) {
            keys.push({ line, col, end: col + m[0].length, key: r.value.key, exact: digits.length === 44, labelled, lookalike: vi === 1 });
            break;
          }
        }
      }
    });
  });
  return { keys, spans, nfse };
}

// ---------------------------------------------------------------------------------------------------
// CNPJ / CPF

interface TaxHit extends Pos {
  readonly value: string;
  readonly kind: 'CNPJ' | 'CPF';
  readonly section: Section | null;
  readonly lookalike: boolean;
}

const CNPJ_ALNUM = /(?<![0-9A-Z])[0-9A-Z]{2} ?\. ?[0-9A-Z]{3} ?\. ?[0-9A-Z]{3} ?\/ ?[0-9A-Z]{4} ?- ?\d{2}(?![0-9])/g;
const CNPJ_DIGITS = /(?<![\d.\/-])\d{2}\.?\d{3}\.?\d{3}\/?\d{4}-?\d{2}(?![\d\/])/g;
const CPF_DIGITS = /(?<![\d.\/-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\d\/])/g;

function findTaxIds(lines: Line[], marks: SectionMark[], keySpans: Array<Pos & { end: number }>): TaxHit[] {
  const hits: TaxHit[] = [];
  const seen = new Set<string>();
  const spansByLine = new ByLine(keySpans);
  const inKey = (line: number, col: number) => spansByLine.on(line).some((s) => col >= s.col && col < s.end);
  lines.forEach((l, line) => {
    const variants = l.digits === l.fold ? [l.fold] : [l.fold, l.digits];
    variants.forEach((text, vi) => {
      const found: Array<{ col: number; value: string; kind: 'CNPJ' | 'CPF' }> = [];
      for (const re of [CNPJ_ALNUM, CNPJ_DIGITS]) {
        for (const m of text.matchAll(re)) {
          const r = validateCnpj(m[0].replace(/ /g, ''));
          if (r.ok) found.push({ col: m.index ?? 0, value: r.value, kind: 'CNPJ' });
        }
      }
      for (const m of text.matchAll(CPF_DIGITS)) {
        const col = m.index ?? 0;
        const formatted = /[.-]/.test(m[0]);
        // Bare 11-digit numbers are often phone numbers: require a 'CPF' label just before them.
        if (!formatted && !/CPF/.test(text.slice(Math.max(0, col - 40), col))) continue;
        const r = validateCpf(m[0]);
        if (r.ok) found.push({ col, value: r.value, kind: 'CPF' });
      }
      for (const f of found) {
        const id = `${line}:${f.col}:${f.value}`;
        if (seen.has(id) || inKey(line, f.col)) continue;
        seen.add(id);
        hits.push({ line, col: f.col, value: f.value, kind: f.kind, section: sectionAt(marks, { line, col: f.col }), lookalike: vi === 1 });
      }
    });
  });
  return hits.sort((a, b) => a.line - b.line || a.col - b.col);
}

// ---------------------------------------------------------------------------------------------------
// Names

const NAME_LABEL_RE =
  /(NOME\s*\/\s*RAZAO SOCIAL|NOME\s*\/\s*NOME EMPRESARIAL|RAZAO SOCIAL|NOME EMPRESARIAL|IDENTIFICACAO DO EMITENTE|\bEMITENTE(?: DA NFS-?E| DA NOTA)?\b|\bPRESTADOR(?: D[OE] SERVICOS?)?\b|\bTOMADOR(?: D[OE] SERVICOS?)?\b|\bDESTINATARIO\b)/g;

const NOT_A_NAME =
  /\b(CNPJ|CPF|INSCRICAO|INSC\.|ENDERECO|MUNICIPIO|BAIRRO|CEP|TELEFONE|FONE|E-?MAIL|DATA|HORA|RAZAO SOCIAL|NOME EMPRESARIAL|VALOR|CHAVE|PROTOCOLO|SERIE|FOLHA|DANFE|DANFSE|DOCUMENTO AUXILIAR|IDENTIFICACAO|REMETENTE|DESTINATARIO|TOMADOR|PRESTADOR|EMITENTE|NAO IDENTIFICADO|CONSULTE|QTD|CODIGO|NFS-?E|NF-?E|NFC-?E)\b/;

function plausibleName(raw: string): string | null {
  const s = raw
    .replace(/^[\s:;\-–—|]+/, '')
    .replace(/[\s:;,\-–—|]+$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  if (s.length < 3 || s.length > 150) return null;
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  const digits = (s.match(/\d/g) ?? []).length;
  if (letters < 3 || digits * 3 > letters || letters < s.replace(/\s/g, '').length * 0.6) return null;
  const folded = fold(s);
  if (NOT_A_NAME.test(folded) || /^(D[AOE]S?|E|EM|PARA|POR)\b/.test(folded)) return null;
  return s;
}

interface NameHit extends Pos {
  readonly value: string;
  readonly section: Section | null;
}

function findNames(lines: Line[], marks: SectionMark[]): NameHit[] {
  const out: NameHit[] = [];
  lines.forEach((l, line) => {
    for (const m of l.fold.matchAll(NAME_LABEL_RE)) {
      const col = m.index ?? 0;
      const end = col + m[0].length;
      const section = sectionAt(marks, { line, col: end });
      // 'RAZÃO SOCIAL: FULANO LTDA' (same line, up to the next column).
      const rest = l.raw.slice(end);
      const sameLine = /^\s{0,3}[:\-–]?\s{0,3}(\S+(?: \S+)*)/.exec(rest);
      const inline = sameLine ? plausibleName(sameLine[1]!) : null;
      if (inline) {
        out.push({ line, col, value: inline, section });
        continue;
      }
      // Label above the value (DANFE boxes): the cell under the label on one of the next lines.
      for (let k = 1; k <= 2 && line + k < lines.length; k++) {
        const below = lines[line + k]!.raw;
        if (below.trim() === '') continue;
        const cell = cellUnder(below, col, Math.max(end, col + 12));
        const name = cell ? plausibleName(cell.text) : null;
        if (name) {
          out.push({ line: line + k, col: cell!.start, value: name, section });
          break;
        }
      }
    }
  });
  return out;
}

/** Receipts without labels: the first name-like line near the top (the business name). */
function headerName(lines: Line[], limit: number): NameHit | null {
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    const first = cells(lines[i]!.raw)[0];
    const name = first ? plausibleName(first.text) : null;
    if (name && /[A-Z]/.test(name) && !/^(CUPOM|RECIBO|COMPROVANTE|NOTA|EXTRATO|DOCUMENTO)\b/.test(fold(name))) {
      return { line: i, col: first!.start, value: name, section: null };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Dates

interface DateHit extends Pos {
  readonly date: string; // YYYY-MM-DD
  readonly time: string | null; // HH:MM:SS
  readonly offset: string | null;
}

const DATE_BR = /(?<!\d)(\d{1,2})\s?[\/.-]\s?(\d{1,2})\s?[\/.-]\s?(\d{4}|\d{2})(?![\d\/])(?:\s*(?:AS|A|-|,)?\s*(\d{2}):(\d{2})(?::(\d{2}))?)?/g;
const DATE_ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g;

function validDate(y: number, m: number, d: number): boolean {
  if (y < 2000 || y > 2099 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad2 = (n: number | string) => String(n).padStart(2, '0');

function timeOf(h?: string, mi?: string, s?: string): string | null {
  if (h === undefined || mi === undefined) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
  return `${pad2(h)}:${pad2(mi)}:${pad2(s ?? '0')}`;
}

function findDates(lines: Line[]): DateHit[] {
  const out: DateHit[] = [];
  lines.forEach((l, line) => {
    for (const m of l.fold.matchAll(DATE_BR)) {
      const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      const mo = Number(m[2]);
      const d = Number(m[1]);
      if (!validDate(y, mo, d)) continue;
      out.push({ line, col: m.index ?? 0, date: `${y}-${pad2(mo)}-${pad2(d)}`, time: timeOf(m[4], m[5], m[6]), offset: null });
    }
    for (const m of l.fold.matchAll(DATE_ISO)) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!validDate(y, mo, d)) continue;
      const off = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : null;
      out.push({ line, col: m.index ?? 0, date: `${y}-${pad2(mo)}-${pad2(d)}`, time: timeOf(m[4], m[5], m[6]), offset: off });
    }
  });
  return out.sort((a, b) => a.line - b.line || a.col - b.col);
}

function instantOf(h: DateHit): string | null {
  if (h.offset !== null && h.time !== null) {
    const t = Date.parse(`${h.date}T${h.time}${h.offset}`);
    return Number.isFinite(t) ? new Date(t).toISOString() : null;
  }
  const [y, m, d] = h.date.split('-').map(Number) as [number, number, number];
  const midnight = saoPauloMidnight({ year: y, month: m, day: d });
  if (!midnight) return null;
  const [hh, mi, ss] = (h.time ?? '00:00:00').split(':').map(Number) as [number, number, number];
  return new Date(midnight.getTime() + ((hh * 60 + mi) * 60 + ss) * 1000).toISOString();
}

const ISSUE_LABEL = /(DATA\s*(?:\/\s*HORA\s*)?(?:E HORA\s*)?D[AE]\s*EMISSAO|DT\.?\s*EMISSAO|EMITIDA EM|EMISSAO)/g;
const COMPETENCE_LABEL = /COMPETENCIA/g;

/** Hits grouped by line, so that label lookups stay linear on long or hostile texts. */
class ByLine<T extends Pos> {
  private readonly map = new Map<number, T[]>();
  constructor(readonly all: readonly T[]) {
    for (const h of all) {
      const list = this.map.get(h.line);
      if (list) list.push(h);
      else this.map.set(h.line, [h]);
    }
  }
  on(line: number): readonly T[] {
    return this.map.get(line) ?? [];
  }
}

/** A value (date/money hit) attached to a label: same line to the right, or in the cell below. */
function attached<T extends Pos>(hits: ByLine<T>, lines: Line[], line: number, col: number, end: number, stopAt?: number): T | null {
  let best: T | null = null;
  for (const h of hits.on(line)) {
    if (h.col >= end && (stopAt === undefined || h.col < stopAt) && (best === null || h.col < best.col)) best = h;
  }
  if (best) return best;
  for (let k = 1; k <= 2 && line + k < lines.length; k++) {
    const below = lines[line + k]!;
    if (below.raw.trim() === '') continue;
    const cell = cellUnder(below.raw, col, Math.max(end, col + 12));
    if (!cell) continue;
    const inCell = hits.on(line + k).find((h) => h.col >= cell.start && h.col < cell.end);
    if (inCell) return inCell;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Money

interface MoneyHit extends Pos {
  readonly cents: number;
  readonly loose: boolean;
}

const MONEY = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+),(\d{2})(?![\d,])/g;
/** OCR: '1.234.56', '1 234,56', '123, 45' */
const MONEY_LOOSE = /(?<![\d.,])(\d{1,3}(?:[. ]\d{3})*|\d+) ?[.,] ?(\d{2})(?![\d,.])/g;

function findMoney(lines: Line[], source: FieldSource): MoneyHit[] {
  const out: MoneyHit[] = [];
  lines.forEach((l, line) => {
    const strict = new Set<number>();
    for (const m of l.digits.matchAll(MONEY)) {
      const r = parseBRL(`${m[1]},${m[2]}`);
      if (r.ok) {
        out.push({ line, col: m.index ?? 0, cents: r.cents, loose: false });
        strict.add(m.index ?? 0);
      }
    }
    if (source !== 'OCR') return;
    for (const m of l.digits.matchAll(MONEY_LOOSE)) {
      const col = m.index ?? 0;
      if (strict.has(col)) continue;
      const r = parseBRL(`${m[1]!.replace(/[. ]/g, '')},${m[2]}`);
      if (r.ok) out.push({ line, col, cents: r.cents, loose: true });
    }
  });
  return out.sort((a, b) => a.line - b.line || a.col - b.col);
}

interface MoneyLabel {
  readonly re: RegExp;
  readonly weight: number;
}

// Highest weight wins; labels of other totals (products, taxes, items) are excluded by lookahead.
const TOTAL_LABELS: MoneyLabel[] = [
  { re: /VALOR TOTAL DA (?:NOTA|NFS-?E|NF-?E|NFC-?E)|VALOR TOTAL DO DOCUMENTO|VALOR A PAGAR|TOTAL A PAGAR/g, weight: 1 },
  { re: /VALOR (?:TOTAL )?DOS? SERVICOS?(?! PRESTADOS? EM)/g, weight: 0.97 },
  {
    re: /(?:VALOR|VL\.?|VLR\.?|V\.) ?TOTAL(?! D[OA]S? (?:PRODUTOS|ITENS|ICMS|IPI|TRIBUTOS|IMPOSTOS|FRETE|SEGURO|DESCONTO))(?! (?:TRIB|APROX|ICMS|IPI))|TOTAL R ?[$S]|TOTAL GERAL/g,
    weight: 0.95,
  },
  { re: /VALOR TOTAL DOS PRODUTOS/g, weight: 0.85 },
  { re: /(?<![A-Z] ?)\bTOTAL\b(?! ?(?:DE ITENS|ITENS|TRIB|APROX|ICMS|IPI|DOS PRODUTOS|DESCONTO|\(?QTD))/g, weight: 0.85 },
];
const NET_LABEL = /VALOR LIQUIDO(?: DA NFS-?E)?/g;
const ANY_MONEY_LABEL = /VALOR|TOTAL|DESCONTO|TROCO|ICMS|TRIBUTOS/g;

interface MoneyPick {
  readonly cents: number;
  readonly confidence: number;
}

function labelledMoney(lines: Line[], money: ByLine<MoneyHit>, labels: MoneyLabel[], base: number): MoneyPick | null {
  const picks: Array<{ hit: MoneyHit; weight: number }> = [];
  lines.forEach((l, line) => {
    for (const { re, weight } of labels) {
      for (const m of l.fold.matchAll(re)) {
        const col = m.index ?? 0;
        const end = col + m[0].length;
        // Same-line values stop at the next money label of the line (another column's value).
        let stopAt: number | undefined;
        for (const o of l.fold.slice(end).matchAll(ANY_MONEY_LABEL)) {
          stopAt = end + (o.index ?? 0);
          break;
        }
        const hit = attached(money, lines, line, col, end, stopAt);
        if (hit) picks.push({ hit, weight });
      }
    }
  });
  if (picks.length === 0) return null;
  let top = 0;
  for (const p of picks) top = Math.max(top, p.weight);
  const best = picks.filter((p) => p.weight === top);
  const strictBest = best.filter((p) => !p.hit.loose);
  const pool = strictBest.length > 0 ? strictBest : best;
  // The last one on a receipt ("TOTAL" after the items); for the strongest labels, the first.
  const chosen = top >= 0.95 ? pool[0]! : pool[pool.length - 1]!;
  const distinct = new Set(pool.map((p) => p.hit.cents)).size;
  let confidence = base * top;
  if (distinct > 1) confidence *= 0.85;
  if (chosen.hit.loose) confidence *= 0.9;
  return { cents: chosen.hit.cents, confidence };
}

// ---------------------------------------------------------------------------------------------------
// Document number, series, protocol

const NUMBER_LABEL =
  /(\bN(?:UMERO|RO\.?)(?: D[AO] (?:NFS-?E|NF-?E|NFC-?E|NOTA|DOCUMENTO|CUPOM))?|\bN ?[º°]\.?|\bN\.|\bNO\.)\s*:?\s*((?:\d{1,3}(?:\.\d{3})+)|\d{1,15})(?![\d,\/])/g;
const ADDRESS_CONTEXT = /(RUA|AV\.?|AVENIDA|ALAMEDA|RODOVIA|ESTRADA|TRAVESSA|PRACA|ENDERECO|LOGRADOURO|KM|,)\s*$/;

function findNumber(lines: Line[]): { value: string; labelled: boolean } | null {
  for (const l of lines) {
    for (const m of l.fold.matchAll(NUMBER_LABEL)) {
      const col = m.index ?? 0;
      if (ADDRESS_CONTEXT.test(l.fold.slice(Math.max(0, col - 30), col))) continue;
      if (/^(N ?[º°O]|N\.|NO\.)/.test(m[1]!) && /\b(CASA|APTO|SALA|LOTE)\b/.test(l.fold.slice(Math.max(0, col - 20), col))) continue;
      const digits = m[2]!.replace(/\./g, '').replace(/^0+(?=\d)/, '');
      if (digits === '0') continue;
      return { value: digits, labelled: true };
    }
  }
  // Header row 'NÚMERO' with the value in the cell below.
  for (const [i, l] of lines.entries()) {
    const m = /\bNUMERO(?: DA NFS-?E)?\b\s*$/.exec(l.fold) ?? /\bNUMERO(?: DA NFS-?E)?\b(?=\s{2,})/.exec(l.fold);
    if (!m || i + 1 >= lines.length) continue;
    const cell = cellUnder(lines[i + 1]!.raw, m.index, m.index + m[0].length);
    const v = cell && /^\d[\d.]{0,18}$/.test(cell.text) ? cell.text.replace(/\./g, '').replace(/^0+(?=\d)/, '') : null;
    if (v) return { value: v, labelled: true };
  }
  return null;
}

function findSeries(lines: Line[]): string | null {
  for (const l of lines) {
    const m = /\bSERIE\b\s*:?\s*(\d{1,3})(?!\d)/.exec(l.fold);
    if (m) return String(Number(m[1]));
  }
  return null;
}

function findProtocol(lines: Line[]): string | null {
  for (const [i, l] of lines.entries()) {
    if (!/PROTOCOLO(?: DE AUTORIZACAO)?/.test(l.fold)) continue;
    for (const text of [l.digits, lines[i + 1]?.digits ?? '']) {
      const m = /(?<!\d)(\d{15})(?!\d)/.exec(text);
      if (m) return m[1]!;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Kind

function kindFromText(all: string): DocumentKind {
  if (/DANFSE|\bNFS-?E\b|NOTA FISCAL DE SERVICOS? ELETRONICA/.test(all)) return 'NFSE';
  if (/\bNFC-?E\b|NOTA FISCAL DE CONSUMIDOR ELETRONICA/.test(all)) return 'NFCE';
  if (/\bDANFE\b|\bNF-?E\b|NOTA FISCAL ELETRONICA/.test(all)) return 'NFE';
  if (/\bCUPOM\b|\bRECIBO\b|COMPROVANTE|\bCF-?E\b|EXTRATO/.test(all)) return 'RECEIPT';
  return 'OTHER';
}

// ---------------------------------------------------------------------------------------------------

/**
 * Heuristic fields from the text of a Brazilian invoice or receipt. `source` says where the text came
 * from ('TEXT' = PDF text layer, 'OCR'); `baseConfidence` (0..1) is how much that text is trusted
 * (e.g. 0.9 for a text layer, the OCR mean word confidence for OCR). Never throws.
 */
export function fieldsFromText(text: string, source: 'TEXT' | 'OCR', baseConfidence: number): Extracted {
  const input = typeof text === 'string' ? text : '';
  const src: FieldSource = source === 'OCR' ? 'OCR' : 'TEXT';
  const base = Number.isFinite(baseConfidence) ? Math.min(1, Math.max(0, baseConfidence)) : 0.5;
  const out = emptyExtracted('OTHER', input.length > MAX_TEXT_CHARS ? input.slice(0, MAX_TEXT_CHARS) : input);
  try {
    analyse(out, prepare(input, src), src, base);
  } catch {
    // Heuristics must never break an upload: keep whatever was found so far.
  }
  return out;
}

function analyse(out: Extracted, lines: Line[], src: FieldSource, base: number): void {
  const field = <T>(value: T, confidence: number): Field<T> => ({ value, confidence: clamp01(confidence), source: src });
  const all = lines.map((l) => l.fold).join('\n');
  const marks = findSections(lines);

  // Access key: a valid check digit (plus a real UF and month) is strong evidence.
  const { keys, spans, nfse } = findKeys(lines);
  const distinctKeys = [...new Set(keys.map((k) => k.key))];
  const key = keys.find((k) => k.labelled) ?? keys[0] ?? null;
  let keyConf = 0;
  let keyInfo: ReturnType<typeof validateNfeKey> | null = null;
  if (key) {
    keyConf = raise(base, 0.8);
    if (!key.exact) keyConf *= 0.9;
    if (key.lookalike) keyConf *= 0.9;
    if (distinctKeys.length > 1) keyConf *= 0.8;
    keyInfo = validateNfeKey(key.key);
  }

  let kind = kindFromText(all);
  if (keyInfo?.ok) {
    const model = keyInfo.value.model;
    kind = model === '55' ? 'NFE' : model === '65' ? 'NFCE' : model === '59' ? 'RECEIPT' : kind === 'NFSE' ? 'OTHER' : kind;
    out.accessKey = field(keyInfo.value.key, keyConf);
    out.model = field(model, keyConf);
    out.series = field(String(keyInfo.value.series), keyConf);
    if (model === '55' || model === '65') out.number = field(String(keyInfo.value.number), keyConf);
  } else if (kind === 'NFSE' && nfse.length > 0) {
    const k = nfse.find((h) => h.labelled) ?? nfse[0]!;
    out.accessKey = field(k.key, base * (k.labelled ? 1 : 0.85) * (k.lookalike ? 0.9 : 1));
  }
  out.kind = kind;

  // Tax ids: issuer first unless labelled; the key's issuer settles it.
  const taxIds = findTaxIds(lines, marks, spans);
  const keyIssuer = keyInfo?.ok && keyInfo.value.issuerKind !== 'UNKNOWN' ? keyInfo.value.issuerTaxId : null;
  const idConf = (h: TaxHit, factor: number) => raise(base, 0.3) * factor * (h.lookalike ? 0.9 : 1);
  let issuer: TaxHit | null = null;
  if (keyIssuer) {
    issuer = taxIds.find((h) => h.value === keyIssuer) ?? null;
    out.issuerTaxId = issuer ? field(keyIssuer, raise(raise(base, 0.3), 0.5)) : field(keyIssuer, keyConf * 0.95);
  } else {
    const labelled = taxIds.filter((h) => h.section === 'ISSUER');
    const unlabelled = taxIds.filter((h) => h.section === null);
    issuer = labelled[0] ?? unlabelled[0] ?? null;
    if (issuer) {
      const pool = labelled.length > 0 ? labelled : unlabelled;
      const ambiguous = new Set(pool.map((h) => h.value)).size > 1 && labelled.length > 0;
      out.issuerTaxId = field(issuer.value, idConf(issuer, (issuer.section === 'ISSUER' ? 1 : 0.95) * (ambiguous ? 0.85 : 1)));
    }
  }
  const issuerValue = out.issuerTaxId?.value ?? null;
  const recipients = taxIds.filter((h) => h.section === 'RECIPIENT' && h.value !== issuerValue);
  let recipient: TaxHit | null = recipients[0] ?? null;
  if (recipient) {
    const ambiguous = new Set(recipients.map((h) => h.value)).size > 1;
    out.recipientTaxId = field(recipient.value, idConf(recipient, ambiguous ? 0.85 : 1));
  } else {
    recipient = taxIds.find((h) => h.section === null && h.value !== issuerValue) ?? null;
    if (recipient) out.recipientTaxId = field(recipient.value, idConf(recipient, 0.6));
  }

  // Names next to their labels; receipts fall back to the header line.
  const names = findNames(lines, marks);
  const issuerName = names.find((n) => n.section === 'ISSUER');
  const recipientName = names.find((n) => n.section === 'RECIPIENT' && n.value !== issuerName?.value);
  if (issuerName) {
    out.issuerName = field(issuerName.value, base);
  } else {
    const unlabelled = names.find((n) => n.section === null);
    const header = unlabelled ?? headerName(lines, issuer ? Math.min(issuer.line + 1, 8) : 5);
    if (header) out.issuerName = field(header.value, base * (unlabelled ? 0.85 : 0.7));
  }
  if (recipientName) out.recipientName = field(recipientName.value, base);

  // Dates: the one under/after an issue label; otherwise the first date.
  const dateHits = findDates(lines);
  const dates = new ByLine(dateHits);
  let issued: DateHit | null = null;
  let issuedConf = 0;
  for (const [i, l] of lines.entries()) {
    for (const m of l.fold.matchAll(ISSUE_LABEL)) {
      const col = m.index ?? 0;
      const hit = attached(dates, lines, i, col, col + m[0].length);
      if (hit) {
        issued = hit;
        issuedConf = base;
        break;
      }
    }
    if (issued) break;
  }
  if (!issued && dateHits.length > 0) {
    issued = dateHits[0]!;
    issuedConf = base * (new Set(dateHits.map((d) => d.date)).size > 1 ? 0.7 : 0.85);
  }
  if (issued) {
    const iso = instantOf(issued);
    if (iso) out.issuedAt = field(iso, issuedConf);
  }

  // Competence: 'Competência' (mm/aaaa or a full date), else the issue month (São Paulo).
  for (const [i, l] of lines.entries()) {
    for (const m of l.fold.matchAll(COMPETENCE_LABEL)) {
      const col = m.index ?? 0;
      const end = col + m[0].length;
      const full = attached(dates, lines, i, col, end);
      if (full) {
        out.competenceMonth = field(full.date.slice(0, 7), base);
        break;
      }
      const mm = /^\D{0,20}?(?<!\d)(\d{2})\s?\/\s?(\d{4})(?![\d\/])/.exec(l.fold.slice(end));
      if (mm && Number(mm[1]) >= 1 && Number(mm[1]) <= 12) {
        out.competenceMonth = field(`${mm[2]}-${mm[1]}`, base);
        break;
      }
    }
    if (out.competenceMonth) break;
  }
  if (!out.competenceMonth && out.issuedAt) {
    const d = issued && issued.offset === null ? issued.date : null;
    const month = d ? d.slice(0, 7) : monthKey(out.issuedAt.value);
    if (month) out.competenceMonth = field(month, out.issuedAt.confidence * (kind === 'NFSE' ? 0.8 : 0.95));
  } else if (!out.competenceMonth && keyInfo?.ok) {
    out.competenceMonth = field(keyInfo.value.yearMonth, keyConf * 0.6);
  }

  // Money.
  const moneyHits = findMoney(lines, src);
  const money = new ByLine(moneyHits);
  const total = labelledMoney(lines, money, TOTAL_LABELS, base);
  if (total) {
    out.totalCents = field(total.cents, total.confidence);
  } else {
    let largest: number | null = null;
    for (const m of moneyHits) if (!m.loose && (largest === null || m.cents > largest)) largest = m.cents;
    if (largest !== null) out.totalCents = field(largest, base * 0.5);
  }
  const net = labelledMoney(lines, money, [{ re: NET_LABEL, weight: 1 }], base);
  if (net) out.netCents = field(net.cents, net.confidence);

  // Number and series when the key did not give them.
  const number = findNumber(lines);
  if (number) {
    if (!out.number) out.number = field(number.value, base * 0.85);
    else if (out.number.value === number.value) out.number = field(number.value, raise(out.number.confidence, 0.5));
  }
  if (!out.series) {
    const series = findSeries(lines);
    if (series !== null) out.series = field(series, base * 0.85);
  }

  const protocol = findProtocol(lines);
  if (protocol) out.authorization = { status: 'UNKNOWN', code: null, protocol };

  if (/MICROEMPREENDEDOR INDIVIDUAL|\bSIMEI\b|OPTANTE[^\n]{0,60}\bMEI\b|SIMPLES NACIONAL[^\n]{0,30}\bMEI\b/.test(all)) out.issuerIsMei = true;
}
