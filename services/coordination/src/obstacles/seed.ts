import type { Population } from '@lotsen/agency-systems';
import { agencies, insertMany, type Queryable } from '@lotsen/kit';
import { type ObstacleKind, obstacleKinds } from './store.js';

/** What happened, as a family or its coordinator writes it: no name, no identity number. */
const happened: Record<ObstacleKind, string> = {
  WAITING_TIME: 'Familjen väntade länge på en första tid och fick inget besked om hur länge det skulle dröja.',
  NO_CONTACT: 'Ingen svarade i telefon eller på meddelanden under flera veckor.',
  SENT_BETWEEN: 'Familjen hänvisades till en annan verksamhet, som hänvisade tillbaka.',
  INFORMATION_NOT_SHARED: 'Familjen fick berätta hela sin historia igen vid ett nytt möte, trots samtycke.',
  DECISION_NOT_FOLLOWED: 'Det som bestämdes på SIP-mötet blev inte av inom den tid som sattes.',
  OTHER: 'Mötet lades på en tid då föräldrarna inte kunde komma, utan att de tillfrågades.',
};
const measures = [
  'Rutinen för återkoppling ses över med verksamhetens chef.',
  'Kontaktvägarna har gjorts tydligare och finns nu i stödkatalogen.',
  'Frågan har tagits upp i samverkansgruppen och följs upp nästa kvartal.',
];

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);

/**
 * Obstacles across the families (docs/obstacles.md): about every third family met one, some two,
 * spread over the time each has been in coordination, recorded by its coordinator or a guardian,
 * the archetype family F-00001's by its representative as well; those of the management group's
 * municipality older than two months handled, every other one of them, with a measure.
 */
export async function seedObstacles(tx: Queryable, population: Population): Promise<void> {
  const group = population.users.find((u) => u.role === 'MANAGEMENT_GROUP');
  const managed = population.teams.find((t) => t.id === group?.teamId)?.municipality;
  const guardianUser = new Map(population.users.filter((u) => u.personnummer).map((u) => [u.personnummer as string, u.username]));
  const where = [...agencies, null];
  const rows = population.families.flatMap((f, i) => {
    const count = f.archetype === 1 ? 3 : i % 3 === 0 ? 1 + (i % 2) : 0;
    return Array.from({ length: count }, (_, j) => {
      const n = i * 7 + j * 3;
      const kind = obstacleKinds[n % obstacleKinds.length] as ObstacleKind;
      const span = Math.max(0, daysBetween(f.startedOn, population.today));
      const occurredOn = addDays(f.startedOn, Math.floor((span * ((n * 37) % 100)) / 100));
      const guardian = f.guardians.map((g) => guardianUser.get(g.personnummer)).find(Boolean);
      const [recordedBy, role] = f.archetype === 1 && j === 0 ? ['familjeombud1', 'FAMILY_REPRESENTATIVE'] : guardian && n % 2 === 0 ? [guardian, 'GUARDIAN'] : [f.coordinator, 'COORDINATOR'];
      const handled = group && f.municipality === managed && daysBetween(occurredOn, population.today) > 60 && n % 2 === 1;
      return {
        id: `00000000-0000-4000-a000-${String(i * 10 + j).padStart(12, '0')}`,
        family_id: f.id,
        agency: where[n % where.length] ?? null,
        kind,
        description: happened[kind],
        occurred_on: occurredOn,
        recorded_at: `${occurredOn}T15:00:00.000Z`,
        recorded_by: recordedBy,
        recorded_by_role: role,
        handled_at: handled ? `${addDays(occurredOn, 30)}T09:00:00.000Z` : null,
        handled_by: handled ? group?.username : null,
        measure: handled ? measures[n % measures.length] : null,
      };
    });
  });
  await insertMany(tx, 'obstacles', rows);
}
