// Pure pieces of the robot and the session store (no browser, no database).
import { SessionCipher } from '../src/crypto/session-cipher';
import { estimatedSavingsCents } from '../src/gd/gd.service';
import { checkBarcode, checkPix, parseDay, parseKwh, parseMoney, parseMonth, parsePercent, parseStatus } from '../src/robot/parse';

test('portal text parsers (pt-BR) return values or null, never throw', () => {
  expect(parseMoney('R$ 1.234,56')).toBe(123456);
  expect(parseMoney('R$\u00a0-295,96')).toBe(-29596);
  expect(parseMoney('abc')).toBeNull();
  expect(parseMonth('05/2026')).toBe('2026-05');
  expect(parseMonth('13/2026')).toBeNull();
  expect(parseDay('29/02/2024')).toBe('2024-02-29');
  expect(parseDay('30/02/2024')).toBeNull();
  expect(parseKwh('1.234 kWh')).toBe(1234);
  expect(parseKwh('350 kWh')).toBe(350);
  expect(parseKwh('kWh')).toBeNull();
  expect(parsePercent('40,00%')).toBe(40);
  expect(parsePercent('33,33 %')).toBe(33.33);
  expect(parsePercent('140%')).toBeNull();
  expect(parseStatus('Em aberto')).toBe('OPEN');
  expect(parseStatus('Paga')).toBe('PAID');
  expect(parseStatus('Vencida')).toBe('OVERDUE');
  expect(parseStatus('?')).toBeNull();
  for (const garbage of [undefined, null, '', '   ', '\u0000', 'R$ R$']) {
    expect(() => [parseMoney(garbage), parseMonth(garbage), parseDay(garbage), parseKwh(garbage), parsePercent(garbage), parseStatus(garbage), checkBarcode(garbage), checkPix(garbage)]).not.toThrow();
  }
});

test('barcode lines: only valid segment-3 arrecadação lines pass; PIX validated with its CRC', () => {
  expect(checkBarcode('83890000001-3 59900090202-1 60615123456-3 78901234567-5', new Date('2026-06-01'))).toEqual({ line: '838900000013599000902021606151234563789012345675', valid: true });
  expect(checkBarcode('838900000013599000902021606151234563789012345676').valid).toBe(false);
  const pix = '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D';
  expect(checkPix(pix)).toEqual({ pix, valid: true });
  expect(checkPix(pix.replace('1D3D', '1D3E')).valid).toBe(false);
  expect(checkPix('  ')).toEqual({ pix: null, valid: null });
});

test('portal sessions: AES-256-GCM, bound to the client, tamper-evident', () => {
  const key = Buffer.alloc(32, 7);
  const c = new SessionCipher(key);
  const blob = c.encrypt('{"cookies":[{"name":"PORTALSESSID","value":"abc"}]}', 't1:c1');
  expect(blob).not.toContain('PORTALSESSID');
  expect(c.decrypt(blob, 't1:c1')).toContain('PORTALSESSID');
  expect(c.decrypt(blob, 't1:c2')).toBeNull(); // another client's blob does not open
  const raw = Buffer.from(blob, 'base64');
  raw[raw.length - 1] ^= 1;
  expect(c.decrypt(raw.toString('base64'), 't1:c1')).toBeNull();
  expect(new SessionCipher(Buffer.alloc(32, 8)).decrypt(blob, 't1:c1')).toBeNull();
  expect(c.encrypt('x', 'a')).not.toBe(c.encrypt('x', 'a')); // fresh IV each time
});

test('savings estimate: fractional average tariff, Fio B share on the Fio B weight, rounded once', () => {
  // 1.000 kWh at R$ 1,2345/kWh (12.345 centavos over 100 kWh), 60% of a 28% Fio B: 1000 x 123.45 x 0.832 = 102710.4
  expect(estimatedSavingsCents({ balanceKwh: 1000, tariffCents: 12_345, tariffKwh: 100, sharePercent: 60, fioBTariffPercent: 28 })).toBe(102_710);
  // Rounding the tariff to whole centavos first would give 1000 x 123 x 0.832 = 102336.
  expect(estimatedSavingsCents({ balanceKwh: 1000, tariffCents: 12_345, tariffKwh: 100, sharePercent: 0, fioBTariffPercent: 28 })).toBe(123_450);
  // Half a centavo rounds up: 1 kWh x 1/2 centavo.
  expect(estimatedSavingsCents({ balanceKwh: 1, tariffCents: 1, tariffKwh: 2, sharePercent: 0, fioBTariffPercent: 28 })).toBe(1);
  expect(estimatedSavingsCents({ balanceKwh: 1, tariffCents: 1, tariffKwh: 3, sharePercent: 0, fioBTariffPercent: 28 })).toBe(0);
  // Large trees stay exact (beyond 2^53 in the intermediate product).
  expect(estimatedSavingsCents({ balanceKwh: 250_000, tariffCents: 987_654_321, tariffKwh: 1_234_567, sharePercent: 90, fioBTariffPercent: 28 })).toBe(
    Number((2n * 250_000n * 987_654_321n * BigInt(10_000 - 90 * 28) + 1_234_567n * 10_000n) / (2n * 1_234_567n * 10_000n)),
  );
  for (const empty of [{ balanceKwh: 0 }, { tariffKwh: 0 }, { tariffCents: 0 }]) {
    expect(estimatedSavingsCents({ balanceKwh: 10, tariffCents: 100, tariffKwh: 10, sharePercent: 0, fioBTariffPercent: 28, ...empty })).toBe(0);
  }
});
