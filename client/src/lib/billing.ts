import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { METRIC_LABELS } from './format';
import type { BillingCycle, CurrentSubscriptionQuery, CurrentUsageQuery, PlanCatalogQuery } from '../gql/graphql';

export const PlanCatalogDocument = graphql(`
  query PlanCatalog {
    plans {
      code
      name
      description
      priceMonthly {
        cents
        formatted
      }
      priceYearly {
        cents
        formatted
      }
      modules
      apiRequestsPerMinute
      limits {
        metric
        label
        limit
        period
      }
    }
  }
`);

export const CurrentSubscriptionDocument = graphql(`
  query CurrentSubscription {
    subscription {
      planCode
      status
      cycle
      currentPeriodEnd
      cancelAtPeriodEnd
      graceEndsAt
      hasPaymentMethod
      plan {
        code
        name
      }
    }
  }
`);

export const CurrentUsageDocument = graphql(`
  query CurrentUsage {
    usage {
      metric
      label
      used
      limit
      period
      resetsAt
    }
  }
`);

export const PaymentHistoryDocument = graphql(`
  query PaymentHistory($first: Int, $after: String) {
    paymentHistory(first: $first, after: $after) {
      nodes {
        id
        amount {
          cents
          formatted
        }
        status
        description
        periodStart
        periodEnd
        invoiceUrl
        occurredAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const StartCheckoutDocument = graphql(`
  mutation StartCheckout($input: StartCheckoutInput!) {
    startCheckout(input: $input) {
      url
    }
  }
`);

export const OpenCustomerPortalDocument = graphql(`
  mutation OpenCustomerPortal {
    openCustomerPortal {
      url
    }
  }
`);

export const CancelSubscriptionDocument = graphql(`
  mutation CancelSubscription {
    cancelSubscription {
      planCode
      status
      cycle
      currentPeriodEnd
      cancelAtPeriodEnd
      graceEndsAt
      hasPaymentMethod
      plan {
        code
        name
      }
    }
  }
`);

export const ChangePlanDocument = graphql(`
  mutation ChangePlan($input: StartCheckoutInput!) {
    changePlan(input: $input) {
      planCode
      status
      cycle
      currentPeriodEnd
      cancelAtPeriodEnd
      graceEndsAt
      hasPaymentMethod
      plan {
        code
        name
      }
    }
  }
`);

export type Plan = PlanCatalogQuery['plans'][number];
export type AccountSubscription = CurrentSubscriptionQuery['subscription'];
export type UsageItem = CurrentUsageQuery['usage'][number];
export type { BillingCycle };

export function useSubscription() {
  const [result, reexecute] = useQuery({ query: CurrentSubscriptionDocument, requestPolicy: 'cache-and-network' });
  return { subscription: result.data?.subscription ?? null, fetching: result.fetching, error: result.error, reexecute };
}

const METRIC_ORDER = Object.keys(METRIC_LABELS);
const metricRank = (metric: string) => {
  const i = METRIC_ORDER.indexOf(metric);
  return i < 0 ? METRIC_ORDER.length : i;
};

/** Sorts metrics in a stable display order (users first, then documents, AI, marketplace, energy). */
export function byMetricOrder<T extends { metric: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => metricRank(a.metric) - metricRank(b.metric));
}

export function useUsage() {
  const [result, reexecute] = useQuery({ query: CurrentUsageDocument, requestPolicy: 'cache-and-network' });
  const usage = useMemo(() => (result.data ? byMetricOrder(result.data.usage) : null), [result.data]);
  return { usage, fetching: result.fetching, error: result.error, reexecute };
}

/** A Stripe subscription that can be changed in place (changePlan), as opposed to a new checkout. */
export function isPaying(sub: AccountSubscription | null | undefined): boolean {
  return !!sub && sub.hasPaymentMethod && sub.status !== 'CANCELED';
}

export const STATUS_LABELS: Record<string, string> = {
  TRIALING: 'Em teste',
  ACTIVE: 'Ativa',
  PAST_DUE: 'Pagamento pendente',
  CANCELED: 'Cancelada',
};

export const CYCLE_LABELS: Record<string, string> = { MONTHLY: 'Mensal', YEARLY: 'Anual' };

export const PAYMENT_STATUS_LABELS: Record<string, string> = { PAID: 'Pago', FAILED: 'Falhou' };

/** Share of the limit used, 0–100 (null when unlimited). */
export function usagePercent(used: number, limit: number | null | undefined): number | null {
  if (limit == null) return null;
  if (limit <= 0) return used > 0 ? 100 : 0;
  return Math.min(100, Math.round((used / limit) * 100));
}

export type UsageLevel = 'ok' | 'warning' | 'full';

export function usageLevel(used: number, limit: number | null | undefined): UsageLevel {
  const pct = limit == null ? null : limit <= 0 ? (used > 0 ? 100 : 0) : (used / limit) * 100;
  if (pct == null) return 'ok';
  if (pct >= 100) return 'full';
  if (pct >= 80) return 'warning';
  return 'ok';
}

/** The plan's rank in the catalogue order (Free < Pro < Enterprise). */
export function planRank(plans: readonly Plan[], code: string): number {
  const i = plans.findIndex((p) => p.code === code);
  return i < 0 ? -1 : i;
}

/** Remembered across the redirect to the payment page (a plan code, never a secret). */
const PENDING_KEY = 'prumo.checkout';

export function rememberCheckout(planCode: string): void {
  try {
    sessionStorage.setItem(PENDING_KEY, planCode);
  } catch {
    /* storage unavailable: the success page falls back to "any paid plan" */
  }
}

export function peekCheckout(): string | null {
  try {
    return sessionStorage.getItem(PENDING_KEY);
  } catch {
    return null;
  }
}

export function forgetCheckout(): void {
  try {
    sessionStorage.removeItem(PENDING_KEY);
  } catch {
    /* nothing to forget */
  }
}

/** Enterprise is sold by the sales team ("Fale com vendas"). */
export const SALES_EMAIL = 'vendas@prumo.com.br';
