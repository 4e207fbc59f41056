#!/usr/bin/env node
'use strict';
// Executive consultant, offline: a STANDARD analysis end to end through the router, in seconds.
//
//   node bench/agents/execution.js [--runs 10] [--parallel 5] [--keep]
//
// Build first (`npx tsc -b`); PostgreSQL and Redis must be up. Uses its own database
// (prumo_bench_consultant) and Redis prefix. Starts identity, billing, limits and agents
// (PROCESS_ROLE=all: server, workers and outbox relay in one process each) and the router as child
// processes, with no model key (offline mode: the rules write the analysis from the account's
// figures). The account is upgraded to Pro through the sandbox checkout (5 analyses at a time) and
// gets three revenue events (so the fiscal and commercial agents have real figures to read).
//
// Phases:
//   1. sequential: `runs` analyses one after the other. Each: startExecution through the router ->
//      subscribe to agentExecution -> the final event with the artifacts resolved through the gateway.
//      Reported: end to end (mutation sent -> final event received), queue wait (createdAt ->
//      startedAt) and run time (startedAt -> finishedAt, server side), p50/p90/max in seconds.
//   2. parallel: `parallel` analyses started together (the Pro plan's concurrency): wall time until
//      the last final event, and analyses per minute.
const { randomUUID } = require('node:crypto');
const { mkdirSync } = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const h = require('../lib/harness');

const args = h.parseArgs();
const RUNS = Number(args.runs ?? 10);
const PARALLEL = Number(args.parallel ?? 5);
const KEEP = Boolean(args.keep);
const SUBGRAPHS = ['identity', 'billing', 'limits', 'agents'];

const kit = require(path.join(h.REPO, 'packages/kit/dist'));
const { createClient } = require(path.join(h.REPO, 'node_modules/graphql-ws'));
const WebSocket = require(path.join(h.REPO, 'node_modules/ws'));
const { Queue } = require(path.join(h.REPO, 'node_modules/bullmq'));

const PROBLEM = {
  problemDescription: 'As vendas caíram neste mês e o caixa está apertado; devo investir em divulgação ou cortar custos?',
  businessType: 'loja de roupas',
  depth: 'STANDARD',
};
const SUB = `subscription($id: ID!) { agentExecution(executionId: $id) { seq state stage tokens execution { id status createdAt startedAt finishedAt durationMs artifacts { summary kpis { name current } actionPlan { action deadline } } } } }`;

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
function secs(values) {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, p50: h.round(pct(s, 50) / 1000, 2), p90: h.round(pct(s, 90) / 1000, 2), max: h.round(s[s.length - 1] / 1000, 2) };
}

async function startPlatform() {
  mkdirSync(path.join(h.REPO, '.data/bench'), { recursive: true });
  const { env, url } = await h.platformEnv(SUBGRAPHS, { DATABASE_NAME: 'prumo_bench_consultant', REDIS_PREFIX: 'pbench_consultant' });
  delete env.OPENAI_API_KEY; // offline mode
  const config = kit.loadConfig({}, env);
  await kit.dropDatabase(config.DATABASE_ADMIN_URL, config.DATABASE_NAME).catch(() => undefined);
  h.bootstrapDb(env);
  const procs = await h.startSubgraphsAndRouter(SUBGRAPHS, env, url);
  return { procs, routerUrl: url('router'), env, config };
}

async function upgradeToPro(routerUrl, token) {
  const start = await h.gql(routerUrl, 'mutation { startCheckout(input: { planCode: "pro", cycle: MONTHLY }) { url } }', {}, token);
  const u = new URL(start.startCheckout.url);
  const pay = await fetch(`${u.origin}${u.pathname}/pay`, { method: 'POST', redirect: 'manual' });
  if (pay.status !== 303) throw new Error(`sandbox pay answered ${pay.status}`);
  for (let i = 0; i < 300; i++) {
    const me = await h.gql(routerUrl, 'query { me { account { planCode } } }', {}, token);
    if (me.me.account.planCode === 'pro') return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('plan did not become pro');
}

/** startExecution -> subscribe -> final event; resolves with timings. */
function runOne(routerUrl, ws, token) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    h.gql(routerUrl, 'mutation($input: StartExecutionInput!) { startExecution(input: $input) { id } }', { input: PROBLEM }, token).then(
      (d) => {
        const id = d.startExecution.id;
        let events = 0;
        ws.subscribe(
          { query: SUB, variables: { id } },
          {
            next: (v) => {
              if (v.errors) return reject(new Error(JSON.stringify(v.errors)));
              const ev = v.data.agentExecution;
              events++;
              if (ev.state === 'FAILED') return reject(new Error(`execution ${id} failed`));
              if (ev.state !== 'DONE') return;
              const e = ev.execution;
              if (!e || !e.artifacts || !e.artifacts.summary) return reject(new Error('final event without artifacts'));
              resolve({
                id,
                endToEndMs: performance.now() - t0,
                queueMs: Date.parse(e.startedAt) - Date.parse(e.createdAt),
                runMs: e.durationMs,
                events,
                kpis: e.artifacts.kpis.length,
                actions: e.artifacts.actionPlan.length,
              });
            },
            error: reject,
            complete: () => undefined,
          },
        );
      },
      reject,
    );
  });
}

async function main() {
  h.installCleanup();
  const { routerUrl, env } = await startPlatform();
  const { token, claims } = await h.signUp(routerUrl);
  await upgradeToPro(routerUrl, token);
  // Revenue for the fiscal and commercial agents (as the documents outbox would deliver it).
  const queue = new Queue('events-limits', { connection: { url: env.REDIS_URL || 'redis://127.0.0.1:6379' }, prefix: env.REDIS_PREFIX });
  const today = new Date(Date.now() - 3 * 3600_000).toISOString().slice(0, 10);
  const month = today.slice(0, 7);
  const [y, m] = month.split('-').map(Number);
  const last = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  for (const [sourceId, amountCents, occurredOn] of [['b1', 1_500_000, `${last}-05`], ['b2', 900_000, `${last}-18`], ['b3', 300_000, `${month}-01`]]) {
    const id = randomUUID();
    await queue.add('revenue.recorded', { id, type: 'revenue.recorded', tenantId: claims.tid, occurredAt: new Date().toISOString(), payload: { source: 'documents', sourceId, amountCents, occurredOn } }, { jobId: id });
  }
  await queue.close();
  for (let i = 0; i < 200; i++) {
    const r = await h.gql(routerUrl, 'query($m: String!) { revenue(month: $m) { totalCents } }', { m: last }, token);
    if (r.revenue.totalCents === 2_400_000) break;
    await new Promise((r2) => setTimeout(r2, 50));
  }

  // The sign-up token already carries the consultant module (Free has it); Pro raises concurrency.
  const ws = createClient({ url: routerUrl.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false });

  // Warm-up (first LangGraph compile, JIT, connection pools).
  await runOne(routerUrl, ws, token);

  const seq = [];
  for (let i = 0; i < RUNS; i++) seq.push(await runOne(routerUrl, ws, token));
  const t0 = performance.now();
  const par = await Promise.all(Array.from({ length: PARALLEL }, () => runOne(routerUrl, ws, token)));
  const wall = performance.now() - t0;
  await ws.dispose();

  const result = {
    machine: h.machineInfo(),
    mode: 'offline (rules), STANDARD depth',
    sequential: {
      endToEndSeconds: secs(seq.map((r) => r.endToEndMs)),
      queueWaitSeconds: secs(seq.map((r) => r.queueMs)),
      runSeconds: secs(seq.map((r) => r.runMs)),
      eventsPerRun: seq[0].events,
      kpis: seq[0].kpis,
      actions: seq[0].actions,
    },
    parallel: {
      analyses: PARALLEL,
      wallSeconds: h.round(wall / 1000, 2),
      perMinute: h.round((PARALLEL / wall) * 60_000, 0),
      endToEndSeconds: secs(par.map((r) => r.endToEndMs)),
    },
  };
  console.log(JSON.stringify(result, null, 2));
  await h.stopAll();
  if (!KEEP) {
    const config = kit.loadConfig({}, env);
    await kit.dropDatabase(config.DATABASE_ADMIN_URL, config.DATABASE_NAME).catch(() => undefined);
  }
}

main().catch(async (err) => {
  console.error(err);
  await h.stopAll();
  process.exit(1);
});
