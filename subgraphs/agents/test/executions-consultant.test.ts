// The consultant graph offline (rules over the account's figures), fed by a supergraph that answers
// like the real one. Pure: no database; the e2e tests run it through the router.
import { DataTools, type GraphqlResult, type SupergraphFetch } from '../src/consultant/consultant.data';
import { AIMessage } from '@langchain/core/messages';
import { modelBrain, rulesBrain } from '../src/consultant/consultant.brain';
import { runConsultant, type GraphHooks } from '../src/consultant/consultant.graph';
import type { ConsultantInput } from '../src/consultant/consultant.model';
import { toMarkdown, toPdf } from '../src/consultant/consultant.export';

const m = (cents: number) => ({ cents });

/** Answers the tools' operations by their name, as the router would (missing modules as errors). */
function fakeSupergraph(opts: { disabled?: string[]; missing?: string[]; notMei?: boolean } = {}): SupergraphFetch & { calls: string[] } {
  const calls: string[] = [];
  const answers: Record<string, () => GraphqlResult> = {
    ConsultantCashFlow: () => ({
      data: {
        cashFlow: {
          from: '2026-09-01',
          to: '2026-11-20',
          totalIncome: m(3_000_000),
          totalExpense: m(2_850_000),
          net: m(150_000),
          months: [
            { month: '2026-09', income: m(1_100_000), expense: m(900_000), net: m(200_000) },
            { month: '2026-10', income: m(1_000_000), expense: m(950_000), net: m(50_000) },
            { month: '2026-11', income: m(900_000), expense: m(1_000_000), net: m(-100_000) },
          ],
          categories: [
            { category: 'Fornecedores', kind: 'EXPENSE', total: m(1_500_000), count: 12 },
            { category: 'Aluguel', kind: 'EXPENSE', total: m(900_000), count: 3 },
            { category: 'Energia', kind: 'EXPENSE', total: m(450_000), count: 3 },
            { category: 'Vendas', kind: 'INCOME', total: m(3_000_000), count: 40 },
          ],
        },
      },
    }),
    ConsultantBank: () => ({ data: { bankAccounts: [{ id: 'a', balance: m(1_200_000) }, { id: 'b', balance: m(300_000) }] } }),
    ConsultantLimit: () => ({
      data: { meiLimit: { year: 2026, limitCents: 8_100_000, revenueCents: 7_000_000, remainingCents: 1_100_000, percent: 86.4, status: 'WARNING', projectedYearEndCents: 7_900_000, projectedStatus: 'WARNING' } },
    }),
    ConsultantRevenue: () => ({ data: { thisMonth: { month: '2026-11', totalCents: 400_000 }, lastMonth: { month: '2026-10', totalCents: 1_000_000 } } }),
    ConsultantDas: () => ({
      data: {
        dasCalendar: [
          { competence: '2026-10', dueDate: '2026-11-20', amountCents: 8_105, overdue: false },
          { competence: '2026-11', dueDate: '2026-12-20', amountCents: 8_105, overdue: false },
          { competence: '2026-09', dueDate: '2026-10-20', amountCents: 8_105, overdue: true },
        ],
      },
    }),
    ConsultantSales: () => ({
      data: { salesSummary: { completedOrders: 14, pendingOrders: 2, revenue: m(560_000), topProducts: [{ quantity: 9, revenue: m(270_000), product: { id: 'p1', name: 'Cabo USB-C' } }] } },
    }),
    ConsultantEnergy: () => ({
      data: {
        energyOverview: {
          units: 2,
          openInvoices: [{ referenceMonth: '2026-10', amount: m(61_000), dueDate: '2026-11-25', status: 'OPEN' }],
          openAmount: m(61_000),
          last12MonthsCost: m(720_000),
          last12MonthsKwh: 8_000,
        },
      },
    }),
  };
  const moduleOf: Record<string, string> = { ConsultantCashFlow: 'finance', ConsultantBank: 'finance', ConsultantSales: 'marketplace', ConsultantEnergy: 'energy' };
  const fn = (async (query: string) => {
    const name = /query (\w+)/.exec(query)![1];
    calls.push(name);
    if (opts.disabled?.includes(moduleOf[name])) return { errors: [{ message: 'off', extensions: { code: 'MODULE_DISABLED', module: moduleOf[name] } }], data: null };
    if (opts.missing?.includes(moduleOf[name])) return { errors: [{ message: 'Operação inválida: Cannot query field "x" on type "Query".', extensions: { code: 'BAD_USER_INPUT' } }] };
    // A company that is not a MEI: limits answers applies: false and an empty DAS-MEI calendar.
    if (opts.notMei && name === 'ConsultantLimit') return { data: { meiLimit: { ...(answers[name]().data as any).meiLimit, applies: false, limitCents: 0, remainingCents: 0, percent: 0, status: 'OK' } } };
    if (opts.notMei && name === 'ConsultantDas') return { data: { dasCalendar: [] } };
    return answers[name]();
  }) as SupergraphFetch & { calls: string[] };
  fn.calls = calls;
  return fn;
}

const input = (depth: ConsultantInput['depth'] = 'STANDARD'): ConsultantInput => ({
  problemDescription: 'As vendas caíram neste mês e o caixa está apertado; preciso decidir se invisto em marketing.',
  businessType: 'loja de eletrônicos',
  depth,
  asOf: '2026-11-20',
});

function recorder(): GraphHooks & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    stage: async (s) => void events.push(`stage:${s}`),
    agentStarted: async (a) => void events.push(`start:${a}`),
    agentFinished: async (a) => void events.push(`done:${a}`),
  };
}

describe('executive consultant graph (offline rules)', () => {
  it('runs analyst -> four specialists -> conflicts -> meeting -> artifacts, with the account figures in the artifacts', async () => {
    const fetch = fakeSupergraph();
    const hooks = recorder();
    const r = await runConsultant(input(), { tools: new DataTools(fetch, '2026-11-20'), brain: rulesBrain, hooks });
    expect(hooks.events.slice(0, 4)).toEqual(['stage:FRAMING', 'start:ANALYST', 'done:ANALYST', 'stage:ANALYSIS']);
    for (const a of ['COMMERCIAL', 'FINANCIAL', 'FISCAL', 'OPERATIONS']) {
      expect(hooks.events).toContain(`start:${a}`);
      expect(hooks.events).toContain(`done:${a}`);
      expect(hooks.events.indexOf(`done:${a}`)).toBeLessThan(hooks.events.indexOf('stage:CONFLICTS'));
    }
    expect(hooks.events.slice(-3)).toEqual(['stage:CONFLICTS', 'stage:MEETING', 'stage:ARTIFACTS']);
    // Every tool called once per execution (shared answers are cached).
    expect([...fetch.calls].sort()).toEqual(['ConsultantBank', 'ConsultantCashFlow', 'ConsultantDas', 'ConsultantEnergy', 'ConsultantLimit', 'ConsultantRevenue', 'ConsultantSales']);
    expect(r.reports.map((x) => x.agent)).toEqual(['COMMERCIAL', 'FINANCIAL', 'FISCAL', 'OPERATIONS']);

    const kpi = (name: string) => r.artifacts.kpis.find((k) => k.name.startsWith(name));
    expect(kpi('Faturamento de outubro/2026')).toMatchObject({ unit: 'CENTS', current: 1_000_000 });
    expect(kpi('Margem líquida')).toMatchObject({ unit: 'PERCENT', current: 5 });
    expect(kpi('Uso do limite do MEI')).toMatchObject({ current: 86.4 });
    expect(kpi('Despesa com Fornecedores')).toMatchObject({ current: 1_500_000 });
    expect(kpi('Saldo em contas')).toMatchObject({ current: 1_500_000 });
    expect(kpi('Custo de energia')).toMatchObject({ current: 720_000 });
    expect(kpi('Pedidos concluídos')).toMatchObject({ current: 14, unit: 'COUNT' });
    expect(r.artifacts.summary).toContain('R$ 10.000,00');

    // Commercial wants a campaign (revenue projected down 40%), financial freezes marketing: a conflict.
    const marketing = r.conflicts.find((c) => c.kind === 'CONTRADICTORY_RECOMMENDATIONS' && c.agents.includes('COMMERCIAL') && c.agents.includes('FINANCIAL'));
    expect(marketing).toBeDefined();
    // Fiscal asks to hold revenue under the MEI limit while commercial pushes it up.
    expect(r.conflicts.some((c) => c.agents.includes('FISCAL'))).toBe(true);
    expect(r.outcome.meeting.rounds.length).toBeGreaterThanOrEqual(1);
    expect(r.outcome.meeting.rounds.length).toBeLessThanOrEqual(2);
    expect(r.outcome.meeting.rounds[0].statements[0].agent).toBe('ANALYST');

    for (const a of r.artifacts.actionPlan) {
      expect(a.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.deadline >= '2026-11-20').toBe(true);
      expect(a.ownerRole.length).toBeGreaterThan(3);
    }
    expect(r.artifacts.actionPlan.some((a) => a.action.includes('DAS de outubro/2026') && a.deadline === '2026-11-20')).toBe(true);
    for (const k of r.artifacts.risks) {
      expect(['LOW', 'MEDIUM', 'HIGH']).toContain(k.probability);
      expect(['LOW', 'MEDIUM', 'HIGH']).toContain(k.impact);
    }
    expect(r.artifacts.risks.some((k) => k.description.includes('limite do MEI'))).toBe(true);
    // The DAS calendar has no payments: past due dates are not treated as debts.
    const fiscal = r.reports.find((x) => x.agent === 'FISCAL')!;
    expect(fiscal.findings.map((x) => x.text)).toContain('DAS de 2026: 3 guias somando R$ 243,15 (custo fixo do MEI no ano).');
    expect(JSON.stringify(r.artifacts)).not.toMatch(/DAS vencid/);
    expect(r.tokens).toBe(0);
  });

  it('is deterministic: the same input and data give the same output', async () => {
    const a = await runConsultant(input('DEEP'), { tools: new DataTools(fakeSupergraph(), '2026-11-20'), brain: rulesBrain, hooks: recorder() });
    const b = await runConsultant(input('DEEP'), { tools: new DataTools(fakeSupergraph(), '2026-11-20'), brain: rulesBrain, hooks: recorder() });
    expect(JSON.stringify(b)).toEqual(JSON.stringify(a));
  });

  it('holds at most 1 meeting round on QUICK and reaches consensus on STANDARD', async () => {
    const quick = await runConsultant(input('QUICK'), { tools: new DataTools(fakeSupergraph(), '2026-11-20'), brain: rulesBrain, hooks: recorder() });
    expect(quick.outcome.meeting.rounds).toHaveLength(1);
    const standard = await runConsultant(input('STANDARD'), { tools: new DataTools(fakeSupergraph(), '2026-11-20'), brain: rulesBrain, hooks: recorder() });
    expect(standard.outcome.meeting.consensus).toBe(true);
    expect(standard.outcome.meeting.resolutions.map((x) => x.conflictId).sort()).toEqual(standard.conflicts.map((c) => c.id).sort());
    // Contention is kept as a condition (the MEI limit plan survives); bills are never negotiated.
    expect(standard.artifacts.actionPlan.some((a) => a.agent === 'FISCAL' && a.action.startsWith('Controlar o faturamento'))).toBe(true);
    expect(standard.conflicts.some((c) => c.description.includes('fatura de energia'))).toBe(false);
    expect(standard.artifacts.actionPlan.find((a) => a.action.startsWith('Quitar 1 fatura de energia'))).toMatchObject({ budgetCents: 61_000, deadline: '2026-11-25' });
    // Adjustments replace each other instead of piling up.
    for (const a of standard.artifacts.actionPlan) expect(a.action.split(' — ').length).toBeLessThanOrEqual(2);
    // A HIGH-severity conflict (this fixture has them) needs two rounds: QUICK leaves it to the owner.
    expect(quick.conflicts.some((c) => c.severity === 'HIGH')).toBe(true);
    expect(quick.outcome.meeting.consensus).toBe(false);
    expect(quick.artifacts.risks.some((k) => k.description.includes('Sem consenso'))).toBe(true);
  });

  it('a company that is not a MEI: no MEI limit or DAS in the findings, KPIs or risks, and not reported as missing data', async () => {
    const r = await runConsultant(input(), { tools: new DataTools(fakeSupergraph({ notMei: true }), '2026-11-20'), brain: rulesBrain, hooks: recorder() });
    const text = JSON.stringify(r.artifacts) + JSON.stringify(r.reports.map((x) => x.findings));
    expect(text).not.toMatch(/limite do MEI|DAS de 2026/);
    expect(r.artifacts.kpis.map((k) => k.source)).not.toContain('limit');
    expect(r.reports.flatMap((x) => x.unavailable)).toEqual([]);
  });

  it('model brain: a retried job meters its model calls under keys of its own attempt', async () => {
    const keys: string[] = [];
    const llm = {
      offline: false,
      async invoke(ctx: { idempotencyKey?: string }) {
        keys.push(ctx.idempotencyKey!);
        return { message: new AIMessage('{"question":"Investir ou segurar o caixa?","summary":"Resumo."}'), usage: { promptTokens: 10, completionTokens: 5 } };
      },
    };
    const data = await new DataTools(fakeSupergraph(), '2026-11-20').snapshot();
    for (const attempt of [0, 1]) await modelBrain(llm, { tenantId: 't', userId: 'u', executionId: 'exec-1', attempt }).frame(input(), data);
    expect(keys).toEqual(['exec-1:analyst', 'exec-1:a1:analyst']);
  });

  it('says which data is unavailable when modules are disabled or not installed', async () => {
    const r = await runConsultant(input(), {
      tools: new DataTools(fakeSupergraph({ disabled: ['energy', 'marketplace'], missing: ['finance'] }), '2026-11-20'),
      brain: rulesBrain,
      hooks: recorder(),
    });
    const ops = r.reports.find((x) => x.agent === 'OPERATIONS')!;
    expect(ops.unavailable.join(' ')).toContain('Energia não está habilitado');
    expect(ops.unavailable.join(' ')).toContain('fluxo de caixa ainda não estão disponíveis');
    expect(r.reports.find((x) => x.agent === 'COMMERCIAL')!.unavailable.join(' ')).toContain('Marketplace');
    // KPIs only from data that exists; the fiscal figures are still there.
    expect(r.artifacts.kpis.map((k) => k.source).sort()).toEqual(['limit', 'revenue', 'revenue']);
    expect(r.artifacts.risks.some((k) => k.description.includes('dados incompletos'))).toBe(true);
  });

  it('exports Markdown and PDF', async () => {
    const r = await runConsultant(input(), { tools: new DataTools(fakeSupergraph(), '2026-11-20'), brain: rulesBrain, hooks: recorder() });
    const src = { id: 'x', problemDescription: input().problemDescription, businessType: 'loja', depth: 'STANDARD', offline: true, createdAt: new Date('2026-11-20T12:00:00Z'), finishedAt: new Date('2026-11-20T12:00:05Z'), tokens: 0, reports: r.reports, conflicts: r.conflicts, meeting: r.outcome.meeting, artifacts: r.artifacts };
    const md = toMarkdown(src);
    expect(md).toContain('## Plano de ação');
    expect(md).toContain('R$ 10.000,00');
    const pdf = await toPdf(src);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
