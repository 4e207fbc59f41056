/** Lower case, no accents, single spaces: how pt-BR questions are compared. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%$.,/\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const STOPWORDS = new Set(
  'a o as os um uma uns umas de do da dos das no na nos nas em por para pra com sem e ou que qual quais quando quanto quanta quantos quantas como onde se ao aos meu minha meus minhas seu sua seus suas eu voce voces me te lhe isso isto esse essa este esta ele ela eles elas ja mais muito muita pode posso devo deve tem ter tenho sao ser foi era sobre entre ate apos pelo pela pelos pelas qual e'.split(
    ' ',
  ),
);

/** Content words of a text (normalized, stopwords out, light plural stripping). */
export function terms(text: string): string[] {
  return normalize(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w));
}
