/**
 * The agents' data tools: each reads the account's own figures through the supergraph, called as the
 * user (the account's permissions and modules apply). A module that is disabled, not in the plan or
 * not installed is not an error: the slot says the data is unavailable and why, in pt-BR.
 */

export interface GraphqlResult {
  data?: Record<string, any> | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}
/** Runs one operation through the router as the user. */
export type SupergraphFetch = (query: string, variables?: Record<string, unknown>) => Promise<GraphqlResult>;

export type Slot<T> = { ok: true; data: T } | { ok: false; reason: string };

export interface CashFlowData {
  from: string;
  to: string;
  incomeCents: number;
  expenseCents: number;
  netCents: number;
  months: Array<{ month: string; incomeCents: number; expenseCents: number; netCents: number }>;
  expenseCategories: Array<{ category: string; totalCents: number; count: number }>;
}
export interface BankData {
  accounts: number;
  balanceCents: number;
}
export interface LimitData {
  year: number;
  limitCents: number;
  revenueCents: number;
  remainingCents: number;
  percent: number;
  status: string;
  projectedYearEndCents: number;
  projectedStatus: string;
}
export interface RevenueData {
  thisMonth: { month: string; totalCents: number };
  lastMonth: { month: string; totalCents: number };
}
export interface DasData {
  next: { competence: string; dueDate: string; amountCents: number | null } | null;
  /** Guides of the year and their sum (the MEI's fixed monthly tax). Payments are not tracked. */
  count: number;
  yearTotalCents: number;
}
export interface SalesData {
  from: string;
  to: string;
  completedOrders: number;
  pendingOrders: number;
  revenueCents: number;
  topProducts: Array<{ name: string; quantity: number; revenueCents: number }>;
}
export interface EnergyData {
  units: number;
  openInvoices: number;
  overdueInvoices: number;
  openAmountCents: number;
  last12MonthsCostCents: number;
  last12MonthsKwh: number;
  nextDue: { referenceMonth: string; dueDate: string; amountCents: number } | null;
}

export interface AccountData {
  asOf: string;
  period: { from: string; to: string };
  cashFlow: Slot<CashFlowData>;
  bank: Slot<BankData>;
  /** Data null: the fiscal profile says the company is not a MEI (no limit to measure). */
  limit: Slot<LimitData | null>;
  revenue: Slot<RevenueData>;
  /** Data null: no DAS-MEI in the year (the company is not a MEI). */
  das: Slot<DasData | null>;
  sales: Slot<SalesData>;
  energy: Slot<EnergyData>;
}
export type ToolName = Exclude<keyof AccountData, 'asOf' | 'period'>;

/** pt-BR names of what each tool reads (for "dados indisponíveis" statements). */
export const TOOL_LABEL: Record<ToolName, string> = {
  cashFlow: 'fluxo de caixa',
  bank: 'saldo das contas bancárias',
  limit: 'limite do MEI',
  revenue: 'faturamento mensal',
  das: 'calendário do DAS',
  sales: 'vendas no marketplace',
  energy: 'custos de energia',
};
const MODULE_LABEL: Record<string, string> = { finance: 'Financeiro', marketplace: 'Marketplace', energy: 'Energia', fiscal: 'Fiscal' };

/** Month arithmetic on 'AAAA-MM'. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const idx = y * 12 + (m - 1) + delta;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}
/** Analysis window: the two previous months and the current one up to the analysis date. */
export function analysisPeriod(asOf: string): { from: string; to: string } {
  return { from: `${addMonths(asOf.slice(0, 7), -2)}-01`, to: asOf };
}

function unavailable(result: GraphqlResult | null, err: unknown, what: string): { ok: false; reason: string } {
  const e = result?.errors?.[0];
  const code = e?.extensions?.code as string | undefined;
  if (code === 'MODULE_DISABLED') {
    const mod = String(e?.extensions?.module ?? '');
    return { ok: false, reason: `O módulo ${MODULE_LABEL[mod] ?? mod} não está habilitado no plano da conta: ${what} indisponível.` };
  }
  if (code === 'FORBIDDEN') return { ok: false, reason: `Sem permissão para ler ${what}.` };
  if (e && (/Cannot query field|Unknown type|Unknown argument/i.test(e.message) || /Cannot query field/i.test(String(e.extensions?.reason ?? '')))) {
    return { ok: false, reason: `Dados de ${what} ainda não estão disponíveis nesta instalação.` };
  }
  if (err || e) return { ok: false, reason: `Não foi possível ler ${what} agora.` };
  return { ok: false, reason: `Sem dados de ${what}.` };
}

async function run<T>(fetch: SupergraphFetch, what: string, query: string, vars: Record<string, unknown>, pick: (data: Record<string, any>) => T): Promise<Slot<T>> {
  let result: GraphqlResult | null = null;
  try {
    result = await fetch(query, vars);
  } catch (err) {
    return unavailable(null, err, what);
  }
  if (result.errors?.length || !result.data) return unavailable(result, null, what);
  try {
    return { ok: true, data: pick(result.data) };
  } catch (err) {
    return unavailable(null, err, what);
  }
}

const cents = (m: { cents: number } | null | undefined) => Number(m?.cents ?? 0);

export const TOOLS: Record<ToolName, (fetch: SupergraphFetch, asOf: string) => Promise<Slot<any>>> = {
  cashFlow: (fetch, asOf) => {
    const { from, to } = analysisPeriod(asOf);
    return run<CashFlowData>(
      fetch,
      TOOL_LABEL.cashFlow,
      `query ConsultantCashFlow($from: String!, $to: String!) { cashFlow(from: $from, to: $to) {
         from to totalIncome { cents } totalExpense { cents } net { cents }
         months { month income { cents } expense { cents } net { cents } }
         categories { category kind total { cents } count } } }`,
      { from, to },
      (d) => {
        const c = d.cashFlow;
        return {
          from: c.from,
          to: c.to,
          incomeCents: cents(c.totalIncome),
          expenseCents: cents(c.totalExpense),
          netCents: cents(c.net),
          months: c.months.map((m: any) => ({ month: m.month, incomeCents: cents(m.income), expenseCents: cents(m.expense), netCents: cents(m.net) })),
          expenseCategories: c.categories
            .filter((k: any) => k.kind === 'EXPENSE')
            .map((k: any) => ({ category: k.category, totalCents: cents(k.total), count: k.count }))
            .sort((a: any, b: any) => b.totalCents - a.totalCents || a.category.localeCompare(b.category)),
        };
      },
    );
  },
  bank: (fetch) =>
    run<BankData>(fetch, TOOL_LABEL.bank, `query ConsultantBank { bankAccounts { id balance { cents } } }`, {}, (d) => ({
      accounts: d.bankAccounts.length,
      balanceCents: d.bankAccounts.reduce((s: number, a: any) => s + cents(a.balance), 0),
    })),
  limit: (fetch, asOf) =>
    run<LimitData | null>(
      fetch,
      TOOL_LABEL.limit,
      `query ConsultantLimit($year: Int) { meiLimit(year: $year) { year applies limitCents revenueCents remainingCents percent status projectedYearEndCents projectedStatus } }`,
      { year: Number(asOf.slice(0, 4)) },
      ({ meiLimit: { applies, ...l } }) => (applies === false ? null : l),
    ),
  revenue: (fetch, asOf) => {
    const month = asOf.slice(0, 7);
    const last = addMonths(month, -1);
    return run<RevenueData>(
      fetch,
      TOOL_LABEL.revenue,
      `query ConsultantRevenue($this: String!, $last: String!) { thisMonth: revenue(month: $this) { month totalCents } lastMonth: revenue(month: $last) { month totalCents } }`,
      { this: month, last },
      (d) => ({ thisMonth: { month: d.thisMonth.month, totalCents: d.thisMonth.totalCents }, lastMonth: { month: d.lastMonth.month, totalCents: d.lastMonth.totalCents } }),
    );
  },
  das: (fetch, asOf) =>
    run<DasData | null>(
      fetch,
      TOOL_LABEL.das,
      `query ConsultantDas($year: Int) { dasCalendar(year: $year) { competence dueDate amountCents overdue } }`,
      { year: Number(asOf.slice(0, 4)) },
      (d) => {
        const rows = d.dasCalendar as Array<{ competence: string; dueDate: string; amountCents: number | null; overdue: boolean }>;
        if (!rows.length) return null;
        const next = rows.filter((r) => r.dueDate >= asOf).sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0] ?? null;
        return {
          next: next ? { competence: next.competence, dueDate: next.dueDate, amountCents: next.amountCents } : null,
          count: rows.length,
          yearTotalCents: rows.reduce((t, r) => t + (r.amountCents ?? 0), 0),
        };
      },
    ),
  sales: async (fetch, asOf) => {
    const { from, to } = analysisPeriod(asOf);
    const q = (product: string) =>
      `query ConsultantSales($from: String!, $to: String!) { salesSummary(from: $from, to: $to) { completedOrders pendingOrders revenue { cents } topProducts { quantity revenue { cents } product { ${product} } } } }`;
    const pick = (d: Record<string, any>): SalesData => ({
      from,
      to,
      completedOrders: d.salesSummary.completedOrders,
      pendingOrders: d.salesSummary.pendingOrders,
      revenueCents: cents(d.salesSummary.revenue),
      topProducts: d.salesSummary.topProducts.map((p: any) => ({ name: String(p.product?.name ?? p.product?.id ?? ''), quantity: p.quantity, revenueCents: cents(p.revenue) })),
    });
    const named = await run<SalesData>(fetch, TOOL_LABEL.sales, q('id name'), { from, to }, pick);
    if (named.ok || !/instalação/.test(named.reason)) return named;
    return run<SalesData>(fetch, TOOL_LABEL.sales, q('id'), { from, to }, pick);
  },
  energy: (fetch, asOf) =>
    run<EnergyData>(
      fetch,
      TOOL_LABEL.energy,
      `query ConsultantEnergy { energyOverview { units openInvoices { referenceMonth amount { cents } dueDate status } openAmount { cents } last12MonthsCost { cents } last12MonthsKwh } }`,
      {},
      (d) => {
        const o = d.energyOverview;
        const open = (o.openInvoices as any[]).map((i) => ({ referenceMonth: i.referenceMonth, dueDate: i.dueDate, amountCents: cents(i.amount), status: i.status }));
        const next = open.filter((i) => i.dueDate >= asOf).sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0] ?? null;
        return {
          units: o.units,
          openInvoices: open.length,
          overdueInvoices: open.filter((i) => i.status === 'OVERDUE' || i.dueDate < asOf).length,
          openAmountCents: cents(o.openAmount),
          last12MonthsCostCents: cents(o.last12MonthsCost),
          last12MonthsKwh: o.last12MonthsKwh,
          nextDue: next ? { referenceMonth: next.referenceMonth, dueDate: next.dueDate, amountCents: next.amountCents } : null,
        };
      },
    ),
};

/** Which tools each specialist calls. */
export const AGENT_TOOLS: Record<'ANALYST' | 'COMMERCIAL' | 'FINANCIAL' | 'FISCAL' | 'OPERATIONS', ToolName[]> = {
  ANALYST: [],
  COMMERCIAL: ['sales', 'revenue'],
  FINANCIAL: ['cashFlow', 'bank'],
  FISCAL: ['limit', 'das', 'revenue'],
  OPERATIONS: ['energy', 'cashFlow'],
};

/**
 * The tools of one execution: each is called at most once (agents sharing a tool share the answer),
 * so every agent sees the same figures.
 */
export class DataTools {
  private readonly cache = new Map<ToolName, Promise<Slot<any>>>();
  constructor(
    private readonly fetch: SupergraphFetch,
    readonly asOf: string,
  ) {}
  call<T = any>(name: ToolName): Promise<Slot<T>> {
    let p = this.cache.get(name);
    if (!p) {
      p = TOOLS[name](this.fetch, this.asOf);
      this.cache.set(name, p);
    }
    return p as Promise<Slot<T>>;
  }
  async snapshot(): Promise<AccountData> {
    const names = Object.keys(TOOLS) as ToolName[];
    const slots = await Promise.all(names.map((n) => this.call(n)));
    const out: any = { asOf: this.asOf, period: analysisPeriod(this.asOf) };
    names.forEach((n, i) => (out[n] = slots[i]));
    return out as AccountData;
  }
}
