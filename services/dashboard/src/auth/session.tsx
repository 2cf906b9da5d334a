import type { UserManager } from 'oidc-client-ts';
import { createContext, type ReactNode, useContext, useMemo } from 'react';

export interface Session {
  /** Off to the provider's sign-in page, back to `returnTo` afterwards. */
  signIn(returnTo?: string): Promise<void>;
  signOut(): Promise<void>;
  /** The signed-in user's access token, for a request Apollo Client does not make (a CSV file); null when signed out or expired. */
  accessToken(): Promise<string | null>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ users, children }: { users: UserManager; children: ReactNode }) {
  const session = useMemo<Session>(
    () => ({
      signIn: (returnTo = window.location.pathname) => users.signinRedirect({ state: { returnTo } }),
      signOut: async () => {
        const user = await users.getUser();
        await users.removeUser();
        try {
          await users.signoutRedirect(user?.id_token ? { id_token_hint: user.id_token } : {});
        } catch {
          // A provider without an end-session endpoint: the user is already signed out here.
          window.location.assign('/');
        }
      },
      accessToken: async () => {
        const user = await users.getUser();
        return user && !user.expired ? user.access_token : null;
      },
    }),
    [users],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Where to go after the provider sent the browser back: the page the user asked for, on this origin only. */
export function returnPathOf(state: unknown): string {
  const returnTo = (state as { returnTo?: unknown } | undefined)?.returnTo;
  return typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//') && returnTo !== '/inloggad' ? returnTo : '/';
}
