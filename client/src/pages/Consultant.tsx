import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useMutation, useQuery, useSubscription } from 'urql';
import { AgentTimeline, type LiveAgent, type TimelineEntry } from '../components/consultant/AgentTimeline';
import { ExecutionReport } from '../components/consultant/ExecutionReport';
import '../components/consultant/consultant.css';
import { Alert, formValues, Select, SubmitButton, TextArea, Field } from '../components/forms';
import {
  AGENT_LABELS,
  AgentExecutionDocument,
  ConsultantStatusDocument,
  DeleteExecutionDocument,
  DEPTH_LABELS,
  ExecutionDetailDocument,
  ExecutionListDocument,
  formatDuration,
  StartExecutionDocument,
  STAGE_LABELS,
  STATUS_LABELS,
} from '../lib/consultant';
import { apiError, fieldErrors, formMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';

const LIST_CONTEXT = { additionalTypenames: ['Execution'] };
const FIELDS = ['problemDescription', 'businessType', 'depth'] as const;

export function ConsultantPage() {
  const [params, setParams] = useSearchParams();
  const selected = params.get('analise');
  const select = useCallback((id: string | null) => setParams(id ? { analise: id } : {}), [setParams]);
  const [status] = useQuery({ query: ConsultantStatusDocument });
  // Bumped when a run ends: the list of past analyses shows the new status.
  const [listVersion, setListVersion] = useState(0);
  const bumpList = useCallback(() => setListVersion((v) => v + 1), []);
  const offline = status.data?.assistantStatus.offline;

  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">Inteligência</p>
        <h1>
          Consultor executivo{' '}
          {offline && (
            <span className="badge badge--muted" title="Sem modelo de IA configurado: a análise é feita por regras sobre os números reais da conta.">
              modo offline
            </span>
          )}
        </h1>
        <p className="muted">Uma equipe de agentes (analista, comercial, financeiro, fiscal e operações) analisa o problema com os dados da sua conta, discute em reunião e entrega resumo, plano de ação, riscos e indicadores.</p>
      </header>
      <div className="consultant-layout">
        <div>
          <NewAnalysis onStarted={select} />
          <History selected={selected} onSelect={select} version={listVersion} />
        </div>
        <div>{selected ? <ExecutionView key={selected} id={selected} onDeleted={() => select(null)} onFinished={bumpList} /> : <section className="card empty-state"><p>Descreva um problema para começar, ou abra uma análise anterior.</p></section>}</div>
      </div>
    </div>
  );
}

function NewAnalysis({ onStarted }: { onStarted(id: string): void }) {
  const [state, start] = useMutation(StartExecutionDocument);
  const errors = fieldErrors(state.error);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const v = formValues(form);
    const r = await start({ input: { problemDescription: v.problemDescription ?? '', businessType: v.businessType ?? '', depth: (v.depth ?? 'STANDARD') as 'STANDARD' } }, LIST_CONTEXT);
    if (r.data) {
      form.reset();
      onStarted(r.data.startExecution.id);
    }
  };
  const general = formMessage(state.error, FIELDS);
  return (
    <section className="card">
      <h2>Nova análise</h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextArea
          label="Qual é o problema ou a decisão?"
          name="problemDescription"
          rows={5}
          maxLength={4000}
          required
          placeholder="Ex.: as vendas caíram 20% neste mês e não sei se invisto em divulgação ou seguro o caixa."
          error={errors.problemDescription}
        />
        <Field label="Tipo de negócio" name="businessType" maxLength={120} required placeholder="Ex.: loja de roupas, MEI de serviços" error={errors.businessType} />
        <Select label="Profundidade" name="depth" defaultValue="STANDARD" error={errors.depth}>
          {Object.entries(DEPTH_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </Select>
        {general && <Alert>{general}</Alert>}
        <SubmitButton busy={state.fetching} busyText="Iniciando…">
          Iniciar análise
        </SubmitButton>
      </form>
    </section>
  );
}

function History({ selected, onSelect, version }: { selected: string | null; onSelect(id: string): void; version: number }) {
  const [after, setAfter] = useState<string | null>(null);
  const [result, reexecute] = useQuery({ query: ExecutionListDocument, variables: { first: 20, after }, context: LIST_CONTEXT });
  useEffect(() => {
    if (version > 0) reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);
  const page = result.data?.executions;
  return (
    <section className="card">
      <h2>Análises anteriores</h2>
      {result.error && <Alert>{apiError(result.error)?.message}</Alert>}
      {page && !page.nodes.length && <p className="muted">Nenhuma análise ainda.</p>}
      <ul className="consultant-history">
        {page?.nodes.map((e) => (
          <li key={e.id}>
            <button type="button" className={`link-button${e.id === selected ? ' is-current' : ''}`} onClick={() => onSelect(e.id)}>
              {e.problemDescription.length > 80 ? `${e.problemDescription.slice(0, 77)}…` : e.problemDescription}
            </button>
            <span className="muted small table__sub">
              {formatDateTime(e.createdAt)} · {STATUS_LABELS[e.status]} · {e.offline ? 'offline' : `${e.tokensUsed.toLocaleString('pt-BR')} tokens`}
            </span>
          </li>
        ))}
      </ul>
      {page?.pageInfo.hasNextPage && (
        <button type="button" className="button button--ghost button--small" onClick={() => setAfter(page.pageInfo.endCursor)}>
          Mais antigas
        </button>
      )}
    </section>
  );
}

function ExecutionView({ id, onDeleted, onFinished }: { id: string; onDeleted(): void; onFinished(): void }) {
  const [result, refetch] = useQuery({ query: ExecutionDetailDocument, variables: { id }, requestPolicy: 'network-only' });
  const [del, remove] = useMutation(DeleteExecutionDocument);
  const e = result.data?.execution;
  const running = e?.status === 'QUEUED' || e?.status === 'RUNNING';
  const [live, setLive] = useState<{ state: string | null; stage: string | null; percent: number | null; agents: LiveAgent[]; tokens: number; log: TimelineEntry[] }>({
    state: null,
    stage: null,
    percent: null,
    agents: [],
    tokens: 0,
    log: [],
  });
  useSubscription({ query: AgentExecutionDocument, variables: { executionId: id }, pause: !running }, (_prev: unknown, data) => {
    const ev = data.agentExecution;
    setLive((s) => ({
      state: ev.state,
      stage: ev.stage ?? s.stage,
      percent: ev.percent ?? s.percent,
      agents: ev.agents ?? s.agents,
      tokens: ev.tokens ?? s.tokens,
      log: ev.seq > 0 && !s.log.some((x) => x.seq === ev.seq) ? [...s.log, { seq: ev.seq, at: ev.at ?? new Date().toISOString(), text: ev.message ?? STAGE_LABELS[ev.stage ?? ''] ?? '' }] : s.log,
    }));
    return data;
  });
  const lastState = live.state;
  useEffect(() => {
    if (lastState === 'DONE' || lastState === 'FAILED') {
      refetch({ requestPolicy: 'network-only' });
      onFinished();
    }
  }, [lastState, refetch, onFinished]);

  if (result.error) return <Alert>{apiError(result.error)?.message}</Alert>;
  if (!e) return result.fetching ? <p className="muted">Carregando…</p> : <Alert>Análise não encontrada.</Alert>;
  const agents = running ? live.agents : e.agents.map((a) => ({ role: a.role, status: a.status, tokens: a.tokens }));
  return (
    <>
      <section className="card">
        <div className="card__head">
          <h2>{e.businessType}</h2>
          <span className="badge badge--muted">{STATUS_LABELS[e.status]}</span>
        </div>
        <p>{e.problemDescription}</p>
        <p className="muted small">
          {DEPTH_LABELS[e.depth]} · {formatDateTime(e.createdAt)} · duração {formatDuration(e.durationMs)} · {e.offline ? 'modo offline (regras sobre os números da conta)' : `${e.tokensUsed.toLocaleString('pt-BR')} tokens`}
        </p>
        {e.framing && (
          <details>
            <summary>Enquadramento do {AGENT_LABELS.ANALYST.toLowerCase()}</summary>
            <p>{e.framing.question}</p>
            <ul>
              {e.framing.keyFigures.map((k) => (
                <li key={k}>{k}</li>
              ))}
            </ul>
          </details>
        )}
        {e.failureReason && <Alert>{e.failureReason}</Alert>}
        <button
          type="button"
          className="button button--danger button--small"
          disabled={del.fetching}
          onClick={() => {
            if (window.confirm('Excluir esta análise?')) void remove({ id }, LIST_CONTEXT).then((r) => r.data && onDeleted());
          }}
        >
          Excluir
        </button>
        {del.error && <Alert>{apiError(del.error)?.message}</Alert>}
      </section>
      {(running || live.log.length > 0) && <AgentTimeline stage={running ? live.stage ?? e.stage ?? 'QUEUED' : 'DONE'} percent={running ? live.percent : 100} agents={agents} tokens={running ? live.tokens : e.tokensUsed} log={live.log} live={running} />}
      {!running && !live.log.length && <AgentTimeline stage={e.status === 'DONE' ? 'DONE' : e.stage} percent={e.status === 'DONE' ? 100 : null} agents={agents} tokens={e.tokensUsed} log={[]} live={false} />}
      {e.status !== 'QUEUED' && <ExecutionReport execution={e} />}
    </>
  );
}
