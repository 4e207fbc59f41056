import type { Queue } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { saoPauloDate } from '@prumo/br';
import {
  AppError,
  decodeCursor,
  isUuid,
  money,
  newId,
  pageSize,
  parseInput,
  returnedRows,
  roleAtLeast,
  runInTenant,
  toConnection,
  type AccessClaims,
  type LivePublisher,
  type QuotaClient,
  type StorageDriver,
} from '@prumo/kit';
import type { AgentReport, Artifacts, Conflict, Framing, Meeting } from '../consultant/consultant.model';
import { AGENT_LABEL } from '../consultant/consultant.model';
import { kpiValue, toMarkdown, toPdf, type ExportSource } from '../consultant/consultant.export';
import { executionNotFinished, executionNotFound, executionNotYours } from './execution.errors';
import type { Execution, ExecutionAgent } from './execution.types';

export const AGENT_ORDER = ['ANALYST', 'COMMERCIAL', 'FINANCIAL', 'FISCAL', 'OPERATIONS'] as const;
const EXPORT_TTL_SECONDS = 600;

const startSchema = z.object({
  problemDescription: z
    .string({ error: 'Descreva o problema.' })
    .trim()
    .min(20, 'Descreva o problema com pelo menos 20 caracteres.')
    .max(4000, 'A descrição pode ter no máximo 4.000 caracteres.'),
  businessType: z
    .string({ error: 'Informe o tipo de negócio.' })
    .trim()
    .min(2, 'Informe o tipo de negócio.')
    .max(120, 'O tipo de negócio pode ter no máximo 120 caracteres.'),
  depth: z.enum(['QUICK', 'STANDARD', 'DEEP'], { message: 'Profundidade inválida: use QUICK, STANDARD ou DEEP.' }).default('STANDARD'),
});

export interface ExecutionRow {
  tenant_id: string;
  id: string;
  user_id: string;
  problem_description: string;
  business_type: string;
  depth: 'QUICK' | 'STANDARD' | 'DEEP';
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  stage: string | null;
  offline: boolean;
  tokens: number;
  failure_reason: string | null;
  framing: Framing | null;
  conflicts: Conflict[] | null;
  meeting: Meeting | null;
  artifacts: Artifacts | null;
  as_of: string;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export interface AgentRow {
  execution_id: string;
  agent: (typeof AGENT_ORDER)[number];
  status: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';
  method: string | null;
  tokens: number;
  summary: string | null;
  findings: AgentReport['findings'];
  recommendations: AgentReport['recommendations'];
  unavailable: string[];
  tool_calls: string[];
  started_at: Date | null;
  finished_at: Date | null;
}

const COLUMNS = `tenant_id, id, user_id, problem_description, business_type, depth, status, stage, offline, tokens, failure_reason,
  framing, conflicts, meeting, artifacts, to_char(as_of, 'YYYY-MM-DD') as as_of, created_at, started_at, finished_at`;

export function toExecution(r: ExecutionRow): Execution {
  return {
    id: r.id,
    problemDescription: r.problem_description,
    businessType: r.business_type,
    depth: r.depth as Execution['depth'],
    status: r.status as Execution['status'],
    stage: r.stage,
    offline: r.offline,
    tokensUsed: r.tokens,
    failureReason: r.failure_reason,
    createdBy: r.user_id,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    durationMs: r.started_at && r.finished_at ? r.finished_at.getTime() - r.started_at.getTime() : null,
    framing: (r.framing as Execution['framing']) ?? null,
    conflicts: (r.conflicts ?? []) as Execution['conflicts'],
    meeting: (r.meeting as Execution['meeting']) ?? null,
    artifacts: r.artifacts
      ? {
          summary: r.artifacts.summary,
          actionPlan: r.artifacts.actionPlan.map((a) => ({ ...a, budget: money(a.budgetCents) })) as any,
          risks: r.artifacts.risks as any,
          kpis: r.artifacts.kpis.map((k) => ({ ...k, currentText: kpiValue(k, k.current), targetText: kpiValue(k, k.target) })) as any,
        }
      : null,
  };
}

export function toExecutionAgent(r: AgentRow): ExecutionAgent {
  return {
    role: r.agent as ExecutionAgent['role'],
    label: AGENT_LABEL[r.agent],
    status: r.status as ExecutionAgent['status'],
    tokens: r.tokens,
    method: r.method,
    summary: r.summary,
    findings: r.findings,
    recommendations: r.recommendations.map((x) => ({ ...x, budget: money(x.budgetCents) })) as any,
    unavailableData: r.unavailable,
    toolCalls: r.tool_calls,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export const runningKey = (id: string) => `execution-running:${id}`;
export const monthlyKey = (id: string) => `execution:${id}`;

export function todaySaoPaulo(now = new Date()): string {
  const d = saoPauloDate(now)!;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * Executions of the executive consultant. Every execution is visible to every member of the account
 * (the analysis is about the account's data); only its creator or an owner/admin deletes it.
 */
export class ExecutionService {
  constructor(
    private readonly ds: DataSource,
    private readonly quota: QuotaClient,
    private readonly queue: Queue<{ executionId: string; tenantId: string; userId: string }>,
    private readonly live: LivePublisher,
    private readonly storage: StorageDriver,
    private readonly offline: () => boolean,
  ) {}

  /**
   * Reserves one running slot (concurrent_agent_executions gauge) and one execution of the month
   * (agent_executions) at billing, then stores and queues the run. Over either limit:
   * PAYMENT_REQUIRED with the plan, metric and limit; nothing is left reserved or written.
   */
  async start(auth: AccessClaims, raw: unknown): Promise<ExecutionRow> {
    const input = parseInput(startSchema, raw);
    const id = newId();
    let reserved: string[] = [];
    let row: ExecutionRow;
    try {
      row = await runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
        // One start at a time per account, until its row is committed: the slot re-count below
        // counts execution rows, which is only the truth if no other start sits between its
        // reservation and its insert (two simultaneous starts on Free were both admitted).
        await em.query(`select pg_advisory_xact_lock(hashtext('agents.start'), hashtext($1))`, [auth.tid]);
        await this.reserveRunningSlot(em, auth.tid, id);
        reserved = [runningKey(id)];
        await this.quota.reserve(auth.tid, 'agent_executions', 1, monthlyKey(id));
        reserved = [monthlyKey(id), runningKey(id)];
        await em.query(
          `insert into agents.executions (tenant_id, id, user_id, problem_description, business_type, depth, status, stage, offline, as_of)
           values ($1, $2, $3, $4, $5, $6, 'QUEUED', null, $7, $8)`,
          [auth.tid, id, auth.sub, input.problemDescription, input.businessType, input.depth, this.offline(), todaySaoPaulo()],
        );
        await em.query(
          `insert into agents.execution_agents (tenant_id, execution_id, agent, position, status)
           select $1, $2, a.agent, a.position, 'PENDING' from unnest($3::text[]) with ordinality as a(agent, position)`,
          [auth.tid, id, [...AGENT_ORDER]],
        );
        return (await em.query(`select ${COLUMNS} from agents.executions where id = $1`, [id]))[0] as ExecutionRow;
      });
    } catch (err) {
      for (const key of reserved) await this.quota.release(auth.tid, key).catch(() => undefined);
      throw err;
    }
    await this.quota.commit(auth.tid, monthlyKey(id)).catch(() => undefined);
    try {
      await this.live.publish({ tenantId: auth.tid, topic: 'agent', id, state: 'QUEUED', stage: 'QUEUED', percent: 0, message: 'Análise na fila', data: { agents: AGENT_ORDER.map((role) => ({ role, status: 'PENDING', tokens: 0 })), tokens: 0 } });
      await this.queue.add('execute', { executionId: id, tenantId: auth.tid, userId: auth.sub }, { jobId: id, attempts: 3 });
    } catch (err) {
      // Not queued: nothing half-done is left (the row goes, both reservations come back).
      await runInTenant(this.ds, auth.tid, (em) => em.query(`delete from agents.executions where id = $1`, [id])).catch(() => undefined);
      await this.quota.release(auth.tid, monthlyKey(id)).catch(() => undefined);
      await this.quota.release(auth.tid, runningKey(id)).catch(() => undefined);
      throw err;
    }
    return row;
  }

  async get(tenantId: string, id: string): Promise<ExecutionRow> {
    const rows = await this.loadMany(tenantId, [id]);
    if (!rows[0]) throw executionNotFound();
    return rows[0];
  }

  async loadMany(tenantId: string, ids: readonly string[]): Promise<(ExecutionRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows: ExecutionRow[] = valid.length
      ? await runInTenant(this.ds, tenantId, (em) => em.query(`select ${COLUMNS} from agents.executions where id = any($1::uuid[])`, [valid]))
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((i) => byId.get(i) ?? null);
  }

  async agentsOf(tenantId: string, ids: readonly string[]): Promise<AgentRow[]> {
    return runInTenant(this.ds, tenantId, (em) =>
      em.query(
        `select execution_id, agent, status, method, tokens, summary, findings, recommendations, unavailable, tool_calls, started_at, finished_at
           from agents.execution_agents where execution_id = any($1::uuid[]) order by execution_id, position`,
        [[...ids]],
      ),
    );
  }

  async list(tenantId: string, first?: number, after?: string) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    return runInTenant(this.ds, tenantId, async (em) => {
      const rows: ExecutionRow[] = await em.query(
        `select ${COLUMNS} from agents.executions
          where ($1::timestamptz is null or (created_at, id) < ($1::timestamptz, $2::uuid))
          order by created_at desc, id desc limit $3`,
        [cursor?.at ?? null, cursor?.id ?? null, limit + 1],
      );
      return toConnection(rows, limit, (r) => r, (r) => ({ at: r.created_at.toISOString(), id: r.id }));
    });
  }

  /** Deletes the execution, its agents and exported files; a running one stops at its next step. */
  async delete(auth: AccessClaims, id: string): Promise<boolean> {
    const row = await this.get(auth.tid, id);
    if (row.user_id !== auth.sub && !roleAtLeast(auth.role, 'admin')) throw executionNotYours();
    await runInTenant(this.ds, auth.tid, (em) => em.query(`delete from agents.executions where id = $1`, [id]));
    await this.quota.release(auth.tid, runningKey(id)).catch(() => undefined);
    await Promise.all(['md', 'pdf'].map((ext) => this.storage.delete(this.exportKey(auth.tid, id, ext)).catch(() => undefined)));
    await this.queue.remove(id).catch(() => undefined);
    return true;
  }

  private exportKey(tenantId: string, id: string, ext: string) {
    return `agents/${tenantId}/executions/${id}.${ext}`;
  }

  async exportSource(tenantId: string, id: string): Promise<ExportSource> {
    const row = await this.get(tenantId, id);
    if (row.status !== 'DONE' || !row.artifacts || !row.meeting) throw executionNotFinished();
    const agents = await this.agentsOf(tenantId, [id]);
    return {
      id,
      problemDescription: row.problem_description,
      businessType: row.business_type,
      depth: row.depth,
      offline: row.offline,
      createdAt: row.created_at,
      finishedAt: row.finished_at,
      tokens: row.tokens,
      reports: agents
        .filter((a) => a.agent !== 'ANALYST')
        .map((a) => ({ agent: a.agent, summary: a.summary ?? '', findings: a.findings, recommendations: a.recommendations, unavailable: a.unavailable, method: (a.method ?? 'RULES') as 'RULES', tokens: a.tokens })),
      conflicts: row.conflicts ?? [],
      meeting: row.meeting,
      artifacts: row.artifacts,
    };
  }

  /** Writes the report (Markdown or PDF) to storage and hands out an expiring link. */
  async export(auth: AccessClaims, id: string, format: 'MARKDOWN' | 'PDF') {
    const source = await this.exportSource(auth.tid, id);
    const ext = format === 'PDF' ? 'pdf' : 'md';
    const contentType = format === 'PDF' ? 'application/pdf' : 'text/markdown; charset=utf-8';
    const bytes = format === 'PDF' ? await toPdf(source) : Buffer.from(toMarkdown(source), 'utf8');
    const key = this.exportKey(auth.tid, id, ext);
    await this.storage.put(key, bytes, contentType);
    const filename = `analise-${source.createdAt.toISOString().slice(0, 10)}-${id.slice(-8)}.${ext}`;
    const url = await this.storage.signedUrl(key, { ttlSeconds: EXPORT_TTL_SECONDS, filename, contentType });
    return { url, format, filename, expiresAt: new Date(Date.now() + EXPORT_TTL_SECONDS * 1000) };
  }

  // ---- used by the job ----

  /** QUEUED -> RUNNING (a retried job resumes a RUNNING one); null when deleted or finished. */
  async markRunning(tenantId: string, id: string): Promise<ExecutionRow | null> {
    return runInTenant(this.ds, tenantId, async (em) => {
      const r = returnedRows<{ id: string }>(
        await em.query(
          `update agents.executions set status = 'RUNNING', started_at = coalesce(started_at, now()), updated_at = now()
            where id = $1 and status in ('QUEUED', 'RUNNING') returning id`,
          [id],
        ),
      );
      if (!r.length) return null;
      await em.query(`update agents.execution_agents set status = 'PENDING', tokens = 0, started_at = null, finished_at = null where execution_id = $1`, [id]);
      return (await em.query(`select ${COLUMNS} from agents.executions where id = $1`, [id]))[0];
    });
  }

  /** Each step checks the execution still exists (deleted mid-run: the job stops). */
  async setStage(tenantId: string, id: string, stage: string): Promise<boolean> {
    return runInTenant(this.ds, tenantId, async (em) =>
      returnedRows(await em.query(`update agents.executions set stage = $2, updated_at = now() where id = $1 and status = 'RUNNING' returning id`, [id, stage])).length > 0,
    );
  }

  async setAgent(tenantId: string, id: string, agent: string, patch: { status: 'RUNNING' | 'DONE'; tokens?: number; method?: string; toolCalls?: string[] }): Promise<boolean> {
    return runInTenant(this.ds, tenantId, async (em) =>
      returnedRows(
        await em.query(
          `update agents.execution_agents set status = $3, tokens = coalesce($4, tokens), method = coalesce($5, method), tool_calls = coalesce($6, tool_calls),
             started_at = case when $3 = 'RUNNING' then now() else started_at end, finished_at = case when $3 = 'DONE' then now() else finished_at end
           where execution_id = $1 and agent = $2 returning agent`,
          [id, agent, patch.status, patch.tokens ?? null, patch.method ?? null, patch.toolCalls ?? null],
        ),
      ).length > 0,
    );
  }

  async saveResult(
    tenantId: string,
    id: string,
    result: { framing: Framing; reports: AgentReport[]; conflicts: Conflict[]; meeting: Meeting; artifacts: Artifacts; tokens: number },
  ): Promise<boolean> {
    return runInTenant(this.ds, tenantId, async (em: EntityManager) => {
      const r = returnedRows(
        await em.query(
          `update agents.executions set status = 'DONE', stage = 'DONE', tokens = $2, framing = $3, conflicts = $4, meeting = $5, artifacts = $6,
             finished_at = now(), updated_at = now() where id = $1 and status = 'RUNNING' returning id`,
          [id, result.tokens, JSON.stringify(result.framing), JSON.stringify(result.conflicts), JSON.stringify(result.meeting), JSON.stringify(result.artifacts)],
        ),
      );
      if (!r.length) return false;
      await em.query(
        `update agents.execution_agents a set summary = x.summary, findings = x.findings, recommendations = x.recommendations, unavailable = x.unavailable,
           tokens = x.tokens, method = x.method
           from jsonb_to_recordset($2::jsonb) as x(agent text, summary text, findings jsonb, recommendations jsonb, unavailable text[], tokens int, method text)
          where a.execution_id = $1 and a.agent = x.agent`,
        [id, JSON.stringify(result.reports.map((p) => ({ agent: p.agent, summary: p.summary, findings: p.findings, recommendations: p.recommendations, unavailable: p.unavailable, tokens: p.tokens, method: p.method })))],
      );
      await em.query(`update agents.execution_agents set summary = $2 where execution_id = $1 and agent = 'ANALYST'`, [id, result.framing.summary]);
      return true;
    });
  }

  async markFailed(tenantId: string, id: string, reason: string): Promise<boolean> {
    return runInTenant(this.ds, tenantId, async (em) => {
      const r = returnedRows(
        await em.query(
          `update agents.executions set status = 'FAILED', failure_reason = $2, finished_at = now(), updated_at = now() where id = $1 and status in ('QUEUED', 'RUNNING') returning id`,
          [id, reason],
        ),
      );
      if (r.length) await em.query(`update agents.execution_agents set status = 'FAILED' where execution_id = $1 and status <> 'DONE'`, [id]);
      return r.length > 0;
    });
  }

  /** One running slot; a slot whose release was lost is recovered by re-counting the live runs. */
  private async reserveRunningSlot(em: EntityManager, tenantId: string, id: string): Promise<void> {
    await this.quota.reserveGaugeItem(tenantId, 'concurrent_agent_executions', runningKey(id), async () => {
      const [{ n }] = await em.query(`select count(*)::int as n from agents.executions where status in ('QUEUED', 'RUNNING')`);
      return n as number;
    });
  }

  /** The running slot goes back to the plan when the run ends, fails or is deleted. */
  releaseRunning(tenantId: string, id: string) {
    return this.quota.release(tenantId, runningKey(id));
  }
  /** A failed execution does not count against the month. */
  releaseMonthly(tenantId: string, id: string) {
    return this.quota.release(tenantId, monthlyKey(id));
  }
}
