import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * SQL statement counting. Every statement TypeORM runs is counted globally and, inside
 * `countStatements`, per scope: tests use it to prove list queries are batched (no N+1).
 */
const scopes = new AsyncLocalStorage<{ count: number }>();
let total = 0;

export function countStatement(): void {
  total++;
  const scope = scopes.getStore();
  if (scope) scope.count++;
}

export function totalStatements(): number {
  return total;
}

export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const scope = { count: 0 };
  const result = await scopes.run(scope, fn);
  return { result, statements: scope.count };
}
