import {
  createLivePublisher,
  createQueue,
  createRedis,
  createStorage,
  createWorker,
  loadConfig,
  QuotaClient,
  QUEUES,
  startSubgraph,
  type AccessTokenVerifier,
  type BaseConfig,
  type RunningSubgraph,
} from '@prumo/kit';
import { EnergyClientService } from './clients/energy-client.service';
import { loadEnergyConfig, type EnergyConfig } from './config';
import type { EnergyContext, EnergyServices } from './context';
import { SessionCipher } from './crypto/session-cipher';
import { entities } from './entities';
import { fileRoutes } from './files.routes';
import { GdService } from './gd/gd.service';
import { InvoiceService } from './invoices/invoice.service';
import { BrowserPool } from './robot/browser-pool';
import { portalProcessor } from './robot/portal.job';
import { PortalRobot } from './robot/portal-robot';
import { energySchemaDefinition } from './subgraph';
import { syncProcessor } from './sync/sync.job';
import { UnitService } from './units/unit.service';

export interface StartEnergyOptions {
  config?: BaseConfig;
  port?: number;
  role?: 'server' | 'worker' | 'all';
  env?: NodeJS.ProcessEnv;
  verifier?: AccessTokenVerifier;
}

export type RunningEnergy = RunningSubgraph & { services: EnergyServices; energyConfig: EnergyConfig; robot: () => PortalRobot | null };

/**
 * The energy subgraph. The API process never launches a browser: login steps and PDF downloads are
 * queued to the energy worker (which owns the one Chromium of the process) and awaited.
 */
export async function startEnergy(opts: StartEnergyOptions = {}): Promise<RunningEnergy> {
  const config = opts.config ?? loadConfig();
  const env = opts.env ?? process.env;
  const energyConfig = loadEnergyConfig(config, env);
  let services!: EnergyServices;
  let robot: PortalRobot | null = null;
  const running = await startSubgraph<EnergyContext>({
    name: 'energy',
    config,
    entities,
    port: opts.port ?? config.ENERGY_PORT,
    role: opts.role,
    verifier: opts.verifier,
    setup: ({ ds, logger, queueConnection }) => {
      const storage = createStorage(config);
      const liveRedis = createRedis(config.REDIS_URL, { name: 'energy-live' });
      const live = createLivePublisher(liveRedis);
      const portalQueue = createQueue(QUEUES.energyPortal, queueConnection, config.REDIS_PREFIX);
      const syncQueue = createQueue(QUEUES.energySync, queueConnection, config.REDIS_PREFIX);
      const quota = new QuotaClient({ billingUrl: config.BILLING_URL, serviceSecret: config.serviceTokenSecret, service: 'energy' });
      const cipher = new SessionCipher(energyConfig.sessionKey);
      const clients = new EnergyClientService(ds, cipher, portalQueue, syncQueue, live, {
        connection: queueConnection,
        prefix: config.REDIS_PREFIX,
        loginTimeoutMs: energyConfig.ENERGY_LOGIN_TIMEOUT_MS,
      }, { quota, storage, logger });
      const units = new UnitService(ds);
      const invoices = new InvoiceService(ds);
      const gd = new GdService(ds);
      services = { clients, units, invoices, gd, storage };
      return {
        schema: energySchemaDefinition,
        context: (base) => ({ ...base, services }),
        routes: fileRoutes(storage),
        startWorkers: async () => {
          const pool = new BrowserPool({ executablePath: energyConfig.CHROMIUM_PATH, contexts: energyConfig.ENERGY_ROBOT_CONTEXTS, logger });
          robot = new PortalRobot(pool, energyConfig.ENERGY_PORTAL_URL, { attempts: energyConfig.ENERGY_PAGE_ATTEMPTS, retryBaseMs: energyConfig.ENERGY_RETRY_BASE_MS });
          const portalWorker = createWorker(QUEUES.energyPortal, portalProcessor({ clients, invoices, robot, storage, logger }), queueConnection, {
            prefix: config.REDIS_PREFIX,
            concurrency: energyConfig.ENERGY_ROBOT_CONTEXTS,
            lockDuration: 60_000,
          });
          const syncWorker = createWorker(QUEUES.energySync, syncProcessor({ ds, clients, units, robot, live, quota, logger }), queueConnection, {
            prefix: config.REDIS_PREFIX,
            concurrency: energyConfig.ENERGY_ROBOT_CONTEXTS,
            lockDuration: 120_000,
          });
          for (const w of [portalWorker, syncWorker]) w.on('failed', (job, err) => logger.warn({ err, jobId: job?.id }, 'energy job failed'));
          return async () => {
            await portalWorker.close();
            await syncWorker.close();
            await pool.close();
          };
        },
        onStop: async () => {
          await live.flush();
          await clients.close();
          await portalQueue.close();
          await syncQueue.close();
          liveRedis.disconnect();
        },
      };
    },
  });
  return Object.assign(running, { services, energyConfig, robot: () => robot });
}
