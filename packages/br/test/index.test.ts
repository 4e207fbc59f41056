// The public surface: everything the package exports, and the promise that none of it throws.
import fc from 'fast-check';
import * as br from '../src';
import { garbageArb } from './helpers';

type AnyFunction = (...args: unknown[]) => unknown;
const functions = Object.entries(br as Record<string, unknown>)
  .filter(([, value]) => typeof value === 'function')
  .map(([name, value]) => [name, value as AnyFunction] as const);

describe('@prumo/br public API', () => {
  it('exports the documented entry points', () => {
    const names = functions.map(([name]) => name);
    for (const name of [
      'validateCpf', 'validateCnpj', 'validateTaxId', 'formatCpf', 'formatCnpj', 'formatTaxId', 'generateCpf', 'generateCnpj',
      'parseBRL', 'formatBRL', 'parseDecimalDot', 'formatDecimalDot',
      'parsePix', 'generatePix', 'crc16ccitt',
      'validateBoletoLine', 'parseBoletoBarcode', 'formatBoletoLine', 'makeArrecadacaoBarcode', 'makeBankBoleto', 'decodeDueFactor',
      'validateNfeKey', 'generateNfeKey',
      'applicableLimit', 'limitStatus', 'alertLevelsCrossed', 'dasMonthlyCents', 'dasDueDate', 'notificationDeadline',
      'saoPauloDate', 'monthKey',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('has a pt-BR message for every reason code, and a fallback for unknown ones', () => {
    const tables = [br.TAX_ID_MESSAGES_PT_BR, br.MONEY_MESSAGES_PT_BR, br.PIX_MESSAGES_PT_BR, br.BOLETO_MESSAGES_PT_BR, br.NFE_MESSAGES_PT_BR, br.MEI_MESSAGES_PT_BR];
    const lookups = [br.taxIdMessagePtBR, br.moneyMessagePtBR, br.pixMessagePtBR, br.boletoMessagePtBR, br.nfeMessagePtBR, br.meiMessagePtBR] as Array<(r: string) => string>;
    tables.forEach((table, i) => {
      for (const [reason, message] of Object.entries(table)) {
        expect(reason).toMatch(/^[A-Z_]+$/);
        expect(message).toMatch(/^[A-ZÀ-Ú]/);
        expect(lookups[i]!(reason)).toBe(message);
      }
      for (const unknown of ['NOPE', '__proto__', 'constructor', 'toString']) expect(typeof lookups[i]!(unknown)).toBe('string');
    });
  });

  it('no exported function throws, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.array(garbageArb, { maxLength: 4 }), (args) => {
        for (const [name, fn] of functions) {
          try {
            fn(...args);
          } catch (error) {
            throw new Error(`${name}(${args.map((a) => typeof a).join(', ')}) threw: ${String(error)}`);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('plural', () => {
  it('writes the count with the noun in the right number, in pt-BR', () => {
    const { plural } = br;
    expect(plural(1, 'fatura')).toBe('1 fatura');
    expect(plural(0, 'fatura')).toBe('0 faturas');
    expect(plural(3, 'unidade')).toBe('3 unidades');
    expect(plural(2, 'usina')).toBe('2 usinas');
    expect(plural(2, 'lançamento')).toBe('2 lançamentos');
    expect(plural(2, 'mês', 'meses')).toBe('2 meses');
    expect(plural(2, 'pedido concluído', 'pedidos concluídos')).toBe('2 pedidos concluídos');
    expect(plural(1234, 'conta')).toBe('1.234 contas');
    expect(plural(2, 'valor')).toBe('2 valores');
  });
});
