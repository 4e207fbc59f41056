/**
 * How retrieved sources travel inside a prompt: numbered blocks `[S1] title — label` followed by the
 * excerpt. The online model is told to cite them by number; the offline model reads them back.
 */
export interface PromptSource {
  /** 1-based number used in citations: [S1]. */
  n: number;
  title: string;
  label: string;
  text: string;
}

export const SOURCES_BEGIN = '<<FONTES>>';
export const SOURCES_END = '<<FIM DAS FONTES>>';

export function formatSources(sources: PromptSource[]): string {
  const blocks = sources.map((s) => `[S${s.n}] ${oneLine(s.title)} — ${oneLine(s.label)}\n${s.text.trim()}`);
  return `${SOURCES_BEGIN}\n${blocks.join('\n\n')}\n${SOURCES_END}`;
}

export function parseSources(text: string): PromptSource[] {
  const start = text.indexOf(SOURCES_BEGIN);
  const end = text.indexOf(SOURCES_END);
  if (start < 0 || end < start) return [];
  const body = text.slice(start + SOURCES_BEGIN.length, end);
  const out: PromptSource[] = [];
  const re = /^\[S(\d+)\] (.*?) — (.*)$/gm;
  const heads: Array<{ n: number; title: string; label: string; from: number; to: number }> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) heads.push({ n: Number(m[1]), title: m[2], label: m[3], from: m.index, to: re.lastIndex });
  heads.forEach((h, i) => {
    const next = i + 1 < heads.length ? heads[i + 1].from : body.length;
    out.push({ n: h.n, title: h.title, label: h.label, text: body.slice(h.to, next).trim() });
  });
  return out;
}

/** Source numbers an answer cites, in order of first mention. */
export function citedNumbers(answer: string): number[] {
  const seen: number[] = [];
  for (const m of answer.matchAll(/\[S(\d+)\]/g)) {
    const n = Number(m[1]);
    if (!seen.includes(n)) seen.push(n);
  }
  return seen;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
