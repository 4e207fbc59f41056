import { AGENT_LABELS, AGENT_ORDER, AGENT_STATUS_LABELS, STAGE_LABELS, STAGE_ORDER } from '../../lib/consultant';

export interface LiveAgent {
  role: string;
  status: string;
  tokens: number;
}

export interface TimelineEntry {
  seq: number;
  at: string;
  text: string;
}

/** The live view of a run: stage steps, one row per agent, the event log and tokens so far. */
export function AgentTimeline({
  stage,
  percent,
  agents,
  tokens,
  log,
  live,
}: {
  stage: string | null;
  percent: number | null;
  agents: LiveAgent[];
  tokens: number;
  log: TimelineEntry[];
  live: boolean;
}) {
  const current = stage ? STAGE_ORDER.indexOf(stage) : -1;
  const byRole = new Map(agents.map((a) => [a.role, a]));
  return (
    <section className="card consultant-timeline" aria-live="polite">
      <div className="card__head">
        <h2>Andamento {live && <span className="badge badge--brand">ao vivo</span>}</h2>
        <span className="muted small">{tokens.toLocaleString('pt-BR')} tokens</span>
      </div>
      <div className="gauge" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent ?? 0} aria-label="Progresso da análise">
        <div className="gauge__bar" style={{ width: `${percent ?? 0}%` }} />
      </div>
      <ol className="consultant-stages">
        {STAGE_ORDER.map((s, i) => (
          <li key={s} className={i < current || stage === 'DONE' ? 'is-included' : i === current ? 'is-current' : 'is-muted'}>
            {STAGE_LABELS[s]}
          </li>
        ))}
      </ol>
      <ul className="consultant-agents">
        {AGENT_ORDER.map((role) => {
          const a = byRole.get(role);
          const status = a?.status ?? 'PENDING';
          return (
            <li key={role} className={`consultant-agent consultant-agent--${status.toLowerCase()}`} data-testid={`agent-${role}`}>
              <strong>{AGENT_LABELS[role]}</strong>
              <span className="badge badge--muted">{AGENT_STATUS_LABELS[status] ?? status}</span>
              <span className="muted small">{(a?.tokens ?? 0).toLocaleString('pt-BR')} tokens</span>
            </li>
          );
        })}
      </ul>
      {log.length > 0 && (
        <ol className="consultant-log small">
          {log.map((e) => (
            <li key={e.seq}>
              <time className="muted">{new Date(e.at).toLocaleTimeString('pt-BR', { timeZone: 'America/Sao_Paulo' })}</time> {e.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
