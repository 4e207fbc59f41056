/**
 * The access token lives only in this module (memory): never in localStorage, sessionStorage or a
 * readable cookie. The refresh token is an httpOnly cookie set by the router (path /auth) that page
 * scripts cannot read; `/auth/refresh` trades it for a new access token.
 */

export const WEB_HEADERS = { 'x-prumo-web': '1' } as const;

export interface SessionUser {
  id: string;
  name: string;
  email: string;
}

export interface SessionAccount {
  id: string;
  name: string;
}

export interface Session {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  user: SessionUser;
  account: SessionAccount;
}

/** Any auth payload (signUp, signIn, switchAccount, acceptInvitation, /auth/refresh). */
export interface AuthPayloadLike {
  accessToken: string;
  expiresAt: string;
  user: { id: string; name: string; email: string };
  account: { id: string; name: string };
}

type Listener = (session: Session | null, reason: 'start' | 'refresh' | 'end') => void;

let current: Session | null = null;
let inflight: Promise<Session | null> | null = null;
const listeners = new Set<Listener>();

export function getSession(): Session | null {
  return current;
}

export function getAccessToken(): string | null {
  return current?.accessToken ?? null;
}

/** True when the token is missing or expires within `marginMs`. */
export function tokenExpiring(marginMs = 30_000): boolean {
  return !!current && current.expiresAt - Date.now() < marginMs;
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(reason: 'start' | 'refresh' | 'end') {
  for (const l of listeners) l(current, reason);
}

function toSession(p: AuthPayloadLike): Session {
  return {
    accessToken: p.accessToken,
    expiresAt: Date.parse(p.expiresAt) || Date.now() + 15 * 60_000,
    user: { id: p.user.id, name: p.user.name, email: p.user.email },
    account: { id: p.account.id, name: p.account.name },
  };
}

/** Starts (or replaces) the session from an auth payload returned by a mutation. */
export function startSession(payload: AuthPayloadLike): Session {
  current = toSession(payload);
  emit('start');
  return current;
}

/** Forgets the session locally (the cookie is cleared by `/auth/logout`). */
export function endSession(): void {
  if (!current) return;
  current = null;
  emit('end');
}

/**
 * Trades the refresh cookie for a new access token. Concurrent callers share one request (the
 * refresh token rotates on every use: two parallel refreshes would look like a replay).
 * Resolves to null when there is no valid cookie (the user must sign in).
 */
export function refreshSession(): Promise<Session | null> {
  if (inflight) return inflight;
  inflight = (async () => {
    try {
      const res = await fetch('/auth/refresh', {
        method: 'POST',
        credentials: 'include',
        headers: { ...WEB_HEADERS, 'content-type': 'application/json' },
        body: '{}',
      });
      if (res.status === 401 || res.status === 403) {
        const had = !!current;
        current = null;
        if (had) emit('end');
        return null;
      }
      if (!res.ok) throw new Error(`refresh failed: ${res.status}`);
      const body = (await res.json()) as { data?: AuthPayloadLike };
      if (!body.data?.accessToken) throw new Error('refresh: empty payload');
      const isNew = !current || current.user.id !== body.data.user.id || current.account.id !== body.data.account.id;
      current = toSession(body.data);
      emit(isNew ? 'start' : 'refresh');
      return current;
    } finally {
      inflight = null;
    }
  })();
  return inflight;
}

/** Clears the refresh cookie at the router (and ends that session at identity). */
export async function logoutCookie(): Promise<void> {
  await fetch('/auth/logout', {
    method: 'POST',
    credentials: 'include',
    headers: { ...WEB_HEADERS, 'content-type': 'application/json' },
    body: '{}',
  }).catch(() => undefined);
}
