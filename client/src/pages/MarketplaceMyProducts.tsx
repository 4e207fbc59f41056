import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { Alert, Field, SubmitButton } from '../components/forms';
import { MarketplaceHeader } from '../components/marketplace/MarketplaceNav';
import { ProductForm, type EditableProduct } from '../components/marketplace/ProductForm';
import { apiError, fieldErrors, formMessage } from '../lib/errors';
import {
  AddProductImageDocument,
  DeleteProductDocument,
  fileToBase64,
  MAX_IMAGE_BYTES,
  MyProductsDocument,
  RemoveProductImageDocument,
  SellerProfileDocument,
  UpdateProductDocument,
  UpdateSellerProfileDocument,
} from '../lib/marketplace';

const CTX = { additionalTypenames: ['Product'] };

function SellerProfileCard() {
  const [result] = useQuery({ query: SellerProfileDocument });
  const [state, save] = useMutation(UpdateSellerProfileDocument);
  const [saved, setSaved] = useState(false);
  const p = result.data?.mySellerProfile;
  if (!p) return null;
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setSaved(false);
    const r = await save({ input: { displayName: String(f.get('displayName')), whatsapp: String(f.get('whatsapp')) || null, city: String(f.get('city')) || null, state: String(f.get('state')) || null } });
    if (r.data) setSaved(true);
  }
  const errors = fieldErrors(state.error);
  return (
    <form className="card form" onSubmit={submit}>
      <h2>Minha loja</h2>
      <p className="small muted">Os compradores veem este nome e falam com você por este WhatsApp.</p>
      <div className="form__row">
        <Field label="Nome da loja" name="displayName" defaultValue={p.displayName} error={errors.displayName} required />
        <Field label="WhatsApp (celular)" name="whatsapp" defaultValue={p.whatsapp ?? ''} placeholder="(11) 98765-4321" error={errors.whatsapp} />
        <Field label="Cidade" name="city" defaultValue={p.city ?? ''} error={errors.city} />
        <Field label="UF" name="state" defaultValue={p.state ?? ''} maxLength={2} error={errors.state} />
      </div>
      <Alert>{formMessage(state.error, ['displayName', 'whatsapp', 'city', 'state'])}</Alert>
      {saved && <Alert kind="success">Dados da loja salvos.</Alert>}
      <SubmitButton busy={state.fetching}>Salvar loja</SubmitButton>
    </form>
  );
}

/** "Meus produtos": create/edit, stock, activate, images. */
export function MarketplaceMyProductsPage() {
  const [after, setAfter] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [result, refetch] = useQuery({ query: MyProductsDocument, variables: { first: 50, after, search: search || null }, context: CTX, requestPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<EditableProduct | 'new' | null>(null);
  const [, update] = useMutation(UpdateProductDocument);
  const [, remove] = useMutation(DeleteProductDocument);
  const [, addImage] = useMutation(AddProductImageDocument);
  const [, removeImage] = useMutation(RemoveProductImageDocument);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  const report = (r: { error?: Parameters<typeof apiError>[0] }, ok: string) => setMessage(r.error ? { kind: 'error', text: apiError(r.error)!.message } : { kind: 'success', text: ok });

  async function upload(productId: string, e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMAGE_BYTES) return setMessage({ kind: 'error', text: 'Imagem grande demais: o máximo é 700 KB.' });
    const r = await addImage({ productId, input: { filename: file.name, contentBase64: await fileToBase64(file) } }, CTX);
    report(r, 'Imagem adicionada.');
  }

  const page = result.data?.products;
  return (
    <div className="page">
      <MarketplaceHeader title="Meus produtos" />
      <SellerProfileCard />
      {editing ? (
        <ProductForm
          product={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      ) : (
        <div className="section-head">
          <Field label="Filtrar" value={search} onChange={(e) => {
            setSearch(e.target.value);
            setAfter(null); // a cursor of another list would skip rows
          }} placeholder="nome ou código" />
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            Novo produto
          </button>
        </div>
      )}
      {message && <Alert kind={message.kind}>{message.text}</Alert>}
      {apiError(result.error) && <Alert>{apiError(result.error)!.message}</Alert>}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>Código</th>
              <th>Produto</th>
              <th className="table__num">Preço</th>
              <th className="table__num">Estoque</th>
              <th>Situação</th>
              <th>Imagens</th>
              <th>
                <span className="visually-hidden">Ações</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page?.nodes.length === 0 && (
              <tr>
                <td colSpan={7} className="table__message">
                  Você ainda não anunciou produtos.
                </td>
              </tr>
            )}
            {page?.nodes.map((p) => (
              <tr key={p.id}>
                <td data-label="Código" className="mono">{p.code}</td>
                <td data-label="Produto">
                  <Link to={`/marketplace/produtos/${p.id}`}>{p.name}</Link>
                  <div className="table__sub">{p.category.name}</div>
                </td>
                <td data-label="Preço" className="table__num">{p.price.formatted}</td>
                <td data-label="Estoque" className="table__num">
                  <StockEditor
                    product={p.name}
                    stock={p.stock}
                    onSave={async (stock) => report(await update({ id: p.id, input: { stock } }, CTX), 'Estoque atualizado.')}
                  />
                </td>
                <td data-label="Situação">
                  <button type="button" className="link-button" onClick={async () => report(await update({ id: p.id, input: { active: !p.active } }, CTX), p.active ? 'Anúncio desativado.' : 'Anúncio ativado.')}>
                    <span className={`badge ${p.active ? 'badge--status-active' : 'badge--muted'}`}>{p.active ? 'Ativo' : 'Inativo'}</span>
                  </button>
                </td>
                <td data-label="Imagens">
                  <div className="mk-gallery">
                    {p.images.map((img) => (
                      <button key={img.id} type="button" className="link-button" title="Remover imagem" onClick={async () => report(await removeImage({ productId: p.id, imageId: img.id }, CTX), 'Imagem removida.')}>
                        <img src={img.url} alt="Imagem do produto (clique para remover)" style={{ width: '2.5rem', height: '2.5rem' }} />
                      </button>
                    ))}
                    <label className="button button--small">
                      + Foto
                      <input type="file" accept="image/png,image/jpeg,image/webp" className="visually-hidden" onChange={(e) => upload(p.id, e)} />
                    </label>
                  </div>
                </td>
                <td className="table__actions">
                  <button type="button" className="button button--small" onClick={() => setEditing(p)}>
                    Editar
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={async () => {
                      if (window.confirm(`Excluir “${p.name}”?`)) report(await remove({ id: p.id }, CTX), 'Produto excluído.');
                    }}
                  >
                    Excluir
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page?.pageInfo.hasNextPage && (
        <div className="table__more">
          <button type="button" className="button" onClick={() => setAfter(page.pageInfo.endCursor)}>
            Mais produtos
          </button>
        </div>
      )}
    </div>
  );
}

function StockEditor({ product, stock, onSave }: { product: string; stock: number; onSave: (stock: number) => Promise<void> }) {
  const [value, setValue] = useState(String(stock));
  const dirty = value !== String(stock);
  return (
    <form
      className="form--inline"
      onSubmit={async (e) => {
        e.preventDefault();
        if (/^\d+$/.test(value)) await onSave(Number(value));
      }}
    >
      <input aria-label={`Estoque de ${product}`} type="number" min={0} value={value} onChange={(e) => setValue(e.target.value)} style={{ width: '5rem' }} />
      {dirty && (
        <button type="submit" className="button button--small">
          OK
        </button>
      )}
    </form>
  );
}
