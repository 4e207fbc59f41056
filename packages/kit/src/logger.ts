import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type Logger } from 'pino';

/** What every log line of a request or job step carries. */
export interface LogContext {
  requestId?: string;
  tenantId?: string;
  userId?: string;
  operationName?: string;
  jobId?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Runs `fn` with `ctx` attached to every log line written inside it (including async work). */
export function withLogContext<T>(ctx: LogContext, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...ctx }, fn);
}

/** Adds fields (e.g. operationName once it is known) to the current context. */
export function addLogContext(fields: LogContext): void {
  const store = storage.getStore();
  if (store) Object.assign(store, fields);
}

export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level: process.env.NODE_ENV === 'test' && !process.env.LOG_LEVEL ? 'silent' : level,
    base: { service },
    mixin: () => ({ ...storage.getStore() }),
    redact: {
      paths: ['password', '*.password', 'authorization', '*.authorization', 'refreshToken', '*.refreshToken', 'secret', '*.secret'],
      censor: '[redacted]',
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

export type { Logger };
