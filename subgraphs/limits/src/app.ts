import { saoPauloDate } from '@prumo/br';
import { createQueue, createWorker, loadConfig, QUEUES, startSubgraph, type AccessTokenVerifier, type BaseConfig, type RunningSubgraph } from '@prumo/kit';
import type { LimitsContext, LimitsServices } from './context';
import { entities } from './entities';
import { ledgerHandlers, rebuildAggregates } from './ledger/ledger.job';
import { LedgerService } from './ledger/ledger.service';
import { LimitService } from './limit/limit.service';
import { RulesService } from './rules/rules.service';
import { limitsSchemaDefinition } from './subgraph';

export interface StartLimitsOptions {
  config?: BaseConfig;
  port?: number;
  role?: 'server' | 'worker' | 'all';
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
  verifier?: AccessTokenVerifier;
}

export async function startLimits(opts: StartLimitsOptions = {}): Promise<RunningSubgraph & { services: LimitsServices }> {
  const config = opts.config ?? loadConfig();
  const now = opts.now ?? (() => new Date());
  let services!: LimitsServices;
  const running = await startSubgraph<LimitsContext>({
    name: 'limits',
    config,
    entities,
    port: opts.port ?? config.LIMITS_PORT,
    role: opts.role,
    verifier: opts.verifier,
    setup: ({ ds, logger, queueConnection }) => {
      const rules = new RulesService(ds);
      const ledger = new LedgerService(rules);
      services = { ds, rules, ledger, limits: new LimitService(ds, rules, ledger, now), currentYear: () => saoPauloDate(now())!.year };
      return {
        schema: limitsSchemaDefinition,
        context: (base) => ({ ...base, services }),
        eventHandlers: ledgerHandlers(ledger),
        startWorkers: async () => {
          const queue = createQueue(QUEUES.limitsMaintenance, queueConnection, config.REDIS_PREFIX);
          await queue.upsertJobScheduler('rebuild-aggregates', { pattern: '5 0 * * *', tz: 'America/Sao_Paulo' }, { name: 'rebuild-aggregates', data: { task: 'rebuild-aggregates' } });
          const worker = createWorker(QUEUES.limitsMaintenance, async () => rebuildAggregates(ds, logger), queueConnection, { prefix: config.REDIS_PREFIX, concurrency: 1 });
          return async () => {
            await worker.close();
            await queue.close();
          };
        },
      };
    },
  });
  return Object.assign(running, { services });
}
