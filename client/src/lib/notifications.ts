import { useCallback, useEffect } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const RecentNotificationsDocument = graphql(`
  query RecentNotifications($first: Int) {
    notifications(first: $first) {
      nodes {
        id
        kind
        title
        body
        link
        readAt
        createdAt
        deliveries {
          channel
          status
          deliveredAt
          readAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    unreadNotificationCount
  }
`);

export const MarkNotificationReadDocument = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const ResendNotificationDocument = graphql(`
  mutation ResendNotification($id: ID!, $channel: NotificationChannel!) {
    resendNotification(id: $id, channel: $channel) {
      id
      deliveries {
        channel
        status
      }
    }
  }
`);

export function useResendNotification() {
  return useMutation(ResendNotificationDocument);
}

export const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/** How often the bell asks for the unread count while the tab is visible. */
export const NOTIFICATION_POLL_MS = 30_000;

/**
 * The unread count: polled every 30 s while the page is visible, and refetched at once when the
 * window regains focus or the tab becomes visible (a hidden tab does not poll).
 */
export function useUnreadNotificationCount(): { count: number; refresh: () => void } {
  const [{ data }, reexecute] = useQuery({ query: UnreadNotificationCountDocument, requestPolicy: 'cache-and-network' });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    const timer = window.setInterval(tick, NOTIFICATION_POLL_MS);
    window.addEventListener('focus', tick);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', tick);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [refresh]);
  return { count: data?.unreadNotificationCount ?? 0, refresh };
}

/** The latest notifications, fetched only while the dropdown is open. */
export function useRecentNotifications(open: boolean, first = 10) {
  const [result, reexecute] = useQuery({ query: RecentNotificationsDocument, variables: { first }, pause: !open, requestPolicy: 'network-only' });
  return { ...result, refresh: () => reexecute({ requestPolicy: 'network-only' }) };
}

export function useMarkNotificationRead() {
  return useMutation(MarkNotificationReadDocument);
}

export function useMarkAllNotificationsRead() {
  return useMutation(MarkAllNotificationsReadDocument);
}

/** An internal link from a notification ("/painel"), or null for anything else. */
export function internalLink(link: string | null | undefined): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

/** "agora", "há 5 min", "há 3 h", "há 2 dias", then the date. */
export function timeAgo(iso: string, now = Date.now()): string {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return '';
  const s = Math.max(0, Math.round((now - t) / 1000));
  if (s < 60) return 'agora';
  const m = Math.round(s / 60);
  if (m < 60) return `há ${m} min`;
  const h = Math.round(m / 60);
  if (h < 24) return `há ${h} h`;
  const d = Math.round(h / 24);
  if (d < 7) return d === 1 ? 'há 1 dia' : `há ${d} dias`;
  return new Intl.DateTimeFormat('pt-BR', { dateStyle: 'short', timeZone: 'America/Sao_Paulo' }).format(new Date(t));
}
