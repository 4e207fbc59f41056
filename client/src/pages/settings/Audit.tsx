import { useState } from 'react';
import { useQuery } from 'urql';
import { Alert } from '../../components/forms';
import { graphql } from '../../gql';
import { apiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';

const AuditLogDocument = graphql(`
  query AuditLog($first: Int, $after: String) {
    auditLog(first: $first, after: $after) {
      nodes {
        id
        action
        target
        ip
        userAgent
        metadata
        createdAt
        actor {
          id
          name
          email
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE_SIZE = 20;

const ACTION_LABELS: Record<string, string> = {
  sign_up: 'Cadastro',
  sign_in: 'Entrada',
  sign_in_failed: 'Tentativa de entrada recusada',
  sign_out: 'Saída',
  refresh_token_reuse: 'Reuso de token de renovação (sessão encerrada)',
  account_switched: 'Troca de conta',
  member_invited: 'Convite enviado',
  invitation_revoked: 'Convite revogado',
  invitation_accepted: 'Convite aceito',
  member_role_changed: 'Papel alterado',
  member_removed: 'Membro removido',
  api_key_created: 'Chave de API criada',
  api_key_revoked: 'Chave de API revogada',
};

function AuditRows({ after, isLast, onMore }: { after: string | null; isLast: boolean; onMore(cursor: string): void }) {
  const [result] = useQuery({ query: AuditLogDocument, variables: { first: PAGE_SIZE, after }, requestPolicy: 'cache-and-network' });
  const page = result.data?.auditLog;
  return (
    <>
      {page?.nodes.map((e) => (
        <tr key={e.id}>
          <td data-label="Quando">{formatDateTime(e.createdAt)}</td>
          <td data-label="Evento">{ACTION_LABELS[e.action] ?? e.action}</td>
          <td data-label="Quem">{e.actor ? e.actor.name : '—'}</td>
          <td data-label="Alvo">{e.target ?? '—'}</td>
          <td data-label="IP">{e.ip ?? '—'}</td>
        </tr>
      ))}
      {result.error && (
        <tr>
          <td colSpan={5}>
            <Alert>{apiError(result.error)?.message}</Alert>
          </td>
        </tr>
      )}
      {isLast && (
        <tr className="table__more">
          <td colSpan={5}>
            {result.fetching && !page ? (
              <span role="status">Carregando…</span>
            ) : page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
              <button type="button" className="button button--small" onClick={() => onMore(page.pageInfo.endCursor!)}>
                Carregar mais
              </button>
            ) : page && page.nodes.length === 0 && after === null ? (
              <span className="muted">Nenhum evento registrado.</span>
            ) : (
              <span className="muted">Fim do registro.</span>
            )}
          </td>
        </tr>
      )}
    </>
  );
}

export function AuditTab() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <section aria-labelledby="audit-title">
      <div className="section-head">
        <h2 id="audit-title">Auditoria</h2>
        <p className="muted">Eventos de segurança da conta: entradas, convites, chaves e mudanças de papel.</p>
      </div>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Quando</th>
              <th scope="col">Evento</th>
              <th scope="col">Quem</th>
              <th scope="col">Alvo</th>
              <th scope="col">IP</th>
            </tr>
          </thead>
          <tbody>
            {cursors.map((c, i) => (
              <AuditRows key={c ?? 'first'} after={c} isLast={i === cursors.length - 1} onMore={(next) => setCursors((cs) => [...cs, next])} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
