import { useState } from 'react';
import { useMutation } from 'urql';
import { Alert } from '../forms';
import {
  AGENT_LABELS,
  CONFLICT_KIND_LABELS,
  ExportExecutionDocument,
  formatDay,
  IMPACT_LABELS,
  LEVEL_LABELS,
  SOURCE_LABELS,
  type ExecutionDetail,
} from '../../lib/consultant';
import { apiError } from '../../lib/errors';

const level = (l: string, labels: Record<string, string> = LEVEL_LABELS) => <span className={`badge consultant-level consultant-level--${l.toLowerCase()}`}>{labels[l] ?? l}</span>;

/** Conflicts, the meeting transcript and the executive artifacts of a finished run. */
export function ExecutionReport({ execution }: { execution: ExecutionDetail }) {
  const a = execution.artifacts;
  return (
    <>
      {a && (
        <section className="card">
          <div className="card__head">
            <h2>Resumo executivo</h2>
            <ExportButtons id={execution.id} />
          </div>
          <p className="consultant-summary">{a.summary}</p>
        </section>
      )}
      {a && (
        <section className="card">
          <h2>Plano de ação</h2>
          <table className="table">
            <thead>
              <tr>
                <th>Ação</th>
                <th>Responsável</th>
                <th>Prazo</th>
                <th>Prioridade</th>
                <th className="table__num">Orçamento</th>
              </tr>
            </thead>
            <tbody>
              {a.actionPlan.map((i, n) => (
                <tr key={n}>
                  <td data-label="Ação">
                    {i.action}
                    <span className="muted small table__sub">{AGENT_LABELS[i.agent]}</span>
                  </td>
                  <td data-label="Responsável">{i.ownerRole}</td>
                  <td data-label="Prazo">{formatDay(i.deadline)}</td>
                  <td data-label="Prioridade">{level(i.priority)}</td>
                  <td data-label="Orçamento" className="table__num">
                    {i.budget.cents ? i.budget.formatted : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {a && (
        <div className="consultant-grid">
          <section className="card">
            <h2>Riscos</h2>
            <ul className="consultant-list">
              {a.risks.map((r, n) => (
                <li key={n}>
                  <p>{r.description}</p>
                  <p className="small">
                    Probabilidade {level(r.probability)} · Impacto {level(r.impact, IMPACT_LABELS)}
                  </p>
                  <p className="muted small">Mitigação: {r.mitigation}</p>
                </li>
              ))}
            </ul>
          </section>
          <section className="card">
            <h2>Indicadores (KPIs)</h2>
            <table className="table">
              <thead>
                <tr>
                  <th>Indicador</th>
                  <th className="table__num">Atual</th>
                  <th className="table__num">Meta</th>
                </tr>
              </thead>
              <tbody>
                {a.kpis.map((k) => (
                  <tr key={k.name}>
                    <td data-label="Indicador">
                      {k.name}
                      <span className="muted small table__sub">Fonte: {SOURCE_LABELS[k.source] ?? k.source}</span>
                    </td>
                    <td data-label="Atual" className="table__num">
                      {k.currentText}
                    </td>
                    <td data-label="Meta" className="table__num">
                      {k.targetText}
                    </td>
                  </tr>
                ))}
                {!a.kpis.length && (
                  <tr>
                    <td colSpan={3} className="muted">
                      Sem dados da conta para medir indicadores.
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </section>
        </div>
      )}
      <section className="card">
        <h2>Conflitos entre as áreas</h2>
        {!execution.conflicts.length ? (
          <p className="muted">{execution.status === 'DONE' ? 'As propostas das áreas não conflitaram.' : 'Aparecem quando as áreas terminarem.'}</p>
        ) : (
          <ul className="consultant-list">
            {execution.conflicts.map((c) => (
              <li key={c.id}>
                <p>
                  <strong>{c.id}</strong> · {CONFLICT_KIND_LABELS[c.kind]} · {c.agents.map((g) => AGENT_LABELS[g]).join(', ')} · severidade {level(c.severity)}
                </p>
                <p>{c.description}</p>
                {execution.meeting?.resolutions
                  .filter((r) => r.conflictId === c.id)
                  .map((r) => (
                    <p key={r.round} className="muted small">
                      Decidido na rodada {r.round}: {r.decision}
                    </p>
                  ))}
              </li>
            ))}
          </ul>
        )}
      </section>
      {execution.meeting && (
        <section className="card">
          <div className="card__head">
            <h2>Reunião</h2>
            <span className={`badge ${execution.meeting.consensus ? 'badge--status-active' : 'badge--pending'}`}>{execution.meeting.consensus ? 'Consenso' : 'Sem consenso'}</span>
          </div>
          {execution.meeting.rounds.map((r) => (
            <div key={r.number} className="consultant-round">
              <h3>Rodada {r.number}</h3>
              <ul className="consultant-transcript">
                {r.statements.map((s, n) => (
                  <li key={n}>
                    <strong>{AGENT_LABELS[s.agent]}:</strong> {s.text}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      <section className="card">
        <h2>Análises por área</h2>
        {execution.agents
          .filter((g) => g.role !== 'ANALYST')
          .map((g) => (
            <details key={g.role} className="consultant-area">
              <summary>
                <strong>{g.label}</strong> {g.method === 'MODEL' ? <span className="badge badge--brand">modelo</span> : <span className="badge badge--muted">regras</span>}{' '}
                <span className="muted small">{g.summary}</span>
              </summary>
              <ul>
                {g.findings.map((f, n) => (
                  <li key={n}>
                    {f.text} <span className="muted small">({SOURCE_LABELS[f.source] ?? f.source})</span>
                  </li>
                ))}
                {g.unavailableData.map((u) => (
                  <li key={u} className="muted">
                    Dado indisponível: {u}
                  </li>
                ))}
              </ul>
            </details>
          ))}
      </section>
    </>
  );
}

function ExportButtons({ id }: { id: string }) {
  const [state, run] = useMutation(ExportExecutionDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [links, setLinks] = useState<Array<{ format: string; url: string; filename: string }>>([]);
  const go = async (format: 'MARKDOWN' | 'PDF') => {
    setBusy(format);
    const r = await run({ id, format });
    setBusy(null);
    if (r.data) {
      const x = r.data.exportExecution;
      setLinks((l) => [...l.filter((k) => k.format !== format), { format, url: x.url, filename: x.filename }]);
    }
  };
  return (
    <div className="consultant-export">
      <button type="button" className="button button--small" disabled={!!busy} onClick={() => void go('MARKDOWN')}>
        {busy === 'MARKDOWN' ? 'Gerando…' : 'Exportar Markdown'}
      </button>
      <button type="button" className="button button--small" disabled={!!busy} onClick={() => void go('PDF')}>
        {busy === 'PDF' ? 'Gerando…' : 'Exportar PDF'}
      </button>
      {links.map((l) => (
        <a key={l.format} className="button button--primary button--small" href={l.url} target="_blank" rel="noopener noreferrer" download={l.filename}>
          Baixar {l.format === 'PDF' ? 'PDF' : 'Markdown'}
        </a>
      ))}
      {links.length > 0 && <span className="muted small">Os links expiram em 10 minutos.</span>}
      {state.error && <Alert>{apiError(state.error)?.message}</Alert>}
    </div>
  );
}
