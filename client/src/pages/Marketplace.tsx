import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { Alert, Field, Select } from '../components/forms';
import { MarketplaceHeader } from '../components/marketplace/MarketplaceNav';
import { apiError } from '../lib/errors';
import { parseReais } from '../lib/format';
import { CatalogRefsDocument, SearchProductsDocument } from '../lib/marketplace';
import type { ProductSearchFilter } from '../gql/graphql';

const PAGE_SIZE = 24;

/** Catalogue: every account's active listings, searched in Portuguese (accents and typos tolerated). */
export function MarketplacePage() {
  const [refs] = useQuery({ query: CatalogRefsDocument, requestPolicy: 'cache-first' });
  const [form, setForm] = useState({ query: '', categoryId: '', brandId: '', minPrice: '', maxPrice: '' });
  const [applied, setApplied] = useState<{ query: string | null; filter: ProductSearchFilter }>({ query: null, filter: {} });
  const [after, setAfter] = useState<string | null>(null);
  const [cursors, setCursors] = useState<string[]>([]);
  const [priceError, setPriceError] = useState<string | null>(null);
  const [result] = useQuery({
    query: SearchProductsDocument,
    variables: { query: applied.query, filter: applied.filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });

  const categories = refs.data?.marketplaceCategories ?? [];
  const tree = useMemo(() => {
    const roots = categories.filter((c) => !c.parentId);
    return roots.flatMap((r) => [r, ...categories.filter((c) => c.parentId === r.id)]);
  }, [categories]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const min = form.minPrice.trim() ? parseReais(form.minPrice) : null;
    const max = form.maxPrice.trim() ? parseReais(form.maxPrice) : null;
    if ((form.minPrice.trim() && min === null) || (form.maxPrice.trim() && max === null)) {
      setPriceError('Preço inválido: use por exemplo 12,50.');
      return;
    }
    setPriceError(null);
    const filter: ProductSearchFilter = {};
    if (form.categoryId) filter.categoryId = form.categoryId;
    if (form.brandId) filter.brandId = form.brandId;
    if (min !== null) filter.minPrice = min;
    if (max !== null) filter.maxPrice = max;
    setApplied({ query: form.query.trim() || null, filter });
    setAfter(null);
    setCursors([]);
  }

  const page = result.data?.searchProducts;
  const error = apiError(result.error);
  return (
    <div className="page">
      <MarketplaceHeader title="Catálogo" />
      <form className="card mk-filters" onSubmit={submit} role="search">
        <Field label="Buscar produtos" name="query" placeholder="ex.: café, embalagem, detergente" value={form.query} onChange={(e) => setForm({ ...form, query: e.target.value })} />
        <Select label="Categoria" value={form.categoryId} onChange={(e) => setForm({ ...form, categoryId: e.target.value })}>
          <option value="">Todas</option>
          {tree.map((c) => (
            <option key={c.id} value={c.id}>
              {c.parentId ? `— ${c.name}` : c.name}
            </option>
          ))}
        </Select>
        <Select label="Marca" value={form.brandId} onChange={(e) => setForm({ ...form, brandId: e.target.value })}>
          <option value="">Todas</option>
          {(refs.data?.marketplaceBrands ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </Select>
        <Field label="Preço mínimo (R$)" inputMode="decimal" value={form.minPrice} onChange={(e) => setForm({ ...form, minPrice: e.target.value })} error={priceError ?? undefined} />
        <Field label="Preço máximo (R$)" inputMode="decimal" value={form.maxPrice} onChange={(e) => setForm({ ...form, maxPrice: e.target.value })} />
        <button type="submit" className="button button--primary">
          Buscar
        </button>
      </form>
      {error && <Alert>{error.message}</Alert>}
      {result.fetching && !page && <p className="muted">Carregando…</p>}
      {page && page.nodes.length === 0 && (
        <section className="card empty-state">
          <p>Nenhum produto encontrado{applied.query ? ` para “${applied.query}”` : ''}.</p>
        </section>
      )}
      <div className="mk-grid">
        {page?.nodes.map((p) => (
          <Link key={p.id} to={`/marketplace/produtos/${p.id}`} className="card mk-card">
            {p.images[0] ? <img className="mk-card__img" src={p.images[0].url} alt="" /> : <div className="mk-card__img" aria-hidden="true" />}
            <span className="mk-card__name">{p.name}</span>
            <span className="mk-card__price">{p.price.formatted}</span>
            <span className="small muted">
              {p.category.name}
              {p.brand ? ` · ${p.brand.name}` : ''}
            </span>
            <span className="small">
              {p.seller.displayName}
              {p.seller.city ? ` — ${p.seller.city}/${p.seller.state ?? ''}` : ''}
              {p.isMine ? ' (seu produto)' : ''}
            </span>
            <span className={`badge ${p.stock > 0 ? 'badge--status-active' : 'badge--muted'}`}>{p.stock > 0 ? `${p.stock} em estoque` : 'Esgotado'}</span>
          </Link>
        ))}
      </div>
      <div className="table__more">
        {cursors.length > 0 && (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              const prev = cursors.slice(0, -1);
              setCursors(prev);
              setAfter(prev.at(-1) ?? null);
            }}
          >
            Página anterior
          </button>
        )}
        {page?.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setCursors([...cursors, page.pageInfo.endCursor!]);
              setAfter(page.pageInfo.endCursor!);
            }}
          >
            Próxima página
          </button>
        )}
      </div>
    </div>
  );
}
