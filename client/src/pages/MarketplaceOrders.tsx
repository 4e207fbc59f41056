import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../components/forms';
import { MarketplaceHeader } from '../components/marketplace/MarketplaceNav';
import { apiError, fieldErrors } from '../lib/errors';
import { formatDateTime, plural } from '../lib/format';
import { AnswerInquiryDocument, CancelOrderDocument, ConfirmOrderDocument, InquiriesDocument, ORDER_STATUS_LABELS, OrdersDocument, SalesSummaryDocument } from '../lib/marketplace';
import type { OrderRole, OrderStatus } from '../gql/graphql';

const CTX = { additionalTypenames: ['Order'] };

function monthRange(): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(new Date());
  return { from: `${today.slice(0, 7)}-01`, to: today };
}

function SalesThisMonth() {
  const [result] = useQuery({ query: SalesSummaryDocument, variables: monthRange(), context: CTX, requestPolicy: 'cache-and-network' });
  const s = result.data?.salesSummary;
  if (!s) return null;
  return (
    <section className="card">
      <h2>Vendas neste mês</h2>
      <p>
        <strong>{s.revenue.formatted}</strong> em {plural(s.completedOrders, 'venda concluída', 'vendas concluídas')} · {plural(s.pendingOrders, 'pedido pendente', 'pedidos pendentes')}
      </p>
      {s.topProducts.length > 0 && (
        <ol className="small">
          {s.topProducts.map((t) => (
            <li key={t.product.id}>
              {t.product.name}: {t.quantity} un. — {t.revenue.formatted}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The seller's one answer to a question; the buyer is notified. */
function AnswerForm({ inquiryId }: { inquiryId: string }) {
  const [text, setText] = useState('');
  const [state, answer] = useMutation(AnswerInquiryDocument);
  const error = fieldErrors(state.error).answer ?? apiError(state.error)?.message;
  return (
    <form
      className="mk-answer-form"
      aria-label="Responder pergunta"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await answer({ id: inquiryId, answer: text }, { additionalTypenames: ['Inquiry'] });
        if (!r.error) setText('');
      }}
    >
      <label className="visually-hidden" htmlFor={`answer-${inquiryId}`}>
        Resposta
      </label>
      <textarea id={`answer-${inquiryId}`} rows={2} value={text} onChange={(e) => setText(e.target.value)} placeholder="Escreva a resposta ao comprador" maxLength={2000} />
      {error && (
        <p role="alert" className="field__error">
          {error}
        </p>
      )}
      <button type="submit" className="button button--small button--primary" disabled={state.fetching}>
        {state.fetching ? 'Enviando…' : 'Responder'}
      </button>
    </form>
  );
}

function Inquiries({ role }: { role: OrderRole }) {
  const [result] = useQuery({ query: InquiriesDocument, variables: { role, first: 20 }, requestPolicy: 'cache-and-network' });
  const nodes = result.data?.inquiries.nodes ?? [];
  return (
    <section className="card">
      <h2>{role === 'SELLER' ? 'Perguntas recebidas' : 'Perguntas que fiz'}</h2>
      {nodes.length === 0 ? (
        <p className="muted">Nenhuma pergunta.</p>
      ) : (
        <ul className="timeline">
          {nodes.map((i) => (
            <li key={i.id} className="timeline__item">
              <strong>{role === 'SELLER' ? i.buyer.displayName : i.seller.displayName}</strong> sobre{' '}
              {i.product ? <Link to={`/marketplace/produtos/${i.product.id}`}>{i.product.name}</Link> : 'um produto'} — {formatDateTime(i.createdAt)}
              <p>{i.message}</p>
              {i.answer ? (
                <p className="mk-answer">
                  <span className="muted small">{role === 'SELLER' ? 'Sua resposta' : 'Resposta do vendedor'}:</span> {i.answer}
                </p>
              ) : role === 'SELLER' ? (
                <AnswerForm inquiryId={i.id} />
              ) : (
                <p className="muted small">Aguardando resposta do vendedor.</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Orders as buyer and as seller: confirm (seller), cancel (both, while pending), WhatsApp. */
export function MarketplaceOrdersPage() {
  const [role, setRole] = useState<OrderRole>('BUYER');
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const [after, setAfter] = useState<string | null>(null);
  const [result] = useQuery({ query: OrdersDocument, variables: { role, status: status || null, first: 20, after }, context: CTX, requestPolicy: 'cache-and-network' });
  const [confirmState, confirm] = useMutation(ConfirmOrderDocument);
  const [cancelState, cancel] = useMutation(CancelOrderDocument);
  const error = apiError(result.error) ?? apiError(confirmState.error) ?? apiError(cancelState.error);
  const page = result.data?.orders;
  return (
    <div className="page">
      <MarketplaceHeader title="Pedidos" />
      <div className="segmented" role="radiogroup" aria-label="Meu papel">
        {(['BUYER', 'SELLER'] as const).map((r) => (
          <label key={r} className="segmented__option">
            <input
              type="radio"
              name="role"
              checked={role === r}
              onChange={() => {
                setRole(r);
                setAfter(null);
              }}
            />{' '}
            {r === 'BUYER' ? 'Minhas compras' : 'Minhas vendas'}
          </label>
        ))}
        <select aria-label="Situação" value={status} onChange={(e) => {
            setStatus(e.target.value as OrderStatus | '');
            setAfter(null);
          }}>
          <option value="">Todas as situações</option>
          {Object.entries(ORDER_STATUS_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </div>
      {role === 'SELLER' && <SalesThisMonth />}
      {error && <Alert>{error.message}</Alert>}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>Data</th>
              <th>Produto</th>
              <th>{role === 'BUYER' ? 'Vendedor' : 'Comprador'}</th>
              <th className="table__num">Qtd.</th>
              <th className="table__num">Total</th>
              <th>Situação</th>
              <th>
                <span className="visually-hidden">Ações</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page?.nodes.length === 0 && (
              <tr>
                <td colSpan={7} className="table__message">
                  Nenhum pedido.
                </td>
              </tr>
            )}
            {page?.nodes.map((o) => (
              <tr key={o.id}>
                <td data-label="Data">{formatDateTime(o.createdAt)}</td>
                <td data-label="Produto">
                  {o.product ? <Link to={`/marketplace/produtos/${o.product.id}`}>{o.productName}</Link> : o.productName}
                  <div className="table__sub mono">
                    {o.productCode} · {o.unitPrice.formatted} cada
                  </div>
                </td>
                <td data-label={role === 'BUYER' ? 'Vendedor' : 'Comprador'}>{role === 'BUYER' ? o.seller.displayName : o.buyer.displayName}</td>
                <td data-label="Qtd." className="table__num">{o.quantity}</td>
                <td data-label="Total" className="table__num">{o.total.formatted}</td>
                <td data-label="Situação">
                  <span className={`badge ${o.status === 'COMPLETED' ? 'badge--status-active' : o.status === 'PENDING' ? 'badge--pending' : 'badge--muted'}`}>{ORDER_STATUS_LABELS[o.status]}</span>
                </td>
                <td className="table__actions mk-row-actions">
                  {o.status === 'PENDING' && role === 'SELLER' && (
                    <button type="button" className="button button--small button--primary" disabled={confirmState.fetching} onClick={() => confirm({ id: o.id }, CTX)}>
                      Confirmar venda
                    </button>
                  )}
                  {o.status === 'PENDING' && (
                    <button
                      type="button"
                      className="button button--small button--danger"
                      disabled={cancelState.fetching}
                      onClick={() => {
                        if (window.confirm('Cancelar este pedido? O estoque volta para o produto.')) cancel({ id: o.id }, CTX);
                      }}
                    >
                      Cancelar
                    </button>
                  )}
                  {role === 'BUYER' && o.whatsappUrl && (
                    <a className="button button--small mk-whatsapp" href={o.whatsappUrl} target="_blank" rel="noreferrer">
                      WhatsApp
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page?.pageInfo.hasNextPage && (
        <div className="table__more">
          <button type="button" className="button" onClick={() => setAfter(page.pageInfo.endCursor)}>
            Mais pedidos
          </button>
        </div>
      )}
      <Inquiries role={role} />
    </div>
  );
}
