import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { graphql } from '../gql';
import {
  endSession,
  getAccessToken,
  getSession,
  logoutCookie,
  onSessionChange,
  refreshSession,
  startSession,
  type AuthPayloadLike,
  type Session,
} from './auth';
import { createApiClient, createSubscriptionClient } from './client';

const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

export type SessionStatus = 'loading' | 'anonymous' | 'authenticated';

interface SessionContextValue {
  status: SessionStatus;
  session: Session | null;
  /** After signUp / signIn / acceptInvitation / switchAccount. */
  signedIn(payload: AuthPayloadLike): void;
  signOut(): Promise<void>;
  /**
   * Trades the refresh cookie for a new access token now (same user and account: the urql client
   * and its cache stay). Use after something changed the token's claims, e.g. a plan change that
   * enables modules. Resolves to false when the session could not be refreshed.
   */
  refresh(): Promise<boolean>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/**
 * Owns the in-memory session and the urql client. On load it tries `/auth/refresh` once (the httpOnly
 * cookie restores the session after a reload). A new identity (user or account) gets a new client,
 * so no cached data of another account survives a switch or a sign-out.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>(() => (getSession() ? 'authenticated' : 'loading'));
  const [session, setSession] = useState<Session | null>(() => getSession());
  const [generation, setGeneration] = useState(0);

  useEffect(
    () =>
      onSessionChange((next, reason) => {
        setSession(next);
        setStatus(next ? 'authenticated' : 'anonymous');
        if (reason !== 'refresh') setGeneration((g) => g + 1);
      }),
    [],
  );

  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    if (getSession()) return;
    refreshSession()
      .catch(() => null)
      .then((s) => {
        if (!s) setStatus('anonymous');
      });
  }, []);

  const ws = useMemo(() => createSubscriptionClient(), [generation]);
  const previousWs = useRef(ws);
  useEffect(() => {
    if (previousWs.current !== ws) {
      void previousWs.current.dispose();
      previousWs.current = ws;
    }
  }, [ws]);
  const client = useMemo(() => createApiClient(ws), [ws]);

  const signedIn = useCallback((payload: AuthPayloadLike) => {
    startSession(payload);
  }, []);

  const signOut = useCallback(async () => {
    if (getAccessToken()) {
      await client
        .mutation(SignOutDocument, {}, { requestPolicy: 'network-only' })
        .toPromise()
        .catch(() => undefined);
    }
    await logoutCookie();
    endSession();
    setStatus('anonymous');
  }, [client]);

  const refresh = useCallback(async () => !!(await refreshSession().catch(() => null)), []);

  const value = useMemo(() => ({ status, session, signedIn, signOut, refresh }), [status, session, signedIn, signOut, refresh]);
  return (
    <SessionContext.Provider value={value}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionContext.Provider>
  );
}
