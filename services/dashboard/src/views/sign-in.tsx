import { useEffect } from 'react';
import { useSession } from '../auth/session.js';

/** The page before sign-in: what Lotsen is, and the way in. */
export function SignIn({ problem }: { problem: string | null }) {
  const session = useSession();
  useEffect(() => {
    document.title = 'Logga in – Lotsen';
  }, []);
  return (
    <main id="innehall" className="start">
      <h1>Lotsen</h1>
      <p>Samordning kring barn och familjer mellan skola, socialtjänst och hälso- och sjukvård, med familjens samtycke.</p>
      {problem && (
        <div className="notice notice-error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <button type="button" className="primary" onClick={() => void session.signIn()}>
        Logga in
      </button>
    </main>
  );
}
