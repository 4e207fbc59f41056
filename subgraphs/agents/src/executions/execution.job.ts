import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import type { LivePublisher, QueuePayloads } from '@prumo/kit';
import { DataTools, type GraphqlResult, type SupergraphFetch } from '../consultant/consultant.data';
import { modelBrain, rulesBrain, type ConsultantLlm } from '../consultant/consultant.brain';
import { runConsultant, type ExecutionStage } from '../consultant/consultant.graph';
import { AGENT_LABEL, type AgentRole } from '../consultant/consultant.model';
import type { SupergraphClient } from '../supergraph';
import { AGENT_ORDER, type ExecutionService } from './execution.service';

type Payload = QueuePayloads['agents-executions'];

const STAGE: Record<ExecutionStage, { percent: number; message: string }> = {
  FRAMING: { percent: 5, message: 'Analista enquadrando o problema' },
  ANALYSIS: { percent: 20, message: 'Áreas analisando os dados da conta em paralelo' },
  CONFLICTS: { percent: 80, message: 'Procurando conflitos entre as propostas' },
  MEETING: { percent: 88, message: 'Reunião entre as áreas' },
  ARTIFACTS: { percent: 95, message: 'Escrevendo o resumo, o plano, os riscos e os KPIs' },
};

/** Thrown by a step when the execution was deleted mid-run: the job stops quietly. */
class ExecutionGone extends Error {}

export interface ExecutionJobDeps {
  executions: ExecutionService;
  supergraph: SupergraphClient;
  llm: ConsultantLlm;
  live: LivePublisher;
  logger: Logger;
}

/** Tools call the router as the user with a short-lived delegated token. */
export function supergraphFetch(client: SupergraphClient, userId: string, tenantId: string): SupergraphFetch {
  let token: Promise<string> | null = null;
  return async (query, variables = {}) => {
    token ??= client.delegatedToken(userId, tenantId);
    try {
      return { data: await client.querySupergraph<Record<string, any>>(query, variables, { token: await token }) };
    } catch (err) {
      const e = err as { errors?: GraphqlResult['errors']; data?: unknown };
      if (e.errors) return { errors: e.errors, data: (e.data as Record<string, any>) ?? null };
      throw err;
    }
  };
}

/**
 * Runs one execution: the consultant graph with live events for every stage and agent. Progress is
 * persisted (a subscriber arriving late, or the page reloading, sees where it stands).
 */
export function executionProcessor(deps: ExecutionJobDeps) {
  return async (job: Job<Payload>) => {
    const { executionId: id, tenantId, userId } = job.data;
    const row = await deps.executions.markRunning(tenantId, id);
    if (!row) return 'gone';
    const agents = new Map(AGENT_ORDER.map((r) => [r as AgentRole, { role: r, status: 'PENDING', tokens: 0 }]));
    let tokens = 0;
    let stage: ExecutionStage = 'FRAMING';
    let finished = 0;
    const publish = (message: string, extra: Record<string, unknown> = {}) =>
      deps.live.publish({
        tenantId,
        topic: 'agent',
        id,
        state: 'RUNNING',
        stage,
        percent: stage === 'ANALYSIS' ? STAGE.ANALYSIS.percent + finished * 15 : STAGE[stage].percent,
        message,
        data: { agents: [...agents.values()].map((a) => ({ ...a })), tokens, ...extra },
      });
    const brain = deps.llm.offline ? rulesBrain : modelBrain(deps.llm, { tenantId, userId, executionId: id, attempt: job.attemptsMade });
    const tools = new DataTools(supergraphFetch(deps.supergraph, userId, tenantId), row.as_of);
    try {
      const result = await runConsultant(
        { problemDescription: row.problem_description, businessType: row.business_type, depth: row.depth, asOf: row.as_of },
        {
          tools,
          brain,
          hooks: {
            stage: async (s) => {
              stage = s;
              if (!(await deps.executions.setStage(tenantId, id, s))) throw new ExecutionGone();
              await publish(STAGE[s].message);
            },
            agentStarted: async (agent) => {
              agents.get(agent)!.status = 'RUNNING';
              if (!(await deps.executions.setAgent(tenantId, id, agent, { status: 'RUNNING' }))) throw new ExecutionGone();
              await publish(`${AGENT_LABEL[agent]} começou`, { agent, agentStatus: 'RUNNING' });
            },
            agentFinished: async (agent, r) => {
              const a = agents.get(agent)!;
              a.status = 'DONE';
              a.tokens = r.tokens;
              tokens += r.tokens;
              if (agent !== 'ANALYST') finished++;
              if (!(await deps.executions.setAgent(tenantId, id, agent, { status: 'DONE', tokens: r.tokens, method: r.method, toolCalls: r.toolCalls }))) throw new ExecutionGone();
              await publish(`${AGENT_LABEL[agent]} concluiu`, { agent, agentStatus: 'DONE' });
            },
          },
        },
      );
      const saved = await deps.executions.saveResult(tenantId, id, {
        framing: result.framing,
        reports: result.reports,
        conflicts: result.conflicts,
        meeting: result.outcome.meeting,
        artifacts: result.artifacts,
        tokens: result.tokens,
      });
      await deps.executions.releaseRunning(tenantId, id).catch((err) => deps.logger.warn({ err, executionId: id }, 'could not release the running slot'));
      if (!saved) return 'gone';
      tokens = result.tokens;
      await deps.live.publish({
        tenantId,
        topic: 'agent',
        id,
        state: 'DONE',
        stage: 'DONE',
        percent: 100,
        message: result.outcome.meeting.consensus ? 'Análise concluída com consenso' : 'Análise concluída (sem consenso em todos os pontos)',
        entity: { __typename: 'Execution', id },
        data: { agents: [...agents.values()].map((a) => ({ ...a })), tokens },
      });
      return 'done';
    } catch (err) {
      if (err instanceof ExecutionGone) {
        await deps.executions.releaseRunning(tenantId, id).catch(() => undefined);
        return 'gone';
      }
      throw err;
    }
  };
}

/** After the last attempt: FAILED with a reason, the running slot and the month's count given back. */
export function onExecutionExhausted(deps: Pick<ExecutionJobDeps, 'executions' | 'live' | 'logger'>) {
  return async (job: Job<Payload> | undefined, err: Error) => {
    if (!job) return;
    const last = job.attemptsMade >= (job.opts.attempts ?? 1);
    deps.logger.warn({ err, executionId: job.data.executionId, attempt: job.attemptsMade, last }, 'consultant execution failed');
    if (!last) return;
    const { executionId: id, tenantId } = job.data;
    const reason = 'Não foi possível concluir a análise agora. Ela não contou no limite do mês; tente novamente em alguns minutos.';
    const marked = await deps.executions.markFailed(tenantId, id, reason);
    await deps.executions.releaseRunning(tenantId, id).catch(() => undefined);
    if (marked) await deps.executions.releaseMonthly(tenantId, id).catch(() => undefined);
    await deps.live.publish({ tenantId, topic: 'agent', id, state: 'FAILED', stage: 'FAILED', percent: 100, message: reason, entity: { __typename: 'Execution', id } });
  };
}
