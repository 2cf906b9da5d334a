import { type SharedKey, signRequest } from '@lotsen/kit';

type Fetcher = NonNullable<ConstructorParameters<typeof import('@apollo/gateway').RemoteGraphQLDataSource>[0]>['fetcher'];

/**
 * The gateway's subgraph fetch: every request leaves with an RFC 9421 signature over method,
 * path, body digest and the user's token (services/kit/src/trust/signature.ts).
 */
export function signingFetcher(key: SharedKey): NonNullable<Fetcher> {
  return (async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) => {
    const headers = Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
    const body = typeof init.body === 'string' ? init.body : '';
    const signature = await signRequest(key, { method: init.method ?? 'POST', url, headers, body });
    return fetch(url, { ...init, headers: { ...headers, ...signature }, body });
  }) as unknown as NonNullable<Fetcher>;
}
