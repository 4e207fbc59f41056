const brl = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
// Dates a user sees are in Brasília time, wherever the browser is (DESIGN: America/Sao_Paulo).
const dateTime = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'America/Sao_Paulo' });
const integer = new Intl.NumberFormat('pt-BR');

/** R$ 1.234,56 */
export function formatBRL(value: number): string {
  return brl.format(value);
}

/** Amounts the API sends in centavos. */
export function formatCents(cents: number): string {
  return brl.format(cents / 100);
}

/** Whole reais without centavos (R$ 99), otherwise R$ 99,90: for prices. */
export function formatPrice(cents: number): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(cents / 100);
}

export function formatNumber(value: number): string {
  return integer.format(value);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : dateTime.format(d);
}


export const ROLE_LABELS: Record<string, string> = {
  OWNER: 'Dono(a)',
  ADMIN: 'Administrador(a)',
  MEMBER: 'Membro',
};

export function roleLabel(role: string | null | undefined): string {
  return role ? (ROLE_LABELS[role] ?? role) : '—';
}

export const MODULE_LABELS: Record<string, string> = {
  fiscal: 'Fiscal (documentos, limite MEI, assistente)',
  finance: 'Financeiro',
  marketplace: 'Vender no marketplace B2B',
  energy: 'Energia e créditos solares',
  consultant: 'Consultor executivo (IA)',
};

/** Every module a plan can enable, in display order. */
export const ALL_MODULES = Object.keys(MODULE_LABELS);

export function moduleLabel(module: string): string {
  return MODULE_LABELS[module] ?? module;
}

/** Metered limits of the plans (same names as the API's `metric`). */
export const METRIC_LABELS: Record<string, string> = {
  users: 'Usuários',
  document_uploads: 'Envios de documentos',
  llm_tokens: 'Tokens de IA',
  agent_executions: 'Análises do consultor',
  concurrent_agent_executions: 'Análises simultâneas',
  products: 'Produtos no marketplace',
  energy_units: 'Unidades consumidoras',
};

export function metricLabel(metric: string | null | undefined, fallback?: string): string {
  if (!metric) return fallback ?? '—';
  return METRIC_LABELS[metric] ?? fallback ?? metric;
}

export const PLAN_LABELS: Record<string, string> = { free: 'Free', pro: 'Pro', enterprise: 'Enterprise' };

export function planLabel(code: string | null | undefined): string {
  return code ? (PLAN_LABELS[code] ?? code) : '—';
}

const shortDate = new Intl.DateTimeFormat('pt-BR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'America/Sao_Paulo' });

/** 01/12/2026, in Brasília time (billing periods and quota resets turn at midnight there). */
export function formatShortDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : shortDate.format(d);
}

export function greeting(date = new Date()): string {
  const h = date.getHours();
  if (h < 12) return 'Bom dia';
  if (h < 18) return 'Boa tarde';
  return 'Boa noite';
}

// Courtesy titles some people keep in their name ("Dona Carla", "Dr. Paulo"): a greeting uses the name after them.
const TITLES = new Set(['dona', 'dna', 'd.', 'seu', 'sr', 'sr.', 'sra', 'sra.', 'srta', 'srta.', 'dr', 'dr.', 'dra', 'dra.', 'prof', 'prof.', 'profa', 'profa.']);

export function firstName(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.find((w, i) => i === words.length - 1 || !TITLES.has(w.toLowerCase())) ?? name;
}

/** 11 digits as a CPF (000.000.000-00), 14 as a CNPJ (00.000.000/0000-00); anything else as given. */
export function formatTaxId(value: string): string {
  const d = value.replace(/\D/g, '');
  if (d.length === 14) return d.replace(/^(\d{2})(\d{3})(\d{3})(\d{4})(\d{2})$/, '$1.$2.$3/$4-$5');
  if (d.length === 11) return d.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4');
  return value;
}

/** "1 fatura", "3 faturas" (pt-BR numbers); pass the plural when it is not the word plus "s". */
export function plural(n: number, singular: string, pluralForm?: string): string {
  return `${n.toLocaleString('pt-BR')} ${n === 1 || n === -1 ? singular : (pluralForm ?? `${singular}s`)}`;
}

/**
 * An amount typed in reais -> centavos; null when it is not one. Brazilian usage: dots group
 * thousands ("1.234" is mil duzentos e trinta e quatro reais, "1.234,56"), the comma takes the
 * centavos; a lone dot followed by one or two digits ("12.50") is read as the centavos too.
 */
export function parseReais(text: string): number | null {
  const t = text.trim().replace(/^R\$\s*/, '').replace(/\s/g, '');
  let normalized: string;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(t) || /^\d+(,\d{1,2})?$/.test(t)) normalized = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d+\.\d{1,2}$/.test(t)) normalized = t;
  else return null;
  const cents = Math.round(Number(normalized) * 100);
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Centavos as an amount to edit: 123456 -> "1234,56". */
export function centsToInput(cents: number): string {
  return (cents / 100).toFixed(2).replace('.', ',');
}
