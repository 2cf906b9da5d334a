// The floor of an operation over the agency systems: one parallel round trip to each of them,
// as fast as they answer with the benchmark's fixed latency, at the same offered rate.
import { testPersonnummer } from '@lotsen/agency-systems';
import { Agent, request } from 'undici';
import { percentile } from '../lib/load.js';
import type { BenchSystem } from './system.js';

export async function measureFloor(bench: BenchSystem, rate: number, seconds: number): Promise<{ p50: number; p95: number; p99: number }> {
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  // One real API endpoint of each system (the case system's list needs a valid personnummer: the last of Skatteverket's test list).
  // Each with a token of the system's own, as the subgraphs call them (fetched before the clock runs).
  const calls = await Promise.all(
    (
      [
        ['school', '/v2.0/organisations'],
        ['socialServices', `/api/v1/klienter?personnummer=${testPersonnummer().at(-1)}`],
        ['healthCare', '/fhir/Organization'],
      ] as const
    ).map(async ([system, path]) => ({ url: `${bench.simulators[system]}${path}`, headers: { authorization: `Bearer ${await bench.agencyToken(system)}` } })),
  );
  const roundTrip = async () => {
    const started = performance.now();
    await Promise.all(
      calls.map(async ({ url, headers }) => {
        const res = await request(url, { dispatcher: agent, headers });
        if (res.statusCode !== 200) throw new Error(`the floor's call ${url} answered ${res.statusCode}`);
        await res.body.dump();
      }),
    );
    return performance.now() - started;
  };
  const times: Promise<number>[] = [];
  for (let i = 0; i < rate * seconds; i++) {
    times.push(roundTrip());
    await new Promise((r) => setTimeout(r, 1000 / rate));
  }
  const sorted = (await Promise.all(times)).sort((a, b) => a - b);
  await agent.close();
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}
