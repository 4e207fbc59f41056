import { normalizeText } from '../imports/statement.parse';

export interface RuleRow {
  id: string;
  match_type: 'CONTAINS' | 'REGEX';
  pattern: string;
  category: string;
  priority: number;
  kind: 'INCOME' | 'EXPENSE' | null;
  counts_as_revenue: boolean;
}

export const MAX_PATTERN = 200;

/**
 * Why a regular expression is refused (pt-BR), or null when accepted. Besides syntax, patterns that
 * can backtrack catastrophically (a quantified group that itself contains a quantifier, like
 * `(a+)+` or `(.*)*`, or back-references) are refused; texts matched are capped at 500 characters.
 */
export function regexProblem(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN) return `Use no máximo ${MAX_PATTERN} caracteres.`;
  try {
    new RegExp(pattern, 'iu');
  } catch {
    return 'Expressão regular inválida.';
  }
  if (/\\[1-9]|\\k</.test(pattern)) return 'Referências a grupos (\\1) não são permitidas.';
  if (/\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]/.test(pattern) || /\)\s*[+*]\)?\s*[+*{]/.test(pattern)) {
    return 'Quantificadores aninhados como (a+)+ podem travar a busca; simplifique a expressão.';
  }
  return null;
}

export interface CompiledRule extends RuleRow {
  test(text: string, normalized: string): boolean;
}

export function compileRules(rows: RuleRow[]): CompiledRule[] {
  return [...rows]
    .sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id))
    .map((r) => {
      if (r.match_type === 'REGEX') {
        const re = new RegExp(r.pattern, 'iu');
        return { ...r, test: (text: string) => re.test(text.slice(0, 500)) };
      }
      const needle = normalizeText(r.pattern);
      return { ...r, test: (_t: string, normalized: string) => needle.length > 0 && normalized.includes(needle) };
    });
}

/** The first rule (lowest priority number) matching the line's description and counterparty. */
export function matchRule(rules: CompiledRule[], kind: 'INCOME' | 'EXPENSE', description: string | null, counterparty: string | null): CompiledRule | null {
  if (!rules.length) return null;
  const text = [description, counterparty].filter(Boolean).join(' ');
  const normalized = normalizeText(text);
  for (const r of rules) if ((!r.kind || r.kind === kind) && r.test(text, normalized)) return r;
  return null;
}
