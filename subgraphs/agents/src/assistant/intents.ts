import { saoPauloDate } from '@prumo/br';
import { normalize } from '../llm/text';

/**
 * pt-BR intent detection for the questions the assistant answers with exact figures (accent- and
 * case-insensitive). Each function returns the tool arguments, or null when the question is not
 * for that tool. Used as the offline model's tool planner; online, the model chooses.
 */

export const MONTHS = ['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
export const MONTH_LABELS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];

export interface Today {
  year: number;
  month: number;
  day: number;
}

export function todayIn(now: Date): Today {
  const d = saoPauloDate(now)!;
  return { year: d.year, month: d.month, day: d.day };
}

const pad = (n: number) => String(n).padStart(2, '0');
export const monthKeyOf = (year: number, month: number) => `${year}-${pad(month)}`;

export function previousMonth(t: Today): string {
  return t.month === 1 ? monthKeyOf(t.year - 1, 12) : monthKeyOf(t.year, t.month - 1);
}

/** "outubro de 2026" style label of an AAAA-MM key. */
export function monthLabel(key: string): string {
  const [y, m] = key.split('-').map(Number);
  return `${MONTH_LABELS[m - 1] ?? key} de ${y}`;
}

/** Which month a question talks about: last month, this month, or a named month (default: this month). */
export function monthIn(q: string, t: Today): string {
  if (/\b(mes passado|ultimo mes|mes anterior)\b/.test(q)) return previousMonth(t);
  for (let i = 0; i < 12; i++) {
    const m = new RegExp(`\\b${MONTHS[i]}\\b(?:\\s+(?:de\\s+)?(\\d{4}))?`).exec(q);
    if (m) {
      // A named month without a year: the latest one that is not in the future.
      const year = m[1] ? Number(m[1]) : i + 1 > t.month ? t.year - 1 : t.year;
      return monthKeyOf(year, i + 1);
    }
  }
  return monthKeyOf(t.year, t.month);
}

const REVENUE = /\b(faturamento|faturei|faturou|faturado|fature[i]?|receita|receitas|vendi|vendemos)\b/;

export function planRevenue(question: string, t: Today): { month: string } | { year: number } | null {
  const q = normalize(question);
  if (!REVENUE.test(q)) return null;
  if (/\blimite\b/.test(q) && /\b(resta|restante|sobra|falta|ainda posso|disponivel)\b/.test(q)) return null;
  const namedMonth = MONTHS.some((m) => new RegExp(`\\b${m}\\b`).test(q));
  if (!namedMonth && /\b(do ano|deste ano|desse ano|este ano|esse ano|no ano|anual|acumulado|ate agora)\b/.test(q)) {
    const y = /\b(20\d\d)\b/.exec(q);
    return { year: y ? Number(y[1]) : t.year };
  }
  if (!namedMonth && /\b(ano passado|ano anterior)\b/.test(q)) return { year: t.year - 1 };
  return { month: monthIn(q, t) };
}

export function planLimit(question: string, t: Today): { year: number } | null {
  const q = normalize(question);
  const asksLimit = /\blimite\b/.test(q) && !/\b(energia|kwh|credito|creditos)\b/.test(q);
  const canStill = /\b(quanto|ainda)\b.*\b(posso|pode|consigo) faturar\b/.test(q);
  if (!asksLimit && !canStill) return null;
  // "Qual é o limite do MEI?" in general is a knowledge question unless it is about the account.
  const aboutAccount = canStill || /\b(resta|restante|sobra|falta|faltam|disponivel|ainda|meu|minha|usei|usado|estou|percentual|porcentagem|quanto)\b/.test(q);
  if (!aboutAccount) return null;
  const y = /\b(20\d\d)\b/.exec(q);
  return { year: y ? Number(y[1]) : t.year };
}

export function planDas(question: string): Record<string, never> | null {
  const q = normalize(question);
  // "o/do/meu/próximo DAS" (masculine): not the contraction "das" ("saldo das contas").
  const das = /\b(o|do|meu|proximo|pagar o|valor do|guia do|boleto do) das\b|\bdas[- ]mei\b|\bdas do mei\b|^das\b/.test(q);
  if (!das && !/\b(guia|boleto) do mei\b/.test(q)) return null;
  if (/\bdasn\b/.test(q)) return null;
  return /\b(proximo|proxima|vence|vencimento|pagar|pagamento|meu|minha)\b/.test(q) ? {} : null;
}

export function planExpenses(question: string, t: Today): { month: string } | null {
  const q = normalize(question);
  if (!/\b(despesa|despesas|gasto|gastos|gastei|custo|custos|saida|saidas)\b/.test(q)) return null;
  if (!/\b(maior|maiores|principal|principais|top|mais altas?|onde mais)\b/.test(q) && !/\bgastei\b/.test(q)) return null;
  return { month: monthIn(q, t) };
}

export function planBalances(question: string): Record<string, never> | null {
  const q = normalize(question);
  if (/\b(credito|creditos|kwh)\b/.test(q)) return null;
  if (/\bsaldos?\b/.test(q) || /\bquanto (eu )?tenho (no|nos|em) (banco|bancos|conta|contas)\b/.test(q) || /\bdinheiro (no|nos|em) (banco|bancos|conta|contas)\b/.test(q)) return {};
  return null;
}

export function planEnergyInvoices(question: string): Record<string, never> | null {
  const q = normalize(question);
  const energy = /\b(energia|luz|eletrica|energisa)\b/.test(q);
  const invoice = /\b(fatura|faturas|conta|contas|boleto|boletos)\b/.test(q);
  const open = /\b(aberto|abertas|aberta|abertos|pendente|pendentes|a pagar|vencid[ao]s?|pagar|devo)\b/.test(q);
  return energy && invoice && open ? {} : null;
}
