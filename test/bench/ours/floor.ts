// The floor of an operation over the agency systems: one parallel round trip to each of them,
// as fast as they answer with the benchmark's fixed latency, at the same offered rate.
import { Agent, request } from 'undici';
import { percentile } from '../lib/load.js';
import type { BenchSystem } from './system.js';

export async function measureFloor(system: BenchSystem, rate: number, seconds: number): Promise<{ p50: number; p95: number; p99: number }> {
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  // One real API endpoint of each system (the case system's list needs a personnummer; this one matches nobody).
  const urls = [`${system.simulators.school}/v2.0/organisations`, `${system.simulators.socialServices}/api/v1/klienter?personnummer=000000000000`, `${system.simulators.healthCare}/fhir/Organization`];
  const roundTrip = async () => {
    const started = performance.now();
    await Promise.all(
      urls.map(async (url) => {
        const res = await request(url, { dispatcher: agent });
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
