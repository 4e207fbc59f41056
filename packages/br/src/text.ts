/**
 * A count with its noun in Portuguese, instead of "1 fatura(s)": `plural(1, 'fatura')` -> "1 fatura",
 * `plural(3, 'fatura')` -> "3 faturas", `plural(2, 'pedido concluído', 'pedidos concluídos')`.
 * The regular plural adds "s" (or "es" after r/z); pass the plural for anything else. Numbers in
 * pt-BR (1.234).
 */
export function plural(n: number, singular: string, pluralForm?: string): string {
  // Like everything in this package, never throws: odd input gives an odd string, not an exception.
  const count = typeof n === 'number' && Number.isFinite(n) ? n : 0;
  const one = typeof singular === 'string' ? singular : '';
  const word = Math.abs(count) === 1 ? one : typeof pluralForm === 'string' ? pluralForm : regularPlural(one);
  return `${count.toLocaleString('pt-BR')} ${word}`;
}

function regularPlural(word: string): string {
  if (/[rz]$/i.test(word)) return `${word}es`;
  if (/ão$/i.test(word)) return `${word.slice(0, -2)}ões`;
  if (/l$/i.test(word) && !/il$/i.test(word)) return `${word.slice(0, -1)}is`;
  return `${word}s`;
}
