/**
 * The consultant's offline brain: deterministic rules and templates over the account's real figures.
 * The same input and the same data always give the same framing, reports, conflicts, meeting and
 * artifacts. Online, the model's output replaces the reports' texts when it parses; conflict
 * detection and the meeting stay rule-based because they work on structured recommendations.
 */
import { formatBRL, plural } from '@prumo/br';
import type { AccountData, BankData, CashFlowData, DasData, EnergyData, LimitData, RevenueData, SalesData, Slot } from './consultant.data';
import {
  AGENT_LABEL,
  OWNER_ROLE,
  ROUND_LIMIT,
  SPECIALISTS,
  type ActionItem,
  type AgentReport,
  type AgentRole,
  type Artifacts,
  type Conflict,
  type ConsultantInput,
  type Finding,
  type Framing,
  type Kpi,
  type Level,
  type Meeting,
  type MeetingRound,
  type Recommendation,
  type Risk,
  type Statement,
} from './consultant.model';

export const brl = (cents: number) => formatBRL(Math.round(cents)) ?? `R$ ${(cents / 100).toFixed(2)}`;
const pct = (v: number) => `${v.toLocaleString('pt-BR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
const round10 = (cents: number) => Math.floor(cents / 1000) * 1000; // whole R$ 10
const LEVEL_RANK: Record<Level, number> = { LOW: 0, MEDIUM: 1, HIGH: 2 };
const ok = <T>(s: Slot<T>): T | null => (s.ok ? s.data : null);

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}
function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
const MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
export const monthName = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]}/${month.slice(0, 4)}`;
export const brDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

// ---------------------------------------------------------------------------------------------
// Derived figures every agent shares.

export interface Figures {
  cash: CashFlowData | null;
  bank: BankData | null;
  limit: LimitData | null;
  revenue: RevenueData | null;
  das: DasData | null;
  sales: SalesData | null;
  energy: EnergyData | null;
  /** Net margin of the period, percent with one decimal (null without income). */
  marginPercent: number | null;
  avgMonthlyExpenseCents: number | null;
  /** Money free for new initiatives: balance above a 3-month reserve, else the monthly result. */
  availableBudgetCents: number | null;
  /** This month projected to its end, from the days elapsed. */
  projectedThisMonthCents: number | null;
  revenueChangePercent: number | null;
  energyShareOfExpensePercent: number | null;
}

export function figures(data: AccountData): Figures {
  const cash = ok(data.cashFlow);
  const bank = ok(data.bank);
  const revenue = ok(data.revenue);
  const energy = ok(data.energy);
  const months = cash ? Math.max(1, cash.months.length) : 1;
  const marginPercent = cash && cash.incomeCents > 0 ? Math.round((cash.netCents / cash.incomeCents) * 1000) / 10 : null;
  const avgMonthlyExpenseCents = cash ? Math.round(cash.expenseCents / months) : null;
  let availableBudgetCents: number | null = null;
  if (bank && avgMonthlyExpenseCents !== null) availableBudgetCents = Math.max(0, bank.balanceCents - 3 * avgMonthlyExpenseCents);
  else if (bank) availableBudgetCents = Math.max(0, Math.round(bank.balanceCents * 0.3));
  else if (cash) availableBudgetCents = Math.max(0, Math.round(cash.netCents / months));
  let projectedThisMonthCents: number | null = null;
  let revenueChangePercent: number | null = null;
  if (revenue) {
    const day = Number(data.asOf.slice(8, 10));
    projectedThisMonthCents = Math.round((revenue.thisMonth.totalCents / day) * daysInMonth(revenue.thisMonth.month));
    if (revenue.lastMonth.totalCents > 0) {
      revenueChangePercent = Math.round(((projectedThisMonthCents - revenue.lastMonth.totalCents) / revenue.lastMonth.totalCents) * 1000) / 10;
    }
  }
  const energyCategory = cash?.expenseCategories.filter((c) => /energia|luz|eletric/i.test(c.category)).reduce((s, c) => s + c.totalCents, 0) ?? 0;
  const energyShareOfExpensePercent = cash && cash.expenseCents > 0 && energyCategory > 0 ? Math.round((energyCategory / cash.expenseCents) * 1000) / 10 : null;
  return {
    cash,
    bank,
    limit: ok(data.limit),
    revenue,
    das: ok(data.das),
    sales: ok(data.sales),
    energy,
    marginPercent,
    avgMonthlyExpenseCents,
    availableBudgetCents,
    projectedThisMonthCents,
    revenueChangePercent,
    energyShareOfExpensePercent,
  };
}

// ---------------------------------------------------------------------------------------------
// Analyst: frames the problem.

const FOCUS_WORDS: Record<Exclude<AgentRole, 'ANALYST'>, RegExp> = {
  COMMERCIAL: /vend|client|preç|marketing|campanh|demanda|pedido|produt|faturament|receita/i,
  FINANCIAL: /caixa|dinheir|dívid|divid|lucr|margem|custo|despes|empr[eé]stim|juros|saldo|pagar|financ/i,
  FISCAL: /impost|das\b|mei\b|limite|nota|fiscal|tribut|simples|contad/i,
  OPERATIONS: /energia|luz|operaç|estoque|fornecedor|produç|equipe|funcion|process|entrega|logíst/i,
};

export function frameProblem(input: ConsultantInput, data: AccountData): Framing {
  const f = figures(data);
  const scored = SPECIALISTS.map((role, i) => {
    const matches = input.problemDescription.match(new RegExp(FOCUS_WORDS[role as Exclude<AgentRole, 'ANALYST'>].source, 'gi'))?.length ?? 0;
    return { role, score: matches, i };
  });
  const focus = [...scored].sort((a, b) => b.score - a.score || a.i - b.i).map((s) => s.role);
  const keyFigures: string[] = [];
  if (f.revenue) keyFigures.push(`Faturamento de ${monthName(f.revenue.lastMonth.month)}: ${brl(f.revenue.lastMonth.totalCents)}; ${monthName(f.revenue.thisMonth.month)} até ${brDate(data.asOf)}: ${brl(f.revenue.thisMonth.totalCents)}`);
  if (f.cash) keyFigures.push(`Resultado de ${brDate(f.cash.from)} a ${brDate(f.cash.to)}: entradas ${brl(f.cash.incomeCents)}, saídas ${brl(f.cash.expenseCents)}, líquido ${brl(f.cash.netCents)}${f.marginPercent !== null ? ` (margem ${pct(f.marginPercent)})` : ''}`);
  if (f.bank) keyFigures.push(`Saldo em ${plural(f.bank.accounts, 'conta')}: ${brl(f.bank.balanceCents)}`);
  if (f.limit) keyFigures.push(`Limite do MEI ${f.limit.year}: ${pct(f.limit.percent)} usado (${brl(f.limit.revenueCents)} de ${brl(f.limit.limitCents)})`);
  if (f.sales) keyFigures.push(`Marketplace: ${plural(f.sales.completedOrders, 'pedido concluído', 'pedidos concluídos')}, ${brl(f.sales.revenueCents)}`);
  if (f.energy) keyFigures.push(`Energia: ${brl(f.energy.last12MonthsCostCents)} em 12 meses, ${plural(f.energy.openInvoices, 'fatura')} em aberto`);
  const unavailable = (Object.keys(data) as Array<keyof AccountData>).filter((k) => k !== 'asOf' && k !== 'period' && !(data[k] as Slot<unknown>).ok).length;
  const topic = input.problemDescription.trim().replace(/\s+/g, ' ');
  const question = `Como ${input.businessType.trim()} deve agir diante de: "${topic.length > 160 ? `${topic.slice(0, 157)}...` : topic}"?`;
  const summary =
    `Problema enquadrado com foco ${focus.slice(0, 2).map((r) => AGENT_LABEL[r].toLowerCase()).join(' e ')}. ` +
    (keyFigures.length ? `Números da conta usados: ${plural(keyFigures.length, 'indicador', 'indicadores')}` : 'Nenhum dado da conta disponível') +
    (unavailable ? `; ${plural(unavailable, 'fonte de dados indisponível', 'fontes de dados indisponíveis')}.` : '.');
  return { question, focus, keyFigures, summary };
}

// ---------------------------------------------------------------------------------------------
// Specialists.

type Draft = Omit<Recommendation, 'id' | 'agent'>;

function report(agent: AgentRole, summary: string, findings: Finding[], drafts: Draft[], unavailable: string[]): AgentReport {
  return {
    agent,
    summary,
    findings,
    recommendations: drafts.map((d, i) => ({ ...d, id: `${agent.toLowerCase()}-${i + 1}`, agent })),
    unavailable,
    method: 'RULES',
    tokens: 0,
  };
}
const reasons = (...slots: Slot<unknown>[]) => slots.filter((s): s is { ok: false; reason: string } => !s.ok).map((s) => s.reason);

function commercial(input: ConsultantInput, data: AccountData, f: Figures): AgentReport {
  const findings: Finding[] = [];
  const recs: Draft[] = [];
  if (f.revenue) {
    const { thisMonth, lastMonth } = f.revenue;
    findings.push({ text: `Faturamento de ${monthName(lastMonth.month)}: ${brl(lastMonth.totalCents)}.`, source: 'revenue' });
    findings.push({
      text: `${monthName(thisMonth.month)} até ${brDate(data.asOf)}: ${brl(thisMonth.totalCents)}, projeção de ${brl(f.projectedThisMonthCents!)} no mês${f.revenueChangePercent !== null ? ` (${f.revenueChangePercent >= 0 ? '+' : ''}${pct(f.revenueChangePercent)} sobre o mês anterior)` : ''}.`,
      source: 'revenue',
    });
    if (f.revenueChangePercent !== null && f.revenueChangePercent < -10) {
      const budget = Math.max(10_000, round10(lastMonth.totalCents * 0.05));
      recs.push({
        action: `Campanha para recuperar o faturamento (orçamento de ${brl(budget)}, 5% do faturamento de ${monthName(lastMonth.month)})`,
        rationale: `A projeção do mês está ${pct(Math.abs(f.revenueChangePercent))} abaixo de ${monthName(lastMonth.month)}.`,
        lever: 'MARKETING',
        direction: 'INCREASE',
        budgetCents: budget,
        priority: 'HIGH',
        dueInDays: 15,
      });
    } else if (lastMonth.totalCents > 0) {
      const target = round10(lastMonth.totalCents * 1.1);
      recs.push({
        action: `Buscar ${brl(target)} de faturamento no próximo mês (+10% sobre ${monthName(lastMonth.month)}) com a carteira atual`,
        rationale: `O faturamento está estável ou crescendo (${brl(lastMonth.totalCents)} em ${monthName(lastMonth.month)}).`,
        lever: 'REVENUE',
        direction: 'INCREASE',
        budgetCents: 0,
        priority: 'MEDIUM',
        dueInDays: 30,
      });
    }
  }
  if (f.sales) {
    findings.push({ text: `Marketplace de ${brDate(f.sales.from)} a ${brDate(f.sales.to)}: ${plural(f.sales.completedOrders, 'pedido concluído', 'pedidos concluídos')} (${brl(f.sales.revenueCents)}) e ${plural(f.sales.pendingOrders, 'pendente')}.`, source: 'sales' });
    if (f.sales.pendingOrders > 0) {
      recs.push({
        action: `Concluir ${f.sales.pendingOrders === 1 ? 'o pedido pendente' : `os ${plural(f.sales.pendingOrders, 'pedido pendente', 'pedidos pendentes')}`} no marketplace`,
        rationale: 'Pedido pendente é faturamento parado.',
        lever: 'REVENUE',
        direction: 'INCREASE',
        budgetCents: 0,
        priority: 'HIGH',
        dueInDays: 7,
      });
    }
    const top = f.sales.topProducts[0];
    if (top) {
      findings.push({ text: `Produto mais vendido: ${top.name} (${plural(top.quantity, 'unidade')}, ${brl(top.revenueCents)}).`, source: 'sales' });
      const budget = round10(top.revenueCents * 0.1);
      recs.push({
        action: `Reforçar o estoque e a divulgação de ${top.name}${budget > 0 ? ` (até ${brl(budget)})` : ''}`,
        rationale: `É o item que mais vende (${brl(top.revenueCents)} no período).`,
        lever: 'INVENTORY',
        direction: 'INCREASE',
        budgetCents: budget,
        priority: 'MEDIUM',
        dueInDays: 21,
      });
    }
  }
  const unavailable = reasons(data.revenue, data.sales);
  if (!f.revenue && !f.sales) {
    recs.push({
      action: 'Registrar as vendas e notas emitidas na plataforma para medir o faturamento',
      rationale: 'Sem faturamento registrado não é possível medir o efeito das ações comerciais.',
      lever: 'REVENUE',
      direction: 'KEEP',
      budgetCents: 0,
      priority: 'MEDIUM',
      dueInDays: 14,
    });
  }
  const summary = f.revenue
    ? `Faturamento de ${monthName(f.revenue.lastMonth.month)} foi ${brl(f.revenue.lastMonth.totalCents)}${f.revenueChangePercent !== null ? `; a projeção do mês varia ${f.revenueChangePercent >= 0 ? '+' : ''}${pct(f.revenueChangePercent)}` : ''}.`
    : 'Sem dados de faturamento: a análise comercial parte apenas do problema descrito.';
  return report('COMMERCIAL', summary, findings, recs, unavailable);
}

function financial(input: ConsultantInput, data: AccountData, f: Figures): AgentReport {
  const findings: Finding[] = [];
  const recs: Draft[] = [];
  if (f.cash) {
    const c = f.cash;
    findings.push({ text: `De ${brDate(c.from)} a ${brDate(c.to)}: entradas ${brl(c.incomeCents)}, saídas ${brl(c.expenseCents)}, resultado ${brl(c.netCents)}${f.marginPercent !== null ? ` (margem ${pct(f.marginPercent)})` : ''}.`, source: 'cashFlow' });
    const top = c.expenseCategories.slice(0, 3);
    if (top.length) {
      findings.push({
        text: `Maiores despesas: ${top.map((k) => `${k.category} ${brl(k.totalCents)}${c.expenseCents > 0 ? ` (${pct(Math.round((k.totalCents / c.expenseCents) * 1000) / 10)})` : ''}`).join('; ')}.`,
        source: 'cashFlow',
      });
    }
    const margin = f.marginPercent;
    if (c.netCents < 0 || (margin !== null && margin < 10)) {
      const first = top[0];
      if (first) {
        const saving = round10(first.totalCents * 0.1);
        recs.push({
          action: `Cortar 10% de ${first.category} (economia de ${brl(saving)} no período)`,
          rationale: `É a maior despesa (${brl(first.totalCents)}) e a margem está em ${margin === null ? 'nível negativo' : pct(margin)}.`,
          lever: 'SPENDING',
          direction: 'DECREASE',
          budgetCents: 0,
          priority: c.netCents < 0 ? 'HIGH' : 'MEDIUM',
          dueInDays: 30,
        });
      }
      recs.push({
        action: 'Congelar gastos discricionários (marketing, eventos, compras não essenciais) até a margem passar de 10%',
        rationale: `Resultado do período: ${brl(c.netCents)}.`,
        lever: 'MARKETING',
        direction: 'DECREASE',
        budgetCents: 0,
        priority: c.netCents < 0 ? 'HIGH' : 'MEDIUM',
        dueInDays: 7,
      });
    } else if (margin !== null) {
      const reserve = round10((c.netCents / Math.max(1, c.months.length)) * 0.3);
      recs.push({
        action: `Separar 30% do resultado mensal (${brl(reserve)}) como reserva`,
        rationale: `A margem de ${pct(margin)} permite formar reserva sem travar a operação.`,
        lever: 'CASH_RESERVE',
        direction: 'INCREASE',
        budgetCents: 0,
        priority: 'LOW',
        dueInDays: 30,
      });
    }
  }
  if (f.bank) {
    findings.push({ text: `Saldo atual em ${plural(f.bank.accounts, 'conta')}: ${brl(f.bank.balanceCents)}.`, source: 'bank' });
    if (f.avgMonthlyExpenseCents) {
      const runway = Math.round((f.bank.balanceCents / f.avgMonthlyExpenseCents) * 10) / 10;
      findings.push({ text: `O saldo cobre ${plural(runway, 'mês', 'meses')} de despesas médias (${brl(f.avgMonthlyExpenseCents)}/mês).`, source: 'bank' });
      if (runway < 3) {
        recs.push({
          action: `Formar reserva de 3 meses de despesas (${brl(3 * f.avgMonthlyExpenseCents)})`,
          rationale: `Hoje o saldo cobre ${plural(runway, 'mês', 'meses')}.`,
          lever: 'CASH_RESERVE',
          direction: 'INCREASE',
          budgetCents: 0,
          priority: 'HIGH',
          dueInDays: 90,
        });
      }
    }
  }
  if (f.availableBudgetCents !== null) findings.push({ text: `Orçamento disponível para novas iniciativas: ${brl(f.availableBudgetCents)}.`, source: f.bank ? 'bank' : 'cashFlow' });
  if (!f.cash && !f.bank) {
    recs.push({
      action: 'Importar os extratos bancários para acompanhar o fluxo de caixa',
      rationale: 'Sem fluxo de caixa não é possível medir margem nem reserva.',
      lever: 'CASH_RESERVE',
      direction: 'KEEP',
      budgetCents: 0,
      priority: 'MEDIUM',
      dueInDays: 14,
    });
  }
  const summary = f.cash
    ? `Resultado de ${brl(f.cash.netCents)} no período${f.marginPercent !== null ? `, margem de ${pct(f.marginPercent)}` : ''}${f.bank ? `; saldo de ${brl(f.bank.balanceCents)}` : ''}.`
    : 'Sem fluxo de caixa: a análise financeira não tem números da conta.';
  return report('FINANCIAL', summary, findings, recs, reasons(data.cashFlow, data.bank));
}

function fiscal(input: ConsultantInput, data: AccountData, f: Figures): AgentReport {
  const findings: Finding[] = [];
  const recs: Draft[] = [];
  if (f.limit) {
    const l = f.limit;
    findings.push({ text: `Limite do MEI em ${l.year}: ${brl(l.revenueCents)} de ${brl(l.limitCents)} (${pct(l.percent)}), restam ${brl(l.remainingCents)}.`, source: 'limit' });
    findings.push({ text: `Projeção para o fim do ano: ${brl(l.projectedYearEndCents)}.`, source: 'limit' });
    if (l.projectedYearEndCents > l.limitCents || l.percent >= 80) {
      recs.push({
        action: `Controlar o faturamento para não passar do limite de ${brl(l.limitCents)} e planejar a migração para ME com o contador`,
        rationale: `A projeção (${brl(l.projectedYearEndCents)}) ${l.projectedYearEndCents > l.limitCents ? 'passa' : 'se aproxima'} do limite do MEI.`,
        lever: 'REVENUE',
        direction: 'KEEP',
        budgetCents: 0,
        priority: l.projectedYearEndCents > l.limitCents * 1.2 ? 'HIGH' : 'MEDIUM',
        dueInDays: 30,
      });
    }
  }
  if (f.das) {
    if (f.das.next) {
      const n = f.das.next;
      findings.push({ text: `Próximo DAS: competência ${monthName(n.competence)}, vence em ${brDate(n.dueDate)}${n.amountCents !== null ? `, ${brl(n.amountCents)}` : ''}.`, source: 'das' });
      recs.push({
        action: `Pagar o DAS de ${monthName(n.competence)} até ${brDate(n.dueDate)}${n.amountCents !== null ? ` (${brl(n.amountCents)})` : ''}`,
        rationale: 'Atraso gera multa e juros e impede certidões.',
        lever: 'TAXES',
        direction: 'INCREASE',
        budgetCents: n.amountCents ?? 0,
        priority: 'MEDIUM',
        dueInDays: Math.max(0, daysBetween(data.asOf, n.dueDate)),
      });
    }
    if (f.das.count > 0) {
      findings.push({ text: `DAS de ${data.asOf.slice(0, 4)}: ${plural(f.das.count, 'guia')} somando ${brl(f.das.yearTotalCents)} (custo fixo do MEI no ano).`, source: 'das' });
    }
  }
  const summary = f.limit
    ? `${pct(f.limit.percent)} do limite do MEI usado; projeção de ${brl(f.limit.projectedYearEndCents)} para ${f.limit.year}.`
    : 'Sem dados do limite do MEI.';
  return report('FISCAL', summary, findings, recs, reasons(data.limit, data.das));
}

function operations(input: ConsultantInput, data: AccountData, f: Figures): AgentReport {
  const findings: Finding[] = [];
  const recs: Draft[] = [];
  if (f.energy) {
    const e = f.energy;
    findings.push({ text: `Energia: ${brl(e.last12MonthsCostCents)} e ${e.last12MonthsKwh.toLocaleString('pt-BR')} kWh em 12 meses em ${plural(e.units, 'unidade')}.`, source: 'energy' });
    if (e.last12MonthsKwh > 0) findings.push({ text: `Custo médio: ${brl(Math.round(e.last12MonthsCostCents / e.last12MonthsKwh))} por kWh.`, source: 'energy' });
    if (e.openInvoices > 0) {
      findings.push({ text: `${plural(e.openInvoices, 'fatura')} de energia em aberto (${brl(e.openAmountCents)})${e.overdueInvoices ? `, ${plural(e.overdueInvoices, 'vencida')}` : ''}.`, source: 'energy' });
      recs.push({
        action: `Quitar ${plural(e.openInvoices, 'fatura')} de energia em aberto (${brl(e.openAmountCents)})${e.nextDue ? `, a próxima vence em ${brDate(e.nextDue.dueDate)}` : ''}`,
        rationale: e.overdueInvoices ? 'Há fatura vencida: risco de corte e juros.' : 'Evitar multa e juros.',
        lever: 'OBLIGATIONS',
        direction: 'INCREASE',
        budgetCents: e.openAmountCents,
        priority: e.overdueInvoices ? 'HIGH' : 'MEDIUM',
        dueInDays: e.nextDue ? Math.max(0, daysBetween(data.asOf, e.nextDue.dueDate)) : 5,
      });
    }
    if (e.last12MonthsCostCents > 0) {
      const investment = round10(e.last12MonthsCostCents / 12);
      recs.push({
        action: `Investir ${brl(investment)} (um mês de conta) em eficiência energética para reduzir o consumo em 10% (economia de ${brl(round10(e.last12MonthsCostCents * 0.1))}/ano)`,
        rationale: `A energia custou ${brl(e.last12MonthsCostCents)} em 12 meses.`,
        lever: 'SPENDING',
        direction: 'INCREASE',
        budgetCents: investment,
        priority: 'LOW',
        dueInDays: 60,
      });
    }
  }
  if (f.cash) {
    const top = f.cash.expenseCategories.find((k) => !/energia|luz|eletric|imposto|das\b|tribut/i.test(k.category));
    if (top) {
      findings.push({ text: `Maior custo operacional: ${top.category} (${brl(top.totalCents)} em ${plural(top.count, 'lançamento')}).`, source: 'cashFlow' });
      recs.push({
        action: `Renegociar ${top.category} com fornecedores, com meta de 5% a menos (${brl(round10(top.totalCents * 0.05))} no período)`,
        rationale: `${top.category} somou ${brl(top.totalCents)} no período.`,
        lever: 'SPENDING',
        direction: 'DECREASE',
        budgetCents: 0,
        priority: 'MEDIUM',
        dueInDays: 45,
      });
    }
    if (f.energyShareOfExpensePercent !== null) findings.push({ text: `Energia é ${pct(f.energyShareOfExpensePercent)} das despesas do período.`, source: 'cashFlow' });
  }
  const summary = f.energy
    ? `Energia custou ${brl(f.energy.last12MonthsCostCents)} em 12 meses; ${plural(f.energy.openInvoices, 'fatura')} em aberto.`
    : f.cash
      ? 'Sem dados de energia; a análise operacional usa as despesas do fluxo de caixa.'
      : 'Sem dados operacionais da conta.';
  return report('OPERATIONS', summary, findings, recs, reasons(data.energy, data.cashFlow));
}

const SPECIALIST_RULES: Record<Exclude<AgentRole, 'ANALYST'>, (input: ConsultantInput, data: AccountData, f: Figures) => AgentReport> = {
  COMMERCIAL: commercial,
  FINANCIAL: financial,
  FISCAL: fiscal,
  OPERATIONS: operations,
};

export function specialistReport(role: AgentRole, input: ConsultantInput, data: AccountData): AgentReport {
  if (role === 'ANALYST') throw new Error('the analyst frames, it does not report');
  return SPECIALIST_RULES[role](input, data, figures(data));
}

// ---------------------------------------------------------------------------------------------
// Conflicts.

const NON_NEGOTIABLE = new Set<string>(['TAXES', 'OBLIGATIONS']);
/** The action without the meeting's earlier adjustments (they are replaced, not stacked). */
const baseAction = (a: string) => a.split(' — ')[0];
const maxLevel = (a: Level, b: Level): Level => (LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b);

export function detectConflicts(reports: AgentReport[], data: AccountData): Conflict[] {
  const f = figures(data);
  const recs = reports.flatMap((r) => r.recommendations);
  const conflicts: Conflict[] = [];
  const levers = [...new Set(recs.map((r) => r.lever))].filter((l) => !NON_NEGOTIABLE.has(l)).sort();
  for (const lever of levers) {
    const on = recs.filter((r) => r.lever === lever);
    const up = on.filter((r) => r.direction === 'INCREASE');
    for (const against of ['DECREASE', 'KEEP'] as const) {
      const down = on.filter((r) => r.direction === against);
      const pairs = up.flatMap((u) => down.filter((d) => d.agent !== u.agent).map((d) => [u, d] as const));
      if (!pairs.length) continue;
      const involved = [...new Set(pairs.flatMap(([u, d]) => [u, d]))];
      const agents = [...new Set(involved.map((r) => r.agent))].sort((a, b) => SPECIALISTS.indexOf(a) - SPECIALISTS.indexOf(b));
      const severity = involved.reduce<Level>((s, r) => maxLevel(s, r.priority), against === 'KEEP' ? 'LOW' : 'MEDIUM');
      const [u, d] = pairs[0];
      conflicts.push({
        id: `c${conflicts.length + 1}`,
        kind: 'CONTRADICTORY_RECOMMENDATIONS',
        agents,
        description: `${AGENT_LABEL[u.agent]} propõe "${u.action}", mas ${AGENT_LABEL[d.agent]} ${against === 'KEEP' ? 'pede contenção' : 'propõe o contrário'}: "${d.action}".`,
        severity,
        recommendationIds: involved.map((r) => r.id).sort(),
      });
    }
  }
  const asking = recs.filter((r) => r.budgetCents > 0 && r.direction === 'INCREASE' && !NON_NEGOTIABLE.has(r.lever));
  const total = asking.reduce((s, r) => s + r.budgetCents, 0);
  const agents = [...new Set(asking.map((r) => r.agent))].sort((a, b) => SPECIALISTS.indexOf(a) - SPECIALISTS.indexOf(b));
  if (f.availableBudgetCents !== null && asking.length >= 2 && agents.length >= 2 && total > f.availableBudgetCents) {
    conflicts.push({
      id: `c${conflicts.length + 1}`,
      kind: 'OVERLAPPING_BUDGETS',
      agents,
      description: `As propostas pedem ${brl(total)} (${asking.map((r) => `${AGENT_LABEL[r.agent]} ${brl(r.budgetCents)}`).join(', ')}), mas o orçamento disponível é ${brl(f.availableBudgetCents)}.`,
      severity: total > 2 * f.availableBudgetCents ? 'HIGH' : 'MEDIUM',
      recommendationIds: asking.map((r) => r.id).sort(),
    });
  }
  return conflicts;
}

// ---------------------------------------------------------------------------------------------
// Meeting: rounds until consensus or the round limit. A conflict needs as many rounds as its
// severity demands (LOW/MEDIUM 1, HIGH 2); the winning proposal is the more urgent one (priority,
// then the analyst's focus order), the other is scaled down or dropped.

export interface MeetingOutcome {
  meeting: Meeting;
  /** Recommendations after the meeting's decisions (adjusted budgets, dropped items). */
  recommendations: Recommendation[];
}

export function holdMeeting(framing: Framing, reports: AgentReport[], conflicts: Conflict[], depth: ConsultantInput['depth'], data: AccountData): MeetingOutcome {
  const f = figures(data);
  const limit = ROUND_LIMIT[depth];
  let recs = reports.flatMap((r) => r.recommendations).map((r) => ({ ...r }));
  const byId = () => new Map(recs.map((r) => [r.id, r]));
  const rank = (r: Recommendation) => LEVEL_RANK[r.priority] * 10 - framing.focus.indexOf(r.agent);
  const open = [...conflicts].sort((a, b) => LEVEL_RANK[b.severity] - LEVEL_RANK[a.severity] || a.id.localeCompare(b.id));
  const rounds: MeetingRound[] = [];
  const resolutions: Meeting['resolutions'] = [];
  const needed = (c: Conflict) => (c.severity === 'HIGH' ? 2 : 1);

  for (let n = 1; n <= limit && (n === 1 || open.length); n++) {
    const statements: Statement[] = [];
    if (n === 1) {
      statements.push({
        agent: 'ANALYST',
        text: conflicts.length
          ? `Pauta: ${framing.question} ${plural(conflicts.length, 'conflito')} para resolver: ${conflicts.map((c) => c.id).join(', ')}.`
          : `Pauta: ${framing.question} Não há conflitos entre as propostas; validamos o plano.`,
      });
      for (const r of reports) {
        const top = [...r.recommendations].sort((a, b) => rank(b) - rank(a))[0];
        statements.push({ agent: r.agent, text: top ? `${r.summary} Minha prioridade: ${top.action}.` : `${r.summary} Não tenho ação a propor com os dados disponíveis.` });
      }
    } else {
      statements.push({ agent: 'ANALYST', text: `Rodada ${n}: ${plural(open.length, 'conflito')} em aberto (${open.map((c) => c.id).join(', ')}).` });
    }
    for (const c of [...open]) {
      const map = byId();
      const involved = c.recommendationIds.map((id) => map.get(id)).filter((r): r is Recommendation => !!r);
      if (c.kind === 'CONTRADICTORY_RECOMMENDATIONS') {
        const sorted = [...involved].sort((a, b) => rank(b) - rank(a) || a.id.localeCompare(b.id));
        const winner = sorted[0];
        const losers = sorted.filter((r) => r.direction !== winner.direction);
        if (n < needed(c)) {
          statements.push({ agent: winner.agent, text: `Sobre ${c.id}: mantenho "${baseAction(winner.action)}". ${winner.rationale}` });
          for (const l of losers) statements.push({ agent: l.agent, text: `Sobre ${c.id}: ainda defendo "${baseAction(l.action)}". ${l.rationale}` });
          continue;
        }
        const decisions: string[] = [];
        for (const l of losers) {
          if (l.direction === 'KEEP') {
            // Contention is not dropped: it becomes the condition the winning action runs under.
            decisions.push(`${AGENT_LABEL[l.agent]} mantém "${baseAction(l.action)}" como condição`);
            statements.push({ agent: l.agent, text: `Sobre ${c.id}: concordo com "${baseAction(winner.action)}", desde que "${baseAction(l.action)}" seja acompanhado todo mês.` });
          } else if (l.budgetCents > 0) {
            const half = round10(l.budgetCents / 2);
            recs = recs.map((r) => (r.id === l.id ? { ...r, budgetCents: half, priority: 'LOW', action: `${baseAction(r.action)} — versão reduzida: ${brl(half)}, só depois de "${baseAction(winner.action)}"` } : r));
            decisions.push(`${AGENT_LABEL[l.agent]} reduz a proposta para ${brl(half)} e a condiciona`);
            statements.push({ agent: l.agent, text: `Sobre ${c.id}: aceito reduzir "${baseAction(l.action)}" para ${brl(half)} e executar depois de "${baseAction(winner.action)}".` });
          } else {
            recs = recs.filter((r) => r.id !== l.id);
            decisions.push(`${AGENT_LABEL[l.agent]} retira "${l.action}"`);
            statements.push({ agent: l.agent, text: `Sobre ${c.id}: retiro "${baseAction(l.action)}"; prevalece a proposta de ${AGENT_LABEL[winner.agent]}.` });
          }
        }
        const decision = `Prevalece "${baseAction(winner.action)}" (${AGENT_LABEL[winner.agent]}); ${decisions.join('; ')}.`;
        statements.push({ agent: 'ANALYST', text: `Decisão sobre ${c.id}: ${decision}` });
        resolutions.push({ conflictId: c.id, decision, round: n });
        open.splice(open.indexOf(c), 1);
      } else {
        const available = f.availableBudgetCents ?? 0;
        const byAgent = (items: Recommendation[]) => [...new Set(items.map((r) => r.agent))].map((agent) => ({ agent, items: items.filter((r) => r.agent === agent) }));
        if (n < needed(c)) {
          for (const { agent, items } of byAgent(involved)) {
            statements.push({ agent, text: `Sobre ${c.id}: peço ${items.map((r) => `${brl(r.budgetCents)} para "${baseAction(r.action)}"`).join(' e ')}.` });
          }
          continue;
        }
        // Most urgent first: each gets what is left, down to zero (then it waits for the next cycle).
        let left = available;
        const cuts: string[] = [];
        const accepted: Array<{ agent: AgentRole; text: string }> = [];
        for (const r of [...involved].sort((a, b) => rank(b) - rank(a) || a.id.localeCompare(b.id))) {
          const granted = Math.min(r.budgetCents, round10(left));
          left -= granted;
          if (granted === r.budgetCents) continue;
          if (granted === 0) {
            recs = recs.map((x) => (x.id === r.id ? { ...x, budgetCents: 0, priority: 'LOW', dueInDays: Math.max(x.dueInDays, 60), action: `${baseAction(x.action)} — adiado até haver orçamento` } : x));
            cuts.push(`"${baseAction(r.action)}" adiado`);
            accepted.push({ agent: r.agent, text: `adiar "${baseAction(r.action)}"` });
          } else {
            recs = recs.map((x) => (x.id === r.id ? { ...x, budgetCents: granted, action: `${baseAction(x.action)} — orçamento ajustado para ${brl(granted)}` } : x));
            cuts.push(`"${baseAction(r.action)}" com ${brl(granted)}`);
            accepted.push({ agent: r.agent, text: `${brl(granted)} para "${baseAction(r.action)}"` });
          }
        }
        for (const agent of [...new Set(accepted.map((x) => x.agent))]) {
          statements.push({ agent, text: `Sobre ${c.id}: aceito ${accepted.filter((x) => x.agent === agent).map((x) => x.text).join(' e ')}, para caber no orçamento de ${brl(available)}.` });
        }
        const decision = `Orçamento de ${brl(available)} dividido por urgência: ${cuts.join('; ') || 'sem cortes'}.`;
        statements.push({ agent: 'FINANCIAL', text: `Sobre ${c.id}: ${decision}` });
        resolutions.push({ conflictId: c.id, decision, round: n });
        open.splice(open.indexOf(c), 1);
      }
    }
    if (!open.length) statements.push({ agent: 'ANALYST', text: `Consenso na rodada ${n}: o plano de ação segue as decisões acima.` });
    else if (n === limit) {
      statements.push({
        agent: 'ANALYST',
        text: `Limite de ${plural(limit, 'rodada')} atingido sem consenso em ${open.map((c) => c.id).join(', ')}: a decisão fica com ${OWNER_ROLE.ANALYST.toLowerCase()}.`,
      });
    }
    rounds.push({ number: n, statements });
  }
  return { meeting: { rounds, consensus: open.length === 0, resolutions }, recommendations: recs };
}

// ---------------------------------------------------------------------------------------------
// Executive artifacts.

export function buildArtifacts(input: ConsultantInput, framing: Framing, reports: AgentReport[], conflicts: Conflict[], outcome: MeetingOutcome, data: AccountData): Artifacts {
  const f = figures(data);
  const actionPlan: ActionItem[] = [...outcome.recommendations]
    .sort((a, b) => LEVEL_RANK[b.priority] - LEVEL_RANK[a.priority] || a.dueInDays - b.dueInDays || a.id.localeCompare(b.id))
    .slice(0, 10)
    .map((r) => ({ action: r.action, ownerRole: OWNER_ROLE[r.agent], agent: r.agent, deadline: addDays(input.asOf, r.dueInDays), priority: r.priority, budgetCents: r.budgetCents }));

  const risks: Risk[] = [];
  if (f.cash && f.cash.netCents < 0) {
    risks.push({ description: `Resultado negativo de ${brl(f.cash.netCents)} no período consome o caixa.`, probability: 'HIGH', impact: 'HIGH', mitigation: 'Executar os cortes de despesa do plano e acompanhar o caixa semanalmente.' });
  } else if (f.marginPercent !== null && f.marginPercent < 10) {
    risks.push({ description: `Margem baixa (${pct(f.marginPercent)}): qualquer queda de vendas leva ao prejuízo.`, probability: 'MEDIUM', impact: 'HIGH', mitigation: 'Rever preços e as maiores despesas.' });
  }
  if (f.bank && f.avgMonthlyExpenseCents && f.bank.balanceCents < 3 * f.avgMonthlyExpenseCents) {
    risks.push({ description: `Saldo (${brl(f.bank.balanceCents)}) abaixo de 3 meses de despesas (${brl(3 * f.avgMonthlyExpenseCents)}).`, probability: f.bank.balanceCents < f.avgMonthlyExpenseCents ? 'HIGH' : 'MEDIUM', impact: 'HIGH', mitigation: 'Formar reserva antes de novos investimentos.' });
  }
  if (f.limit && (f.limit.projectedYearEndCents > f.limit.limitCents || f.limit.percent >= 80)) {
    const over = f.limit.projectedYearEndCents > f.limit.limitCents;
    risks.push({ description: `Ultrapassar o limite do MEI (${brl(f.limit.limitCents)}): projeção de ${brl(f.limit.projectedYearEndCents)}.`, probability: over ? 'HIGH' : 'MEDIUM', impact: 'HIGH', mitigation: 'Planejar com o contador a migração para ME antes do excesso.' });
  }
  if (f.revenueChangePercent !== null && f.revenueChangePercent < -10) {
    risks.push({ description: `Queda de faturamento projetada de ${pct(Math.abs(f.revenueChangePercent))} no mês.`, probability: 'MEDIUM', impact: 'HIGH', mitigation: 'Ação comercial imediata e acompanhamento semanal das vendas.' });
  }
  if (f.energy && f.energy.overdueInvoices > 0) risks.push({ description: `${plural(f.energy.overdueInvoices, 'fatura de energia vencida', 'faturas de energia vencidas')}: risco de corte.`, probability: 'MEDIUM', impact: 'HIGH', mitigation: 'Quitar as faturas vencidas primeiro.' });
  if (!outcome.meeting.consensus) risks.push({ description: 'Sem consenso entre as áreas: o plano pode ser executado pela metade.', probability: 'MEDIUM', impact: 'MEDIUM', mitigation: 'O(a) sócio(a) decide os conflitos em aberto nesta semana.' });
  const missing = reports.flatMap((r) => r.unavailable);
  if (missing.length) {
    const distinct = [...new Set(missing)];
    risks.push({ description: `Decisão com dados incompletos: ${plural(distinct.length, 'fonte indisponível', 'fontes indisponíveis')}.`, probability: 'MEDIUM', impact: distinct.length >= 3 ? 'MEDIUM' : 'LOW', mitigation: 'Habilitar os módulos ou registrar os dados que faltam e refazer a análise.' });
  }

  const kpis: Kpi[] = [];
  if (f.revenue) {
    kpis.push({ name: `Faturamento de ${monthName(f.revenue.lastMonth.month)}`, unit: 'CENTS', current: f.revenue.lastMonth.totalCents, target: round10(f.revenue.lastMonth.totalCents * 1.1), source: 'revenue' });
    kpis.push({ name: `Faturamento de ${monthName(f.revenue.thisMonth.month)} (até ${brDate(data.asOf)})`, unit: 'CENTS', current: f.revenue.thisMonth.totalCents, target: f.revenue.lastMonth.totalCents, source: 'revenue' });
  }
  if (f.marginPercent !== null) kpis.push({ name: 'Margem líquida do período', unit: 'PERCENT', current: f.marginPercent, target: Math.max(10, Math.round((f.marginPercent + 5) * 10) / 10), source: 'cashFlow' });
  if (f.cash?.expenseCategories[0]) {
    const k = f.cash.expenseCategories[0];
    kpis.push({ name: `Despesa com ${k.category} no período`, unit: 'CENTS', current: k.totalCents, target: round10(k.totalCents * 0.9), source: 'cashFlow' });
  }
  if (f.bank) kpis.push({ name: 'Saldo em contas', unit: 'CENTS', current: f.bank.balanceCents, target: f.avgMonthlyExpenseCents ? Math.max(f.bank.balanceCents, 3 * f.avgMonthlyExpenseCents) : f.bank.balanceCents, source: 'bank' });
  if (f.limit) {
    const elapsed = Math.round((Number(data.asOf.slice(5, 7)) / 12) * 1000) / 10;
    kpis.push({ name: `Uso do limite do MEI ${f.limit.year}`, unit: 'PERCENT', current: f.limit.percent, target: Math.min(100, elapsed), source: 'limit' });
  }
  if (f.sales) kpis.push({ name: 'Pedidos concluídos no marketplace (período)', unit: 'COUNT', current: f.sales.completedOrders, target: Math.ceil(f.sales.completedOrders * 1.2), source: 'sales' });
  if (f.energy) kpis.push({ name: 'Custo de energia (12 meses)', unit: 'CENTS', current: f.energy.last12MonthsCostCents, target: round10(f.energy.last12MonthsCostCents * 0.9), source: 'energy' });

  const top = actionPlan.slice(0, 3).map((a) => `${a.action} (${a.ownerRole}, até ${brDate(a.deadline)})`);
  const summary = [
    `${framing.question}`,
    framing.keyFigures.length ? `Números da conta: ${framing.keyFigures.join('; ')}.` : 'A conta ainda não tem dados suficientes nos módulos disponíveis; as recomendações indicam o que registrar primeiro.',
    conflicts.length
      ? `As áreas divergiram em ${plural(conflicts.length, 'ponto')} e ${outcome.meeting.consensus ? `chegaram a consenso em ${plural(outcome.meeting.rounds.length, 'rodada')}` : `não chegaram a consenso em ${plural(outcome.meeting.rounds.length, 'rodada')}`}.`
      : 'As áreas não divergiram.',
    top.length ? `Prioridades: ${top.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { summary, actionPlan, risks, kpis };
}
