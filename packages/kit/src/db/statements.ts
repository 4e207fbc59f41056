import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * SQL statement counting. Every statement TypeORM runs is counted globally and, inside
 * `countStatements`, per scope: tests use it to prove list queries are batched (no N+1).
 *
 * A scope also covers HTTP requests made from inside it to servers in the same process (the test
 * stack): the test client sends `x-request-id: stmt-<scope>-...` (see `statementRequestId`), the
 * router forwards request ids to the subgraphs, and each subgraph runs such a request inside the
 * scope (`withRequestStatementScope`). Outside tests no scope is ever open, so nothing matches.
 */
interface Scope {
  id: string;
  count: number;
}
const scopes = new AsyncLocalStorage<Scope>();
const open = new Map<string, Scope>();
let total = 0;
const PREFIX = 'stmt-';

export function countStatement(): void {
  total++;
  const scope = scopes.getStore();
  if (scope) scope.count++;
}

export function totalStatements(): number {
  return total;
}

export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const scope: Scope = { id: randomUUID().replace(/-/g, ''), count: 0 };
  open.set(scope.id, scope);
  try {
    const result = await scopes.run(scope, fn);
    return { result, statements: scope.count };
  } finally {
    open.delete(scope.id);
  }
}

/** A request id that ties an outgoing test request to the open counting scope (undefined outside one). */
export function statementRequestId(): string | undefined {
  const scope = scopes.getStore();
  return scope ? `${PREFIX}${scope.id}-${randomUUID().slice(0, 8)}` : undefined;
}

/** Runs a server's request handler inside the counting scope its request id names, if one is open. */
export function withRequestStatementScope<T>(requestId: string, fn: () => T): T {
  if (open.size === 0 || !requestId.startsWith(PREFIX)) return fn();
  const scope = open.get(requestId.slice(PREFIX.length).split('-')[0]);
  return scope ? scopes.run(scope, fn) : fn();
}
