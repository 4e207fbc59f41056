import { paymentRequired } from '@prumo/kit';
import { QUOTA_METRICS, type QuotaMetric } from '@prumo/kit';

export function overLimit(opts: { plan: string; metric: QuotaMetric; used: number; limit: number; resetsAt: Date | null; upgradeUrl: string }) {
  const label = QUOTA_METRICS[opts.metric].label;
  const when = opts.resetsAt
    ? ` O contador zera em ${opts.resetsAt.toLocaleDateString('pt-BR', { timeZone: 'America/Sao_Paulo' })}.`
    : '';
  return paymentRequired(
    { plan: opts.plan, metric: opts.metric, used: opts.used, limit: opts.limit, resetsAt: opts.resetsAt?.toISOString() ?? null, upgradeUrl: opts.upgradeUrl },
    `Limite do plano atingido: ${label} (${opts.used} de ${opts.limit}).${when} Faça upgrade para continuar.`,
  );
}
