import { agencies, perAgency, type SectionField, sectionField } from '@lotsen/kit';
import type { RunningSystem } from '@lotsen/local-stack';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** Posts one operation to a GraphQL endpoint as `username` (or with no token when null). */
export async function gql<T = Record<string, unknown>>(
  system: RunningSystem,
  username: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  url = system.gatewayUrl,
): Promise<GraphQLResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (username) headers.authorization = `Bearer ${await system.token(username)}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...((await res.json()) as object) };
}

/** Request counts per endpoint of every agency simulator, after a reset. */
export function resetCounters(system: RunningSystem): void {
  for (const a of agencies) system.simulators[sectionField(a)].control.reset();
}

export function counters(system: RunningSystem): Record<SectionField, Record<string, number>> {
  return perAgency((a) => Object.fromEntries(system.simulators[sectionField(a)].control.counters));
}
