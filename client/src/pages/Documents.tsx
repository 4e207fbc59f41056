import { useCallback, useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useClient, useMutation, useQuery } from 'urql';
import { Alert } from '../components/forms';
import {
  ACCEPTED_TYPES,
  CompleteUploadDocument,
  confidenceLevel,
  CONFIDENCE_LABELS,
  contentTypeOf,
  CreateUploadDocument,
  DeleteDocumentDocument,
  DIRECTION_LABELS,
  DocumentDetailDocument,
  DocumentListDocument,
  DocumentProcessingDocument,
  EDITABLE_FIELDS,
  fieldLabel,
  fieldValueLabel,
  formatBytes,
  formatMonth,
  KIND_LABELS,
  MAX_UPLOAD_BYTES,
  ReprocessDocumentDocument,
  SOURCE_LABELS,
  stageLabel,
  STATUS_LABELS,
  UpdateDocumentFieldsDocument,
  type DocumentDetail,
  type DocumentRow,
} from '../lib/documents';
import { apiError, fieldErrors, formMessage } from '../lib/errors';
import { centsToInput, formatCents, formatDateTime, formatShortDate, formatTaxId, parseReais } from '../lib/format';
import type { DocumentFilterInput } from '../gql/graphql';

/** Stable (urql re-runs a query whenever its context object changes). */
const DOCUMENT_CONTEXT = { additionalTypenames: ['Document'] };

const PAGE_SIZE = 20;
const POLL_MS = 3_000;
const STAGE_ORDER = ['STORED', 'DETECTED', 'READ', 'FIELDS', 'SAVED'];

/* ------------------------------------------------------------------------------------------------
 * Uploads with live progress
 * ---------------------------------------------------------------------------------------------- */

type TrackState = 'uploading' | 'queued' | 'running' | 'done' | 'failed';

interface Tracked {
  key: string;
  filename: string;
  size: number | null;
  documentId: string | null;
  state: TrackState;
  stage: string | null;
  percent: number;
  message: string | null;
  total: string | null;
  duplicate: boolean;
}

function stagePercent(stage: string | null): number {
  if (!stage) return 0;
  const s = stage === 'PARSED' || stage === 'TEXT' || stage === 'OCR' ? 'READ' : stage;
  const i = STAGE_ORDER.indexOf(s);
  return i < 0 ? 0 : Math.round(((i + 1) / STAGE_ORDER.length) * 100);
}

const sizeMessage = (name: string) => `O arquivo “${name}” tem mais de 20 MB. Envie arquivos de até 20 MB.`;

/**
 * Uploads files (createUpload -> PUT -> completeUpload) and follows each document through the
 * `documentProcessing` subscription (opened before completeUpload; the router sends the latest
 * snapshot first). A slow poll of `document(id)` covers a dropped WebSocket.
 */
function useUploads(onFinished: () => void) {
  const client = useClient();
  const [items, setItems] = useState<Tracked[]>([]);
  const cleanups = useRef(new Map<string, () => void>());
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const patch = useCallback((key: string, p: Partial<Tracked>) => {
    setItems((list) => list.map((t) => (t.key === key ? { ...t, ...p } : t)));
  }, []);

  useEffect(() => {
    const map = cleanups.current;
    return () => {
      for (const stop of map.values()) stop();
      map.clear();
    };
  }, []);

  /** Follows a document until DONE/FAILED. Returns a function that stops following. */
  const follow = useCallback(
    (key: string, documentId: string, skipStaleFinal = false) => {
      let ended = false;
      let first = true;
      const end = (p: Partial<Tracked>) => {
        if (ended) return;
        ended = true;
        patch(key, p);
        stop();
        finished.current();
      };
      const sub = client.subscription(DocumentProcessingDocument, { documentId }).subscribe((r) => {
        const e = r.data?.documentProcessing;
        if (!e || ended) return;
        const doc = e.document;
        const wasFirst = first;
        first = false;
        // Reprocessing: the snapshot may still be the previous reading's final event.
        if (skipStaleFinal && wasFirst && (e.state === 'DONE' || e.state === 'FAILED')) return;
        if (e.state === 'DONE' || (e.stage === 'SAVED' && doc?.status === 'PROCESSED')) {
          end({ state: 'done', stage: 'SAVED', percent: 100, message: e.message, total: doc?.total?.formatted ?? null });
        } else if (e.state === 'FAILED' || e.stage === 'FAILED') {
          end({ state: 'failed', stage: 'FAILED', percent: 100, message: doc?.failureReason ?? e.message ?? 'Não foi possível ler o documento.' });
        } else {
          patch(key, { state: e.state === 'QUEUED' ? 'queued' : 'running', stage: e.stage ?? null, percent: e.percent ?? stagePercent(e.stage ?? null), message: e.message ?? null });
        }
      });
      const timer = setInterval(async () => {
        const r = await client.query(DocumentDetailDocument, { id: documentId }, { requestPolicy: 'network-only' }).toPromise();
        const d = r.data?.document;
        if (!d || ended) return;
        if (d.status === 'PROCESSED') end({ state: 'done', stage: 'SAVED', percent: 100, total: d.total?.formatted ?? null, message: null });
        else if (d.status === 'FAILED') end({ state: 'failed', stage: 'FAILED', percent: 100, message: d.failureReason ?? 'Não foi possível ler o documento.' });
      }, POLL_MS);
      function stop() {
        sub.unsubscribe();
        clearInterval(timer);
        cleanups.current.delete(key);
      }
      cleanups.current.set(key, stop);
      return stop;
    },
    [client, patch],
  );

  const uploadOne = useCallback(
    async (key: string, file: File) => {
      try {
        const ticket = await client
          .mutation(CreateUploadDocument, { input: { filename: file.name, contentType: contentTypeOf(file), size: Math.max(1, file.size) } })
          .toPromise();
        const t = ticket.data?.createUpload;
        if (!t) {
          const e = apiError(ticket.error);
          patch(key, { state: 'failed', stage: 'FAILED', percent: 100, message: fieldErrors(ticket.error).size ?? e?.message ?? 'Não foi possível enviar.' });
          return;
        }
        patch(key, { documentId: t.documentId });
        if (file.size > t.maxBytes) {
          patch(key, { state: 'failed', stage: 'FAILED', percent: 100, message: sizeMessage(file.name) });
          return;
        }
        const put = await fetch(t.uploadUrl, { method: 'PUT', body: file, credentials: 'same-origin' });
        if (!put.ok) {
          patch(key, {
            state: 'failed',
            stage: 'FAILED',
            percent: 100,
            message: put.status === 413 ? sizeMessage(file.name) : 'O envio do arquivo falhou. Tente novamente.',
          });
          return;
        }
        patch(key, { state: 'queued', stage: 'STORED', percent: stagePercent('STORED') });
        // Subscribe first, then queue the reading.
        const stop = follow(key, t.documentId);
        const done = await client.mutation(CompleteUploadDocument, { documentId: t.documentId }, { additionalTypenames: ['Document'] }).toPromise();
        const d = done.data?.completeUpload;
        if (!d) {
          stop();
          patch(key, { state: 'failed', stage: 'FAILED', percent: 100, message: apiError(done.error)?.message ?? 'Não foi possível enviar.' });
          return;
        }
        if (d.id !== t.documentId) {
          // The same file was already sent: the existing document comes back.
          stop();
          patch(key, { documentId: d.id, duplicate: true });
          if (d.status === 'PROCESSED') patch(key, { state: 'done', stage: 'SAVED', percent: 100, message: 'Este arquivo já tinha sido enviado.' });
          else if (d.status === 'FAILED') patch(key, { state: 'failed', stage: 'FAILED', percent: 100, message: d.failureReason ?? 'Este arquivo já tinha sido enviado e falhou.' });
          else follow(key, d.id);
          finished.current();
        }
      } catch {
        patch(key, { state: 'failed', stage: 'FAILED', percent: 100, message: 'Não foi possível falar com o servidor. Verifique sua conexão e tente novamente.' });
      }
    },
    [client, follow, patch],
  );

  const add = useCallback(
    (files: File[]) => {
      const fresh: Tracked[] = files.map((f) => ({
        key: `${Date.now()}-${Math.random().toString(36).slice(2)}`,
        filename: f.name,
        size: f.size,
        documentId: null,
        state: 'uploading',
        stage: null,
        percent: 0,
        message: null,
        total: null,
        duplicate: false,
      }));
      fresh.forEach((t, i) => {
        const file = files[i]!;
        if (file.size > MAX_UPLOAD_BYTES) {
          t.state = 'failed';
          t.stage = 'FAILED';
          t.percent = 100;
          t.message = sizeMessage(file.name);
        }
      });
      setItems((list) => [...fresh, ...list]);
      fresh.forEach((t, i) => {
        if (t.state === 'uploading') void uploadOne(t.key, files[i]!);
      });
    },
    [uploadOne],
  );

  /** Follows a document being read again (reprocess). */
  const track = useCallback(
    (documentId: string, filename: string) => {
      const key = `re-${documentId}-${Date.now()}`;
      setItems((list) => [
        { key, filename, size: null, documentId, state: 'queued', stage: null, percent: 0, message: 'Na fila para nova leitura', total: null, duplicate: false },
        ...list,
      ]);
      return follow(key, documentId, true);
    },
    [follow],
  );

  const clearFinished = useCallback(() => setItems((list) => list.filter((t) => t.state !== 'done' && t.state !== 'failed')), []);

  return { items, add, track, clearFinished };
}

function UploadZone({ onFiles }: { onFiles(files: File[]): void }) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const files = Array.from(e.dataTransfer.files ?? []);
    if (files.length) onFiles(files);
  };
  return (
    <div
      className={`dropzone${over ? ' is-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <svg className="dropzone__icon" viewBox="0 0 24 24" width="36" height="36" aria-hidden="true">
        <path d="M12 16V4m0 0-4 4m4-4 4 4M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <p className="dropzone__title">Arraste as notas fiscais para cá</p>
      <p className="muted small">XML de NF-e, NFC-e e NFS-e, PDF ou foto (PNG, JPEG, TIFF, WEBP), até 20 MB cada.</p>
      <label htmlFor={id} className="button button--primary">
        Escolher arquivos
      </label>
      <input
        ref={input}
        id={id}
        className="visually-hidden"
        type="file"
        multiple
        accept={ACCEPTED_TYPES}
        aria-label="Enviar documentos"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          if (files.length) onFiles(files);
          e.target.value = '';
        }}
      />
    </div>
  );
}

const TRACK_LABEL: Record<TrackState, string> = { uploading: 'Enviando…', queued: 'Na fila', running: 'Lendo…', done: 'Salvo', failed: 'Falhou' };

function UploadRow({ item, onOpen }: { item: Tracked; onOpen(id: string): void }) {
  const final = item.state === 'done' || item.state === 'failed';
  const label = item.state === 'uploading' ? 'Enviando…' : final ? TRACK_LABEL[item.state] : item.stage ? stageLabel(item.stage) : TRACK_LABEL[item.state];
  const percent = item.state === 'uploading' ? 5 : Math.max(item.percent, 5);
  return (
    <li className={`upload upload--${item.state}`} aria-label={`Envio de ${item.filename}`}>
      <div className="upload__head">
        <span className="upload__name">{item.filename}</span>
        {item.size != null && <span className="muted small">{formatBytes(item.size)}</span>}
        <span className={`upload__stage stage stage--${item.state}`} data-testid="upload-stage">
          {label}
        </span>
      </div>
      <div
        className="upload__track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={final ? 100 : percent}
        aria-valuetext={`${label}${final ? '' : ` (${percent}%)`}`}
        aria-label={`Progresso de ${item.filename}`}
      >
        <div className="upload__bar" style={{ width: `${final ? 100 : percent}%` }} />
      </div>
      <div className="upload__foot small">
        {item.state === 'failed' ? (
          <span className="danger" role="alert">
            {item.message}
          </span>
        ) : item.state === 'done' ? (
          <span>
            {item.duplicate ? 'Este arquivo já tinha sido enviado.' : 'Documento lido e salvo.'}
            {item.total && <> Total: {item.total}.</>}
          </span>
        ) : (
          <span className="muted">{item.message ?? ' '}</span>
        )}
        {item.documentId && final && (
          <button type="button" className="button button--small button--ghost" onClick={() => onOpen(item.documentId!)}>
            Ver detalhes
          </button>
        )}
      </div>
    </li>
  );
}

/* ------------------------------------------------------------------------------------------------
 * List with filters
 * ---------------------------------------------------------------------------------------------- */

interface Filters {
  kind: string;
  direction: string;
  status: string;
  from: string;
  to: string;
  search: string;
}

const NO_FILTERS: Filters = { kind: '', direction: '', status: '', from: '', to: '', search: '' };

function toInput(f: Filters): DocumentFilterInput | undefined {
  const out: DocumentFilterInput = {};
  if (f.kind) out.kind = f.kind as DocumentFilterInput['kind'];
  if (f.direction) out.direction = f.direction as DocumentFilterInput['direction'];
  if (f.status) out.status = f.status as DocumentFilterInput['status'];
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.search.trim()) out.search = f.search.trim();
  return Object.keys(out).length ? out : undefined;
}

function statusBadge(d: { status: string; cancelled?: boolean }) {
  if (d.cancelled) return <span className="badge badge--revoked">Cancelada</span>;
  const cls = d.status === 'PROCESSED' ? 'accepted' : d.status === 'FAILED' ? 'revoked' : 'pending';
  return <span className={`badge badge--${cls}`}>{STATUS_LABELS[d.status] ?? d.status}</span>;
}

function counterpart(d: DocumentRow): string {
  const p = d.direction === 'RECEIVED' ? d.issuer : d.recipient;
  return p.name ?? p.taxId ?? '—';
}

function DocumentPage({
  after,
  filter,
  isLast,
  first,
  onMore,
  onOpen,
}: {
  after: string | null;
  filter: DocumentFilterInput | undefined;
  isLast: boolean;
  first: boolean;
  onMore(cursor: string): void;
  onOpen(id: string): void;
}) {
  const [result] = useQuery({
    query: DocumentListDocument,
    variables: { first: PAGE_SIZE, after, filter },
    requestPolicy: 'cache-and-network',
    context: DOCUMENT_CONTEXT,
  });
  const page = result.data?.documents;
  return (
    <>
      {page?.nodes.map((d) => (
        <tr key={d.id} className="doc-row">
          <td data-label="Documento">
            <button type="button" className="link-button" onClick={() => onOpen(d.id)}>
              {d.kind ? KIND_LABELS[d.kind] : 'Documento'}
              {d.number ? ` nº ${d.number}` : ''}
            </button>
            <span className="muted small table__sub">{d.filename}</span>
          </td>
          <td data-label="Direção">{d.direction ? DIRECTION_LABELS[d.direction] : '—'}</td>
          <td data-label="Contraparte">{counterpart(d)}</td>
          <td data-label="Competência">{formatMonth(d.competenceMonth)}</td>
          <td data-label="Total" className="table__num">
            {d.total?.formatted ?? '—'}
          </td>
          <td data-label="Situação">{statusBadge(d)}</td>
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
        <tr className="table__more">
          <td colSpan={6}>
            {result.fetching && !page ? (
              <span role="status">Carregando…</span>
            ) : page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
              <button type="button" className="button button--small" onClick={() => onMore(page.pageInfo.endCursor!)}>
                Carregar mais
              </button>
            ) : page && page.nodes.length === 0 && first ? (
              <span className="muted">Nenhum documento encontrado.</span>
            ) : page ? (
              <span className="muted">Fim da lista.</span>
            ) : null}
          </td>
        </tr>
      )}
    </>
  );
}

function DocumentList({ version, onOpen }: { version: number; onOpen(id: string): void }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [search, setSearch] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);

  // The search box waits for a pause in typing.
  useEffect(() => {
    const t = setTimeout(() => setFilters((f) => (f.search === search ? f : { ...f, search })), 350);
    return () => clearTimeout(t);
  }, [search]);

  const filter = toInput(filters);
  const filterKey = JSON.stringify(filter ?? {});
  useEffect(() => setCursors([null]), [filterKey, version]);

  const set = (k: keyof Filters) => (e: { target: { value: string } }) => setFilters((f) => ({ ...f, [k]: e.target.value }));
  const active = filterKey !== '{}';

  return (
    <section className="plans-section" aria-labelledby="list-title">
      <div className="section-head">
        <h2 id="list-title">Seus documentos</h2>
      </div>
      <form className="doc-filters" role="search" aria-label="Filtrar documentos" onSubmit={(e: FormEvent) => e.preventDefault()}>
        <div className="field doc-filters__search">
          <label htmlFor="doc-search">Buscar</label>
          <input id="doc-search" type="search" placeholder="Nome, CNPJ, número, produto…" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="doc-kind">Tipo</label>
          <select id="doc-kind" value={filters.kind} onChange={set('kind')}>
            <option value="">Todos</option>
            {Object.entries(KIND_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="doc-direction">Direção</label>
          <select id="doc-direction" value={filters.direction} onChange={set('direction')}>
            <option value="">Todas</option>
            <option value="ISSUED">Emitidas</option>
            <option value="RECEIVED">Recebidas</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="doc-status">Situação</label>
          <select id="doc-status" value={filters.status} onChange={set('status')}>
            <option value="">Todas</option>
            {['PROCESSED', 'PROCESSING', 'QUEUED', 'FAILED'].map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="doc-from">De (competência)</label>
          <input id="doc-from" type="month" value={filters.from} onChange={set('from')} />
        </div>
        <div className="field">
          <label htmlFor="doc-to">Até</label>
          <input id="doc-to" type="month" value={filters.to} onChange={set('to')} />
        </div>
        {(active || search) && (
          <button
            type="button"
            className="button button--small button--ghost doc-filters__clear"
            onClick={() => {
              setSearch('');
              setFilters(NO_FILTERS);
            }}
          >
            Limpar filtros
          </button>
        )}
      </form>
      <div className="table-wrap">
        <table className="table doc-table">
          <thead>
            <tr>
              <th scope="col">Documento</th>
              <th scope="col">Direção</th>
              <th scope="col">Contraparte</th>
              <th scope="col">Competência</th>
              <th scope="col">Total</th>
              <th scope="col">Situação</th>
            </tr>
          </thead>
          <tbody>
            {cursors.map((c, i) => (
              <DocumentPage
                key={`${version}-${filterKey}-${c ?? 'first'}`}
                after={c}
                filter={filter}
                first={i === 0}
                isLast={i === cursors.length - 1}
                onMore={(next) => setCursors((cs) => [...cs, next])}
                onOpen={onOpen}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/* ------------------------------------------------------------------------------------------------
 * Detail drawer
 * ---------------------------------------------------------------------------------------------- */

function Preview({ doc }: { doc: DocumentDetail }) {
  const [xml, setXml] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const type = doc.fileType ?? '';
  useEffect(() => {
    setXml(null);
    setFailed(false);
    if (type !== 'XML' || !doc.fileUrl) return;
    let alive = true;
    fetch(doc.fileUrl, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((t) => alive && setXml(t))
      .catch(() => alive && setFailed(true));
    return () => {
      alive = false;
    };
  }, [doc.fileUrl, type]);

  if (!doc.fileUrl) return <p className="muted small">O arquivo original não está disponível.</p>;
  let body;
  if (type === 'XML') {
    body = failed ? (
      <p className="muted small">Não foi possível carregar o XML.</p>
    ) : xml == null ? (
      <p className="muted small" role="status">
        Carregando XML…
      </p>
    ) : (
      <pre className="preview__xml" tabIndex={0} aria-label="Conteúdo do XML">
        {xml}
      </pre>
    );
  } else if (type === 'PDF') {
    body = <iframe className="preview__frame" src={doc.fileUrl} title={`Arquivo original: ${doc.filename}`} />;
  } else if (type === 'PNG' || type === 'JPEG' || type === 'WEBP') {
    body = <img className="preview__img" src={doc.fileUrl} alt={`Arquivo original: ${doc.filename}`} />;
  } else {
    body = <p className="muted small">Pré-visualização indisponível para este tipo de arquivo.</p>;
  }
  return (
    <div className="preview">
      {body}
      <a className="button button--small button--ghost" href={doc.fileUrl} target="_blank" rel="noreferrer">
        Abrir original
      </a>
    </div>
  );
}

function displayValue(name: string, value: string | null): string {
  if (value == null || value === '') return '—';
  if (name === 'totalCents' && /^-?\d+$/.test(value)) return formatCents(Number(value));
  if (name === 'competenceMonth') return formatMonth(value);
  if (name === 'issuedAt' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10).split('-').reverse().join('/');
  if (name === 'netCents' && /^-?\d+$/.test(value)) return formatCents(Number(value));
  if (name.endsWith('TaxId')) return formatTaxId(value);
  return fieldValueLabel(name, value);
}

/** A stored field as the person edits it: the amount in reais, CNPJ/CPF with its mask. */
function editValue(name: string, value: string | null): string {
  if (value == null) return '';
  if (name === 'issuedAt') return value.slice(0, 10);
  if (name === 'totalCents' && /^\d+$/.test(value)) return centsToInput(Number(value));
  if (name.endsWith('TaxId')) return formatTaxId(value);
  return value;
}

/** Input type per field: native date and month pickers, a decimal keyboard for the amount. */
const EDIT_INPUT: Record<string, { type?: string; inputMode?: 'decimal' | 'numeric'; label?: string }> = {
  issuedAt: { type: 'date' },
  competenceMonth: { type: 'month' },
  totalCents: { inputMode: 'decimal', label: 'Valor total (R$)' },
  issuerTaxId: { inputMode: 'numeric' },
  recipientTaxId: { inputMode: 'numeric' },
};

function ConfidenceDot({ value }: { value: number }) {
  const level = confidenceLevel(value);
  const pct = Math.round(value * 100);
  return (
    <span className={`confidence confidence--${level}`} title={`Confiança ${CONFIDENCE_LABELS[level]} (${pct}%)`}>
      <span className="confidence__dot" aria-hidden="true" />
      <span className="small">{pct}%</span>
      <span className="visually-hidden"> confiança {CONFIDENCE_LABELS[level]}</span>
    </span>
  );
}

function FieldsEditor({ doc }: { doc: DocumentDetail }) {
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [localError, setLocalError] = useState<Record<string, string>>({});
  const [state, update] = useMutation(UpdateDocumentFieldsDocument);
  const byName = new Map(doc.fields.map((f) => [f.name, f]));
  const names = [...doc.fields.map((f) => f.name), ...Object.keys(EDITABLE_FIELDS).filter((n) => !byName.has(n))];

  const start = () => {
    setValues(Object.fromEntries(Object.keys(EDITABLE_FIELDS).map((n) => [n, editValue(n, byName.get(n)?.value ?? null)])));
    setSaved(false);
    setEditing(true);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const changed = Object.entries(values)
      .filter(([n, v]) => v !== editValue(n, byName.get(n)?.value ?? null))
      .map(([name, value]) => ({ name, value: value.trim() }));
    // The API takes the amount in centavos; the person types reais.
    const total = changed.find((c) => c.name === 'totalCents');
    if (total) {
      const cents = parseReais(total.value);
      if (cents === null) {
        setLocalError({ totalCents: 'Valor inválido: use por exemplo 1.234,56.' });
        return;
      }
      total.value = String(cents);
    }
    setLocalError({});
    if (!changed.length) {
      setEditing(false);
      return;
    }
    const r = await update({ id: doc.id, fields: changed }, { additionalTypenames: ['Document'] });
    if (!r.error) {
      setEditing(false);
      setSaved(true);
    }
  };

  const errors = editing ? { ...fieldErrors(state.error), ...localError } : {};
  const message = editing ? formMessage(state.error, Object.keys(EDITABLE_FIELDS)) : null;

  return (
    <section className="drawer__section" aria-labelledby="fields-title">
      <div className="card__head">
        <h3 id="fields-title">Campos extraídos</h3>
        {!editing && (
          <button type="button" className="button button--small" onClick={start}>
            Editar campos
          </button>
        )}
      </div>
      {saved && <Alert kind="success">Campos salvos.</Alert>}
      {editing ? (
        <form className="form fields-form" onSubmit={onSubmit} aria-label="Editar campos">
          <Alert>{message}</Alert>
          {Object.entries(EDITABLE_FIELDS).map(([name, hint]) => {
            const error = errors[name] ?? errors[`fields.${name}`];
            const id = `edit-${name}`;
            return (
              <div key={name} className={`field${error ? ' field--invalid' : ''}`}>
                <label htmlFor={id}>{EDIT_INPUT[name]?.label ?? fieldLabel(name)}</label>
                <input
                  id={id}
                  type={EDIT_INPUT[name]?.type ?? 'text'}
                  value={values[name] ?? ''}
                  placeholder={hint}
                  inputMode={EDIT_INPUT[name]?.inputMode}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-e` : undefined}
                  onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
                />
                {error && (
                  <p className="field__error" id={`${id}-e`}>
                    {error}
                  </p>
                )}
              </div>
            );
          })}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => setEditing(false)} disabled={state.fetching}>
              Cancelar
            </button>
            <button type="submit" className="button button--primary" disabled={state.fetching} aria-busy={state.fetching || undefined}>
              {state.fetching ? 'Salvando…' : 'Salvar campos'}
            </button>
          </div>
        </form>
      ) : doc.fields.length === 0 ? (
        <p className="muted small">Nenhum campo extraído ainda.</p>
      ) : (
        <table className="table fields-table">
          <thead>
            <tr>
              <th scope="col">Campo</th>
              <th scope="col">Valor</th>
              <th scope="col">Confiança</th>
              <th scope="col">Fonte</th>
            </tr>
          </thead>
          <tbody>
            {names
              .filter((n) => byName.has(n))
              .map((n) => {
                const f = byName.get(n)!;
                return (
                  <tr key={n}>
                    <th scope="row">{fieldLabel(n)}</th>
                    <td className="fields-table__value">{displayValue(n, f.value)}</td>
                    <td>
                      <ConfidenceDot value={f.confidence} />
                    </td>
                    <td className="small">{f.edited ? <span className="badge badge--brand">Editado</span> : (SOURCE_LABELS[f.source] ?? f.source)}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function DocumentDrawer({ id, onClose, onChanged, onReprocess }: { id: string; onClose(): void; onChanged(): void; onReprocess(id: string, filename: string): void }) {
  const [result, reexecute] = useQuery({ query: DocumentDetailDocument, variables: { id }, requestPolicy: 'network-only' });
  const [del, remove] = useMutation(DeleteDocumentDocument);
  const [rep, reprocess] = useMutation(ReprocessDocumentDocument);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const doc = result.data?.document;

  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  useEffect(() => {
    setConfirming(false);
    setNotice(null);
  }, [id]);

  const onDelete = async () => {
    const r = await remove({ id }, { additionalTypenames: ['Document'] });
    if (!r.error) {
      onChanged();
      onClose();
    }
  };
  const onReprocessClick = async () => {
    if (!doc) return;
    const r = await reprocess({ id }, { additionalTypenames: ['Document'] });
    if (!r.error) {
      onReprocess(doc.id, doc.filename);
      setNotice('Documento na fila para uma nova leitura. Acompanhe o progresso acima.');
      reexecute({ requestPolicy: 'network-only' });
    }
  };

  return (
    <>
      <div className="drawer-backdrop" onClick={onClose} aria-hidden="true" />
      <aside className="drawer" role="dialog" aria-modal="true" aria-labelledby="drawer-title">
        <div className="drawer__head">
          <div>
            <p className="eyebrow">{doc?.kind ? KIND_LABELS[doc.kind] : 'Documento'}</p>
            <h2 id="drawer-title">{doc ? `${doc.number ? `Nº ${doc.number}` : doc.filename}` : 'Documento'}</h2>
          </div>
          <button ref={closeRef} type="button" className="button button--small button--ghost" onClick={onClose} aria-label="Fechar detalhes">
            ✕
          </button>
        </div>
        {result.fetching && !doc ? (
          <p role="status">Carregando…</p>
        ) : result.error ? (
          <Alert>{apiError(result.error)?.message}</Alert>
        ) : !doc ? (
          <Alert>Documento não encontrado.</Alert>
        ) : (
          <div className="drawer__body">
            {notice && <Alert kind="info">{notice}</Alert>}
            <Alert>{apiError(del.error)?.message ?? apiError(rep.error)?.message}</Alert>
            {doc.status === 'FAILED' && (
              <div className="alert alert--error" role="alert">
                <strong>Falhou:</strong> {doc.failureReason ?? 'não foi possível ler o documento.'}
              </div>
            )}
            <dl className="facts doc-facts">
              <div>
                <dt>Total</dt>
                <dd className="doc-facts__total">{doc.total?.formatted ?? '—'}</dd>
              </div>
              <div>
                <dt>Situação</dt>
                <dd>{statusBadge(doc)}</dd>
              </div>
              <div>
                <dt>Direção</dt>
                <dd>{doc.direction ? DIRECTION_LABELS[doc.direction] : '—'}</dd>
              </div>
              <div>
                <dt>Competência</dt>
                <dd>{formatMonth(doc.competenceMonth)}</dd>
              </div>
              <div>
                <dt>Emitente</dt>
                <dd>
                  {doc.issuer.name ?? '—'}
                  {doc.issuer.taxId && <span className="muted small table__sub">{doc.issuer.taxId}</span>}
                </dd>
              </div>
              <div>
                <dt>Destinatário</dt>
                <dd>
                  {doc.recipient.name ?? '—'}
                  {doc.recipient.taxId && <span className="muted small table__sub">{doc.recipient.taxId}</span>}
                </dd>
              </div>
              <div>
                <dt>Emissão</dt>
                <dd>{formatShortDate(doc.issuedAt)}</dd>
              </div>
              <div>
                <dt>Faturamento</dt>
                <dd>{doc.countsAsRevenue ? 'Conta no limite do MEI' : 'Não conta no limite'}</dd>
              </div>
            </dl>
            {doc.accessKey && (
              <p className="small muted doc-key">
                Chave de acesso: <span className="mono">{doc.accessKey}</span>
              </p>
            )}

            <section className="drawer__section" aria-labelledby="preview-title">
              <h3 id="preview-title">Arquivo original</h3>
              <Preview doc={doc} />
            </section>

            <FieldsEditor key={doc.id} doc={doc} />

            {doc.items.length > 0 && (
              <section className="drawer__section" aria-labelledby="items-title">
                <h3 id="items-title">Itens</h3>
                <div className="table-wrap">
                  <table className="table items-table">
                    <thead>
                      <tr>
                        <th scope="col">#</th>
                        <th scope="col">Descrição</th>
                        <th scope="col">Qtd.</th>
                        <th scope="col">Unitário</th>
                        <th scope="col">Total</th>
                      </tr>
                    </thead>
                    <tbody>
                      {doc.items.map((it) => (
                        <tr key={it.position}>
                          <td>{it.position}</td>
                          <td>
                            {it.description}
                            {(it.code || it.ncm || it.cfop) && (
                              <span className="muted small table__sub">{[it.code, it.ncm && `NCM ${it.ncm}`, it.cfop && `CFOP ${it.cfop}`].filter(Boolean).join(' · ')}</span>
                            )}
                          </td>
                          <td className="table__num">{it.quantity.replace('.', ',')}</td>
                          <td className="table__num">{it.unitPrice?.formatted ?? '—'}</td>
                          <td className="table__num">{it.total.formatted}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            )}

            <section className="drawer__section" aria-labelledby="history-title">
              <h3 id="history-title">Histórico do processamento</h3>
              {doc.history.length === 0 ? (
                <p className="muted small">Sem registros.</p>
              ) : (
                <ol className="timeline">
                  {doc.history.map((h, i) => (
                    <li key={i} className={`timeline__item${h.stage === 'FAILED' ? ' is-failed' : ''}`}>
                      <strong>{stageLabel(h.stage)}</strong>
                      <span className="muted small"> · {formatDateTime(h.at)}</span>
                      {h.message && <p className="small">{h.message}</p>}
                    </li>
                  ))}
                </ol>
              )}
            </section>

            <div className="drawer__actions">
              <button type="button" className="button" onClick={() => void onReprocessClick()} disabled={rep.fetching}>
                {rep.fetching ? 'Enviando…' : 'Reprocessar'}
              </button>
              {confirming ? (
                <div className="confirm" role="group" aria-label="Confirmar exclusão">
                  <span className="small">Excluir este documento? O faturamento dele deixa de contar.</span>
                  <button type="button" className="button button--small" onClick={() => setConfirming(false)} disabled={del.fetching}>
                    Cancelar
                  </button>
                  <button type="button" className="button button--small button--danger" onClick={() => void onDelete()} disabled={del.fetching}>
                    {del.fetching ? 'Excluindo…' : 'Confirmar exclusão'}
                  </button>
                </div>
              ) : (
                <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
                  Excluir
                </button>
              )}
            </div>
          </div>
        )}
      </aside>
    </>
  );
}

/* ------------------------------------------------------------------------------------------------
 * Page
 * ---------------------------------------------------------------------------------------------- */

export function DocumentsPage() {
  const [version, setVersion] = useState(0);
  // `?doc=<id>` opens a document directly (the assistant's citations link here).
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState<string | null>(() => params.get('doc'));
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const { items, add, track, clearFinished } = useUploads(refresh);
  const close = useCallback(() => {
    setOpen(null);
    if (params.has('doc')) setParams({}, { replace: true });
  }, [params, setParams]);
  useEffect(() => {
    const doc = params.get('doc');
    if (doc) setOpen(doc);
  }, [params]);
  const hasFinished = items.some((t) => t.state === 'done' || t.state === 'failed');

  return (
    <div className="page documents-page">
      <header className="page__header">
        <p className="eyebrow">Fiscal</p>
        <h1>Documentos</h1>
        <p className="muted">Envie NF-e, NFS-e, PDFs e fotos: a leitura acontece na hora e o faturamento do MEI é atualizado sozinho.</p>
      </header>

      <UploadZone onFiles={add} />

      {items.length > 0 && (
        <section className="uploads" aria-labelledby="uploads-title">
          <div className="card__head">
            <h2 id="uploads-title">Envios</h2>
            {hasFinished && (
              <button type="button" className="button button--small button--ghost" onClick={clearFinished}>
                Limpar concluídos
              </button>
            )}
          </div>
          <ul className="uploads__list">
            {items.map((t) => (
              <UploadRow key={t.key} item={t} onOpen={setOpen} />
            ))}
          </ul>
        </section>
      )}

      <DocumentList version={version} onOpen={setOpen} />

      {open && <DocumentDrawer id={open} onClose={close} onChanged={refresh} onReprocess={(id, name) => void track(id, name)} />}
    </div>
  );
}
