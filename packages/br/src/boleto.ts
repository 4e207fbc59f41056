// Boleto lines (FEBRABAN layouts).
//
// Bank boleto ("boleto bancário"): 44-digit barcode = bank(3) currency(1) general DV(1) due factor(4)
// value in cents(10) free field(25); the 47-digit typed line ("linha digitável") is three fields each
// closed by a mod-10 DV, then the general DV, then factor + value.
//
// Collection/utility ("arrecadação"): 44-digit barcode starting with 8 = '8' segment(1) value id(1)
// general DV(1) value(11) company(4, or 8 for segment 6) free field; the 48-digit line is four blocks
// of 11 barcode digits, each followed by a DV computed with the same modulus as the general DV.

import { epochDay, fromEpochDay, isoDate, parseIsoDate, saoPauloDate } from './calendar';
import { invalid, messageFor, type Invalid } from './result';

export type BoletoReason =
  | 'NOT_A_STRING'
  | 'EMPTY'
  | 'INVALID_CHARACTERS'
  | 'LENGTH'
  | 'NOT_ARRECADACAO'
  | 'SEGMENT'
  | 'VALUE_ID'
  | 'FIELD_CHECK_DIGIT'
  | 'GENERAL_CHECK_DIGIT'
  | 'CURRENCY';

export type BoletoMakeReason =
  | 'BANK_CODE'
  | 'CURRENCY'
  | 'DUE_DATE'
  | 'AMOUNT'
  | 'FREE_FIELD'
  | 'SEGMENT'
  | 'VALUE_ID'
  | 'COMPANY';

export const BOLETO_MESSAGES_PT_BR: Readonly<Record<BoletoReason | BoletoMakeReason, string>> = {
  NOT_A_STRING: 'Informe a linha digitável como texto.',
  EMPTY: 'Informe a linha digitável do boleto.',
  INVALID_CHARACTERS: 'A linha digitável deve conter apenas números.',
  LENGTH: 'A linha digitável deve ter 47 dígitos (boleto bancário) ou 48 dígitos (contas de consumo e tributos).',
  NOT_ARRECADACAO: 'Linha de 48 dígitos inválida: contas de consumo e tributos começam com 8.',
  SEGMENT: 'Segmento de arrecadação inválido.',
  VALUE_ID: 'Identificador de valor inválido (deve ser 6, 7, 8 ou 9).',
  FIELD_CHECK_DIGIT: 'Dígito verificador de um dos campos não confere. Confira a digitação.',
  GENERAL_CHECK_DIGIT: 'Dígito verificador geral não confere. Confira a digitação.',
  CURRENCY: 'Moeda inválida: apenas boletos em reais (código 9) são aceitos.',
  BANK_CODE: 'Código do banco deve ter 3 dígitos.',
  DUE_DATE: 'Data de vencimento inválida ou anterior a 08/10/1997.',
  AMOUNT: 'Valor fora do intervalo permitido.',
  FREE_FIELD: 'Campo livre inválido.',
  COMPANY: 'Identificação da empresa inválida.',
};

export function boletoMessagePtBR(reason: BoletoReason | BoletoMakeReason): string {
  return messageFor(BOLETO_MESSAGES_PT_BR, reason, 'Boleto inválido.');
}

/** Result of decoding a due factor: no due date (factor 0000), a date, or no candidate near today. */
export type DueDate =
  | { readonly kind: 'NONE' }
  | { readonly kind: 'DATE'; readonly date: string }
  | { readonly kind: 'OUT_OF_WINDOW' };

export interface BankBoleto {
  readonly kind: 'BANK';
  readonly line: string;
  readonly barcode: string;
  readonly bankCode: string;
  readonly currencyCode: string;
  readonly dueFactor: number;
  readonly due: DueDate;
  /** null when the value field is zero: the payer enters the amount. */
  readonly amountCents: number | null;
  readonly freeField: string;
}

export interface ArrecadacaoBoleto {
  readonly kind: 'ARRECADACAO';
  readonly line: string;
  readonly barcode: string;
  /** 1 city halls, 2 sanitation, 3 electricity and gas, 4 telecom, 5 government, 6 others (CNPJ), 7 traffic fines, 9 bank use. */
  readonly segment: number;
  readonly valueId: 6 | 7 | 8 | 9;
  readonly modulus: 10 | 11;
  /** 6/8 carry an effective value in reais, 7/9 a reference value (FEBRABAN); digits are read the same way. */
  readonly valueKind: 'EFFECTIVE' | 'REFERENCE';
  /** Barcode positions 5-15 read with two decimals. */
  readonly amountCents: number;
  /** Positions 16-19 (company/agency code), or 16-23 (CNPJ root) for segment 6. */
  readonly companyId: string;
  readonly freeField: string;
}

export type Boleto = BankBoleto | ArrecadacaoBoleto;
type Fail = Invalid<BoletoReason> & { readonly field?: number };
export type BoletoResult = { readonly ok: true; readonly value: Boleto } | Fail;
export type BoletoConversionResult = { readonly ok: true; readonly value: string } | Fail;
export type MakeBoletoResult =
  | { readonly ok: true; readonly barcode: string; readonly line: string }
  | Invalid<BoletoMakeReason>;

const fail = (reason: BoletoReason, field?: number): Fail =>
  field === undefined ? invalid(reason, BOLETO_MESSAGES_PT_BR) : { ...invalid(reason, BOLETO_MESSAGES_PT_BR), field };
const failMake = (reason: BoletoMakeReason) => invalid(reason, BOLETO_MESSAGES_PT_BR);

// ---------------------------------------------------------------------------------------------------
// Check digits

/** Mod 10: weights 2,1,2,1... from the right, digits of each product summed; DV = (10 - sum % 10) % 10. */
export function mod10(digits: string): number {
  let sum = 0;
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    const p = (digits.charCodeAt(i) - 48) * weight;
    sum += p > 9 ? p - 9 : p; // digit sum of a product <= 18
    weight = weight === 2 ? 1 : 2;
  }
  return (10 - (sum % 10)) % 10;
}

function mod11Remainder(digits: string): number {
  let sum = 0;
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    sum += (digits.charCodeAt(i) - 48) * weight;
    weight = weight === 9 ? 2 : weight + 1;
  }
  return sum % 11;
}

/** Bank barcode general DV: 11 - remainder, where 0, 10 and 11 become 1. */
export function bankMod11(digits: string): number {
  const dv = 11 - mod11Remainder(digits);
  return dv === 0 || dv === 10 || dv === 11 ? 1 : dv;
}

/** Arrecadação mod 11: remainder 0 or 1 -> 0 (10 -> 1 falls out of 11 - remainder), else 11 - remainder. */
export function arrecadacaoMod11(digits: string): number {
  const r = mod11Remainder(digits);
  return r < 2 ? 0 : 11 - r;
}

// ---------------------------------------------------------------------------------------------------
// Due factor

// Factor 1000 was 2000-07-03 and 9999 was 2025-02-21; on 2025-02-22 the factor restarted at 1000.
// So a factor f >= 1000 names every date BASE + f + 9000k; factors 1..999 only existed before 2000.
const FACTOR_BASE_DAY = epochDay({ year: 1997, month: 10, day: 7 });
const FACTOR_CYCLE = 9000;
const WINDOW_PAST = 3000;
const WINDOW_FUTURE = 5500;

/**
 * Decodes a 4-digit due factor relative to `today` (its America/Sao_Paulo calendar date): picks the
 * only candidate date within today - 3000 .. today + 5500 days. Factor 0 means no due date.
 */
export function decodeDueFactor(factor: number, today: Date): DueDate {
  if (!Number.isInteger(factor) || factor < 0 || factor > 9999) return { kind: 'OUT_OF_WINDOW' };
  if (factor === 0) return { kind: 'NONE' };
  const t = saoPauloDate(today);
  if (!t) return { kind: 'OUT_OF_WINDOW' };
  const todayDay = epochDay(t);
  const first = FACTOR_BASE_DAY + factor;
  // Smallest cycle k that reaches the window; the window (8501 days) is shorter than a cycle.
  const k = Math.max(0, Math.ceil((todayDay - WINDOW_PAST - first) / FACTOR_CYCLE));
  if (k > 0 && factor < 1000) return { kind: 'OUT_OF_WINDOW' };
  const day = first + k * FACTOR_CYCLE;
  if (day > todayDay + WINDOW_FUTURE) return { kind: 'OUT_OF_WINDOW' };
  return { kind: 'DATE', date: isoDate(fromEpochDay(day)) };
}

/** Due factor for a 'YYYY-MM-DD' date (after 1997-10-07), applying the 2025-02-22 rollover; null if invalid. */
export function encodeDueFactor(date: string): number | null {
  const d = parseIsoDate(date);
  if (!d) return null;
  const days = epochDay(d) - FACTOR_BASE_DAY;
  if (days < 1) return null;
  return days <= 9999 ? days : ((days - 10000) % FACTOR_CYCLE) + 1000;
}

// ---------------------------------------------------------------------------------------------------
// Normalisation and conversion

const MAX_INPUT_LENGTH = 128;

function cleanDigits(input: unknown): string | Fail {
  if (typeof input !== 'string') return fail('NOT_A_STRING');
  if (input.length > MAX_INPUT_LENGTH) return fail('LENGTH');
  // Lines are often pasted with the display spaces, dots or hyphens.
  const s = input.replace(/[\s.\-]/g, '');
  if (s === '') return fail('EMPTY');
  if (!/^\d+$/.test(s)) return fail('INVALID_CHARACTERS');
  return s;
}

function checkBankLine(line: string): BoletoConversionResult {
  const fields: Array<[number, number]> = [
    [0, 9],
    [10, 20],
    [21, 31],
  ];
  for (let i = 0; i < fields.length; i++) {
    const [from, to] = fields[i]!;
    if (mod10(line.slice(from, to)) !== Number(line[to])) return fail('FIELD_CHECK_DIGIT', i + 1);
  }
  const barcode = line.slice(0, 4) + line[32] + line.slice(33, 47) + line.slice(4, 9) + line.slice(10, 20) + line.slice(21, 31);
  return checkBankBarcode(barcode);
}

function checkBankBarcode(barcode: string): BoletoConversionResult {
  if (bankMod11(barcode.slice(0, 4) + barcode.slice(5)) !== Number(barcode[4])) return fail('GENERAL_CHECK_DIGIT');
  if (barcode[3] !== '9') return fail('CURRENCY');
  return { ok: true, value: barcode };
}

function arrecadacaoModulus(valueId: string): 10 | 11 | null {
  return valueId === '6' || valueId === '7' ? 10 : valueId === '8' || valueId === '9' ? 11 : null;
}

function checkArrecadacaoHeader(digits: string): Fail | null {
  if (digits[0] !== '8') return fail('NOT_ARRECADACAO');
  if (digits[1] === '0' || digits[1] === '8') return fail('SEGMENT');
  if (arrecadacaoModulus(digits[2]!) === null) return fail('VALUE_ID');
  return null;
}

function checkArrecadacaoBarcode(barcode: string): BoletoConversionResult {
  const header = checkArrecadacaoHeader(barcode);
  if (header) return header;
  const dv = arrecadacaoModulus(barcode[2]!) === 10 ? mod10 : arrecadacaoMod11;
  if (dv(barcode.slice(0, 3) + barcode.slice(4)) !== Number(barcode[3])) return fail('GENERAL_CHECK_DIGIT');
  return { ok: true, value: barcode };
}

function checkArrecadacaoLine(line: string): BoletoConversionResult {
  const header = checkArrecadacaoHeader(line);
  if (header) return header;
  const dv = arrecadacaoModulus(line[2]!) === 10 ? mod10 : arrecadacaoMod11;
  let barcode = '';
  for (let block = 0; block < 4; block++) {
    const digits = line.slice(block * 12, block * 12 + 11);
    if (dv(digits) !== Number(line[block * 12 + 11])) return fail('FIELD_CHECK_DIGIT', block + 1);
    barcode += digits;
  }
  return checkArrecadacaoBarcode(barcode);
}

function bankBarcodeToLine(barcode: string): string {
  const f1 = barcode.slice(0, 4) + barcode.slice(19, 24);
  const f2 = barcode.slice(24, 34);
  const f3 = barcode.slice(34, 44);
  return `${f1}${mod10(f1)}${f2}${mod10(f2)}${f3}${mod10(f3)}${barcode[4]}${barcode.slice(5, 19)}`;
}

function arrecadacaoBarcodeToLine(barcode: string): string {
  const dv = arrecadacaoModulus(barcode[2]!) === 10 ? mod10 : arrecadacaoMod11;
  let line = '';
  for (let block = 0; block < 4; block++) {
    const digits = barcode.slice(block * 11, block * 11 + 11);
    line += digits + dv(digits);
  }
  return line;
}

function checkLine(input: unknown): BoletoConversionResult {
  const s = cleanDigits(input);
  if (typeof s !== 'string') return s;
  if (s.length === 47) return checkBankLine(s);
  if (s.length === 48) return checkArrecadacaoLine(s);
  return fail('LENGTH');
}

function checkBarcode(input: unknown): BoletoConversionResult {
  const s = cleanDigits(input);
  if (typeof s !== 'string') return s;
  if (s.length !== 44) return fail('LENGTH');
  // FEBRABAN convention: arrecadação barcodes start with 8, bank barcodes never do.
  return s[0] === '8' ? checkArrecadacaoBarcode(s) : checkBankBarcode(s);
}

/** 47- or 48-digit line -> validated 44-digit barcode. */
export function boletoLineToBarcode(input: unknown): BoletoConversionResult {
  return checkLine(input);
}

/** Validated 44-digit barcode -> 47-digit (bank) or 48-digit (arrecadação) line, digits only. */
export function boletoBarcodeToLine(input: unknown): BoletoConversionResult {
  const r = checkBarcode(input);
  if (!r.ok) return r;
  return { ok: true, value: r.value[0] === '8' ? arrecadacaoBarcodeToLine(r.value) : bankBarcodeToLine(r.value) };
}

function describe(barcode: string, today: Date): Boleto {
  if (barcode[0] === '8') {
    const valueId = Number(barcode[2]) as 6 | 7 | 8 | 9;
    const segment = Number(barcode[1]);
    const companyLength = segment === 6 ? 8 : 4;
    return {
      kind: 'ARRECADACAO',
      line: arrecadacaoBarcodeToLine(barcode),
      barcode,
      segment,
      valueId,
      modulus: valueId <= 7 ? 10 : 11,
      valueKind: valueId === 6 || valueId === 8 ? 'EFFECTIVE' : 'REFERENCE',
      amountCents: Number(barcode.slice(4, 15)),
      companyId: barcode.slice(15, 15 + companyLength),
      freeField: barcode.slice(15 + companyLength),
    };
  }
  const dueFactor = Number(barcode.slice(5, 9));
  const value = Number(barcode.slice(9, 19));
  return {
    kind: 'BANK',
    line: bankBarcodeToLine(barcode),
    barcode,
    bankCode: barcode.slice(0, 3),
    currencyCode: barcode[3]!,
    dueFactor,
    due: decodeDueFactor(dueFactor, today),
    amountCents: value === 0 ? null : value,
    freeField: barcode.slice(19),
  };
}

/**
 * Validates a typed line, auto-detecting bank (47 digits) or arrecadação (48 digits). Spaces, dots and
 * hyphens are ignored. `today` anchors the due-factor decoding (pass a fixed date in tests).
 */
export function validateBoletoLine(input: unknown, today: Date): BoletoResult {
  const r = checkLine(input);
  return r.ok ? { ok: true, value: describe(r.value, today) } : r;
}

/** Validates a 44-digit barcode (bank or arrecadação). */
export function parseBoletoBarcode(input: unknown, today: Date): BoletoResult {
  const r = checkBarcode(input);
  return r.ok ? { ok: true, value: describe(r.value, today) } : r;
}

/**
 * Display form of a valid line: '00190.00009 01234.567897 01234.567178 3 13810000015990' (bank) or
 * '83890000001-3 59900090202-1 60615123456-3 78901234567-5' (arrecadação). Null when invalid.
 */
export function formatBoletoLine(input: unknown): string | null {
  const r = checkLine(input);
  if (!r.ok) return null;
  const b = r.value;
  if (b[0] === '8') {
    const line = arrecadacaoBarcodeToLine(b);
    return [0, 1, 2, 3].map((i) => `${line.slice(i * 12, i * 12 + 11)}-${line[i * 12 + 11]}`).join(' ');
  }
  const l = bankBarcodeToLine(b);
  return `${l.slice(0, 5)}.${l.slice(5, 10)} ${l.slice(10, 15)}.${l.slice(15, 21)} ${l.slice(21, 26)}.${l.slice(26, 32)} ${l[32]} ${l.slice(33)}`;
}

// ---------------------------------------------------------------------------------------------------
// Generators (demo data and simulators)

export interface MakeBankBoletoInput {
  /** 3 digits, e.g. '001'. */
  readonly bankCode: string;
  /** 'YYYY-MM-DD', or null for no due date (factor 0000). */
  readonly dueDate: string | null;
  /** 0 (payer enters the amount) .. 9_999_999_999. */
  readonly amountCents: number;
  /** 25 digits, bank-specific. */
  readonly freeField: string;
}

export function makeBankBoleto(input: MakeBankBoletoInput): MakeBoletoResult {
  if (typeof input !== 'object' || input === null) return failMake('BANK_CODE');
  if (typeof input.bankCode !== 'string' || !/^\d{3}$/.test(input.bankCode)) return failMake('BANK_CODE');
  let factor = 0;
  if (input.dueDate !== null) {
    const f = typeof input.dueDate === 'string' ? encodeDueFactor(input.dueDate) : null;
    if (f === null) return failMake('DUE_DATE');
    factor = f;
  }
  const amount = input.amountCents;
  if (!Number.isSafeInteger(amount) || amount < 0 || amount > 9_999_999_999) return failMake('AMOUNT');
  if (typeof input.freeField !== 'string' || !/^\d{25}$/.test(input.freeField)) return failMake('FREE_FIELD');
  const rest = String(factor).padStart(4, '0') + String(amount).padStart(10, '0') + input.freeField;
  const head = `${input.bankCode}9`;
  const barcode = head + bankMod11(head + rest) + rest;
  return { ok: true, barcode, line: bankBarcodeToLine(barcode) };
}

export interface MakeArrecadacaoInput {
  /** 1..7 or 9 (3 = electricity and gas). */
  readonly segment: number;
  /** 0 .. 99_999_999_999 (11 digits). */
  readonly valueCents: number;
  /** Company/agency code (4 digits; 8-digit CNPJ root for segment 6). */
  readonly company: string;
  /** Free field; company + free must be exactly 29 digits. */
  readonly free: string;
  /** 6/7 -> mod 10, 8/9 -> mod 11. */
  readonly valueId: 6 | 7 | 8 | 9;
}

export function makeArrecadacaoBarcode(input: MakeArrecadacaoInput): MakeBoletoResult {
  if (typeof input !== 'object' || input === null) return failMake('SEGMENT');
  const { segment, valueCents, company, free, valueId } = input;
  if (!Number.isInteger(segment) || segment < 1 || segment > 9 || segment === 8) return failMake('SEGMENT');
  if (valueId !== 6 && valueId !== 7 && valueId !== 8 && valueId !== 9) return failMake('VALUE_ID');
  if (!Number.isSafeInteger(valueCents) || valueCents < 0 || valueCents > 99_999_999_999) return failMake('AMOUNT');
  if (typeof company !== 'string' || !/^\d{1,29}$/.test(company)) return failMake('COMPANY');
  if (typeof free !== 'string' || !/^\d*$/.test(free) || company.length + free.length !== 29) return failMake('FREE_FIELD');
  const head = `8${segment}${valueId}`;
  const rest = String(valueCents).padStart(11, '0') + company + free;
  const dv = valueId <= 7 ? mod10 : arrecadacaoMod11;
  const barcode = head + dv(head + rest) + rest;
  return { ok: true, barcode, line: arrecadacaoBarcodeToLine(barcode) };
}
