// NF-e / NFC-e access key ("chave de acesso", MOC 4.00): 44 characters =
// cUF(2) AAMM(4) issuer CNPJ/CPF(14) model(2) series(3) number(9) emission type(1) code(8) DV(1).
// The same layout serves NF3e (model 66, energy bills) and other SEFAZ documents, so any model is
// accepted. With the alphanumeric CNPJ the issuer field may hold letters; the DV values every
// character at ASCII - 48, exactly like the CNPJ check digits.

import { invalid, messageFor, type Invalid } from './result';
import { mod11CheckDigit, validateCnpj, validateCpf, validateTaxId } from './taxid';

export type NfeKeyReason = 'NOT_A_STRING' | 'EMPTY' | 'INVALID_CHARACTERS' | 'LENGTH' | 'CHECK_DIGIT' | 'UF' | 'YEAR_MONTH';

export type NfeKeyPartsReason =
  | 'UF'
  | 'YEAR_MONTH'
  | 'ISSUER'
  | 'MODEL'
  | 'SERIES'
  | 'NUMBER'
  | 'EMISSION_TYPE'
  | 'CODE';

export const NFE_MESSAGES_PT_BR: Readonly<Record<NfeKeyReason | NfeKeyPartsReason, string>> = {
  NOT_A_STRING: 'Informe a chave de acesso como texto.',
  EMPTY: 'Informe a chave de acesso.',
  INVALID_CHARACTERS: 'A chave de acesso contém caracteres inválidos.',
  LENGTH: 'A chave de acesso deve ter 44 caracteres.',
  CHECK_DIGIT: 'Dígito verificador da chave de acesso não confere. Confira a digitação.',
  UF: 'Código de UF inválido na chave de acesso.',
  YEAR_MONTH: 'Ano e mês de emissão inválidos na chave de acesso.',
  ISSUER: 'CNPJ ou CPF do emitente inválido.',
  MODEL: 'Modelo do documento inválido (2 dígitos).',
  SERIES: 'Série inválida (0 a 999).',
  NUMBER: 'Número do documento inválido (1 a 999.999.999).',
  EMISSION_TYPE: 'Tipo de emissão inválido (1 a 9).',
  CODE: 'Código numérico inválido (até 8 dígitos).',
};

export function nfeMessagePtBR(reason: NfeKeyReason | NfeKeyPartsReason): string {
  return messageFor(NFE_MESSAGES_PT_BR, reason, 'Chave de acesso inválida.');
}

/** IBGE state codes used as cUF. */
export const UF_CODES: Readonly<Record<string, string>> = {
  '11': 'RO', '12': 'AC', '13': 'AM', '14': 'RR', '15': 'PA', '16': 'AP', '17': 'TO',
  '21': 'MA', '22': 'PI', '23': 'CE', '24': 'RN', '25': 'PB', '26': 'PE', '27': 'AL', '28': 'SE', '29': 'BA',
  '31': 'MG', '32': 'ES', '33': 'RJ', '35': 'SP',
  '41': 'PR', '42': 'SC', '43': 'RS',
  '50': 'MS', '51': 'MT', '52': 'GO', '53': 'DF',
};

export interface NfeKey {
  /** Normalised 44-character key. */
  readonly key: string;
  /** cUF, e.g. '35'. */
  readonly ufCode: string;
  /** State abbreviation, e.g. 'SP'. */
  readonly uf: string;
  /** 'YYYY-MM' (AAMM read as 20AA). */
  readonly yearMonth: string;
  /** The 14-character issuer field as printed in the key. */
  readonly issuerField: string;
  /**
   * Issuer CNPJ (14) or CPF (11, when the field is '000' + a valid CPF and not a valid CNPJ). The key
   * alone cannot always tell them apart (00.000.000/0001-91 is also '000' + a valid CPF): CNPJ wins;
   * use emit/CNPJ|CPF from the XML when it matters.
   */
  readonly issuerTaxId: string;
  readonly issuerKind: 'CNPJ' | 'CPF' | 'UNKNOWN';
  /** '55' NF-e, '65' NFC-e, '66' NF3e, ... */
  readonly model: string;
  readonly series: number;
  readonly number: number;
  readonly emissionType: number;
  /** cNF, 8 digits. */
  readonly code: string;
  readonly checkDigit: number;
}

export type NfeKeyResult = { readonly ok: true; readonly value: NfeKey } | Invalid<NfeKeyReason>;
export type GenerateNfeKeyResult = { readonly ok: true; readonly value: string } | Invalid<NfeKeyPartsReason>;

const fail = (reason: NfeKeyReason) => invalid(reason, NFE_MESSAGES_PT_BR);
const failParts = (reason: NfeKeyPartsReason) => invalid(reason, NFE_MESSAGES_PT_BR);

// Digits everywhere except the 12 base characters of the issuer CNPJ (positions 7-18, 1-based).
const KEY_SHAPE = /^\d{6}[0-9A-Z]{12}\d{26}$/;

/** DV of the first 43 characters: mod 11, weights 2..9 from the right; remainder 0 or 1 -> 0. */
export function nfeCheckDigit(first43: string): number {
  return mod11CheckDigit(first43, 9);
}

/**
 * Validates an access key. Whitespace (DANFE prints it in groups of four) and a leading 'NFe' (from
 * infNFe/@Id) are ignored; letters are upper-cased.
 */
export function validateNfeKey(input: unknown): NfeKeyResult {
  if (typeof input !== 'string') return fail('NOT_A_STRING');
  if (input.length > 128) return fail('LENGTH');
  let s = input.replace(/\s/g, '').toUpperCase();
  if (s === '') return fail('EMPTY');
  if (s.startsWith('NFE') && s.length === 47) s = s.slice(3);
  if (!/^[0-9A-Z]+$/.test(s)) return fail('INVALID_CHARACTERS');
  if (s.length !== 44) return fail('LENGTH');
  if (!KEY_SHAPE.test(s)) return fail('INVALID_CHARACTERS');
  if (nfeCheckDigit(s.slice(0, 43)) !== Number(s[43])) return fail('CHECK_DIGIT');
  const ufCode = s.slice(0, 2);
  const uf = UF_CODES[ufCode];
  if (uf === undefined) return fail('UF');
  const month = Number(s.slice(4, 6));
  if (month < 1 || month > 12) return fail('YEAR_MONTH');

  const issuerField = s.slice(6, 20);
  let issuerKind: NfeKey['issuerKind'] = 'UNKNOWN';
  let issuerTaxId = issuerField;
  if (validateCnpj(issuerField).ok) issuerKind = 'CNPJ';
  else if (issuerField.startsWith('000') && validateCpf(issuerField.slice(3)).ok) {
    issuerKind = 'CPF';
    issuerTaxId = issuerField.slice(3);
  }

  return {
    ok: true,
    value: {
      key: s,
      ufCode,
      uf,
      yearMonth: `20${s.slice(2, 4)}-${s.slice(4, 6)}`,
      issuerField,
      issuerTaxId,
      issuerKind,
      model: s.slice(20, 22),
      series: Number(s.slice(22, 25)),
      number: Number(s.slice(25, 34)),
      emissionType: Number(s[34]),
      code: s.slice(35, 43),
      checkDigit: Number(s[43]),
    },
  };
}

/** '3525 0411 4447 7700 0161 ...' (groups of four, as on the DANFE); null when invalid. */
export function formatNfeKey(input: unknown): string | null {
  const r = validateNfeKey(input);
  return r.ok ? r.value.key.match(/.{1,4}/g)!.join(' ') : null;
}

export interface NfeKeyParts {
  /** cUF ('35' or 35) or state abbreviation ('SP'). */
  readonly uf: string | number;
  /** 'YYYY-MM' with year 2000..2099. */
  readonly yearMonth: string;
  /** Valid CNPJ (numeric or alphanumeric) or CPF, any notation; a CPF is left-padded with '000'. */
  readonly issuerTaxId: string;
  /** 0..99, e.g. 55 or '55'. */
  readonly model: string | number;
  /** 0..999 */
  readonly series: number;
  /** 1..999_999_999 */
  readonly number: number;
  /** 1..9 (1 = normal) */
  readonly emissionType: number;
  /** cNF: 0..99_999_999 or up to 8 digits. */
  readonly code: string | number;
}

function intInRange(value: unknown, min: number, max: number): number | null {
  const n = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** Builds a key from its parts, computing the DV. */
export function generateNfeKey(parts: NfeKeyParts): GenerateNfeKeyResult {
  if (typeof parts !== 'object' || parts === null) return failParts('UF');
  const ufInput = typeof parts.uf === 'string' ? parts.uf.toUpperCase() : typeof parts.uf === 'number' ? String(parts.uf) : '';
  const ufCode = UF_CODES[ufInput] !== undefined ? ufInput : Object.keys(UF_CODES).find((k) => UF_CODES[k] === ufInput);
  if (ufCode === undefined) return failParts('UF');

  const ym = typeof parts.yearMonth === 'string' ? /^20(\d{2})-(0[1-9]|1[0-2])$/.exec(parts.yearMonth) : null;
  if (!ym) return failParts('YEAR_MONTH');

  const taxId = validateTaxId(parts.issuerTaxId);
  if (!taxId.ok) return failParts('ISSUER');
  const issuer = taxId.kind === 'CPF' ? `000${taxId.value}` : taxId.value;

  const model = intInRange(parts.model, 0, 99);
  if (model === null) return failParts('MODEL');
  const series = intInRange(parts.series, 0, 999);
  if (series === null) return failParts('SERIES');
  const number = intInRange(parts.number, 1, 999_999_999);
  if (number === null) return failParts('NUMBER');
  const emissionType = intInRange(parts.emissionType, 1, 9);
  if (emissionType === null) return failParts('EMISSION_TYPE');
  const code = intInRange(parts.code, 0, 99_999_999);
  if (code === null) return failParts('CODE');

  const first43 =
    ufCode +
    ym[1] +
    ym[2] +
    issuer +
    String(model).padStart(2, '0') +
    String(series).padStart(3, '0') +
    String(number).padStart(9, '0') +
    String(emissionType) +
    String(code).padStart(8, '0');
  return { ok: true, value: first43 + nfeCheckDigit(first43) };
}
