import { bearer, headerValue, loadConfig, QuotaClient, startSubgraph, type AccessTokenVerifier, type BaseConfig, type RunningSubgraph } from '@prumo/kit';
import { createLivePublisher, createQueue, createRedis, createStorage, createWorker, QUEUES } from '@prumo/kit';
import { ExecutionService } from './executions/execution.service';
import { executionProcessor, onExecutionExhausted } from './executions/execution.job';
import { executionFileRoutes } from './executions/execution.routes';
import { AssistantService } from './assistant/assistant.service';
import { ASSISTANT_STREAM_THROTTLE_MS } from './assistant/assistant.stream';
import { loadAgentsSettings } from './config';
import { RetrievalService } from './retrieval/retrieval.service';
import type { AgentsContext, AgentsServices } from './context';
import { entities } from './entities';
import { createLlmService } from './llm';
import { agentsSchemaDefinition } from './subgraph';
import { createSupergraphClient } from './supergraph';

export interface StartAgentsOptions {
  config?: BaseConfig;
  port?: number;
  role?: 'server' | 'worker' | 'all';
  env?: NodeJS.ProcessEnv;
  verifier?: AccessTokenVerifier;
  /** Base delay of the model retry backoff (tests shorten it). */
  llmRetryBaseMs?: number;
}

export async function startAgents(opts: StartAgentsOptions = {}): Promise<RunningSubgraph & { services: AgentsServices }> {
  const env = opts.env ?? process.env;
  const config = opts.config ?? loadConfig({}, env);
  const settings = loadAgentsSettings(config, env);
  let services!: AgentsServices;
  const running = await startSubgraph<AgentsContext>({
    name: 'agents',
    config,
    entities,
    port: opts.port ?? config.AGENTS_PORT,
    role: opts.role,
    verifier: opts.verifier,
    setup: ({ ds, logger, queueConnection }) => {
      const quota = new QuotaClient({ billingUrl: config.BILLING_URL, serviceSecret: config.serviceTokenSecret, service: 'agents' });
      const llm = createLlmService({ config: settings, quota, ds, logger, retryBaseMs: opts.llmRetryBaseMs ?? settings.LLM_RETRY_BASE_MS });
      const supergraph = createSupergraphClient({ routerUrl: settings.routerUrl, identityUrl: config.IDENTITY_URL, serviceSecret: config.serviceTokenSecret });
      // Executive consultant: queue, live events (unthrottled: every agent event counts), exports.
      const storage = createStorage(config);
      const liveRedis = createRedis(config.REDIS_URL, { name: 'agents-live' });
      const live = createLivePublisher(liveRedis, { throttleMs: 0 });
      const executionQueue = createQueue(QUEUES.agentsExecutions, queueConnection, config.REDIS_PREFIX);
      const executions = new ExecutionService(ds, quota, executionQueue, live, storage, () => llm.offline);
      // Fiscal assistant: retrieval over the account's documents + the MEI knowledge base.
      const retrieval = new RetrievalService(ds, llm, logger);
      // Streamed answers: throttled (the text so far, latest wins), on the same Redis connection.
      const answerLive = createLivePublisher(liveRedis, { throttleMs: ASSISTANT_STREAM_THROTTLE_MS });
      const assistant = new AssistantService(ds, llm, retrieval, supergraph, logger, answerLive);
      services = { ds, config, settings, quota, llm, supergraph, executions, retrieval, assistant };
      return {
        schema: agentsSchemaDefinition,
        context: (base, req) => ({ ...base, services, token: bearer(headerValue(req, 'authorization')) ?? null }),
        eventHandlers: {
          'document.extracted': async (event, em) => void (await retrieval.ingestDocument(em, event.tenantId!, event.payload)),
          'document.deleted': async (event, em) => retrieval.removeDocument(em, event.tenantId!, event.payload.documentId, event.payload.version),
        },
        routes: executionFileRoutes(storage),
        startWorkers: async () => {
          const deps = { executions, supergraph, llm, live, logger };
          const worker = createWorker(QUEUES.agentsExecutions, executionProcessor(deps), queueConnection, {
            prefix: config.REDIS_PREFIX,
            concurrency: settings.AGENTS_EXECUTION_CONCURRENCY,
          });
          worker.on('failed', (job, err) => void onExecutionExhausted(deps)(job, err).catch(() => undefined));
          return async () => {
            await worker.close();
          };
        },
        onStop: async () => {
          await live.flush();
          await answerLive.flush();
          await executionQueue.close();
          liveRedis.disconnect();
        },
      };
    },
  });
  // The curated knowledge base, reloaded when its content changed.
  await services.retrieval.refreshKnowledgeBase();
  return Object.assign(running, { services });
}
