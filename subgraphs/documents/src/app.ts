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
import { AccountProfileService } from './accounts/account-profile.service';
import type { DocumentsContext, DocumentsServices } from './context';
import { extractionProcessor, onExtractionExhausted } from './documents/document.job';
import { DocumentService } from './documents/document.service';
import { entities } from './entities';
import { documentsSchemaDefinition } from './subgraph';
import { uploadRoutes } from './uploads/upload.routes';

export interface StartDocumentsOptions {
  config?: BaseConfig;
  port?: number;
  role?: 'server' | 'worker' | 'all';
  env?: NodeJS.ProcessEnv;
  verifier?: AccessTokenVerifier;
  /** Extraction jobs in parallel per worker process (OCR is CPU-bound: 2 by default). */
  concurrency?: number;
}

export async function startDocuments(opts: StartDocumentsOptions = {}): Promise<RunningSubgraph & { services: DocumentsServices }> {
  const config = opts.config ?? loadConfig();
  const env = opts.env ?? process.env;
  // How long a job stays locked to a worker that stopped answering, and how often stalled jobs are
  // looked for: a worker killed mid-job is retried by another after about lock + interval.
  const lockDuration = Number(env.DOCUMENTS_JOB_LOCK_MS ?? 60_000);
  const stalledInterval = Number(env.DOCUMENTS_STALLED_CHECK_MS ?? 30_000);
  let services!: DocumentsServices;
  const running = await startSubgraph<DocumentsContext>({
    name: 'documents',
    config,
    entities,
    port: opts.port ?? config.DOCUMENTS_PORT,
    role: opts.role,
    verifier: opts.verifier,
    setup: ({ ds, logger, queueConnection }) => {
      const storage = createStorage(config);
      const liveRedis = createRedis(config.REDIS_URL, { name: 'documents-live' });
      const live = createLivePublisher(liveRedis);
      const queue = createQueue(QUEUES.documentsExtraction, queueConnection, config.REDIS_PREFIX);
      const profiles = new AccountProfileService(config.IDENTITY_URL, config.serviceTokenSecret);
      const quota = new QuotaClient({ billingUrl: config.BILLING_URL, serviceSecret: config.serviceTokenSecret, service: 'documents' });
      const documents = new DocumentService(ds, storage, quota, queue, live, profiles, config.ROUTER_PUBLIC_URL);
      services = { documents };
      return {
        schema: documentsSchemaDefinition,
        context: (base) => ({ ...base, services }),
        routes: uploadRoutes(documents, storage),
        eventHandlers: {
          'account.created': async (event, em) => profiles.save(em, event.payload.accountId, event.payload.taxId),
        },
        startWorkers: async () => {
          const worker = createWorker(QUEUES.documentsExtraction, extractionProcessor({ documents, storage, live, logger }), queueConnection, {
            prefix: config.REDIS_PREFIX,
            concurrency: opts.concurrency ?? 2,
            // A worker killed mid-job: the lock expires and the job is retried elsewhere.
            lockDuration,
            stalledInterval,
            maxStalledCount: 2,
          });
          worker.on('failed', (job, err) => void onExtractionExhausted({ documents, live, logger })(job, err).catch(() => undefined));
          return async () => {
            await worker.close();
          };
        },
        onStop: async () => {
          await live.flush();
          await queue.close();
          liveRedis.disconnect();
        },
      };
    },
  });
  return Object.assign(running, { services });
}
