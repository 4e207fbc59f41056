import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { Alert, Field, SubmitButton, TextArea } from '../components/forms';
import { MarketplaceHeader } from '../components/marketplace/MarketplaceNav';
import { apiError, fieldErrors, formMessage } from '../lib/errors';
import { PlaceOrderDocument, ProductDetailDocument, SendInquiryDocument } from '../lib/marketplace';

/** Product page: details, gallery, specifications, an order form and a question to the seller. */
export function MarketplaceProductPage() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: ProductDetailDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  const [orderState, placeOrder] = useMutation(PlaceOrderDocument);
  const [inquiryState, sendInquiry] = useMutation(SendInquiryDocument);
  const [quantity, setQuantity] = useState('1');
  const [message, setMessage] = useState('');
  const [placed, setPlaced] = useState<{ total: string; whatsappUrl: string | null } | null>(null);
  const [asked, setAsked] = useState(false);

  const p = result.data?.product;
  if (result.fetching && !p) return <div className="page-loading">Carregando…</div>;
  if (!p) {
    return (
      <div className="page">
        <MarketplaceHeader title="Produto" />
        <section className="card empty-state">
          <p>{apiError(result.error)?.message ?? 'Produto não encontrado ou fora do catálogo.'}</p>
          <Link to="/marketplace" className="button">
            Voltar ao catálogo
          </Link>
        </section>
      </div>
    );
  }

  async function order(e: FormEvent) {
    e.preventDefault();
    setPlaced(null);
    const r = await placeOrder({ input: { productId: id, quantity: Number(quantity) } }, { additionalTypenames: ['Order', 'Product'] });
    if (r.data) {
      setPlaced({ total: r.data.placeOrder.total.formatted, whatsappUrl: r.data.placeOrder.whatsappUrl });
      refetch({ requestPolicy: 'network-only' });
    }
  }

  async function ask(e: FormEvent) {
    e.preventDefault();
    setAsked(false);
    const r = await sendInquiry({ input: { productId: id, message } });
    if (r.data) {
      setAsked(true);
      setMessage('');
    }
  }

  const orderFields = fieldErrors(orderState.error);
  const inquiryFields = fieldErrors(inquiryState.error);
  return (
    <div className="page">
      <MarketplaceHeader title={p.name} eyebrow={`Marketplace · ${p.code}`} />
      <div className="mk-product">
        <section className="card stack">
          {p.images.length > 0 ? (
            <div className="mk-gallery">
              {p.images.map((img) => (
                <img key={img.id} src={img.url} alt={`Foto de ${p.name}`} />
              ))}
            </div>
          ) : (
            <p className="muted">Sem fotos.</p>
          )}
          <p className="mk-card__price">{p.price.formatted}</p>
          <p>{p.description || <span className="muted">Sem descrição.</span>}</p>
          <p className="small muted">
            {p.category.name}
            {p.brand ? ` · ${p.brand.name}` : ''} · {p.stock > 0 ? `${p.stock} em estoque` : 'Esgotado'}
          </p>
          {p.specifications.length > 0 && (
            <table className="mk-specs">
              <caption className="visually-hidden">Especificações</caption>
              <tbody>
                {p.specifications.map((s) => (
                  <tr key={s.key}>
                    <th scope="row">{s.key}</th>
                    <td>{s.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="small">
            Vendido por <strong>{p.seller.displayName}</strong>
            {p.seller.city ? ` — ${p.seller.city}/${p.seller.state ?? ''}` : ''}
          </p>
        </section>
        <div className="stack">
          {p.isMine ? (
            <section className="card">
              <p>Este produto é seu.</p>
              <Link className="button" to="/marketplace/meus-produtos">
                Gerenciar meus produtos
              </Link>
            </section>
          ) : (
            <>
              <form className="card form" onSubmit={order}>
                <h2>Fazer pedido</h2>
                <Field label="Quantidade" type="number" min={1} value={quantity} onChange={(e) => setQuantity(e.target.value)} error={orderFields.quantity} required />
                <Alert>{formMessage(orderState.error, ['quantity'])}</Alert>
                {placed && (
                  <Alert kind="success">
                    Pedido feito: {placed.total}. O estoque já está reservado; o vendedor confirma a venda.{' '}
                    {placed.whatsappUrl && (
                      <a href={placed.whatsappUrl} target="_blank" rel="noreferrer">
                        Falar com o vendedor no WhatsApp
                      </a>
                    )}
                  </Alert>
                )}
                <SubmitButton busy={orderState.fetching}>Pedir</SubmitButton>
              </form>
              <form className="card form" onSubmit={ask}>
                <h2>Perguntar ao vendedor</h2>
                <TextArea label="Sua pergunta" rows={3} maxLength={2000} value={message} onChange={(e) => setMessage(e.target.value)} error={inquiryFields.message} required />
                <Alert>{formMessage(inquiryState.error, ['message'])}</Alert>
                {asked && <Alert kind="success">Pergunta enviada. O vendedor foi avisado.</Alert>}
                <SubmitButton busy={inquiryState.fetching}>Enviar pergunta</SubmitButton>
              </form>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
