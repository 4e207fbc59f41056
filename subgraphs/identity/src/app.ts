import { createLocalVerifier, createQueue, createWorker, loadConfig, QUEUES, QuotaClient, startSubgraph, type BaseConfig, type RunningSubgraph } from '@prumo/kit';
import { accountHandlers } from './accounts/account.job';
import { AccountService } from './accounts/account.service';
import { ApiKeyService } from './api-keys/api-key.service';
import { AuditService } from './audit/audit.service';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle';
import { TokenIssuer } from './auth/token-issuer';
import type { IdentityContext, IdentityServices } from './context';
import { entities } from './entities';
import { LeadService } from './leads/lead.service';
import { MemberService } from './members/member.service';
import { Seats } from './members/seats';
import { loadNotificationSettings } from './notifications/notification.config';
import { startDeliveryDispatcher } from './notifications/notification.dispatcher';
import { deliveryProcessor, notificationHandlers } from './notifications/notification.job';
import { NotificationService } from './notifications/notification.service';
import { WhatsAppClient } from './notifications/whatsapp.client';
import { whatsappWebhookRoutes } from './notifications/whatsapp.webhook';
import { identityRoutes } from './routes';
import { SessionService } from './sessions/session.service';
import { identitySchemaDefinition } from './subgraph';
import { UserService } from './users/user.service';

export interface StartIdentityOptions {
  config?: BaseConfig;
  port?: number;
  role?: 'server' | 'worker' | 'all';
  env?: NodeJS.ProcessEnv;
}

export async function startIdentity(opts: StartIdentityOptions = {}): Promise<RunningSubgraph & { services: IdentityServices }> {
  const config = opts.config ?? loadConfig();
  const notificationSettings = loadNotificationSettings(opts.env ?? process.env);
  let services!: IdentityServices;
  const running = await startSubgraph<IdentityContext>({
    name: 'identity',
    config,
    entities,
    port: opts.port ?? config.IDENTITY_PORT,
    role: opts.role,
    setup: ({ ds, redis, logger, queueConnection }) => {
      const tokenSettings = { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE };
      const tokens = new TokenIssuer({ privateKey: config.jwtPrivateKey, ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS, ...tokenSettings });
      const quota = new QuotaClient({ billingUrl: config.BILLING_URL, serviceSecret: config.serviceTokenSecret, service: 'identity' });
      const audit = new AuditService(ds);
      const accounts = new AccountService(ds);
      const sessions = new SessionService(config.REFRESH_TOKEN_TTL_DAYS);
      const throttle = new LoginThrottle(redis, `${config.REDIS_PREFIX}:identity`, config.LOGIN_MAX_FAILURES);
      const auth = new AuthService(ds, accounts, sessions, audit, throttle, tokens);
      services = {
        auth,
        accounts,
        audit,
        members: new MemberService(ds, audit, auth, config.ROUTER_PUBLIC_URL, new Seats(quota, logger)),
        apiKeys: new ApiKeyService(ds, audit, tokens),
        leads: new LeadService(ds, redis, `${config.REDIS_PREFIX}:identity`),
        users: new UserService(ds),
        notifications: new NotificationService(ds, logger, notificationSettings.whatsapp !== null),
      };
      return {
        schema: identitySchemaDefinition,
        verifier: createLocalVerifier(config.jwtPrivateKey, tokenSettings),
        context: (base) => ({ ...base, services }),
        routes: [
          ...identityRoutes(services, config.jwtPrivateKey, config.serviceTokenSecret),
          // Delivery statuses from the Cloud API (the router passes /webhooks/whatsapp through).
          ...whatsappWebhookRoutes({ notifications: services.notifications, settings: notificationSettings.webhook, logger }),
        ],
        eventHandlers: { ...accountHandlers(accounts), ...notificationHandlers(services.notifications) },
        // Outside notification channels: the dispatcher queues committed deliveries, the worker sends them.
        startWorkers: async () => {
          const queue = createQueue(QUEUES.notificationsDelivery, queueConnection, config.REDIS_PREFIX);
          const whatsapp = notificationSettings.whatsapp ? new WhatsAppClient(notificationSettings.whatsapp) : null;
          const worker = createWorker(
            QUEUES.notificationsDelivery,
            deliveryProcessor({
              notifications: services.notifications,
              whatsapp,
              template: notificationSettings.whatsapp?.template ?? null,
              logger,
              publicUrl: config.ROUTER_PUBLIC_URL,
            }),
            queueConnection,
            { prefix: config.REDIS_PREFIX, concurrency: 4 },
          );
          const dispatcher = await startDeliveryDispatcher({
            ds,
            queue,
            logger,
            attempts: notificationSettings.attempts,
            backoffMs: notificationSettings.backoffMs,
            pollMs: notificationSettings.dispatchPollMs,
            // Only channels this process can deliver: a worker without WhatsApp credentials (e.g. during
            // a configuration rollout) leaves WhatsApp deliveries to one that has them.
            channels: whatsapp ? ['whatsapp', 'log'] : ['log'],
            listenConnectionString: `postgres://${encodeURIComponent(config.DATABASE_APP_USER)}:${encodeURIComponent(config.DATABASE_APP_PASSWORD)}@${config.DATABASE_HOST}:${config.DATABASE_PORT}/${config.DATABASE_NAME}`,
          });
          return async () => {
            await dispatcher.stop();
            await worker.close();
            await queue.close();
          };
        },
      };
    },
  });
  return Object.assign(running, { services });
}
