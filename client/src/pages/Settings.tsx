import { useEffect, type KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isAccountAdmin, useMe } from '../lib/me';
import { ApiKeysTab } from './settings/ApiKeys';
import { AuditTab } from './settings/Audit';
import { FiscalProfileTab } from './settings/FiscalProfile';
import { InvitationsTab } from './settings/Invitations';
import { MembersTab } from './settings/Members';
import { ProfileTab } from './settings/Profile';

const TABS = [
  { id: 'perfil', label: 'Meu perfil', adminOnly: false },
  { id: 'membros', label: 'Membros', adminOnly: false },
  { id: 'convites', label: 'Convites', adminOnly: true },
  { id: 'chaves', label: 'Chaves de API', adminOnly: true },
  { id: 'auditoria', label: 'Auditoria', adminOnly: true },
  { id: 'fiscal', label: 'Perfil fiscal', adminOnly: true },
] as const;

type TabId = (typeof TABS)[number]['id'];

export function SettingsPage() {
  const { me } = useMe();
  const [params, setParams] = useSearchParams();
  const admin = isAccountAdmin(me?.role);
  const visible = TABS.filter((t) => admin || !t.adminOnly);
  const requested = params.get('aba');
  const active: TabId = visible.find((t) => t.id === requested)?.id ?? 'membros';

  useEffect(() => {
    if (requested && requested !== active) setParams({ aba: active }, { replace: true });
  }, [requested, active, setParams]);

  if (!me) return null;

  const select = (id: TabId) => setParams({ aba: id }, { replace: true });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = visible.findIndex((t) => t.id === active);
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const next = visible[(i + (e.key === 'ArrowRight' ? 1 : visible.length - 1)) % visible.length]!;
      select(next.id);
      document.getElementById(`tab-${next.id}`)?.focus();
    }
  };

  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">Configurações</p>
        <h1>{me.account?.name}</h1>
      </header>
      <div className="tabs" role="tablist" aria-label="Configurações" onKeyDown={onKeyDown}>
        {visible.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === active}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === active ? 0 : -1}
            className={`tabs__tab${t.id === active ? ' is-active' : ''}`}
            onClick={() => select(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="tabs__panel" role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
        {active === 'perfil' && <ProfileTab me={me} />}
        {active === 'membros' && <MembersTab me={me} />}
        {active === 'convites' && <InvitationsTab />}
        {active === 'chaves' && <ApiKeysTab />}
        {active === 'auditoria' && <AuditTab />}
        {active === 'fiscal' && <FiscalProfileTab />}
      </div>
    </div>
  );
}
