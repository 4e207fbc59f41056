// Pure helpers of the client that turn what a person types into what the API takes.
import { parseReais } from '../src/lib/format';

describe('parseReais', () => {
  it('reads amounts the Brazilian way: dots group thousands, the comma takes the centavos', () => {
    expect(parseReais('1.234')).toBe(123_400);
    expect(parseReais('2.000')).toBe(200_000);
    expect(parseReais('1.234,56')).toBe(123_456);
    expect(parseReais('R$ 1.234.567,8')).toBe(123_456_780);
    expect(parseReais('1234,5')).toBe(123_450);
    expect(parseReais('12,50')).toBe(1_250);
    expect(parseReais('99')).toBe(9_900);
  });

  it('takes a lone dot with one or two digits as the centavos', () => {
    expect(parseReais('12.50')).toBe(1_250);
    expect(parseReais('1234.5')).toBe(123_450);
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '1.23.4', '1,234,5', '12,345', '-5', '1.5OO,00', '1.2345']) expect([bad, parseReais(bad)]).toEqual([bad, null]);
  });
});
