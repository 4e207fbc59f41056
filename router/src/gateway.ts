import { readFileSync, watch } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Agent, fetch as undiciFetch } from 'undici';
import type { Logger } from 'pino';
import { tracingActive } from '@prumo/kit/tracing';
import type { RouterContext } from './context';

// One keep-alive pool to the subgraphs for the whole process.
const agent = new Agent({ keepAliveTimeout: 60_000, keepAliveMaxTimeout: 600_000, connections: 128, pipelining: 1 });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const keepAliveFetch: any = (url: string, init: any) => undiciFetch(url, { ...init, dispatcher: agent });

/**
 * Forwards only the allow-listed headers: the verified (or API-key exchanged) token, the request id,
 * the trace context and the client IP the router saw. Nothing the client sent reaches a subgraph
 * otherwise.
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<RouterContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): void {
    const headers = request.http!.headers;
    if (!context?.requestId) return; // gateway's own health/introspection calls
    headers.set('x-request-id', context.requestId);
    // With OpenTelemetry on, its instrumentation injects the client span's traceparent itself.
    if (!tracingActive()) headers.set('traceparent', context.traceparent);
    headers.set('x-prumo-client-ip', context.ip);
    if (context.token) headers.set('authorization', `Bearer ${context.token}`);
  }
}

export function createGateway(opts: {
  supergraphPath: string;
  subgraphUrls: Record<string, string>;
  watch: boolean;
  logger: Logger;
}): ApolloGateway {
  return new ApolloGateway({
    // A static supergraph (composed by `npm run schema`); in development a change to the file is
    // picked up without restarting.
    supergraphSdl: async ({ update }) => {
      const read = () => readFileSync(opts.supergraphPath, 'utf8');
      let watcher: ReturnType<typeof watch> | null = null;
      if (opts.watch) {
        let last = read();
        watcher = watch(opts.supergraphPath, () => {
          try {
            const next = read();
            if (next && next !== last) {
              last = next;
              update(next);
              opts.logger.info('supergraph reloaded');
            }
          } catch (err) {
            opts.logger.warn({ err }, 'supergraph reload failed; keeping the previous one');
          }
        });
      }
      return { supergraphSdl: read(), cleanup: async () => watcher?.close() };
    },
    buildService: ({ name, url }) => {
      const target = opts.subgraphUrls[name] ?? url;
      return new ForwardingDataSource({ url: `${target}/graphql`, fetcher: keepAliveFetch });
    },
  });
}

export { keepAliveFetch };
