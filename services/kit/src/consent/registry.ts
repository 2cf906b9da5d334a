import type { AxiosInstance } from 'axios';
import DataLoader from 'dataloader';
import { type SharedKey, signRequest } from '../trust/signature.js';

export const guardianshipPath = '/consent/guardianship';

/** A signed JSON call to the consent registry, with the user's own token. */
export async function postToRegistry<T>(http: AxiosInstance, key: SharedKey, path: string, payload: unknown, authorization: string): Promise<T> {
  const body = JSON.stringify(payload);
  const headers = { authorization, 'content-type': 'application/json' };
  const signature = signRequest(key, { method: 'POST', url: `${http.defaults.baseURL}${path}`, headers, body });
  const { data } = await http.post<T>(path, body, { headers: { ...headers, ...signature } });
  return data;
}

/** Per request: whether the caller is a guardian with custody of each child asked about, one call per batch. */
export function createGuardianshipLoader(http: AxiosInstance, key: SharedKey, authorization: string): DataLoader<string, boolean> {
  return new DataLoader<string, boolean>(async (personnummer) => {
    const { guardianOf } = await postToRegistry<{ guardianOf: string[] }>(http, key, guardianshipPath, { personnummer }, authorization);
    const set = new Set(guardianOf);
    return personnummer.map((p) => set.has(p));
  });
}
