import { groupByKey, requireAuth } from '@prumo/kit';
import type { AgentsContext } from '../context';
import { toExecution, toExecutionAgent, type AgentRow } from './execution.service';
import type { Execution, ExecutionAgent } from './execution.types';

/** Batched loaders: a page of executions costs one query for the page and one for all their agents. */
export function executionLoaders(ctx: AgentsContext) {
  const tid = requireAuth(ctx).tid;
  const svc = ctx.services.executions;
  return {
    byId: ctx.loaders.get<string, Execution | null>('executions', async (ids) => (await svc.loadMany(tid, ids)).map((r) => (r ? toExecution(r) : null))),
    agents: ctx.loaders.get<string, ExecutionAgent[]>('execution-agents', async (ids) =>
      groupByKey(ids, await svc.agentsOf(tid, ids), (r: AgentRow) => r.execution_id).map((rows) => rows.map(toExecutionAgent)),
    ),
  };
}

export const executionReference = {
  __resolveReference: (ref: { id: string }, ctx: AgentsContext) => executionLoaders(ctx).byId.load(ref.id),
};
