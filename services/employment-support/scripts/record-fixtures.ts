// Records the simulator's answers for a few guardians into test/fixtures/, once: the adapter's
// mapping is tested on them as on a vendor's recorded payloads (npm run fixtures:record).
import { writeFileSync } from 'node:fs';
import { generatePopulation } from '@lotsen/agency-systems';
import { startHttpServer } from '@lotsen/kit';
import { participations } from '../src/simulator/participation.js';
import { simulatorRoutes } from '../src/simulator/routes.js';

const population = generatePopulation({ seed: 7, families: 40, today: '2026-11-23' });
const all = participations(population);
// One participant of each kind the mapping meets: discharged, with a planned measure, with several measures and statuses.
const chosen = [
  all.find((p) => p.deltagare.utskrivningsdatum !== null),
  all.find((p) => p.insatser.some((i) => i.status === 'Planerad')),
  all.find((p) => p.insatser.length > 2 && p.perioder.length > 1),
].map((p) => p?.deltagare.personnummer);
const outsider = population.families.flatMap((f) => f.guardians).find((g) => !all.some((p) => p.deltagare.personnummer === g.personnummer));
if (chosen.some((p) => p === undefined) || !outsider) throw new Error('the population has no participant of every kind: choose another seed');
const named = [...(chosen as string[]), outsider.personnummer].map((p) => `personnummer=${p}`).join('&');

const server = await startHttpServer(simulatorRoutes(population).routes);
try {
  for (const [file, path] of [
    ['deltagare.json', `/api/v1/deltagare?${named}`],
    ['insatser.json', `/api/v1/insatser?${named}`],
    ['sysselsattning.json', `/api/v1/sysselsattning?${named}`],
  ] as const) {
    const res = await fetch(`${server.url}${path}`);
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    writeFileSync(new URL(`../test/fixtures/${file}`, import.meta.url), `${JSON.stringify(await res.json(), null, 2)}\n`);
  }
  console.log(`recorded the answers for ${chosen.length} participants and one guardian never enrolled`);
} finally {
  await server.close();
}
