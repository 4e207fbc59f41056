const brl = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
const dateTime = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'short', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'long' });
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

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : dateOnly.format(d);
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
  marketplace: 'Marketplace B2B',
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

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
