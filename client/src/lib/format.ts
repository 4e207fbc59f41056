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
  fiscal: 'Fiscal (MEI)',
  documents: 'Documentos',
  limits: 'Limite do MEI',
  assistant: 'Assistente',
  agents: 'Agentes de IA',
  consultant: 'Consultor',
  marketplace: 'Marketplace',
  finance: 'Financeiro',
  energy: 'Energia',
};

export function moduleLabel(module: string): string {
  return MODULE_LABELS[module] ?? module;
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
