import type { RunningSystem } from '@lotsen/local-stack';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
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
  for (const s of [system.simulators.school, system.simulators.socialServices, system.simulators.healthCare]) s.control.reset();
}

export function counters(system: RunningSystem): Record<string, Record<string, number>> {
  const of = (s: RunningSystem['simulators']['school']) => Object.fromEntries(s.control.counters);
  return { school: of(system.simulators.school), socialServices: of(system.simulators.socialServices), healthCare: of(system.simulators.healthCare) };
}
