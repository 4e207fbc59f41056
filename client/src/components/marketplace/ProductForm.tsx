import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert, Field, Select, SubmitButton, TextArea } from '../forms';
import { fieldErrors, formMessage } from '../../lib/errors';
import { centsToInput, parseReais } from '../../lib/format';
import { CatalogRefsDocument, CreateProductDocument, UpdateProductDocument } from '../../lib/marketplace';

export interface EditableProduct {
  id: string;
  name: string;
  description: string;
  price: { cents: number };
  stock: number;
  active: boolean;
  category: { id: string };
  brand: { id: string } | null;
  specifications: Array<{ key: string; value: string }>;
}

const FIELDS = ['name', 'description', 'categoryId', 'brandId', 'priceCents', 'stock', 'specifications', 'active'];

/** Create or edit one of my products (name, category, brand, price, stock, specifications, active). */
export function ProductForm({ product, onDone }: { product: EditableProduct | null; onDone: () => void }) {
  const [refs] = useQuery({ query: CatalogRefsDocument, requestPolicy: 'cache-first' });
  const [createState, create] = useMutation(CreateProductDocument);
  const [updateState, update] = useMutation(UpdateProductDocument);
  const [form, setForm] = useState({
    name: product?.name ?? '',
    description: product?.description ?? '',
    categoryId: product?.category.id ?? '',
    brandId: product?.brand?.id ?? '',
    price: product ? centsToInput(product.price.cents) : '',
    stock: String(product?.stock ?? 0),
    active: product?.active ?? true,
    specs: product?.specifications.map((s) => `${s.key}: ${s.value}`).join('\n') ?? '',
  });
  const [localError, setLocalError] = useState<Record<string, string>>({});
  const state = product ? updateState : createState;
  const errors = { ...fieldErrors(state.error), ...localError };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const priceCents = parseReais(form.price);
    const specs = form.specs
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const i = l.indexOf(':');
        return i > 0 ? { key: l.slice(0, i).trim(), value: l.slice(i + 1).trim() } : { key: l, value: '' };
      });
    const local: Record<string, string> = {};
    if (priceCents === null) local.priceCents = 'Preço inválido: use por exemplo 12,50.';
    if (!/^\d+$/.test(form.stock.trim())) local.stock = 'Informe o estoque (número inteiro, 0 ou mais).';
    if (!form.categoryId) local.categoryId = 'Escolha uma categoria.';
    setLocalError(local);
    if (Object.keys(local).length) return;
    const input = {
      name: form.name,
      description: form.description,
      categoryId: form.categoryId,
      brandId: form.brandId || null,
      priceCents: priceCents!,
      stock: Number(form.stock),
      specifications: specs,
      active: form.active,
    };
    const ctx = { additionalTypenames: ['Product'] };
    const r = product ? await update({ id: product.id, input }, ctx) : await create({ input }, ctx);
    if (r.data) onDone();
  }

  const categories = refs.data?.marketplaceCategories ?? [];
  return (
    <form className="card form" onSubmit={submit}>
      <h2>{product ? 'Editar produto' : 'Novo produto'}</h2>
      <Field label="Nome" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={errors.name} required maxLength={120} />
      <TextArea label="Descrição" rows={3} value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} error={errors.description} />
      <div className="form__row">
        <Select label="Categoria" value={form.categoryId} onChange={(e) => setForm({ ...form, categoryId: e.target.value })} error={errors.categoryId}>
          <option value="">Escolha…</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.parentId ? `— ${c.name}` : c.name}
            </option>
          ))}
        </Select>
        <Select label="Marca" value={form.brandId} onChange={(e) => setForm({ ...form, brandId: e.target.value })} error={errors.brandId}>
          <option value="">Sem marca</option>
          {(refs.data?.marketplaceBrands ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="form__row">
        <Field label="Preço (R$)" inputMode="decimal" value={form.price} onChange={(e) => setForm({ ...form, price: e.target.value })} error={errors.priceCents} required />
        <Field label="Estoque" type="number" min={0} value={form.stock} onChange={(e) => setForm({ ...form, stock: e.target.value })} error={errors.stock} required />
      </div>
      <TextArea label="Especificações" hint="Uma por linha, no formato nome: valor (ex.: Peso: 1 kg)." rows={3} value={form.specs} onChange={(e) => setForm({ ...form, specs: e.target.value })} error={errors.specifications} />
      <label className="check">
        <input type="checkbox" checked={form.active} onChange={(e) => setForm({ ...form, active: e.target.checked })} /> Anúncio ativo (visível no catálogo)
      </label>
      <Alert>{formMessage(state.error, FIELDS)}</Alert>
      <div className="mk-row-actions">
        <SubmitButton busy={state.fetching}>{product ? 'Salvar' : 'Anunciar'}</SubmitButton>
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancelar
        </button>
      </div>
    </form>
  );
}
