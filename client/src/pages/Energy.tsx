import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../components/forms';
import { ConnectDialog } from '../components/energy/ConnectDialog';
import { GdTree } from '../components/energy/GdTree';
import { RemoveClientDialog } from '../components/energy/RemoveClientDialog';
import { SyncProgress } from '../components/energy/SyncProgress';
import { UnitsTable } from '../components/energy/UnitsTable';
import '../components/energy/energy.css';
import { apiError } from '../lib/errors';
import { EnergyClientsDocument, STATUS_LABELS, SyncEnergyClientDocument } from '../lib/energy';
import { formatDateTime } from '../lib/format';
import { isAccountAdmin, useMe } from '../lib/me';

/** Energia: holders and their portal connection, live sync, units with invoices, and the solar (GD) tree. */
export function EnergyPage() {
  const [r, refetch] = useQuery({ query: EnergyClientsDocument, requestPolicy: 'cache-and-network' });
  const [, sync] = useMutation(SyncEnergyClientDocument);
  const [selected, setSelected] = useState<string | null>(null);
  const [connect, setConnect] = useState<{ clientId: string | null } | null>(null);
  const [syncing, setSyncing] = useState<Set<string>>(new Set());
  const [tab, setTab] = useState<'units' | 'gd'>('units');
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ id: string; name: string; taxId: string } | null>(null);
  const { me } = useMe();
  // Removing a holder is for owners and administrators (the server says FORBIDDEN to members).
  const canRemove = isAccountAdmin(me?.role);

  const clients = r.data?.energyClients ?? [];
  const overview = r.data?.energyOverview;
  const current = clients.find((c) => c.id === selected) ?? clients[0] ?? null;
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    setVersion((v) => v + 1);
  };
  const watch = (id: string) => setSyncing((s) => new Set([...s, id]));
  const unwatch = (id: string) => setSyncing((s) => new Set([...s].filter((x) => x !== id)));

  async function startSync(id: string) {
    setError(null);
    watch(id);
    const res = await sync({ id });
    const err = apiError(res.error);
    if (err) {
      unwatch(id);
      setError(err.message);
    }
  }

  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">Energia</p>
        <h1>Contas de energia e créditos solares</h1>
        <p className="muted">O robô entra no portal da distribuidora com o CPF/CNPJ e o código SMS do titular e traz unidades, faturas e créditos.</p>
      </header>
      {overview && (
        <section className="energy-summary">
          <div className="card">
            <span className="muted">Unidades</span>
            <strong>{overview.units}</strong>
          </div>
          <div className="card">
            <span className="muted">Em aberto</span>
            <strong>{overview.openAmount.formatted}</strong>
          </div>
          <div className="card" data-testid="energy-overdue">
            <span className="muted">Vencidas</span>
            <strong className={overview.overdueCount ? 'energy-overdue' : undefined}>{overview.overdueAmount.formatted}</strong>
            <span className="muted">
              {overview.overdueCount} {overview.overdueCount === 1 ? 'fatura' : 'faturas'}
            </span>
          </div>
          <div className="card">
            <span className="muted">Últimos 12 meses</span>
            <strong>{overview.last12MonthsCost.formatted}</strong>
          </div>
          <div className="card">
            <span className="muted">Consumo 12 meses</span>
            <strong>{overview.last12MonthsKwh.toLocaleString('pt-BR')} kWh</strong>
          </div>
        </section>
      )}
      <Alert>{apiError(r.error)?.message ?? error}</Alert>
      <section className="card">
        <div className="gd-plant__head">
          <h2>Titulares</h2>
          <button type="button" className="button button--primary" onClick={() => setConnect({ clientId: null })}>
            Adicionar titular
          </button>
        </div>
        {!clients.length && !r.fetching && <p className="muted">Nenhum titular ainda. Adicione um CPF/CNPJ para conectar à distribuidora.</p>}
        <div className="energy-clients">
          {clients.map((c) => {
            const st = STATUS_LABELS[c.status] ?? { label: c.status, badge: 'badge--muted' };
            return (
              <article key={c.id} className={`card energy-client${current?.id === c.id ? ' is-selected' : ''}`} data-testid="energy-client">
                <div className="energy-client__main">
                  <strong>{c.name}</strong>
                  <span className="muted">
                    {c.taxId} · celular final {c.phoneLastDigits}
                  </span>
                  <span>
                    <span className={`badge ${st.badge}`}>{st.label}</span>
                    {c.statusMessage && <span className="muted"> {c.statusMessage}</span>}
                  </span>
                  {c.lastSyncAt && (
                    <span className="muted">
                      Última sincronização: {formatDateTime(c.lastSyncAt)} — {c.lastSyncMessage}
                    </span>
                  )}
                </div>
                <div className="energy-client__actions">
                  <button type="button" className="button button--small" onClick={() => setSelected(c.id)}>
                    Ver unidades
                  </button>
                  {c.status === 'CONNECTED' ? (
                    <button type="button" className="button button--small" disabled={syncing.has(c.id)} onClick={() => void startSync(c.id)}>
                      {syncing.has(c.id) ? 'Sincronizando…' : 'Sincronizar'}
                    </button>
                  ) : (
                    <button type="button" className="button button--small button--primary" onClick={() => setConnect({ clientId: c.id })}>
                      Conectar
                    </button>
                  )}
                  {canRemove && (
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      disabled={syncing.has(c.id)}
                      title={syncing.has(c.id) ? 'Aguarde a sincronização terminar' : undefined}
                      onClick={() => setRemoving({ id: c.id, name: c.name, taxId: c.taxId })}
                    >
                      Remover titular
                    </button>
                  )}
                </div>
                {syncing.has(c.id) && (
                  <div style={{ flexBasis: '100%' }}>
                    <SyncProgress
                      clientId={c.id}
                      onFinished={() => {
                        unwatch(c.id);
                        reload();
                      }}
                    />
                  </div>
                )}
              </article>
            );
          })}
        </div>
      </section>
      {current && (
        <section className="card">
          <h2>{current.name}</h2>
          <div className="energy-tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'units'} className={`button button--small${tab === 'units' ? ' button--primary' : ''}`} onClick={() => setTab('units')}>
              Unidades e faturas
            </button>
            <button type="button" role="tab" aria-selected={tab === 'gd'} className={`button button--small${tab === 'gd' ? ' button--primary' : ''}`} onClick={() => setTab('gd')}>
              Usinas (geração distribuída)
            </button>
          </div>
          {tab === 'units' ? <UnitsTable key={`${current.id}-${version}`} clientId={current.id} version={version} /> : <GdTree key={`${current.id}-${version}`} clientId={current.id} version={version} />}
        </section>
      )}
      {removing && (
        <RemoveClientDialog
          client={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => {
            if (selected === removing.id) setSelected(null);
            unwatch(removing.id);
            setRemoving(null);
            reload();
          }}
        />
      )}
      {connect && (
        <ConnectDialog
          clientId={connect.clientId}
          onClose={() => {
            setConnect(null);
            reload();
          }}
          onConnected={(id) => {
            setConnect(null);
            setSelected(id);
            watch(id);
            reload();
          }}
        />
      )}
    </div>
  );
}
