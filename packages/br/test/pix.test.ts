import fc from 'fast-check';
import {
  crc16ccitt,
  generatePix,
  parseEmvTlv,
  parsePix,
  pixKeyType,
  pixMessagePtBR,
  PIX_MESSAGES_PT_BR,
  stripAccents,
  type PixReason,
} from '../src/pix';
import { generateCnpj, generateCpf } from '../src/taxid';
import { garbageArb, rngArb } from './helpers';

const BCB_EXAMPLE =
  '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D';

const tlv = (id: string, value: string) => id + String(value.length).padStart(2, '0') + value;
/** Appends '6304' + the correct CRC. */
const withCrc = (body: string) => `${body}6304${crc16ccitt(`${body}6304`)}`;
const ACCOUNT = tlv('26', tlv('00', 'br.gov.bcb.pix') + tlv('01', '123e4567-e12b-12d1-a456-426655440000'));

/** A valid payload body (no CRC) with optional overrides per field id ('' removes a field). */
function body(overrides: Record<string, string> = {}, order = ['00', '01', '26', '52', '53', '54', '58', '59', '60', '62']): string {
  const base: Record<string, string> = {
    '00': tlv('00', '01'),
    '26': ACCOUNT,
    '52': tlv('52', '0000'),
    '53': tlv('53', '986'),
    '58': tlv('58', 'BR'),
    '59': tlv('59', 'Fulano de Tal'),
    '60': tlv('60', 'BRASILIA'),
    '62': tlv('62', tlv('05', '***')),
  };
  const merged = { ...base, ...overrides };
  return order.map((id) => merged[id] ?? '').join('');
}

describe('crc16ccitt', () => {
  it('matches the CRC-16/CCITT-FALSE check value', () => {
    expect(crc16ccitt('123456789')).toBe('29B1');
  });
  it('is 4 upper-case hex digits, FFFF for the empty string', () => {
    expect(crc16ccitt('')).toBe('FFFF');
    expect(crc16ccitt('A')).toMatch(/^[0-9A-F]{4}$/);
  });
  it('matches the BCB example', () => {
    expect(crc16ccitt(BCB_EXAMPLE.slice(0, -4))).toBe('1D3D');
  });
  it('never throws, even on lone surrogates or non-strings', () => {
    expect(crc16ccitt('\uD800')).toMatch(/^[0-9A-F]{4}$/);
    expect(crc16ccitt(undefined as unknown as string)).toBe('FFFF');
  });
});

describe('parseEmvTlv', () => {
  it('splits flat TLV and refuses overruns', () => {
    expect(parseEmvTlv('0002AB0101X')).toEqual([
      { id: '00', value: 'AB' },
      { id: '01', value: 'X' },
    ]);
    expect(parseEmvTlv('0005AB')).toBeNull();
    expect(parseEmvTlv('000')).toBeNull();
    expect(parseEmvTlv('0A02AB')).toBeNull();
    expect(parseEmvTlv('0000')).toBeNull();
    expect(parseEmvTlv('')).toEqual([]);
  });
  it('counts code points, not UTF-16 units', () => {
    expect(parseEmvTlv('0001😀')).toEqual([{ id: '00', value: '😀' }]);
  });
});

describe('parsePix', () => {
  it('parses the BCB manual example', () => {
    expect(parsePix(BCB_EXAMPLE)).toEqual({
      ok: true,
      value: {
        key: '123e4567-e12b-12d1-a456-426655440000',
        keyType: 'EVP',
        url: null,
        description: null,
        amountCents: null,
        name: 'Fulano de Tal',
        city: 'BRASILIA',
        txid: null,
        merchantCategoryCode: '0000',
        pointOfInitiation: null,
        postalCode: null,
      },
    });
  });

  it('tolerates surrounding whitespace and a lower-case CRC', () => {
    expect(parsePix(`  ${BCB_EXAMPLE}\n`).ok).toBe(true);
    expect(parsePix(BCB_EXAMPLE.replace(/1D3D$/, '1d3d')).ok).toBe(true);
  });

  it('accepts the GUI in any case', () => {
    const account = tlv('26', tlv('00', 'BR.GOV.BCB.PIX') + tlv('01', 'fulano@example.com'));
    expect(parsePix(withCrc(body({ '26': account })))).toMatchObject({ ok: true, value: { key: 'fulano@example.com', keyType: 'EMAIL' } });
  });

  it('reads amount, txid, point of initiation, description, postal code and dynamic URLs', () => {
    const account = tlv('26', tlv('00', 'br.gov.bcb.pix') + tlv('01', '+5561999998888') + tlv('02', 'Pedido 42'));
    const payload = withCrc(
      body(
        { '01': tlv('01', '12'), '26': account, '54': tlv('54', '159.90'), '61': tlv('61', '70000000'), '62': tlv('62', tlv('05', 'PEDIDO42')) },
        ['00', '01', '26', '52', '53', '54', '58', '59', '60', '61', '62'],
      ),
    );
    expect(parsePix(payload)).toMatchObject({
      ok: true,
      value: { key: '+5561999998888', keyType: 'PHONE', description: 'Pedido 42', amountCents: 15990, txid: 'PEDIDO42', pointOfInitiation: '12', postalCode: '70000000' },
    });
    const dynamic = tlv('26', tlv('00', 'br.gov.bcb.pix') + tlv('25', 'pix.example.com/qr/v2/abc'));
    expect(parsePix(withCrc(body({ '26': dynamic })))).toMatchObject({ ok: true, value: { key: null, keyType: null, url: 'pix.example.com/qr/v2/abc' } });
  });

  it.each([
    ['10', 1000],
    ['0.5', 50],
    ['0.01', 1],
    ['1234567890.12', 123456789012],
  ])('amount %p -> %p centavos', (amount, cents) => {
    expect(parsePix(withCrc(body({ '54': tlv('54', amount) })))).toMatchObject({ ok: true, value: { amountCents: cents } });
  });

  it('finds the PIX template among other merchant account templates, in any of 26..51', () => {
    const other = tlv('26', tlv('00', 'com.example.card') + tlv('01', 'xyz'));
    const pix = tlv('51', tlv('00', 'br.gov.bcb.pix') + tlv('01', '52998224725'));
    const payload = withCrc(body({ '26': other, '51': pix }, ['00', '26', '51', '52', '53', '58', '59', '60', '62']));
    expect(parsePix(payload)).toMatchObject({ ok: true, value: { key: '52998224725', keyType: 'CPF' } });
  });

  const cases: Array<[string, string, PixReason]> = [
    ['00 not first', withCrc(body({}, ['26', '00', '52', '53', '58', '59', '60', '62'])), 'PAYLOAD_FORMAT'],
    ['00 = 02', withCrc(body({ '00': tlv('00', '02') })), 'PAYLOAD_FORMAT'],
    ['no CRC field', body(), 'CRC_FIELD'],
    ['CRC not last', `${withCrc(body())}${tlv('99', 'x')}`, 'CRC_FIELD'],
    ['CRC not hex', `${body()}6304ZZZZ`, 'CRC_FIELD'],
    ['CRC of 5 chars', `${body()}6305ABCDE`, 'CRC_FIELD'],
    ['CRC mismatch', BCB_EXAMPLE.replace(/1D3D$/, '1D3E'), 'CRC_MISMATCH'],
    ['duplicate field', withCrc(body({ '59': tlv('59', 'A') + tlv('59', 'B') })), 'DUPLICATE_FIELD'],
    ['two PIX templates', withCrc(body({ '26': ACCOUNT + ACCOUNT.replace(/^26/, '27') })), 'DUPLICATE_FIELD'],
    ['overrun', `${BCB_EXAMPLE.slice(0, -8)}6399`, 'MALFORMED_TLV'],
    ['non-digit id', 'A0020101', 'MALFORMED_TLV'],
    ['zero-length field', withCrc(body({ '59': '5900' })), 'MALFORMED_TLV'],
    ['bad point of initiation', withCrc(body({ '01': tlv('01', '13') })), 'POINT_OF_INITIATION'],
    ['no PIX template', withCrc(body({ '26': tlv('26', tlv('00', 'com.example') + tlv('01', 'k')) })), 'MISSING_PIX_ACCOUNT'],
    ['no template at all', withCrc(body({ '26': '' })), 'MISSING_PIX_ACCOUNT'],
    ['duplicate sub-field', withCrc(body({ '26': tlv('26', tlv('00', 'br.gov.bcb.pix') + tlv('01', 'a') + tlv('01', 'b')) })), 'PIX_ACCOUNT'],
    ['key and url', withCrc(body({ '26': tlv('26', tlv('00', 'br.gov.bcb.pix') + tlv('01', 'a') + tlv('25', 'b')) })), 'KEY_OR_URL'],
    ['neither key nor url', withCrc(body({ '26': tlv('26', tlv('00', 'br.gov.bcb.pix') + tlv('02', 'x')) })), 'KEY_OR_URL'],
    ['no 52', withCrc(body({ '52': '' })), 'MERCHANT_CATEGORY'],
    ['52 not numeric', withCrc(body({ '52': tlv('52', 'ABCD') })), 'MERCHANT_CATEGORY'],
    ['currency USD', withCrc(body({ '53': tlv('53', '840') })), 'CURRENCY'],
    ['no currency', withCrc(body({ '53': '' })), 'CURRENCY'],
    ['zero amount', withCrc(body({ '54': tlv('54', '0.00') })), 'AMOUNT'],
    ['comma amount', withCrc(body({ '54': tlv('54', '1,00') })), 'AMOUNT'],
    ['3-decimal amount', withCrc(body({ '54': tlv('54', '1.005') })), 'AMOUNT'],
    ['negative amount', withCrc(body({ '54': tlv('54', '-1.00') })), 'AMOUNT'],
    ['country US', withCrc(body({ '58': tlv('58', 'US') })), 'COUNTRY'],
    ['no name', withCrc(body({ '59': '' })), 'NAME'],
    ['blank name', withCrc(body({ '59': tlv('59', '  ') })), 'NAME'],
    ['no city', withCrc(body({ '60': '' })), 'CITY'],
    ['no 62', withCrc(body({ '62': '' })), 'ADDITIONAL_DATA'],
    ['62 without 05', withCrc(body({ '62': tlv('62', tlv('50', 'x')) })), 'ADDITIONAL_DATA'],
    ['62 malformed', withCrc(body({ '62': tlv('62', '0599') })), 'ADDITIONAL_DATA'],
    ['txid too long', withCrc(body({ '62': tlv('62', tlv('05', 'A'.repeat(26))) })), 'TXID'],
    ['txid with hyphen', withCrc(body({ '62': tlv('62', tlv('05', 'abc-1')) })), 'TXID'],
    ['txid **', withCrc(body({ '62': tlv('62', tlv('05', '**')) })), 'TXID'],
  ];
  it.each(cases)('rejects %s', (_, payload, reason) => {
    expect(parsePix(payload)).toEqual({ ok: false, reason, message: PIX_MESSAGES_PT_BR[reason] });
  });

  it('rejects empty, non-string and oversize input', () => {
    expect(parsePix('')).toMatchObject({ reason: 'EMPTY' });
    expect(parsePix(' \n')).toMatchObject({ reason: 'EMPTY' });
    expect(parsePix(42)).toMatchObject({ reason: 'NOT_A_STRING' });
    expect(parsePix('0'.repeat(513))).toMatchObject({ reason: 'TOO_LONG' });
    expect(parsePix('0'.repeat(1_000_000))).toMatchObject({ reason: 'TOO_LONG' });
  });

  it('rejects every single-character change of the BCB example (exhaustive)', () => {
    const alphabet = '0123456789ABCDEFabcdef *.-@Zz';
    for (let i = 0; i < BCB_EXAMPLE.length; i++) {
      for (const c of alphabet) {
        if (c === BCB_EXAMPLE[i]) continue;
        // The CRC hex digits compare case-insensitively.
        if (i >= BCB_EXAMPLE.length - 4 && c.toUpperCase() === BCB_EXAMPLE[i]) continue;
        const mutated = BCB_EXAMPLE.slice(0, i) + c + BCB_EXAMPLE.slice(i + 1);
        expect(parsePix(mutated).ok).toBe(false);
      }
    }
  });

  it('never throws on garbage and rarely accepts it (property)', () => {
    fc.assert(
      fc.property(garbageArb, (input) => {
        const r = parsePix(input);
        if (r.ok) expect(String(input).trim().startsWith('000201')).toBe(true);
        else expect(r.message).toBe(pixMessagePtBR(r.reason));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on TLV-shaped garbage with a correct CRC (property)', () => {
    const field = fc.tuple(fc.stringMatching(/^\d\d$/), fc.string({ minLength: 1, maxLength: 30 })).map(([id, v]) => tlv(id, v));
    fc.assert(
      fc.property(fc.array(field, { maxLength: 12 }), (fields) => {
        const r = parsePix(withCrc(tlv('00', '01') + fields.join('')));
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('generatePix', () => {
  it('reproduces the BCB example byte for byte', () => {
    expect(generatePix({ key: '123e4567-e12b-12d1-a456-426655440000', name: 'Fulano de Tal', city: 'BRASILIA' })).toEqual({
      ok: true,
      value: BCB_EXAMPLE,
    });
  });

  it('strips accents, normalises a formatted CPF key, and formats the amount', () => {
    const r = generatePix({ key: '529.982.247-25', name: 'José da Conceição', city: 'São Paulo', amountCents: 15990, txid: 'PEDIDO42' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toContain('5406159.90');
    expect(parsePix(r.value)).toMatchObject({
      ok: true,
      value: { key: '52998224725', keyType: 'CPF', name: 'Jose da Conceicao', city: 'Sao Paulo', amountCents: 15990, txid: 'PEDIDO42' },
    });
  });

  it('supports dynamic codes and descriptions', () => {
    const r = generatePix({ url: 'https://pix.example.com/qr/abc', name: 'Loja', city: 'Cuiabá', description: 'Promoção' });
    expect(r.ok && parsePix(r.value)).toMatchObject({ ok: true, value: { url: 'pix.example.com/qr/abc', key: null, city: 'Cuiaba', description: 'Promocao' } });
  });

  it('enforces name <= 25 and city <= 15 (after stripping accents)', () => {
    const base = { key: 'fulano@example.com', name: 'N', city: 'C' };
    expect(generatePix({ ...base, name: 'A'.repeat(25) }).ok).toBe(true);
    expect(generatePix({ ...base, name: 'Á'.repeat(25) }).ok).toBe(true); // 25 after NFD stripping
    expect(generatePix({ ...base, name: 'A'.repeat(26) })).toMatchObject({ ok: false, reason: 'NAME_LENGTH' });
    expect(generatePix({ ...base, name: '   ' })).toMatchObject({ ok: false, reason: 'NAME_LENGTH' });
    expect(generatePix({ ...base, city: 'C'.repeat(15) }).ok).toBe(true);
    expect(generatePix({ ...base, city: 'C'.repeat(16) })).toMatchObject({ ok: false, reason: 'CITY_LENGTH' });
    expect(generatePix({ ...base, city: '' })).toMatchObject({ ok: false, reason: 'CITY_LENGTH' });
    expect(generatePix({ ...base, name: '東京' })).toMatchObject({ ok: false, reason: 'INVALID_CHARACTERS' });
  });

  it.each<[object, string]>([
    [{ name: 'N', city: 'C' }, 'KEY_OR_URL'],
    [{ key: 'k', url: 'u', name: 'N', city: 'C' }, 'KEY_OR_URL'],
    [{ key: 'k'.repeat(78), name: 'N', city: 'C' }, 'KEY'],
    [{ key: 'chave-ç', name: 'N', city: 'C' }, 'KEY'],
    [{ url: 'x'.repeat(78), name: 'N', city: 'C' }, 'URL'],
    [{ key: 'k'.repeat(77), description: 'd', name: 'N', city: 'C' }, 'ACCOUNT_TOO_LONG'],
    [{ key: 'k', description: 'd'.repeat(100), name: 'N', city: 'C' }, 'DESCRIPTION'],
    [{ key: 'k', name: 'N', city: 'C', amountCents: 0 }, 'AMOUNT'],
    [{ key: 'k', name: 'N', city: 'C', amountCents: -100 }, 'AMOUNT'],
    [{ key: 'k', name: 'N', city: 'C', amountCents: 1.5 }, 'AMOUNT'],
    [{ key: 'k', name: 'N', city: 'C', amountCents: 1e13 }, 'AMOUNT'],
    [{ key: 'k', name: 'N', city: 'C', txid: 'with space' }, 'TXID'],
    [{ key: 'k', name: 'N', city: 'C', txid: 'A'.repeat(26) }, 'TXID'],
    [{ key: 'k', name: 42, city: 'C' }, 'INVALID_CHARACTERS'],
  ])('rejects %p as %s', (input, reason) => {
    expect(generatePix(input as never)).toMatchObject({ ok: false, reason });
  });

  it('never throws on garbage input objects', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => generatePix(input as never)).not.toThrow();
      }),
    );
    expect(generatePix(null as never)).toMatchObject({ ok: false });
  });

  const keyArb = fc.oneof(
    fc.uuid(),
    fc.emailAddress().filter((e) => e.length <= 77),
    fc.stringMatching(/^\+55\d{11}$/),
    rngArb.map((rng) => generateCpf(rng)),
    rngArb.map((rng) => generateCnpj(rng, { alphanumeric: true })),
  );
  const textArb = (max: number) =>
    fc.stringMatching(new RegExp(`^[A-Za-z0-9][A-Za-z0-9 .&'-]{0,${max - 2}}[A-Za-z0-9]$`)).filter((s) => s.length <= max);

  it('generate -> parse round-trips (property)', () => {
    fc.assert(
      fc.property(
        keyArb,
        textArb(25),
        textArb(15),
        fc.option(fc.integer({ min: 1, max: 999_999_999_999 }), { nil: undefined }),
        fc.option(fc.stringMatching(/^[A-Za-z0-9]{1,25}$/), { nil: undefined }),
        (key, name, city, amountCents, txid) => {
          const g = generatePix({ key, name, city, amountCents, txid });
          expect(g.ok).toBe(true);
          if (!g.ok) return;
          expect(parsePix(g.value)).toEqual({
            ok: true,
            value: expect.objectContaining({ key, name, city, amountCents: amountCents ?? null, txid: txid ?? null, url: null }),
          });
          expect(pixKeyType(key)).not.toBe('UNKNOWN');
        },
      ),
    );
  });

  it('any single-character change of a generated code is rejected (property)', () => {
    fc.assert(
      fc.property(keyArb, textArb(25), fc.nat(), fc.stringMatching(/^[0-9A-Za-z .*-]$/), (key, name, pos, c) => {
        const g = generatePix({ key, name, city: 'BRASILIA', amountCents: 100 });
        if (!g.ok) throw new Error('generation failed');
        const i = pos % g.value.length;
        fc.pre(c !== g.value[i] && !(i >= g.value.length - 4 && c.toUpperCase() === g.value[i]));
        expect(parsePix(g.value.slice(0, i) + c + g.value.slice(i + 1)).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('helpers', () => {
  it('stripAccents', () => {
    expect(stripAccents(' São João D’Aliança ')).toBe('Sao Joao D’Alianca');
    expect(stripAccents('ÁÉÍÓÚÇÑÃÕÂÊÔàü')).toBe('AEIOUCNAOAEOau');
  });
  it('classifies keys', () => {
    expect(pixKeyType('52998224725')).toBe('CPF');
    expect(pixKeyType('11444777000161')).toBe('CNPJ');
    expect(pixKeyType('12ABC34501DE35')).toBe('CNPJ');
    expect(pixKeyType('+5561999998888')).toBe('PHONE');
    expect(pixKeyType('a@b.co')).toBe('EMAIL');
    expect(pixKeyType('123e4567-e12b-12d1-a456-426655440000')).toBe('EVP');
    expect(pixKeyType('whatever')).toBe('UNKNOWN');
  });
});
