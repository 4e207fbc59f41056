import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useDismiss } from '../lib/dismiss';
import { apiError } from '../lib/errors';
import {
  internalLink,
  timeAgo,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useRecentNotifications,
  useResendNotification,
  useUnreadNotificationCount,
} from '../lib/notifications';

const KIND_LABELS: Record<string, string> = {
  LEAD: 'Novo contato',
  LIMIT_ALERT: 'Limite do MEI',
  INQUIRY: 'Pergunta no marketplace',
  PAYMENT_PROBLEM: 'Pagamento',
  GENERIC: 'Aviso',
};

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

/** Header bell: unread count (polled every 30 s and on focus) and a dropdown of the latest notifications. */
export function NotificationBell() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  const { count, refresh: refreshCount } = useUnreadNotificationCount();
  const recent = useRecentNotifications(open);
  const [markOne, markRead] = useMarkNotificationRead();
  const [markAllState, markAll] = useMarkAllNotificationsRead();
  const [resendState, resend] = useResendNotification();

  useDismiss(open, ref, close);

  const unread = open && recent.data ? recent.data.unreadNotificationCount : count;
  const nodes = recent.data?.notifications.nodes ?? [];
  const error = apiError(recent.error) ?? apiError(markOne.error) ?? apiError(markAllState.error) ?? apiError(resendState.error);

  async function onOpenItem(id: string, readAt: string | null, link: string | null) {
    if (!readAt) await markRead({ id });
    refreshCount();
    const to = internalLink(link);
    if (to) {
      setOpen(false);
      navigate(to);
    } else {
      recent.refresh();
    }
  }

  async function onResend(id: string) {
    await resend({ id, channel: 'WHATSAPP' });
    recent.refresh();
  }

  async function onMarkAll() {
    await markAll({});
    refreshCount();
    recent.refresh();
  }

  const label = unread > 0 ? `Avisos: ${unread} não ${unread === 1 ? 'lido' : 'lidos'}` : 'Avisos: nenhum não lido';
  return (
    <div className="user-menu notification-bell" ref={ref}>
      <button
        type="button"
        className="user-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={label}
        title={label}
        onClick={() => setOpen((o) => !o)}
        style={{ position: 'relative', padding: '0.45rem' }}
      >
        <BellIcon />
        {unread > 0 && (
          <span
            className="notification-bell__count"
            aria-hidden="true"
            style={{
              position: 'absolute',
              top: 0,
              right: 0,
              minWidth: 18,
              height: 18,
              padding: '0 5px',
              borderRadius: 999,
              background: 'var(--danger)',
              color: '#fff',
              fontSize: '0.7rem',
              fontWeight: 700,
              lineHeight: '18px',
              textAlign: 'center',
            }}
          >
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="user-menu__panel notification-bell__panel" role="menu" aria-label="Avisos" style={{ width: 'min(360px, 92vw)', maxHeight: '70vh', overflowY: 'auto' }}>
          <div className="user-menu__who" style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '0.5rem' }}>
            <strong>Avisos</strong>
            {unread > 0 && (
              <button type="button" role="menuitem" onClick={() => void onMarkAll()} disabled={markAllState.fetching} style={{ width: 'auto', padding: '0.25rem 0.5rem', fontSize: '0.85rem', color: 'var(--brand)' }}>
                {markAllState.fetching ? 'Marcando…' : 'Marcar todos como lidos'}
              </button>
            )}
          </div>
          {error && (
            <p role="alert" style={{ color: 'var(--danger)', margin: '0.4rem 0.65rem', fontSize: '0.85rem' }}>
              {error.message}
            </p>
          )}
          {recent.fetching && !recent.data && <p className="muted" style={{ margin: '0.5rem 0.65rem' }}>Carregando…</p>}
          {recent.data && nodes.length === 0 && <p className="muted" style={{ margin: '0.5rem 0.65rem' }}>Nenhum aviso por enquanto.</p>}
          {nodes.map((n) => {
            const whatsapp = n.deliveries.find((d) => d.channel === 'WHATSAPP');
            const whatsappFailed = whatsapp?.status === 'FAILED';
            // WhatsApp's own receipts (status webhooks): read beats delivered.
            const receipt = whatsapp?.status === 'SENT' ? (whatsapp.readAt ? 'Lida no WhatsApp' : whatsapp.deliveredAt ? 'Entregue no WhatsApp' : null) : null;
            return (
              <div key={n.id}>
                <button
                  type="button"
                  role="menuitem"
                  className={`notification-bell__item${n.readAt ? '' : ' is-unread'}`}
                  onClick={() => void onOpenItem(n.id, n.readAt ?? null, n.link ?? null)}
                  style={{ display: 'grid', gap: '0.15rem', borderLeft: n.readAt ? '3px solid transparent' : '3px solid var(--brand)' }}
                >
                  <span style={{ display: 'flex', justifyContent: 'space-between', gap: '0.5rem', fontSize: '0.75rem' }} className="muted">
                    <span>{KIND_LABELS[n.kind] ?? 'Aviso'}</span>
                    <span>{timeAgo(n.createdAt)}</span>
                  </span>
                  <span style={{ fontWeight: n.readAt ? 500 : 700 }}>{n.title}</span>
                  <span className="muted" style={{ fontSize: '0.85rem', whiteSpace: 'normal' }}>
                    {n.body.length > 160 ? `${n.body.slice(0, 157)}…` : n.body}
                  </span>
                  {!n.readAt && <span className="visually-hidden">(não lido)</span>}
                </button>
                {receipt && (
                  <p className="small muted" style={{ margin: '0 0.65rem 0.5rem' }}>
                    {receipt}
                  </p>
                )}
                {whatsappFailed && (
                  <p className="small" style={{ margin: '0 0.65rem 0.5rem', display: 'flex', flexWrap: 'wrap', gap: '0.25rem 0.5rem', alignItems: 'center' }}>
                    <span style={{ color: 'var(--danger)' }}>Não chegou no seu WhatsApp.</span>
                    <a
                      href="/configuracoes?aba=perfil"
                      onClick={(e) => {
                        e.preventDefault();
                        setOpen(false);
                        navigate('/configuracoes?aba=perfil');
                      }}
                    >
                      Conferir número
                    </a>
                    <button type="button" onClick={() => void onResend(n.id)} disabled={resendState.fetching} style={{ width: 'auto', padding: '0.15rem 0.5rem', fontSize: '0.8rem', color: 'var(--brand)' }}>
                      {resendState.fetching ? 'Reenviando…' : 'Reenviar pelo WhatsApp'}
                    </button>
                  </p>
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
