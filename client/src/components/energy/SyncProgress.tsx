import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { EnergySyncDocument, STAGE_LABELS } from '../../lib/energy';

export interface SyncState {
  state: string;
  stage: string | null;
  percent: number;
  message: string | null;
  unitsDone: number | null;
  unitsTotal: number | null;
  errors: { uc: string; message: string }[];
}

/** Live sync of one client through the router's `energySync` subscription (snapshot first, then each event). */
export function SyncProgress({ clientId, onFinished }: { clientId: string; onFinished(state: SyncState): void }) {
  const client = useClient();
  const [s, setS] = useState<SyncState | null>(null);
  useEffect(() => {
    let ended = false;
    // A sync started now: the snapshot may still be the previous sync's final event (ignore it).
    const since = Date.now() - 2000;
    const sub = client.subscription(EnergySyncDocument, { clientId }).subscribe((r) => {
      const e = r.data?.energySync;
      if (!e || ended) return;
      if ((e.state === 'DONE' || e.state === 'FAILED') && Date.parse(e.at) < since) return;
      const next: SyncState = {
        state: e.state,
        stage: e.stage ?? null,
        percent: e.percent ?? 0,
        message: e.message ?? null,
        unitsDone: e.unitsDone ?? null,
        unitsTotal: e.unitsTotal ?? null,
        errors: e.errors ?? [],
      };
      setS(next);
      if (e.state === 'DONE' || e.state === 'FAILED') {
        ended = true;
        onFinished(next);
      }
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, clientId]);
  if (!s) return <p className="muted energy-progress">Conectando ao acompanhamento…</p>;
  const failed = s.state === 'FAILED';
  return (
    <div className="energy-progress" aria-live="polite" data-testid="energy-sync">
      <p>
        <strong>{STAGE_LABELS[s.stage ?? ''] ?? s.stage ?? 'Na fila'}</strong>
        {s.unitsTotal ? ` · ${s.unitsDone ?? 0} de ${s.unitsTotal} unidades` : ''}
        {s.message ? ` — ${s.message}` : ''}
      </p>
      <div className="energy-progress__bar" role="progressbar" aria-valuenow={s.percent} aria-valuemin={0} aria-valuemax={100}>
        <span style={{ width: `${failed ? 100 : s.percent}%`, background: failed ? '#9b2c2c' : undefined }} />
      </div>
      {s.errors.length > 0 && (
        <ul className="energy-progress__errors">
          {s.errors.map((e) => (
            <li key={e.uc}>
              UC {e.uc}: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
