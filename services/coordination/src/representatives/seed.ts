import type { Population } from '@lotsen/agency-systems';
import { insertMany, type Queryable } from '@lotsen/kit';
import { seedObstacles } from '../obstacles/seed.js';
import { representativePermissions } from './store.js';

/**
 * The archetype family F-00001's representative (docs/representatives.md): every guardian with
 * custody let familjeombud1 do everything, a week after coordination began; then the obstacles.
 */
export async function seedRepresentativesAndObstacles(tx: Queryable, population: Population): Promise<void> {
  const family = population.families.find((f) => f.archetype === 1);
  const representative = population.users.find((u) => u.role === 'FAMILY_REPRESENTATIVE');
  if (family && representative) {
    const day = [new Date(Date.parse(`${family.startedOn}T12:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10), population.today].sort()[0];
    await insertMany(
      tx,
      'representative_events',
      family.guardians
        .filter((g) => g.hasCustody)
        .map((g, i) => ({
          family_id: family.id,
          representative: representative.username,
          at: `${day}T0${9 + i}:00:00.000Z`,
          kind: 'GIVEN',
          permissions: representativePermissions,
          by_personnummer: g.personnummer,
          by_username: population.users.find((u) => u.personnummer === g.personnummer)?.username ?? g.personnummer,
        })),
    );
  }
  await seedObstacles(tx, population);
}
