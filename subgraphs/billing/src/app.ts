import { createQueue, createWorker, loadConfig, QUEUES, startSubgraph, type BaseConfig, type RunningSubgraph } from '@prumo/kit';
import { systemClock, type Clock } from './clock';
import { loadBillingConfig, sandboxWebhookSecret } from './config';
import type { BillingContext, BillingServices } from './context';
import { entities } from './entities';
import { PaymentService } from './payments/payment.service';
import { PlanService } from './plans/plan.service';
import { priceCatalog, type PaymentsGateway } from './stripe/gateway';
import { SandboxGateway } from './stripe/sandbox-gateway';
import { sandboxRoutes } from './stripe/sandbox.routes';
import { processStripeEvent } from './stripe/stripe-event.job';
import { StripeGateway } from './stripe/stripe-gateway';
import { stripeWebhookRoute } from './stripe/webhook.route';
import { billingSchemaDefinition } from './subgraph';
import { SubscriptionService } from './subscriptions/subscription.service';
import { quotaRoutes } from './usage/usage.routes';
import { UsageService } from './usage/usage.service';

export interface StartBillingOptions {
  config?: BaseConfig;
  port?: number;
  role?: 'server' | 'worker' | 'all';
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

export async function startBilling(opts: StartBillingOptions = {}): Promise<RunningSubgraph & { services: BillingServices; gateway: PaymentsGateway }> {
  const config = loadBillingConfig(opts.config ?? loadConfig(), opts.env ?? process.env);
  const clock = opts.clock ?? systemClock();
  let services!: BillingServices;
  let gateway!: PaymentsGateway;
  let port = 0;
  const running = await startSubgraph<BillingContext>({
    name: 'billing',
    config,
    entities,
    port: opts.port ?? config.BILLING_PORT,
    role: opts.role,
    setup: ({ ds, logger, queueConnection }) => {
      const prices = { proMonthly: config.STRIPE_PRICE_PRO_MONTHLY, proYearly: config.STRIPE_PRICE_PRO_YEARLY };
      const catalog = priceCatalog(prices);
      const publicUrl = config.ROUTER_PUBLIC_URL;
      const sandbox = config.STRIPE_SECRET_KEY
        ? null
        : new SandboxGateway(ds, sandboxWebhookSecret(config), publicUrl, () => `http://127.0.0.1:${port}/webhooks/stripe`, {
            [prices.proMonthly]: { amountCents: 9900, interval: 'month' },
            [prices.proYearly]: { amountCents: 99000, interval: 'year' },
          }, logger);
      gateway = sandbox ?? new StripeGateway(config.STRIPE_SECRET_KEY!, config.STRIPE_WEBHOOK_SECRET!, config.STRIPE_API_BASE);
      const plans = new PlanService(ds);
      const subscriptions = new SubscriptionService(ds, gateway, catalog, plans, clock, publicUrl, logger);
      const payments = new PaymentService(ds);
      services = { plans, subscriptions, usage: new UsageService(ds, clock, `${publicUrl}/planos`), payments, clock };
      const stripeQueue = createQueue(QUEUES.stripeEvents, queueConnection, config.REDIS_PREFIX);
      return {
        schema: billingSchemaDefinition,
        context: (base) => ({ ...base, services }),
        routes: [
          stripeWebhookRoute({ ds, gateway, queue: stripeQueue, logger }),
          ...quotaRoutes(services.usage, config.serviceTokenSecret),
          ...(sandbox
            ? sandboxRoutes(sandbox, async (subId) => {
                const fetchedAt = await subscriptions.stripeFetchTime();
                await subscriptions.sync(await sandbox.updateSubscription(subId, { cancelAtPeriodEnd: true }), fetchedAt);
              })
            : []),
        ],
        eventHandlers: {
          'account.created': async (event, em) => subscriptions.onAccountCreated(em, event.payload.accountId, event.payload.ownerEmail),
        },
        startWorkers: async () => {
          const stripeWorker = createWorker(
            QUEUES.stripeEvents,
            async (job) => processStripeEvent(job.data.eventId, { ds, gateway, subscriptions, payments, logger }),
            queueConnection,
            { prefix: config.REDIS_PREFIX, concurrency: 2 },
          );
          stripeWorker.on('failed', (job, err) => logger.warn({ err, eventId: job?.data.eventId, attempts: job?.attemptsMade }, 'stripe event failed; will retry'));
          const maintenanceQueue = createQueue(QUEUES.billingMaintenance, queueConnection, config.REDIS_PREFIX);
          // Hourly: past-due subscriptions beyond the grace period drop to Free.
          await maintenanceQueue.upsertJobScheduler('grace-periods', { every: 3_600_000 }, { name: 'grace-periods', data: { task: 'grace-periods' } });
          const maintenanceWorker = createWorker(QUEUES.billingMaintenance, async () => subscriptions.enforceGracePeriods(), queueConnection, {
            prefix: config.REDIS_PREFIX,
            concurrency: 1,
          });
          return async () => {
            await stripeWorker.close();
            await maintenanceWorker.close();
            await maintenanceQueue.close();
          };
        },
        onStop: async () => {
          await stripeQueue.close();
        },
      };
    },
  });
  port = running.port;
  return Object.assign(running, { services, gateway });
}
