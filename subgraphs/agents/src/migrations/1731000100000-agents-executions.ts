import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@prumo/kit';

/**
 * The executive consultant: executions (the problem, where the run stands, its conflicts, meeting
 * and executive artifacts) and one row per agent of an execution (status, tokens, report).
 * Both tenant-owned: RLS on the account; every index starts with tenant_id.
 */
export class AgentsExecutions1731000100000 implements MigrationInterface {
  name = 'AgentsExecutions1731000100000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      create table agents.executions (
        tenant_id uuid not null,
        id uuid not null,
        user_id uuid not null,
        problem_description text not null,
        business_type text not null,
        depth text not null check (depth in ('QUICK', 'STANDARD', 'DEEP')),
        status text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        stage text,
        offline boolean not null,
        tokens int not null default 0,
        failure_reason text,
        framing jsonb,
        conflicts jsonb,
        meeting jsonb,
        artifacts jsonb,
        as_of date not null,
        created_at timestamptz not null default now(),
        started_at timestamptz,
        finished_at timestamptz,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await qr.query(`create index executions_recent on agents.executions (tenant_id, created_at desc, id desc)`);
    await qr.query(`
      create table agents.execution_agents (
        tenant_id uuid not null,
        execution_id uuid not null,
        agent text not null check (agent in ('ANALYST', 'COMMERCIAL', 'FINANCIAL', 'FISCAL', 'OPERATIONS')),
        position int not null,
        status text not null check (status in ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
        method text,
        tokens int not null default 0,
        summary text,
        findings jsonb not null default '[]',
        recommendations jsonb not null default '[]',
        unavailable text[] not null default '{}',
        tool_calls text[] not null default '{}',
        started_at timestamptz,
        finished_at timestamptz,
        primary key (tenant_id, execution_id, agent),
        foreign key (tenant_id, execution_id) references agents.executions (tenant_id, id) on delete cascade
      )`);
    for (const t of ['executions', 'execution_agents']) await enableTenantRls(qr, `agents.${t}`);
  }

  async down(): Promise<void> {
    throw new Error('agents migrations are forward-only');
  }
}
