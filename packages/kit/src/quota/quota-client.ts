import CircuitBreaker from 'opossum';
import { fetch as undiciFetch } from 'undici';
import { signServiceToken } from '../auth/tokens';
import { QUOTA_METRICS, type QuotaMetric } from '../config/plans';
import { AppError, paymentRequired } from '../errors';

export interface Reservation {
  reservationId: string;
  metric: QuotaMetric;
  used: number;
  limit: number | null;
  resetsAt: string | null;
  /** The idempotency key had been used: nothing was counted again. */
  replayed: boolean;
}

export interface QuotaClientOptions {
  billingUrl: string;
  serviceSecret: string;
  /** Calling service, for billing's logs. */
  service: string;
  timeoutMs?: number;
  /** Circuit breaker: open after this share of failures (min. 5 calls), retry after resetMs. */
  errorThresholdPercentage?: number;
  resetMs?: number;
}

export const QUOTA_UNAVAILABLE = 'O controle de uso do plano está indisponível agora. Nada foi cobrado nem registrado; tente novamente em instantes.';

/**
 * Billing's internal quota API, for every subgraph. Fails closed: when billing is slow or down the
 * metered action is refused with a clear pt-BR error (never silently allowed). A circuit breaker
 * stops hammering a billing that is down and answers at once until it recovers.
 */
export class QuotaClient {
  private readonly breaker: CircuitBreaker<[string, Record<string, unknown>], { status: number; body: any }>;

  constructor(private readonly opts: QuotaClientOptions) {
    const timeout = opts.timeoutMs ?? 2000;
    this.breaker = new CircuitBreaker(
      async (path: string, body: Record<string, unknown>) => {
        const res = await undiciFetch(`${opts.billingUrl}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${signServiceToken(opts.serviceSecret, { svc: opts.service, tid: String(body.tenantId ?? '') })}` },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(timeout),
        });
        const json = (await res.json().catch(() => ({}))) as any;
        // 402 and 400 are answers, not failures of billing: they must not open the circuit.
        if (res.status >= 500) throw new Error(`billing ${res.status}`);
        return { status: res.status, body: json };
      },
      { timeout: timeout + 100, errorThresholdPercentage: opts.errorThresholdPercentage ?? 50, resetTimeout: opts.resetMs ?? 10_000, volumeThreshold: 5 },
    );
  }

  get circuitOpen(): boolean {
    return this.breaker.opened;
  }

  private async call(path: string, body: Record<string, unknown>) {
    let result: { status: number; body: any };
    try {
      result = await this.breaker.fire(path, body);
    } catch {
      throw new AppError('INTERNAL', QUOTA_UNAVAILABLE, { reason: 'QUOTA_UNAVAILABLE' });
    }
    if (result.status === 402) {
      const e = result.body.error ?? {};
      throw paymentRequired({ plan: e.plan, metric: e.metric, used: e.used, limit: e.limit, resetsAt: e.resetsAt ?? null, upgradeUrl: e.upgradeUrl }, e.message);
    }
    if (result.status >= 400) throw new AppError(result.body.error?.code ?? 'INTERNAL', result.body.error?.message);
    return result.body;
  }

  /** Counts `amount` against the plan's limit, atomically; replaying the key never counts twice. */
  reserve(tenantId: string, metric: QuotaMetric, amount: number, idempotencyKey: string): Promise<Reservation> {
    return this.call('/internal/quota/reserve', { tenantId, metric, amount, idempotencyKey });
  }

  /** Confirms a reservation, optionally with the real amount (e.g. tokens actually used). */
  commit(tenantId: string, idempotencyKey: string, actualAmount?: number): Promise<Reservation> {
    return this.call('/internal/quota/commit', { tenantId, idempotencyKey, actualAmount });
  }

  /** Gives a reservation back (the action failed, or a gauge item was removed). Idempotent. */
  release(tenantId: string, idempotencyKey: string): Promise<Reservation> {
    return this.call('/internal/quota/release', { tenantId, idempotencyKey });
  }

  /**
   * Reserves one item of a gauge (products, running analyses). A gauge item is given back by a
   * release when the item goes; if billing was unreachable at that moment, the slot would stay taken
   * for good. So a refusal re-counts what really holds a slot (`countHolders`, the service's own
   * rows) and, when the gauge says more, sets it to the true count and tries once more. The count
   * must include every item admitted so far: serialise concurrent reservations of one account if
   * an item is admitted before its row is visible.
   */
  async reserveGaugeItem(tenantId: string, metric: QuotaMetric, idempotencyKey: string, countHolders: () => Promise<number>): Promise<Reservation> {
    try {
      return await this.reserve(tenantId, metric, 1, idempotencyKey);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'PAYMENT_REQUIRED') throw err;
      const n = await countHolders();
      if (n >= Number(err.extensions.used ?? 0)) throw err;
      await this.setGauge(tenantId, metric, n);
      return this.reserve(tenantId, metric, 1, idempotencyKey);
    }
  }

  /** Sets a gauge to its true value; raising it over the limit -> PAYMENT_REQUIRED. */
  setGauge(tenantId: string, metric: QuotaMetric, value: number): Promise<Reservation> {
    return this.call('/internal/quota/gauge', { tenantId, metric, value });
  }
}

/** PAYMENT_REQUIRED for a plan limit, in pt-BR, with the figures a client shows and links from. */
export function overLimit(opts: { plan: string; metric: QuotaMetric; used: number; limit: number; resetsAt: Date | null; upgradeUrl: string }): AppError {
  const label = QUOTA_METRICS[opts.metric].label;
  const when = opts.resetsAt ? ` O contador zera em ${opts.resetsAt.toLocaleDateString('pt-BR', { timeZone: 'America/Sao_Paulo' })}.` : '';
  return paymentRequired(
    { plan: opts.plan, metric: opts.metric, used: opts.used, limit: opts.limit, resetsAt: opts.resetsAt?.toISOString() ?? null, upgradeUrl: opts.upgradeUrl },
    `Limite do plano atingido: ${label} (${opts.used} de ${opts.limit}).${when} Faça upgrade para continuar.`,
  );
}
