import { ApolloProvider } from '@apollo/client';
import type { User, UserManager } from 'oidc-client-ts';
import { useMemo } from 'react';
import { SessionProvider } from './auth/session.js';
import { createClient } from './graphql/client.js';
import { Shell } from './views/shell.js';
import { SignIn } from './views/sign-in.js';

export function App({ users, user, problem }: { users: UserManager; user: User | null; problem: string | null }) {
  const client = useMemo(() => (user ? createClient(() => user.access_token) : null), [user]);
  return (
    <SessionProvider users={users}>
      {client ? (
        <ApolloProvider client={client}>
          <Shell />
        </ApolloProvider>
      ) : (
        <SignIn problem={problem} />
      )}
    </SessionProvider>
  );
}
