import { type ConnectionOptions, type JobsOptions, Queue, Worker, type Processor, type WorkerOptions } from 'bullmq';
import type { SubgraphName } from '../config/services';
import type { EventEnvelope } from './events';

/** Every BullMQ queue of the platform, named in one place, with its payload type. */
export interface QueuePayloads {
  [key: `events-${string}`]: EventEnvelope;
  'job-progress-demo': { jobId: string; tenantId: string; steps: number; stepMs: number };
  'billing-stripe-events': { eventId: string };
  'billing-maintenance': { task: 'grace-periods' };
  'limits-maintenance': { task: 'rebuild-aggregates' };
  'documents-extraction': { documentId: string; tenantId: string; version: number };
  'notifications-delivery': { deliveryId: string; tenantId: string; key: string; userId: string; channel: 'whatsapp' | 'log' };
  'energy-portal': { op: 'login-start' | 'login-confirm' | 'pdf'; tenantId: string; clientId: string; code?: string; invoiceId?: string };
  'energy-sync': { tenantId: string; clientId: string };
  'agents-executions': { executionId: string; tenantId: string; userId: string };
}

export const QUEUES = {
  /** Domain events for one consuming subgraph (filled by the outbox relays). */
  events: (consumer: SubgraphName) => `events-${consumer}` as const,
  /** Test/demo worker that proves the live-event path end to end. */
  jobProgressDemo: 'job-progress-demo' as const,
  /** Stored Stripe webhook events, processed in the background (job id = Stripe event id). */
  stripeEvents: 'billing-stripe-events' as const,
  /** Billing's periodic work (grace periods of past-due subscriptions). */
  billingMaintenance: 'billing-maintenance' as const,
  /** Nightly rebuild of the revenue aggregates, with drift report. */
  limitsMaintenance: 'limits-maintenance' as const,
  /** Reading uploaded fiscal documents (job id = document id + version: a duplicate collapses). */
  documentsExtraction: 'documents-extraction' as const,
  /** One outside channel (WhatsApp or the log) for one recipient of one notification (identity). */
  notificationsDelivery: 'notifications-delivery' as const,
  /** Short interactive robot steps (login, PDF download); the API waits for their result. */
  energyPortal: 'energy-portal' as const,
  /** Portal syncs of an energy client (job id `sync-<clientId>`: one at a time per client). */
  energySync: 'energy-sync' as const,
  /** Executive consultant runs (job id = execution id). */
  agentsExecutions: 'agents-executions' as const,
};

export type QueueName = keyof QueuePayloads;

/** Retries with exponential backoff; finished jobs kept briefly so duplicate job ids still collapse. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export function createQueue<N extends QueueName>(name: N, connection: ConnectionOptions, prefix = 'prumo'): Queue<QueuePayloads[N]> {
  return new Queue<QueuePayloads[N]>(name, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
}

export function createWorker<N extends QueueName>(
  name: N,
  processor: Processor<QueuePayloads[N]>,
  connection: ConnectionOptions,
  opts: Partial<WorkerOptions> & { prefix?: string } = {},
): Worker<QueuePayloads[N]> {
  return new Worker<QueuePayloads[N]>(name, processor, { connection, prefix: opts.prefix ?? 'prumo', concurrency: 4, ...opts });
}
