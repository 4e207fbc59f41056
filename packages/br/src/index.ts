// @prumo/br: pure, dependency-free functions for Brazilian primitives. Nothing exported here throws on
// bad input: validators return { ok: false, reason, message } with a pt-BR message for end users, and
// formatters/calculators return null. Low-level helpers (check-digit routines, epoch-day arithmetic)
// stay internal to their modules so that promise holds for the whole public surface.

export type { Invalid, Rng } from './result';
export { seededRng } from './result';

export { saoPauloDate, saoPauloMidnight, nextDay, monthKey, parseIsoDate, type CalendarDate } from './calendar';

export {
  validateCpf,
  validateCnpj,
  validateTaxId,
  formatCpf,
  formatCnpj,
  formatTaxId,
  generateCpf,
  generateCnpj,
  taxIdMessagePtBR,
  TAX_ID_MESSAGES_PT_BR,
  type TaxIdKind,
  type TaxIdReason,
  type TaxIdResult,
  type ValidTaxId,
  type GenerateCnpjOptions,
} from './taxid';

export {
  parseBRL,
  formatBRL,
  parseDecimalDot,
  parseScaledDecimal,
  formatDecimalDot,
  moneyMessagePtBR,
  MONEY_MESSAGES_PT_BR,
  type MoneyReason,
  type MoneyResult,
  type ScaledDecimalResult,
  type FormatBRLOptions,
} from './money';

export {
  parsePix,
  generatePix,
  crc16ccitt,
  parseEmvTlv,
  pixKeyType,
  stripAccents,
  pixMessagePtBR,
  PIX_MESSAGES_PT_BR,
  type PixReason,
  type PixGenerateReason,
  type PixKeyType,
  type PixPayload,
  type PixResult,
  type TlvField,
  type GeneratePixInput,
  type GeneratePixResult,
} from './pix';

export {
  validateBoletoLine,
  parseBoletoBarcode,
  boletoLineToBarcode,
  boletoBarcodeToLine,
  formatBoletoLine,
  decodeDueFactor,
  encodeDueFactor,
  makeBankBoleto,
  makeArrecadacaoBarcode,
  boletoMessagePtBR,
  BOLETO_MESSAGES_PT_BR,
  type BoletoReason,
  type BoletoMakeReason,
  type DueDate,
  type BankBoleto,
  type ArrecadacaoBoleto,
  type Boleto,
  type BoletoResult,
  type BoletoConversionResult,
  type MakeBoletoResult,
  type MakeBankBoletoInput,
  type MakeArrecadacaoInput,
} from './boleto';

export {
  validateNfeKey,
  formatNfeKey,
  generateNfeKey,
  nfeMessagePtBR,
  NFE_MESSAGES_PT_BR,
  UF_CODES,
  type NfeKey,
  type NfeKeyParts,
  type NfeKeyReason,
  type NfeKeyPartsReason,
  type NfeKeyResult,
  type GenerateNfeKeyResult,
} from './nfe';

export {
  applicableLimit,
  limitStatus,
  alertLevelsCrossed,
  dasMonthlyCents,
  dasDueDate,
  dasnSimeiDueDate,
  notificationDeadline,
  retroactiveExclusionDate,
  meiMessagePtBR,
  MEI_MESSAGES_PT_BR,
  MEI_DEFAULT_RULE,
  MEI_CAMINHONEIRO_DEFAULT_RULE,
  ALERT_LEVELS,
  type MeiLimitRule,
  type MeiReason,
  type ApplicableLimitResult,
  type LimitStatus,
  type AlertLevel,
  type MeiActivity,
} from './mei';

export { isFioBExempt, fioBChargedSharePercent, FIO_B_DEFAULT_RULE, type FioBRule } from './gd';

export { lucrumCheckLetter, makeLucrumCode, isValidLucrumCode, normalizeLucrumCode } from './lucrum';
export { plural } from './text';
