import type { ApolloError } from '@apollo/client';
import { useSession } from '../auth/session.js';
import { errorInWords } from '../graphql/error-in-words.js';

/** A failed request in Swedish, with "Logga in igen" when signing in again is what helps. */
export function ErrorNotice({ error }: { error: ApolloError | Error }) {
  const session = useSession();
  const { text, signInAgain } = errorInWords(error as ApolloError);
  return (
    <div className="notice notice-error" role="alert">
      <p>{text}</p>
      {signInAgain && (
        <button type="button" onClick={() => void session.signIn()}>
          Logga in igen
        </button>
      )}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Hämtar {what} …
    </p>
  );
}
