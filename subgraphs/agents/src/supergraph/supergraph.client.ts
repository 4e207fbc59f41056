import { AppError, signServiceToken } from '@prumo/kit';

/** The router answered with GraphQL errors; `code` is the first error's extensions.code. */
export class SupergraphError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly errors: Array<{ message: string; path?: unknown; extensions?: Record<string, unknown> }>,
    /** Whatever data came back with the errors (partial results). */
    readonly data: unknown,
  ) {
    super(message);
    this.name = 'SupergraphError';
  }
  /** The account's plan lacks the module (or it is disabled). */
  get moduleDisabled(): boolean {
    return this.errors.some((e) => e.extensions?.code === 'MODULE_DISABLED');
  }
  /** The query names a field the supergraph does not have (a subgraph not deployed). */
  get fieldMissing(): boolean {
    return this.errors.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || /Cannot query field/.test(e.message));
  }
}

/** The router could not be reached or did not answer in time. */
export class SupergraphUnavailableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'SupergraphUnavailableError';
  }
}

export interface SupergraphClientOptions {
  routerUrl: string;
  identityUrl: string;
  serviceSecret: string;
  timeoutMs?: number;
}

export interface SupergraphClient {
  querySupergraph<T>(query: string, variables: Record<string, unknown>, opts: { token: string }): Promise<T>;
  /** A 5-minute access token acting as the user in the account, with the user's current role. */
  delegatedToken(userId: string, tenantId: string): Promise<string>;
}

/**
 * Calls the router's /graphql as a user (their token, or a delegated one for background work), so
 * the account's permissions, modules and rate limits apply exactly as in the app.
 */
export function createSupergraphClient(o: SupergraphClientOptions): SupergraphClient {
  const timeoutMs = o.timeoutMs ?? 15_000;
  return {
    async querySupergraph<T>(query: string, variables: Record<string, unknown>, opts: { token: string }): Promise<T> {
      let res: Response;
      try {
        res = await fetch(`${o.routerUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.token}`, 'apollo-require-preflight': 'true' },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        throw new SupergraphUnavailableError('router unreachable', err);
      }
      const body = (await res.json().catch(() => null)) as { data?: T; errors?: SupergraphError['errors'] } | null;
      if (!body) throw new SupergraphUnavailableError(`router answered ${res.status} without JSON`);
      if (body.errors?.length) {
        const first = body.errors[0];
        throw new SupergraphError(first.message, String(first.extensions?.code ?? 'INTERNAL'), body.errors, body.data ?? null);
      }
      if (!res.ok || body.data === undefined) throw new SupergraphUnavailableError(`router answered ${res.status}`);
      return body.data as T;
    },

    async delegatedToken(userId: string, tenantId: string): Promise<string> {
      const res = await fetch(`${o.identityUrl}/internal/tokens/delegate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${signServiceToken(o.serviceSecret, { svc: 'agents', tid: tenantId })}` },
        body: JSON.stringify({ userId, tenantId }),
        signal: AbortSignal.timeout(timeoutMs),
      }).catch((err) => {
        throw new SupergraphUnavailableError('identity unreachable', err);
      });
      const body = (await res.json().catch(() => ({}))) as { accessToken?: string; error?: { code?: string; message?: string } };
      if (res.status === 403) throw new AppError('FORBIDDEN', body.error?.message ?? 'O usuário não participa mais desta conta.');
      if (!res.ok || !body.accessToken) throw new SupergraphUnavailableError(`identity answered ${res.status}`);
      return body.accessToken;
    },
  };
}
