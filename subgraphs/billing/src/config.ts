import { createHash } from 'node:crypto';
import { z } from 'zod';
import { loadConfig, type BaseConfig } from '@prumo/kit';

export const billingEnv = {
  /** Unset: the offline sandbox checkout. Set: the real Stripe. */
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  /** Points the SDK at another API host (tests use a local fake Stripe server). */
  STRIPE_API_BASE: z.string().optional(),
  STRIPE_PRICE_PRO_MONTHLY: z.string().default('price_pro_monthly'),
  STRIPE_PRICE_PRO_YEARLY: z.string().default('price_pro_yearly'),
};

export type BillingConfig = BaseConfig & {
  STRIPE_SECRET_KEY?: string;
  STRIPE_WEBHOOK_SECRET?: string;
  STRIPE_API_BASE?: string;
  STRIPE_PRICE_PRO_MONTHLY: string;
  STRIPE_PRICE_PRO_YEARLY: string;
};

export function loadBillingConfig(base?: BaseConfig, env: NodeJS.ProcessEnv = process.env): BillingConfig {
  const extra = z.object(billingEnv).parse(env);
  const config = { ...(base ?? loadConfig()), ...extra };
  if (config.STRIPE_SECRET_KEY && !config.STRIPE_WEBHOOK_SECRET) {
    throw new Error('STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set');
  }
  return config;
}

/** The sandbox signs its webhooks with a secret derived from the service secret (stable per install). */
export function sandboxWebhookSecret(config: BillingConfig): string {
  return config.STRIPE_WEBHOOK_SECRET ?? `whsec_sandbox_${createHash('sha256').update(`sandbox:${config.serviceTokenSecret}`).digest('hex').slice(0, 32)}`;
}
