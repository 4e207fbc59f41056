// PIX copy-and-paste codes (BR Code = EMV QRCPS merchant-presented mode, per the BCB BR Code manual).
// The payload is flat TLV: ID (2 digits) + LEN (2 digits) + VALUE (LEN characters). Parsing is strict:
// every length must match exactly and nothing is read past the end of the input.

import { formatDecimalDot, parseDecimalDot } from './money';
import { invalid, messageFor, type Invalid } from './result';
import { validateTaxId } from './taxid';

export type PixReason =
  | 'NOT_A_STRING'
  | 'EMPTY'
  | 'TOO_LONG'
  | 'MALFORMED_TLV'
  | 'DUPLICATE_FIELD'
  | 'PAYLOAD_FORMAT'
  | 'CRC_FIELD'
  | 'CRC_MISMATCH'
  | 'POINT_OF_INITIATION'
  | 'MISSING_PIX_ACCOUNT'
  | 'PIX_ACCOUNT'
  | 'KEY_OR_URL'
  | 'MERCHANT_CATEGORY'
  | 'CURRENCY'
  | 'AMOUNT'
  | 'COUNTRY'
  | 'NAME'
  | 'CITY'
  | 'ADDITIONAL_DATA'
  | 'TXID';

export type PixGenerateReason =
  | 'KEY_OR_URL'
  | 'KEY'
  | 'URL'
  | 'NAME_LENGTH'
  | 'CITY_LENGTH'
  | 'INVALID_CHARACTERS'
  | 'DESCRIPTION'
  | 'ACCOUNT_TOO_LONG'
  | 'AMOUNT'
  | 'TXID';

export const PIX_MESSAGES_PT_BR: Readonly<Record<PixReason | PixGenerateReason, string>> = {
  NOT_A_STRING: 'Informe o código PIX como texto.',
  EMPTY: 'Informe o código PIX copia e cola.',
  TOO_LONG: 'Código PIX longo demais (máximo de 512 caracteres).',
  MALFORMED_TLV: 'Código PIX malformado: a estrutura dos campos não confere.',
  DUPLICATE_FIELD: 'Código PIX inválido: campo repetido.',
  PAYLOAD_FORMAT: 'Código PIX inválido: deve começar com 000201.',
  CRC_FIELD: 'Código PIX inválido: o código de verificação (CRC) está ausente ou fora do lugar.',
  CRC_MISMATCH: 'Código PIX inválido: o código de verificação (CRC) não confere. Copie o código novamente.',
  POINT_OF_INITIATION: 'Código PIX inválido: tipo de QR Code desconhecido.',
  MISSING_PIX_ACCOUNT: 'Código PIX inválido: não há dados de conta PIX (br.gov.bcb.pix).',
  PIX_ACCOUNT: 'Código PIX inválido: os dados da conta PIX estão malformados.',
  KEY_OR_URL: 'Informe exatamente uma chave PIX ou uma URL de cobrança.',
  MERCHANT_CATEGORY: 'Código PIX inválido: categoria do recebedor (campo 52) ausente ou inválida.',
  CURRENCY: 'Código PIX inválido: a moeda deve ser o real (986).',
  AMOUNT: 'Valor inválido: deve ser positivo e ter no máximo duas casas decimais.',
  COUNTRY: 'Código PIX inválido: o país deve ser BR.',
  NAME: 'Código PIX inválido: nome do recebedor ausente.',
  CITY: 'Código PIX inválido: cidade do recebedor ausente.',
  ADDITIONAL_DATA: 'Código PIX inválido: identificador da transação (campo 62-05) ausente ou malformado.',
  TXID: 'Identificador da transação inválido: até 25 letras e números, ou ***.',
  KEY: 'Chave PIX inválida: use de 1 a 77 caracteres, sem acentos.',
  URL: 'URL de cobrança inválida: use de 1 a 77 caracteres, sem acentos.',
  NAME_LENGTH: 'O nome do recebedor deve ter de 1 a 25 caracteres.',
  CITY_LENGTH: 'A cidade do recebedor deve ter de 1 a 15 caracteres.',
  INVALID_CHARACTERS: 'Use apenas letras sem acento, números e pontuação simples.',
  DESCRIPTION: 'Descrição inválida ou longa demais.',
  ACCOUNT_TOO_LONG: 'Chave e descrição juntas excedem o tamanho permitido (99 caracteres).',
};

export function pixMessagePtBR(reason: PixReason | PixGenerateReason): string {
  return messageFor(PIX_MESSAGES_PT_BR, reason, 'Código PIX inválido.');
}

export type PixKeyType = 'CPF' | 'CNPJ' | 'PHONE' | 'EMAIL' | 'EVP' | 'UNKNOWN';

export interface PixPayload {
  /** PIX key (static codes); null when the code carries a URL instead. */
  readonly key: string | null;
  readonly keyType: PixKeyType | null;
  /** Payload location of a dynamic code (field 26-25, without https://); null for static codes. */
  readonly url: string | null;
  /** Field 26-02 (free text shown to the payer), if any. */
  readonly description: string | null;
  /** Field 54; null when the payer types the amount. */
  readonly amountCents: number | null;
  readonly name: string;
  readonly city: string;
  /** Field 62-05; null when it is '***' (no txid). */
  readonly txid: string | null;
  readonly merchantCategoryCode: string;
  /** Field 01: '11' reusable, '12' single use; null when absent. */
  readonly pointOfInitiation: '11' | '12' | null;
  readonly postalCode: string | null;
}

export type PixResult = { readonly ok: true; readonly value: PixPayload } | Invalid<PixReason>;

export interface TlvField {
  readonly id: string;
  readonly value: string;
}

const MAX_PAYLOAD_LENGTH = 512; // EMV MPM limit
const GUI = 'br.gov.bcb.pix';
const fail = (reason: PixReason) => invalid(reason, PIX_MESSAGES_PT_BR);
const failGen = (reason: PixGenerateReason) => invalid(reason, PIX_MESSAGES_PT_BR);

/**
 * CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR) of the UTF-8 bytes of
 * `input`, as 4 upper-case hex digits. crc16ccitt('123456789') === '29B1'.
 */
export function crc16ccitt(input: string): string {
  const bytes = new TextEncoder().encode(typeof input === 'string' ? input : '');
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Splits an EMV TLV string into fields. Lengths count characters (code points). Returns null when an
 * ID/LEN is not two digits, a length is 00, or a value would run past the end.
 */
export function parseEmvTlv(input: string): TlvField[] | null {
  if (typeof input !== 'string') return null;
  const chars = Array.from(input);
  const fields: TlvField[] = [];
  let i = 0;
  while (i < chars.length) {
    if (i + 4 > chars.length) return null;
    const id = chars[i]! + chars[i + 1]!;
    const len = chars[i + 2]! + chars[i + 3]!;
    if (!/^\d\d$/.test(id) || !/^\d\d$/.test(len)) return null;
    const n = Number(len);
    if (n === 0 || i + 4 + n > chars.length) return null;
    fields.push({ id, value: chars.slice(i + 4, i + 4 + n).join('') });
    i += 4 + n;
  }
  return fields;
}

function toMap(fields: TlvField[]): Map<string, string> | null {
  const map = new Map<string, string>();
  for (const f of fields) {
    if (map.has(f.id)) return null;
    map.set(f.id, f.value);
  }
  return map;
}

const EVP = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Best-effort classification of a PIX key (informative only; unknown shapes are not rejected). */
export function pixKeyType(key: string): PixKeyType {
  if (typeof key !== 'string') return 'UNKNOWN';
  if (EVP.test(key)) return 'EVP';
  if (/^\+55\d{10,11}$/.test(key)) return 'PHONE';
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(key)) return 'EMAIL';
  if (/^\d{11}$/.test(key) && validateTaxId(key).ok) return 'CPF';
  if (/^[0-9A-Z]{12}\d{2}$/.test(key) && validateTaxId(key).ok) return 'CNPJ';
  return 'UNKNOWN';
}

const TXID = /^(?:[A-Za-z0-9]{1,25}|\*\*\*)$/;

/** Parses and validates a PIX copy-and-paste code (BR Code). Surrounding whitespace is ignored. */
export function parsePix(input: unknown): PixResult {
  if (typeof input !== 'string') return fail('NOT_A_STRING');
  if (input.length > 4 * MAX_PAYLOAD_LENGTH) return fail('TOO_LONG');
  const s = input.trim();
  if (s === '') return fail('EMPTY');
  if (Array.from(s).length > MAX_PAYLOAD_LENGTH) return fail('TOO_LONG');

  const fields = parseEmvTlv(s);
  if (!fields || fields.length === 0) return fail('MALFORMED_TLV');
  if (fields[0]!.id !== '00' || fields[0]!.value !== '01') return fail('PAYLOAD_FORMAT');
  const last = fields[fields.length - 1]!;
  if (last.id !== '63' || !/^[0-9A-Fa-f]{4}$/.test(last.value)) return fail('CRC_FIELD');
  const top = toMap(fields);
  if (!top) return fail('DUPLICATE_FIELD');
  // The CRC covers everything before its own 4 hex digits, i.e. including the '6304' header.
  if (crc16ccitt(s.slice(0, -4)) !== last.value.toUpperCase()) return fail('CRC_MISMATCH');

  const poi = top.get('01');
  if (poi !== undefined && poi !== '11' && poi !== '12') return fail('POINT_OF_INITIATION');

  // Merchant account information may sit in any of 26..51; the PIX one is identified by its GUI.
  const accounts: Map<string, string>[] = [];
  for (let id = 26; id <= 51; id++) {
    const raw = top.get(String(id));
    if (raw === undefined) continue;
    const sub = parseEmvTlv(raw);
    const gui = sub?.find((f) => f.id === '00')?.value;
    if (gui === undefined || gui.toLowerCase() !== GUI) continue; // another scheme: opaque to us
    const map = sub && toMap(sub);
    if (!map) return fail('PIX_ACCOUNT');
    accounts.push(map);
  }
  if (accounts.length === 0) return fail('MISSING_PIX_ACCOUNT');
  if (accounts.length > 1) return fail('DUPLICATE_FIELD');
  const account = accounts[0]!;
  const key = account.get('01') ?? null;
  const url = account.get('25') ?? null;
  if ((key === null) === (url === null)) return fail('KEY_OR_URL');

  const mcc = top.get('52');
  if (mcc === undefined || !/^\d{4}$/.test(mcc)) return fail('MERCHANT_CATEGORY');
  if (top.get('53') !== '986') return fail('CURRENCY');

  let amountCents: number | null = null;
  const rawAmount = top.get('54');
  if (rawAmount !== undefined) {
    const amount = /^\d+(?:\.\d{1,2})?$/.test(rawAmount) ? parseDecimalDot(rawAmount) : null;
    if (!amount?.ok || amount.cents <= 0) return fail('AMOUNT');
    amountCents = amount.cents;
  }

  if (top.get('58') !== 'BR') return fail('COUNTRY');
  const name = top.get('59');
  if (name === undefined || name.trim() === '') return fail('NAME');
  const city = top.get('60');
  if (city === undefined || city.trim() === '') return fail('CITY');

  const rawAdditional = top.get('62');
  const additionalFields = rawAdditional === undefined ? null : parseEmvTlv(rawAdditional);
  const additional = additionalFields && toMap(additionalFields);
  const txid = additional?.get('05');
  if (txid === undefined) return fail('ADDITIONAL_DATA');
  if (!TXID.test(txid)) return fail('TXID');

  return {
    ok: true,
    value: {
      key,
      keyType: key === null ? null : pixKeyType(key),
      url,
      description: account.get('02') ?? null,
      amountCents,
      name,
      city,
      txid: txid === '***' ? null : txid,
      merchantCategoryCode: mcc,
      pointOfInitiation: (poi as '11' | '12' | undefined) ?? null,
      postalCode: top.get('61') ?? null,
    },
  };
}

export interface GeneratePixInput {
  /** PIX key. A formatted CPF/CNPJ ('529.982.247-25') is normalised to its bare characters. */
  readonly key?: string;
  /** Dynamic payload location (instead of a key), without 'https://'. */
  readonly url?: string;
  /** Receiver name: accents are stripped, 1..25 characters. */
  readonly name: string;
  /** Receiver city: accents are stripped, 1..15 characters. */
  readonly city: string;
  /** Positive amount in centavos; omit to let the payer type it. */
  readonly amountCents?: number | null;
  /** Up to 25 letters/digits; default '***' (no txid). */
  readonly txid?: string | null;
  /** Optional text shown to the payer (field 26-02). */
  readonly description?: string | null;
}

export type GeneratePixResult = { readonly ok: true; readonly value: string } | Invalid<PixGenerateReason>;

/** Removes diacritics (São Paulo -> Sao Paulo) and trims. */
export function stripAccents(text: string): string {
  if (typeof text !== 'string') return '';
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function tlv(id: string, value: string): string {
  return id + String(value.length).padStart(2, '0') + value;
}

/** Builds a static (key) or dynamic (url) PIX copy-and-paste code with a correct CRC. */
export function generatePix(input: GeneratePixInput): GeneratePixResult {
  if (typeof input !== 'object' || input === null) return failGen('KEY_OR_URL');
  const hasKey = typeof input.key === 'string' && input.key.trim() !== '';
  const hasUrl = typeof input.url === 'string' && input.url.trim() !== '';
  if (hasKey === hasUrl) return failGen('KEY_OR_URL');

  let accountField: string;
  if (hasKey) {
    let key = input.key!.trim();
    // Users often paste a formatted CPF/CNPJ; the DICT key is the bare characters.
    if (/^[0-9A-Za-z.\-/]+$/.test(key) && /[.\-/]/.test(key)) {
      const taxId = validateTaxId(key);
      if (taxId.ok) key = taxId.value;
    }
    if (key.length > 77 || !PRINTABLE_ASCII.test(key)) return failGen('KEY');
    accountField = tlv('01', key);
  } else {
    const url = input.url!.trim().replace(/^https:\/\//i, '');
    if (url === '' || url.length > 77 || !PRINTABLE_ASCII.test(url)) return failGen('URL');
    accountField = tlv('25', url);
  }
  let accountValue = tlv('00', GUI) + accountField;
  if (input.description !== undefined && input.description !== null) {
    if (typeof input.description !== 'string') return failGen('DESCRIPTION');
    const description = stripAccents(input.description);
    if (!PRINTABLE_ASCII.test(description)) return failGen('INVALID_CHARACTERS');
    if (description.length > 99) return failGen('DESCRIPTION');
    if (description !== '') accountValue += tlv('02', description);
  }
  if (accountValue.length > 99) return failGen('ACCOUNT_TOO_LONG');

  if (typeof input.name !== 'string' || typeof input.city !== 'string') return failGen('INVALID_CHARACTERS');
  const name = stripAccents(input.name);
  const city = stripAccents(input.city);
  if (!PRINTABLE_ASCII.test(name) || !PRINTABLE_ASCII.test(city)) return failGen('INVALID_CHARACTERS');
  if (name.length < 1 || name.length > 25) return failGen('NAME_LENGTH');
  if (city.length < 1 || city.length > 15) return failGen('CITY_LENGTH');

  let amountField = '';
  if (input.amountCents !== undefined && input.amountCents !== null) {
    const amount = Number.isSafeInteger(input.amountCents) && input.amountCents > 0 ? formatDecimalDot(input.amountCents) : null;
    if (amount === null || amount.length > 13) return failGen('AMOUNT');
    amountField = tlv('54', amount);
  }

  const txid = input.txid ?? '***';
  if (typeof txid !== 'string' || !TXID.test(txid)) return failGen('TXID');

  const body =
    tlv('00', '01') +
    tlv('26', accountValue) +
    tlv('52', '0000') +
    tlv('53', '986') +
    amountField +
    tlv('58', 'BR') +
    tlv('59', name) +
    tlv('60', city) +
    tlv('62', tlv('05', txid)) +
    '6304';
  return { ok: true, value: body + crc16ccitt(body) };
}
