import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useClient, useMutation, useQuery } from 'urql';
import { Alert } from '../components/forms';
import type { CitationKind, ConversationMode } from '../gql/graphql';
import {
  AskAssistantDocument,
  AssistantStatusDocument,
  ConversationDocument,
  ConversationsDocument,
  DeleteConversationDocument,
  newStreamId,
  SUGGESTIONS,
  watchAnswer,
  type AnswerWatch,
} from '../lib/assistant';
import { apiError } from '../lib/errors';

interface CitationView {
  kind: CitationKind;
  number?: number | null;
  documentId?: string | null;
  sectionId?: string | null;
  title: string;
  label: string;
  excerpt: string;
  link?: string | null;
}

interface MessageView {
  id: string;
  role: string;
  content: string;
  offline: boolean;
  citations: CitationView[];
  /** Not answered yet: `content` is the answer written so far (empty: still thinking). */
  pending?: boolean;
}

const KIND_LABEL: Record<string, string> = { DOCUMENT: 'Documento', KNOWLEDGE: 'Base de conhecimento', DATA: 'Dados da conta' };

function Citations({ citations }: { citations: CitationView[] }) {
  if (!citations.length) return null;
  return (
    <ol className="citations" aria-label="Fontes">
      {citations.map((c, i) => (
        <li key={`${c.kind}-${c.documentId ?? c.sectionId ?? c.label}-${i}`} className="citation">
          <span className="badge badge--muted">{c.number ? `S${c.number}` : KIND_LABEL[c.kind]}</span>{' '}
          {c.link ? (
            <Link to={c.link} className="citation__title">
              {c.title}
            </Link>
          ) : (
            <strong className="citation__title">{c.title}</strong>
          )}
          <span className="muted small"> · {c.label}</span>
          <details>
            <summary className="small">Ver trecho</summary>
            <p className="small citation__excerpt">{c.excerpt}</p>
          </details>
        </li>
      ))}
    </ol>
  );
}

function Typing() {
  return (
    <span className="typing" role="status" aria-label="Escrevendo a resposta">
      <span className="typing__dot" />
      <span className="typing__dot" />
      <span className="typing__dot" />
    </span>
  );
}

function Message({ m }: { m: MessageView }) {
  const streaming = m.pending && !!m.content;
  return (
    <li className={`chat__message chat__message--${m.role}${streaming ? ' chat__message--streaming' : ''}`} aria-busy={m.pending ? true : undefined}>
      <div className="chat__bubble">
        {m.pending && !m.content ? (
          <p className="chat__text">
            Pensando… <Typing />
          </p>
        ) : (
          <p className="chat__text">
            {m.content}
            {streaming && <Typing />}
          </p>
        )}
        {m.role === 'assistant' && !m.pending && <Citations citations={m.citations} />}
      </div>
    </li>
  );
}

export function AssistantPage() {
  const [params, setParams] = useSearchParams();
  const conversationId = params.get('conversa');
  const [mode, setMode] = useState<ConversationMode>('ASSISTANT' as ConversationMode);
  const [question, setQuestion] = useState('');
  // The question being asked and its answer (growing while streamed, then the mutation's result),
  // shown until the stored conversation includes them.
  const [local, setLocal] = useState<{ conversationId: string | null; messages: MessageView[] }>({ conversationId: null, messages: [] });
  const [busy, setBusy] = useState(false);
  const client = useClient();
  const live = useRef<AnswerWatch | null>(null);
  const [status] = useQuery({ query: AssistantStatusDocument });
  const [list, refreshList] = useQuery({ query: ConversationsDocument, variables: { first: 50 }, requestPolicy: 'cache-and-network' });
  const [conv, refreshConv] = useQuery({ query: ConversationDocument, variables: { id: conversationId ?? '' }, pause: !conversationId, requestPolicy: 'network-only' });
  const [asking, askAssistant] = useMutation(AskAssistantDocument);
  const [, deleteConversation] = useMutation(DeleteConversationDocument);
  const endRef = useRef<HTMLDivElement>(null);

  const stored: MessageView[] = conversationId ? (conv.data?.conversation?.messages ?? []) : [];
  const localAnswer = local.messages.find((m) => m.role === 'assistant');
  const storedHasLocal = !!localAnswer && stored.some((m) => m.id === localAnswer.id);
  const messages = storedHasLocal || local.conversationId !== conversationId ? stored : [...stored, ...local.messages];
  const offline = status.data?.assistantStatus.offline;
  const currentMode = (conv.data?.conversation?.mode ?? mode) as ConversationMode;
  const error = apiError(asking.error);

  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [messages.length]);
  useEffect(() => {
    if (storedHasLocal) setLocal({ conversationId: null, messages: [] });
  }, [storedHasLocal]);
  useEffect(() => () => live.current?.stop(), []);

  async function send(text: string) {
    const q = text.trim();
    if (!q || busy) return;
    setBusy(true);
    setQuestion('');
    setLocal({
      conversationId,
      messages: [
        { id: 'q', role: 'user', content: q, offline: false, citations: [] },
        { id: 'a', role: 'assistant', content: '', offline: false, citations: [], pending: true },
      ],
    });
    // Listen first, then ask: the answer shows as it is written. Best effort: without the live
    // channel the mutation's result still brings the whole answer.
    const streamId = newStreamId();
    const watch = watchAnswer(client, streamId, (partial) =>
      setLocal((l) => ({ ...l, messages: l.messages.map((m) => (m.id === 'a' && m.pending ? { ...m, content: partial } : m)) })),
    );
    live.current = watch;
    await watch.ready;
    const r = await askAssistant({ input: { question: q, conversationId, mode: conversationId ? null : mode, streamId } });
    watch.stop();
    live.current = null;
    setBusy(false);
    if (r.data) {
      const a = r.data.askAssistant;
      // The final answer with its citations replaces the partial text at once.
      setLocal({
        conversationId: a.conversationId,
        messages: [
          { id: `q-${a.messageId}`, role: 'user', content: q, offline: false, citations: [] },
          { id: a.messageId, role: 'assistant', content: a.answer, offline: a.offline, citations: a.citations },
        ],
      });
      if (a.conversationId !== conversationId) setParams({ conversa: a.conversationId });
      else refreshConv({ requestPolicy: 'network-only' });
      refreshList({ requestPolicy: 'network-only' });
    } else {
      setLocal({ conversationId: null, messages: [] });
      setQuestion(q);
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void send(question);
  }

  async function remove(id: string) {
    await deleteConversation({ id });
    if (id === conversationId) setParams({});
    refreshList({ requestPolicy: 'network-only' });
  }

  return (
    <div className="page assistant-page">
      <header className="page__header">
        <p className="eyebrow">Fiscal</p>
        <h1>
          Assistente{' '}
          {offline && (
            <span className="badge badge--muted" title="Sem modelo de linguagem configurado: respostas por regras, com os números exatos da conta e trechos das fontes.">
              modo offline
            </span>
          )}
        </h1>
        <p className="muted">Pergunte sobre seu faturamento, o limite do MEI, o DAS e seus documentos. Cada resposta mostra de onde veio.</p>
      </header>

      <div className="assistant-layout">
        <aside className="card assistant-conversations" aria-labelledby="conversas-title">
          <div className="card__head">
            <h2 id="conversas-title">Conversas</h2>
            <button type="button" className="button button--small" onClick={() => setParams({})}>
              Nova
            </button>
          </div>
          {list.data?.conversations.nodes.length ? (
            <ul className="assistant-conversations__list">
              {list.data.conversations.nodes.map((c) => (
                <li key={c.id} className={c.id === conversationId ? 'is-active' : undefined}>
                  <button type="button" className="link-button" onClick={() => setParams({ conversa: c.id })}>
                    {c.title}
                  </button>
                  <span className="muted small"> {c.mode === 'CHAT' ? '· conversa livre' : ''}</span>
                  <button type="button" className="button button--small button--ghost" aria-label={`Apagar conversa ${c.title}`} onClick={() => void remove(c.id)}>
                    Apagar
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">{list.fetching ? 'Carregando…' : 'Nenhuma conversa ainda.'}</p>
          )}
        </aside>

        <section className="card assistant-chat" aria-label="Conversa">
          {!conversationId && (
            <div className="assistant-mode" role="radiogroup" aria-label="Modo">
              <label>
                <input type="radio" name="mode" checked={mode === 'ASSISTANT'} onChange={() => setMode('ASSISTANT' as ConversationMode)} /> Assistente fiscal (com fontes)
              </label>
              <label>
                <input type="radio" name="mode" checked={mode === 'CHAT'} onChange={() => setMode('CHAT' as ConversationMode)} /> Conversa livre
              </label>
            </div>
          )}
          {conv.error && <Alert>{apiError(conv.error)?.message}</Alert>}
          {conversationId && conv.data && !conv.data.conversation && <Alert>Conversa não encontrada.</Alert>}
          {messages.length ? (
            <ol className="chat" aria-live="polite">
              {messages.map((m) => (
                <Message key={m.id} m={m} />
              ))}
            </ol>
          ) : (
            currentMode === 'ASSISTANT' && (
              <div className="assistant-suggestions">
                <p className="muted">Experimente:</p>
                <ul>
                  {SUGGESTIONS.map((s) => (
                    <li key={s}>
                      <button type="button" className="button button--small button--ghost" onClick={() => void send(s)}>
                        {s}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )
          )}
          <div ref={endRef} />
          {error && <Alert>{error.message}</Alert>}
          <form className="assistant-form" onSubmit={onSubmit}>
            <label className="sr-only" htmlFor="question">
              Sua pergunta
            </label>
            <textarea
              id="question"
              value={question}
              maxLength={2000}
              rows={2}
              placeholder={currentMode === 'CHAT' ? 'Escreva sua mensagem…' : 'Ex.: Quanto faturei no mês passado?'}
              onChange={(e) => setQuestion(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  void send(question);
                }
              }}
            />
            <button type="submit" className="button" disabled={busy || !question.trim()}>
              {busy ? 'Enviando…' : 'Enviar'}
            </button>
          </form>
        </section>
      </div>
    </div>
  );
}
