import type { Population } from '@lotsen/agency-systems';
import { insertMany, type Queryable } from '@lotsen/kit';

/**
 * The population's organisations (docs/tenancy.md): its regions and their municipalities, and
 * the municipalities and region each team serves. Run after the teams are stored and before the
 * families, which live in one of them.
 */
export async function seedTenancy(tx: Queryable, population: Population): Promise<void> {
  await insertMany(
    tx,
    'regions',
    population.regions.map((r) => ({ name: r.name })),
  );
  const inRegion = new Map(population.regions.flatMap((r) => r.municipalities.map((m) => [m, r.name] as const)));
  const known = [...new Set([...population.regions.flatMap((r) => r.municipalities), ...population.teams.flatMap((t) => t.municipalities)])];
  await insertMany(
    tx,
    'municipalities',
    known.map((name) => ({ name, region: inRegion.get(name) ?? null })),
  );
  await insertMany(
    tx,
    'team_municipalities',
    population.teams.flatMap((t) => t.municipalities.map((municipality) => ({ team_id: t.id, municipality }))),
  );
  for (const t of population.teams.filter((x) => x.region)) await tx.query('UPDATE teams SET region = $2 WHERE id = $1', [t.id, t.region]);
}
