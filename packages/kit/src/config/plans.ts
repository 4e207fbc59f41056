/** Modules a plan can enable (DESIGN.md §4). The access token's `mods` claim lists them. */
export const MODULES = {
  fiscal: 'Fiscal: documentos, limite do MEI e assistente',
  finance: 'Financeiro',
  marketplace: 'Marketplace B2B',
  energy: 'Energia e créditos solares',
  consultant: 'Consultor executivo (IA)',
} as const;
export type ModuleName = keyof typeof MODULES;

/** Metered metrics: counters per period, or gauges (current amount, no period). */
export const QUOTA_METRICS = {
  agent_executions: { period: 'month', label: 'Análises do consultor' },
  llm_tokens: { period: 'day', label: 'Tokens de IA' },
  document_uploads: { period: 'month', label: 'Envios de documentos' },
  products: { period: 'gauge', label: 'Produtos no marketplace' },
  users: { period: 'gauge', label: 'Usuários' },
  energy_units: { period: 'gauge', label: 'Unidades consumidoras' },
  concurrent_agent_executions: { period: 'gauge', label: 'Análises simultâneas' },
} as const;
export type QuotaMetric = keyof typeof QUOTA_METRICS;
export type QuotaPeriod = (typeof QUOTA_METRICS)[QuotaMetric]['period'];
export const isQuotaMetric = (m: unknown): m is QuotaMetric => typeof m === 'string' && m in QUOTA_METRICS;
