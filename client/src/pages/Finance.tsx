import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert, Field, Select } from '../components/forms';
import { CategoryChart, MonthlyCashFlowChart } from '../components/finance/CashFlowChart';
import { ImportWizard } from '../components/finance/ImportWizard';
import '../components/finance/finance.css';
import { apiError, fieldErrors } from '../lib/errors';
import { parseReais, plural } from '../lib/format';
import {
  ACCOUNT_KIND_LABELS,
  BankAccountsDocument,
  CashFlowDocument,
  CreateBankAccountDocument,
  CreateTransactionDocument,
  DeleteTransactionDocument,
  FinanceTransactionsDocument,
  formatIsoDate,
  KIND_LABELS,
  monthsAgoStart,
  spToday,
  UpdateTransactionDocument,
  type BankAccountRow,
  type TransactionRow,
} from '../lib/finance';
import type { TransactionFilter } from '../gql/graphql';

/** Stable context: lists refetch after any mutation touching these types. */
const FINANCE_CONTEXT = { additionalTypenames: ['Transaction', 'BankAccount', 'StatementImportResult'] };
const PAGE_SIZE = 25;

function AccountsSection({ accounts, banks, onChange }: { accounts: BankAccountRow[]; banks: { code: string; shortName: string }[]; onChange: () => void }) {
  const [open, setOpen] = useState(false);
  const [state, create] = useMutation(CreateBankAccountDocument);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const opening = String(f.get('opening') ?? '').trim();
    const negative = opening.startsWith('-');
    const cents = opening ? parseReais(opening.replace(/^-/, '')) : 0;
    if (cents === null) {
      setErrors({ openingBalanceCents: 'Valor inválido: use o formato 1.234,56.' });
      return;
    }
    const r = await create({
      input: {
        name: String(f.get('name') ?? ''),
        bankCode: String(f.get('bankCode') ?? ''),
        agency: String(f.get('agency') ?? ''),
        number: String(f.get('number') ?? ''),
        kind: f.get('kind') === 'SAVINGS' ? 'SAVINGS' : 'CHECKING',
        openingBalanceCents: negative ? -cents : cents,
      },
    });
    if (r.error) {
      setErrors(fieldErrors(r.error));
      setMessage(apiError(r.error)?.message ?? null);
      return;
    }
    setErrors({});
    setMessage(null);
    setOpen(false);
    onChange();
  };

  return (
    <section className="card" aria-labelledby="fin-accounts-title">
      <div className="card__head">
        <h2 id="fin-accounts-title">Contas</h2>
        <button type="button" className="button button--small" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? 'Fechar' : 'Nova conta'}
        </button>
      </div>
      {open && (
        <form className="fin-form" onSubmit={submit} noValidate>
          <Field label="Nome" name="name" placeholder="Conta PJ" error={errors.name} required />
          <Select label="Banco" name="bankCode" error={errors.bankCode} defaultValue="341">
            {banks.map((b) => (
              <option key={b.code} value={b.code}>
                {b.code} · {b.shortName}
              </option>
            ))}
          </Select>
          <Field label="Agência" name="agency" inputMode="numeric" error={errors.agency} required />
          <Field label="Conta com dígito" name="number" placeholder="12345-6" error={errors.number} required />
          <Select label="Tipo" name="kind">
            <option value="CHECKING">Conta corrente</option>
            <option value="SAVINGS">Poupança</option>
          </Select>
          <Field label="Saldo inicial (R$)" name="opening" placeholder="0,00" inputMode="decimal" error={errors.openingBalanceCents} />
          <button type="submit" className="button button--primary" disabled={state.fetching}>
            Cadastrar
          </button>
          {message && !Object.keys(errors).length && <Alert>{message}</Alert>}
        </form>
      )}
      {accounts.length === 0 ? (
        <p className="muted">Nenhuma conta cadastrada ainda.</p>
      ) : (
        <div className="fin-accounts">
          {accounts.map((a) => (
            <article key={a.id} className="fin-account" data-testid="bank-account">
              <div className="fin-account__bank">
                {a.bankCode} · {a.bankName} · {ACCOUNT_KIND_LABELS[a.kind]}
              </div>
              <strong>{a.name}</strong>
              <div className={`fin-account__balance${a.balance.cents < 0 ? ' is-negative' : ''}`}>{a.balance.formatted}</div>
              <div className="muted small">
                Ag. {a.agency} · Conta {a.number}
              </div>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}

function CashFlowSection() {
  const [months, setMonths] = useState(6);
  const [vars] = useState(() => ({ to: spToday() }));
  const variables = { from: monthsAgoStart(months - 1), to: vars.to };
  const [r] = useQuery({ query: CashFlowDocument, variables, context: FINANCE_CONTEXT, requestPolicy: 'cache-and-network' });
  const flow = r.data?.cashFlow;
  return (
    <section className="card" aria-labelledby="cf-title">
      <div className="card__head">
        <h2 id="cf-title">Fluxo de caixa</h2>
        <div className="fin-period">
          <label htmlFor="cf-months" className="small muted">
            Período
          </label>
          <select id="cf-months" value={months} onChange={(e) => setMonths(Number(e.target.value))}>
            <option value={3}>3 meses</option>
            <option value={6}>6 meses</option>
            <option value={12}>12 meses</option>
          </select>
        </div>
      </div>
      {!flow ? (
        <p className="muted">{r.error ? apiError(r.error)?.message : 'Carregando…'}</p>
      ) : (
        <>
          <dl className="facts">
            <div>
              <dt>Entradas</dt>
              <dd className="fin-amount--income">{flow.totalIncome.formatted}</dd>
            </div>
            <div>
              <dt>Saídas</dt>
              <dd className="fin-amount--expense">{flow.totalExpense.formatted}</dd>
            </div>
            <div>
              <dt>Resultado</dt>
              <dd className={flow.net.cents < 0 ? 'fin-amount--expense' : undefined}>{flow.net.formatted}</dd>
            </div>
          </dl>
          <p className="fin-legend">
            <span className="is-income">Entradas</span>
            <span className="is-expense">Saídas</span>
            <span className="is-net">Resultado do mês (quando positivo)</span>
          </p>
          {flow.months.every((m) => m.income.cents === 0 && m.expense.cents === 0) ? (
            <p className="muted">Nenhuma movimentação no período: cadastre lançamentos ou importe um extrato.</p>
          ) : (
            <MonthlyCashFlowChart flow={flow} />
          )}
          <CategoryChart flow={flow} />
        </>
      )}
    </section>
  );
}

function CategoryCell({ t }: { t: TransactionRow }) {
  const [value, setValue] = useState(t.category ?? '');
  const [state, update] = useMutation(UpdateTransactionDocument);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const next = value.trim();
    if (next === (t.category ?? '')) return;
    const r = await update({ id: t.id, input: { category: next || null } });
    setError(r.error ? (apiError(r.error)?.message ?? 'Erro ao salvar.') : null);
  };
  return (
    <>
      <input
        className="fin-cat-input"
        aria-label={`Categoria de ${t.code}`}
        value={value}
        placeholder="Sem categoria"
        maxLength={60}
        disabled={state.fetching}
        onChange={(e) => setValue(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          if (e.key === 'Escape') setValue(t.category ?? '');
        }}
      />
      {error && <span className="field__error small">{error}</span>}
    </>
  );
}

function NewTransactionForm({ accounts, onDone }: { accounts: BankAccountRow[]; onDone: () => void }) {
  const [state, create] = useMutation(CreateTransactionDocument);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [kind, setKind] = useState<'INCOME' | 'EXPENSE'>('EXPENSE');
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const cents = parseReais(String(f.get('amount') ?? ''));
    if (!cents) {
      setErrors({ amountCents: 'Informe um valor maior que zero (ex.: 1.234,56).' });
      return;
    }
    const r = await create({
      input: {
        bankAccountId: String(f.get('bankAccountId')),
        kind,
        amountCents: cents,
        date: String(f.get('date') ?? ''),
        category: String(f.get('category') ?? '') || null,
        counterparty: String(f.get('counterparty') ?? '') || null,
        description: String(f.get('description') ?? '') || null,
        countsAsRevenue: kind === 'INCOME' && f.get('countsAsRevenue') === 'on',
      },
    });
    if (r.error) {
      setErrors({ _: apiError(r.error)?.message ?? '', ...fieldErrors(r.error) });
      return;
    }
    setErrors({});
    form.reset();
    onDone();
  };
  return (
    <form className="fin-form" onSubmit={submit} noValidate>
      <Select label="Conta" name="bankAccountId" error={errors.bankAccountId}>
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </Select>
      <Select label="Tipo" value={kind} onChange={(e) => setKind(e.target.value as 'INCOME' | 'EXPENSE')}>
        <option value="EXPENSE">Saída</option>
        <option value="INCOME">Entrada</option>
      </Select>
      <Field label="Valor (R$)" name="amount" inputMode="decimal" placeholder="0,00" error={errors.amountCents} required />
      <Field label="Data" name="date" type="date" defaultValue={spToday()} error={errors.date} required />
      <Field label="Categoria" name="category" error={errors.category} />
      <Field label="Contraparte" name="counterparty" error={errors.counterparty} />
      <Field label="Descrição" name="description" error={errors.description} />
      {kind === 'INCOME' && (
        <label className="small">
          <input type="checkbox" name="countsAsRevenue" /> Conta como faturamento do MEI
        </label>
      )}
      <button type="submit" className="button button--primary" disabled={state.fetching}>
        Lançar
      </button>
      {errors._ && <Alert>{errors._}</Alert>}
    </form>
  );
}

function TransactionsSection({ accounts }: { accounts: BankAccountRow[] }) {
  const [filter, setFilter] = useState<TransactionFilter>({});
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [showNew, setShowNew] = useState(false);
  const [removeState, remove] = useMutation(DeleteTransactionDocument);
  const setF = (patch: Partial<TransactionFilter>) => {
    setFilter((f) => {
      const next = { ...f, ...patch };
      for (const k of Object.keys(next) as (keyof TransactionFilter)[]) if (next[k] === '' || next[k] == null) delete next[k];
      return next;
    });
    setPages([null]);
  };
  return (
    <section className="card" aria-labelledby="fin-tx-title">
      <div className="card__head">
        <h2 id="fin-tx-title">Lançamentos</h2>
        {accounts.length > 0 && (
          <button type="button" className="button button--small" onClick={() => setShowNew((s) => !s)} aria-expanded={showNew}>
            {showNew ? 'Fechar' : 'Novo lançamento'}
          </button>
        )}
      </div>
      {showNew && (
        <fieldset className="fin-new">
          <legend>Novo lançamento</legend>
          <NewTransactionForm accounts={accounts} onDone={() => setShowNew(false)} />
        </fieldset>
      )}
      <div className="fin-filters" role="search" aria-label="Filtrar lançamentos">
        <Select label="Conta" value={filter.bankAccountId ?? ''} onChange={(e) => setF({ bankAccountId: e.target.value })}>
          <option value="">Todas</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
        <Select label="Tipo" value={filter.kind ?? ''} onChange={(e) => setF({ kind: (e.target.value || null) as TransactionFilter['kind'] })}>
          <option value="">Todos</option>
          <option value="INCOME">Entradas</option>
          <option value="EXPENSE">Saídas</option>
        </Select>
        <Field label="Categoria" value={filter.category ?? ''} onChange={(e) => setF({ category: e.target.value })} />
        <Field label="De" type="date" value={filter.from ?? ''} onChange={(e) => setF({ from: e.target.value })} />
        <Field label="Até" type="date" value={filter.to ?? ''} onChange={(e) => setF({ to: e.target.value })} />
        <Field label="Buscar" type="search" value={filter.search ?? ''} onChange={(e) => setF({ search: e.target.value })} placeholder="Descrição, contraparte, código" />
      </div>
      {removeState.error && <Alert>{apiError(removeState.error)?.message}</Alert>}
      {pages.map((after, i) => (
        <TransactionPage
          key={`${JSON.stringify(filter)}:${after ?? ''}`}
          filter={filter}
          after={after}
          first={i === 0}
          last={i === pages.length - 1}
          onMore={(cursor) => setPages((p) => [...p, cursor])}
          onDelete={async (id) => {
            // FINANCE_CONTEXT: the answer is a Boolean, so the lists and balances are refreshed by typename.
            if (window.confirm('Excluir este lançamento? O saldo da conta será ajustado.')) await remove({ id }, FINANCE_CONTEXT);
          }}
        />
      ))}
    </section>
  );
}

function TransactionPage({ filter, after, first, last, onMore, onDelete }: { filter: TransactionFilter; after: string | null; first: boolean; last: boolean; onMore: (cursor: string) => void; onDelete: (id: string) => void }) {
  const [r] = useQuery({ query: FinanceTransactionsDocument, variables: { first: PAGE_SIZE, after, filter }, context: FINANCE_CONTEXT, requestPolicy: 'cache-and-network' });
  const data = r.data?.transactions;
  if (!data) return <p className="muted">{r.error ? apiError(r.error)?.message : 'Carregando…'}</p>;
  return (
    <>
      {first && <p className="muted small">{plural(data.totalCount, 'lançamento')}</p>}
      {data.nodes.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            {first && (
              <thead>
                <tr>
                  <th>Data</th>
                  <th>Descrição</th>
                  <th>Categoria</th>
                  <th>Conta</th>
                  <th className="table__num">Valor</th>
                  <th>
                    <span className="visually-hidden">Ações</span>
                  </th>
                </tr>
              </thead>
            )}
            <tbody>
              {data.nodes.map((t) => (
                <tr key={t.id}>
                  <td>{formatIsoDate(t.date)}</td>
                  <td>
                    {t.description ?? t.counterparty ?? '—'}
                    <span className="muted small table__sub">
                      {t.code}
                      {t.counterparty && t.description ? ` · ${t.counterparty}` : ''}
                      {t.countsAsRevenue ? ' · faturamento' : ''}
                    </span>
                  </td>
                  <td>
                    <CategoryCell t={t} />
                  </td>
                  <td className="small">{t.bankAccount.name}</td>
                  <td className={`table__num fin-amount--${t.kind === 'INCOME' ? 'income' : 'expense'}`} title={KIND_LABELS[t.kind]}>
                    {t.kind === 'EXPENSE' ? '−' : ''}
                    {t.amount.formatted}
                  </td>
                  <td>
                    <button type="button" className="button button--small button--ghost" onClick={() => onDelete(t.id)} aria-label={`Excluir ${t.code}`}>
                      Excluir
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {last && data.pageInfo.hasNextPage && data.pageInfo.endCursor && (
        <button type="button" className="button button--small" onClick={() => onMore(data.pageInfo.endCursor!)}>
          Carregar mais
        </button>
      )}
    </>
  );
}

/** Finance (Lucrum): accounts with balances, cash flow charts, transactions and statement import. */
export function FinancePage() {
  const [r, refetch] = useQuery({ query: BankAccountsDocument, context: FINANCE_CONTEXT, requestPolicy: 'cache-and-network' });
  const accounts = r.data?.bankAccounts ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <div className="page finance-page">
      <header className="page__header">
        <p className="eyebrow">Finanças</p>
        <h1>Financeiro</h1>
      </header>
      {r.error && !r.data && <Alert>{apiError(r.error)?.message}</Alert>}
      <AccountsSection accounts={accounts} banks={r.data?.banks ?? []} onChange={reload} />
      <CashFlowSection />
      <section className="card" aria-labelledby="fin-import-title">
        <h2 id="fin-import-title">Importar extrato</h2>
        {r.data && <ImportWizard accounts={accounts} onImported={reload} />}
      </section>
      <TransactionsSection accounts={accounts} />
    </div>
  );
}
