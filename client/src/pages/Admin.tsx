import { useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { Alert } from '../components/forms';
import { graphql } from '../gql';
import { apiError } from '../lib/errors';
import { formatDateTime, moduleLabel } from '../lib/format';
import { useMe } from '../lib/me';

const AdminAccountsDocument = graphql(`
  query AdminAccounts($search: String, $first: Int, $after: String) {
    adminAccounts(search: $search, first: $first, after: $after) {
      nodes {
        id
        name
        taxId
        taxIdKind
        status
        planCode
        modules
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const AdminLeadsDocument = graphql(`
  query AdminLeads($first: Int, $after: String) {
    adminLeads(first: $first, after: $after) {
      nodes {
        id
        name
        email
        whatsapp
        message
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE_SIZE = 20;

function MoreRow({ colSpan, fetching, hasMore, empty, onMore }: { colSpan: number; fetching: boolean; hasMore: boolean; empty: boolean; onMore(): void }) {
  return (
    <tr className="table__more">
      <td colSpan={colSpan}>
        {fetching ? (
          <span role="status">Carregando…</span>
        ) : hasMore ? (
          <button type="button" className="button button--small" onClick={onMore}>
            Carregar mais
          </button>
        ) : (
          <span className="muted">{empty ? 'Nada encontrado.' : 'Fim da lista.'}</span>
        )}
      </td>
    </tr>
  );
}

function AccountRows({ search, after, isLast, onMore }: { search: string; after: string | null; isLast: boolean; onMore(c: string): void }) {
  const [result] = useQuery({
    query: AdminAccountsDocument,
    variables: { search: search || null, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const page = result.data?.adminAccounts;
  return (
    <>
      {page?.nodes.map((a) => (
        <tr key={a.id}>
          <td data-label="Empresa">{a.name}</td>
          <td data-label="Documento">
            {a.taxId} <span className="muted small">{a.taxIdKind}</span>
          </td>
          <td data-label="Plano">{a.planCode}</td>
          <td data-label="Módulos">{a.modules.map(moduleLabel).join(', ') || '—'}</td>
          <td data-label="Situação">
            <span className={`badge${a.status === 'SUSPENDED' ? ' badge--revoked' : ''}`}>{a.status === 'ACTIVE' ? 'Ativa' : 'Suspensa'}</span>
          </td>
          <td data-label="Criada">{formatDateTime(a.createdAt)}</td>
        </tr>
      ))}
      {result.error && (
        <tr>
          <td colSpan={6}>
            <Alert>{apiError(result.error)?.message}</Alert>
          </td>
        </tr>
      )}
      {isLast && (
        <MoreRow
          colSpan={6}
          fetching={result.fetching && !page}
          hasMore={!!page?.pageInfo.hasNextPage && !!page.pageInfo.endCursor}
          empty={!!page && page.nodes.length === 0 && after === null}
          onMore={() => onMore(page!.pageInfo.endCursor!)}
        />
      )}
    </>
  );
}

function LeadRows({ after, isLast, onMore }: { after: string | null; isLast: boolean; onMore(c: string): void }) {
  const [result] = useQuery({ query: AdminLeadsDocument, variables: { first: PAGE_SIZE, after }, requestPolicy: 'cache-and-network' });
  const page = result.data?.adminLeads;
  return (
    <>
      {page?.nodes.map((l) => (
        <tr key={l.id}>
          <td data-label="Recebido">{formatDateTime(l.createdAt)}</td>
          <td data-label="Nome">{l.name}</td>
          <td data-label="Contato">
            <a href={`mailto:${l.email}`}>{l.email}</a>
            <br />
            <a href={`https://wa.me/${l.whatsapp.replace(/\D/g, '')}`} target="_blank" rel="noreferrer">
              WhatsApp +{l.whatsapp}
            </a>
          </td>
          <td data-label="Mensagem" className="table__message">
            {l.message}
          </td>
        </tr>
      ))}
      {result.error && (
        <tr>
          <td colSpan={4}>
            <Alert>{apiError(result.error)?.message}</Alert>
          </td>
        </tr>
      )}
      {isLast && (
        <MoreRow
          colSpan={4}
          fetching={result.fetching && !page}
          hasMore={!!page?.pageInfo.hasNextPage && !!page.pageInfo.endCursor}
          empty={!!page && page.nodes.length === 0 && after === null}
          onMore={() => onMore(page!.pageInfo.endCursor!)}
        />
      )}
    </>
  );
}

function AccountsSection() {
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => {
    const t = setTimeout(() => {
      setSearch(input.trim());
      setCursors([null]);
    }, 300);
    return () => clearTimeout(t);
  }, [input]);

  return (
    <section className="card" aria-labelledby="admin-accounts">
      <div className="card__head">
        <h2 id="admin-accounts">Contas</h2>
        <div className="field field--compact">
          <label htmlFor="admin-search">Buscar contas</label>
          <input id="admin-search" type="search" placeholder="Nome ou CNPJ/CPF" value={input} onChange={(e) => setInput(e.target.value)} />
        </div>
      </div>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Empresa</th>
              <th scope="col">Documento</th>
              <th scope="col">Plano</th>
              <th scope="col">Módulos</th>
              <th scope="col">Situação</th>
              <th scope="col">Criada</th>
            </tr>
          </thead>
          <tbody>
            {cursors.map((c, i) => (
              <AccountRows key={`${search}:${c ?? ''}`} search={search} after={c} isLast={i === cursors.length - 1} onMore={(n) => setCursors((cs) => [...cs, n])} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function LeadsSection() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <section className="card" aria-labelledby="admin-leads">
      <div className="card__head">
        <h2 id="admin-leads">Contatos recebidos</h2>
      </div>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Recebido</th>
              <th scope="col">Nome</th>
              <th scope="col">Contato</th>
              <th scope="col">Mensagem</th>
            </tr>
          </thead>
          <tbody>
            {cursors.map((c, i) => (
              <LeadRows key={c ?? 'first'} after={c} isLast={i === cursors.length - 1} onMore={(n) => setCursors((cs) => [...cs, n])} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function AdminPage() {
  const { me } = useMe();
  if (!me) return null;
  if (!me.staff) return <Navigate to="/painel" replace />;
  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">Equipe Prumo</p>
        <h1>Administração</h1>
      </header>
      <div className="stack">
        <AccountsSection />
        <LeadsSection />
      </div>
    </div>
  );
}
