import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { SwitchAccountDocument } from '../lib/auth-documents';
import { useDismiss } from '../lib/dismiss';
import { apiError } from '../lib/errors';
import { roleLabel } from '../lib/format';
import { useMe, type Me } from '../lib/me';
import { useSession } from '../lib/session';
import { Brand } from './Brand';
import { Alert } from './forms';
import { NotificationBell } from './NotificationBell';

interface NavItem {
  to: string;
  label: string;
}

const NAV: NavItem[] = [
  { to: '/painel', label: 'Painel' },
  { to: '/documentos', label: 'Documentos' },
  { to: '/assistente', label: 'Assistente' },
  { to: '/consultor', label: 'Consultor' },
  { to: '/marketplace', label: 'Marketplace' },
  { to: '/financeiro', label: 'Financeiro' },
  { to: '/energia', label: 'Energia' },
  { to: '/planos', label: 'Planos' },
  { to: '/configuracoes', label: 'Configurações' },
];

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?';
}

function AccountSwitcher({ me }: { me: Me }) {
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const [state, switchAccount] = useMutation(SwitchAccountDocument);
  const current = me.account?.id ?? '';

  if (me.memberships.length <= 1) {
    return (
      <div className="account-switcher account-switcher--single">
        <span className="account-switcher__label">Conta</span>
        <strong>{me.account?.name}</strong>
      </div>
    );
  }

  async function onChange(accountId: string) {
    if (!accountId || accountId === current) return;
    const r = await switchAccount({ accountId });
    if (r.data?.switchAccount) {
      signedIn(r.data.switchAccount);
      navigate('/painel');
    }
  }

  const err = apiError(state.error);
  return (
    <div className="account-switcher">
      <label htmlFor="account-switcher">Conta atual</label>
      <select id="account-switcher" value={current} title={me.account?.name ?? undefined} disabled={state.fetching} onChange={(e) => void onChange(e.target.value)}>
        {me.memberships.map((m) => (
          <option key={m.account.id} value={m.account.id}>
            {m.account.name} · {roleLabel(m.role)}
          </option>
        ))}
      </select>
      {err && <span className="account-switcher__error" role="alert">{err.message}</span>}
    </div>
  );
}

function UserMenu({ me }: { me: Me }) {
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);

  useDismiss(open, ref, close);

  async function onSignOut() {
    setBusy(true);
    await signOut();
    navigate('/entrar', { replace: true });
  }

  return (
    <div className="user-menu" ref={ref}>
      <button
        type="button"
        className="user-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label="Menu do usuário"
        onClick={() => setOpen((o) => !o)}
      >
        <span className="avatar" aria-hidden="true">
          {initials(me.name)}
        </span>
        <span className="user-menu__name">{me.name}</span>
      </button>
      {open && (
        <div className="user-menu__panel" role="menu">
          <div className="user-menu__who">
            <strong>{me.name}</strong>
            <span className="muted">{me.email}</span>
            <span className="muted">{roleLabel(me.role)}</span>
          </div>
          <Link role="menuitem" to="/configuracoes" onClick={() => setOpen(false)}>
            Configurações
          </Link>
          <button type="button" role="menuitem" onClick={() => void onSignOut()} disabled={busy}>
            {busy ? 'Saindo…' : 'Sair'}
          </button>
        </div>
      )}
    </div>
  );
}

/** Signed-in shell: header (account switcher, user menu) and the sidebar. */
export function AppLayout() {
  const { me, error } = useMe();
  const location = useLocation();
  const [navOpen, setNavOpen] = useState(false);
  useEffect(() => setNavOpen(false), [location.pathname]);

  if (!me) {
    return (
      <div className="page-loading" role="status">
        {error ? <Alert>{apiError(error)?.message}</Alert> : 'Carregando…'}
      </div>
    );
  }

  return (
    <div className={`app${navOpen ? ' app--nav-open' : ''}`}>
      <a href="#conteudo" className="skip-link">
        Pular para o conteúdo
      </a>
      <header className="topbar">
        <button type="button" className="topbar__menu" aria-label="Abrir menu" aria-expanded={navOpen} onClick={() => setNavOpen((o) => !o)}>
          <span />
          <span />
          <span />
        </button>
        <Brand to="/painel" />
        <div className="topbar__spacer" />
        <AccountSwitcher me={me} />
        <NotificationBell />
        <UserMenu me={me} />
      </header>
      <aside className="sidebar">
        <nav aria-label="Principal">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className={({ isActive }) => `sidebar__link${isActive ? ' is-active' : ''}`}>
                  <span>{item.label}</span>
                </NavLink>
              </li>
            ))}
            {me.staff && (
              <li>
                <NavLink to="/admin" className={({ isActive }) => `sidebar__link${isActive ? ' is-active' : ''}`}>
                  <span>Admin</span>
                  <span className="badge">equipe</span>
                </NavLink>
              </li>
            )}
          </ul>
        </nav>
      </aside>
      <div className="backdrop" onClick={() => setNavOpen(false)} aria-hidden="true" />
      <main className="content" id="conteudo">
        <Outlet />
      </main>
    </div>
  );
}
