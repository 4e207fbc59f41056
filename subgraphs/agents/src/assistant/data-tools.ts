import { tool, type StructuredToolInterface } from '@langchain/core/tools';
import { formatBRL, plural } from '@prumo/br';
import { SupergraphError, SupergraphUnavailableError, type SupergraphClient } from '../supergraph';
import { monthKeyOf, monthLabel, planBalances, planDas, planEnergyInvoices, planExpenses, planLimit, planRevenue, todayIn, type Today } from './intents';

/** A figure the answer took from the account's own data (shown as a citation). */
export interface DataCitation {
  kind: 'DATA';
  title: string;
  label: string;
  excerpt: string;
  link: string;
}

export interface DataToolEnv {
  supergraph: SupergraphClient;
  /** The user's access token (the request's, or a delegated one). */
  token: () => Promise<string>;
  now: () => Date;
  /** Citations of the data actually used, filled as tools run. */
  cited: DataCitation[];
}

const brl = (cents: number) => formatBRL(cents) ?? `${cents} centavos`;
const brDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);
const percent = (p: number) => `${p.toLocaleString('pt-BR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

const MODULE_NAMES: Record<string, string> = { fiscal: 'Fiscal', finance: 'Financeiro', energy: 'Energia', marketplace: 'Marketplace' };

/** Runs a supergraph query for a tool; module problems become clear sentences, not failures. */
async function ask<T>(env: DataToolEnv, module: string, query: string, variables: Record<string, unknown> = {}): Promise<T | string> {
  try {
    return await env.supergraph.querySupergraph<T>(query, variables, { token: await env.token() });
  } catch (err) {
    const name = MODULE_NAMES[module] ?? module;
    if (err instanceof SupergraphError && err.moduleDisabled) {
      return `O módulo ${name} não está ativo no plano desta conta, então não consigo consultar esses dados. Ative-o em Planos para usar esta pergunta.`;
    }
    if (err instanceof SupergraphError && err.fieldMissing) {
      return `O módulo ${name} não está disponível nesta instalação do Prumo, então não consigo consultar esses dados.`;
    }
    if (err instanceof SupergraphError && (err.code === 'FORBIDDEN' || err.code === 'UNAUTHENTICATED')) {
      return `Você não tem permissão para ver os dados do módulo ${name} nesta conta.`;
    }
    if (err instanceof SupergraphError || err instanceof SupergraphUnavailableError) {
      return `Não consegui consultar os dados do módulo ${name} agora (${err.message}). Tente novamente em instantes.`;
    }
    throw err;
  }
}

function make(
  env: DataToolEnv,
  spec: { name: string; description: string; properties?: Record<string, unknown>; plan: (q: string, t: Today) => Record<string, unknown> | null },
  run: (args: any, t: Today) => Promise<string>,
): StructuredToolInterface {
  const t = () => todayIn(env.now());
  const built = tool(async (args: Record<string, unknown>) => run(args ?? {}, t()), {
    name: spec.name,
    description: spec.description,
    schema: { type: 'object', properties: spec.properties ?? {}, additionalProperties: false },
  });
  built.metadata = { offlinePlan: (q: string) => spec.plan(q, t()) };
  return built as unknown as StructuredToolInterface;
}

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The assistant's data tools: each calls the supergraph as the user and answers with the exact
 * figures, in a sentence the answer can quote as is.
 */
export function dataTools(env: DataToolEnv): StructuredToolInterface[] {
  return [
    make(
      env,
      {
        name: 'faturamento',
        description:
          'Faturamento exato da conta (receita bruta contada para o limite do MEI). Informe month (AAAA-MM) para um mês, ou year para o ano até agora. "Mês passado" = o mês anterior ao atual no horário de Brasília.',
        properties: { month: { type: 'string', description: 'AAAA-MM' }, year: { type: 'integer' } },
        plan: (q, t) => planRevenue(q, t),
      },
      async (args: { month?: string; year?: number }, t) => {
        if (args.month && MONTH_RE.test(args.month)) {
          const r = await ask<{ revenue: { month: string; totalCents: number; entries: number } }>(
            env,
            'fiscal',
            `query AssistantRevenue($m: String!) { revenue(month: $m) { month totalCents entries } }`,
            { m: args.month },
          );
          if (typeof r === 'string') return r;
          const v = r.revenue;
          const text = v.entries
            ? `Faturamento de ${monthLabel(v.month)}: ${brl(v.totalCents)} (${plural(v.entries, 'lançamento')}).`
            : `Não há faturamento registrado em ${monthLabel(v.month)}: ${brl(0)}.`;
          env.cited.push({ kind: 'DATA', title: 'Faturamento do mês', label: monthLabel(v.month), excerpt: text, link: '/painel' });
          return text;
        }
        const year = Number.isInteger(args.year) ? Number(args.year) : t.year;
        const r = await ask<{ meiLimit: { year: number; applies: boolean; revenueCents: number; limitCents: number; percent: number } }>(
          env,
          'fiscal',
          `query AssistantYearRevenue($y: Int) { meiLimit(year: $y) { year applies revenueCents limitCents percent } }`,
          { y: year },
        );
        if (typeof r === 'string') return r;
        const v = r.meiLimit;
        const text =
          `Faturamento de ${v.year}${v.year === t.year ? ' até agora' : ''}: ${brl(v.revenueCents)}` +
          (v.applies ? `, ${percent(v.percent)} do limite de ${brl(v.limitCents)}.` : '.');
        env.cited.push({ kind: 'DATA', title: 'Faturamento do ano', label: String(v.year), excerpt: text, link: '/painel' });
        return text;
      },
    ),
    make(
      env,
      {
        name: 'limite_mei',
        description: 'Situação do limite de faturamento do MEI da conta no ano: limite aplicável, faturado, quanto ainda pode faturar, percentual e situação.',
        properties: { year: { type: 'integer' } },
        plan: (q, t) => planLimit(q, t),
      },
      async (args: { year?: number }, t) => {
        const year = Number.isInteger(args.year) ? Number(args.year) : t.year;
        const r = await ask<{ meiLimit: { year: number; applies: boolean; limitCents: number; revenueCents: number; remainingCents: number; percent: number; meaning: string; proportional: boolean } }>(
          env,
          'fiscal',
          `query AssistantLimit($y: Int) { meiLimit(year: $y) { year applies limitCents revenueCents remainingCents percent meaning proportional } }`,
          { y: year },
        );
        if (typeof r === 'string') return r;
        const v = r.meiLimit;
        if (!v.applies) {
          const text = `O limite do MEI não se aplica à sua empresa: o perfil fiscal diz que ela não é MEI. Faturado em ${v.year}: ${brl(v.revenueCents)}.`;
          env.cited.push({ kind: 'DATA', title: 'Limite do MEI', label: String(v.year), excerpt: text, link: '/configuracoes?aba=fiscal' });
          return text;
        }
        const text =
          `Limite do MEI em ${v.year}: ${brl(v.limitCents)}${v.proportional ? ' (proporcional ao ano de abertura)' : ''}. ` +
          `Faturado: ${brl(v.revenueCents)} (${percent(v.percent)}). ` +
          (v.remainingCents > 0 ? `Ainda pode faturar ${brl(v.remainingCents)}. ` : 'Não resta limite a faturar. ') +
          v.meaning;
        env.cited.push({ kind: 'DATA', title: 'Limite do MEI', label: String(v.year), excerpt: text, link: '/painel' });
        return text.trim();
      },
    ),
    make(
      env,
      {
        name: 'proximo_das',
        description: 'O próximo DAS-MEI a pagar: competência, vencimento e valor pelas regras vigentes.',
        plan: (q) => planDas(q),
      },
      async (_args, t) => {
        const today = `${monthKeyOf(t.year, t.month)}-${String(t.day).padStart(2, '0')}`;
        const q = `query AssistantDas($y: Int) { dasCalendar(year: $y) { competence dueDate amountCents overdue } }`;
        type Das = { competence: string; dueDate: string; amountCents: number | null; overdue: boolean };
        let next: Das | undefined;
        for (const year of [t.year, t.year + 1]) {
          const r = await ask<{ dasCalendar: Das[] }>(env, 'fiscal', q, { y: year });
          if (typeof r === 'string') return r;
          next = r.dasCalendar.filter((d) => d.dueDate >= today).sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
          if (next) break;
        }
        if (!next) return 'Não há DAS-MEI a pagar: ou o calendário não tem uma próxima guia, ou o perfil fiscal diz que a empresa não é MEI.';
        const value = next.amountCents === null ? 'valor não calculado (informe a atividade da empresa no perfil fiscal)' : `valor ${brl(next.amountCents)}`;
        const text = `Próximo DAS-MEI: competência ${monthLabel(next.competence)}, vence em ${brDate(next.dueDate)}, ${value}.`;
        env.cited.push({ kind: 'DATA', title: 'Calendário do DAS', label: next.competence, excerpt: text, link: '/painel' });
        return text;
      },
    ),
    make(
      env,
      {
        name: 'maiores_despesas',
        description: 'As maiores despesas (saídas) de um mês (AAAA-MM; padrão: o mês atual), com o total de despesas do mês.',
        properties: { month: { type: 'string', description: 'AAAA-MM' } },
        plan: (q, t) => planExpenses(q, t),
      },
      async (args: { month?: string }, t) => {
        const month = args.month && MONTH_RE.test(args.month) ? args.month : monthKeyOf(t.year, t.month);
        const [y, m] = month.split('-').map(Number);
        const from = `${month}-01`;
        const to = `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
        type Tx = { id: string; amount: { cents: number }; date: string; description: string | null; counterparty: string | null; category: string | null };
        const rows: Tx[] = [];
        let after: string | null = null;
        let total: number | null = null;
        for (let page = 0; page < 10; page++) {
          const r: any = await ask<any>(
            env,
            'finance',
            `query AssistantExpenses($f: TransactionFilter, $after: String, $from: String!, $to: String!) {
               transactions(first: 100, after: $after, filter: $f) { edges { node { id amount { cents } date description counterparty category } } pageInfo { hasNextPage endCursor } }
               cashFlow(from: $from, to: $to) { totalExpense { cents } }
             }`,
            { f: { kind: 'EXPENSE', from, to }, after, from, to },
          );
          if (typeof r === 'string') return r;
          total = r.cashFlow.totalExpense.cents;
          rows.push(...r.transactions.edges.map((e: { node: Tx }) => e.node));
          if (!r.transactions.pageInfo.hasNextPage) break;
          after = r.transactions.pageInfo.endCursor;
        }
        if (!rows.length) return `Não há despesas registradas em ${monthLabel(month)}.`;
        const top = rows.sort((a, b) => Math.abs(b.amount.cents) - Math.abs(a.amount.cents) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).slice(0, 5);
        const lines = top.map((x, i) => {
          const what = x.description || x.counterparty || x.category || 'Despesa';
          return `${i + 1}) ${what}: ${brl(Math.abs(x.amount.cents))} em ${brDate(x.date)}${x.category ? ` (categoria ${x.category})` : ''}`;
        });
        const text = `Maiores despesas de ${monthLabel(month)}: ${lines.join('; ')}. Total de despesas no mês: ${brl(Math.abs(total ?? 0))}.`;
        env.cited.push({ kind: 'DATA', title: 'Despesas do mês', label: monthLabel(month), excerpt: text, link: '/financeiro' });
        return text;
      },
    ),
    make(
      env,
      {
        name: 'saldo_contas',
        description: 'Saldo atual de cada conta bancária cadastrada no Financeiro e o total.',
        plan: (q) => planBalances(q),
      },
      async () => {
        const r = await ask<{ bankAccounts: Array<{ id: string; name: string; bankName: string; balance: { cents: number } }> }>(
          env,
          'finance',
          `query AssistantBalances { bankAccounts { id name bankName balance { cents } } }`,
        );
        if (typeof r === 'string') return r;
        if (!r.bankAccounts.length) return 'Não há contas bancárias cadastradas no Financeiro.';
        const total = r.bankAccounts.reduce((s, a) => s + a.balance.cents, 0);
        const text = `Saldo das contas: ${r.bankAccounts.map((a) => `${a.name} (${a.bankName}): ${brl(a.balance.cents)}`).join('; ')}. Total: ${brl(total)}.`;
        env.cited.push({ kind: 'DATA', title: 'Contas bancárias', label: 'Saldos', excerpt: text, link: '/financeiro' });
        return text;
      },
    ),
    make(
      env,
      {
        name: 'faturas_energia_abertas',
        description: 'Faturas de energia em aberto (não pagas, incluindo vencidas) das unidades consumidoras da conta, com valor e vencimento.',
        plan: (q) => planEnergyInvoices(q),
      },
      async () => {
        const r = await ask<{ energyOverview: { openInvoices: Array<{ id: string; referenceMonth: string; amount: { cents: number }; dueDate: string; status: string; unit: { uc: string } }>; openAmount: { cents: number } } }>(
          env,
          'energy',
          `query AssistantEnergy { energyOverview { openInvoices { id referenceMonth amount { cents } dueDate status unit { uc } } openAmount { cents } } }`,
        );
        if (typeof r === 'string') return r;
        // By due date; one line per invoice, named by its consumer unit (a holder often has several).
        const inv = [...r.energyOverview.openInvoices].sort(
          (a, b) => a.dueDate.localeCompare(b.dueDate) || a.unit.uc.localeCompare(b.unit.uc) || a.referenceMonth.localeCompare(b.referenceMonth) || a.id.localeCompare(b.id),
        );
        if (!inv.length) return 'Não há faturas de energia em aberto.';
        const lines = inv.map((i) => `UC ${i.unit.uc}, referência ${monthLabel(i.referenceMonth)}, ${brl(i.amount.cents)}, ${i.status === 'OVERDUE' ? 'venceu em' : 'vence em'} ${brDate(i.dueDate)}`);
        const text = `Faturas de energia em aberto: ${inv.length} (total ${brl(r.energyOverview.openAmount.cents)}): ${lines.join('; ')}.`;
        env.cited.push({ kind: 'DATA', title: 'Faturas de energia', label: 'Em aberto', excerpt: text, link: '/energia' });
        return text;
      },
    ),
  ];
}
