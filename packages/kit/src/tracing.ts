// OpenTelemetry tracing: router -> subgraph -> pg/redis spans, exported over OTLP/HTTP. Loaded first
// by each process entry (before http, pg and ioredis are required, so they can be instrumented) and
// only when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise it costs nothing.
import type { NodeSDK } from '@opentelemetry/sdk-node';

let sdk: NodeSDK | null = null;

export function startTracing(serviceName: string): boolean {
  const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint || sdk) return false;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeSDK: SDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { IORedisInstrumentation } = require('@opentelemetry/instrumentation-ioredis') as typeof import('@opentelemetry/instrumentation-ioredis');
  const { UndiciInstrumentation } = require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  /* eslint-enable @typescript-eslint/no-require-imports */
  sdk = new SDK({
    serviceName: `prumo-${serviceName}`,
    traceExporter: new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }),
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => /^\/(health|ready|metrics)/.test(req.url ?? '') }),
      new UndiciInstrumentation(),
      new PgInstrumentation(),
      new IORedisInstrumentation(),
    ],
  });
  sdk.start();
  const stop = () => void sdk?.shutdown();
  process.once('beforeExit', stop);
  return true;
}

/**
 * W3C traceparent of the active span when tracing is on (so the next hop joins the same trace),
 * else undefined and callers generate their own.
 */
export function currentTraceparent(): string | undefined {
  if (!sdk) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { trace } = require('@opentelemetry/api') as typeof import('@opentelemetry/api');
  const ctx = trace.getActiveSpan()?.spanContext();
  if (!ctx) return undefined;
  return `00-${ctx.traceId}-${ctx.spanId}-${ctx.traceFlags.toString(16).padStart(2, '0')}`;
}

/** Whether OpenTelemetry instruments this process (then it injects traceparent on outgoing calls). */
export function tracingActive(): boolean {
  return sdk !== null;
}
