import { useState } from 'react';

/**
 * A server's refusal is shown until the form is sent again: then it goes, so that it never
 * stands beside the next attempt's own problems (those the page finds before sending anything).
 */
export function useServerError<E extends Error>(error: E | undefined) {
  const [hidden, setHidden] = useState<E | undefined>(undefined);
  return { shown: error && error !== hidden ? error : undefined, hide: () => setHidden(error) };
}
