import { type SharedKey, signRequest } from '@lotsen/kit';

/** Calls a subgraph as a gateway would (signed, with `signed` headers covered too, e.g. x-request-id), or with the given signature headers instead. */
export async function callSubgraph(url: string, token: string | null, payload: unknown, key: SharedKey | null, override: Record<string, string> = {}, signed: Record<string, string> = {}) {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...signed };
  const signature = key ? signRequest(key, { method: 'POST', url, headers, body }) : {};
  const res = await fetch(url, { method: 'POST', headers: { ...headers, ...signature, ...override }, body });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] } };
}
