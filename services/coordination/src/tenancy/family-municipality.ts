import type { Queryable } from '@lotsen/kit';
import { badInput } from '../graphql/errors.js';
import type { TeamRow } from '../store/directory.js';

/** The municipalities a team serves, its home municipality first (migration 022). */
export async function teamMunicipalities(db: Queryable, teamId: string): Promise<string[]> {
  const rows = await db.query<{ municipality: string }>(
    `SELECT tm.municipality FROM team_municipalities tm JOIN teams t ON t.id = tm.team_id
      WHERE tm.team_id = $1 ORDER BY tm.municipality = t.municipality DESC, tm.municipality`,
    [teamId],
  );
  return rows.map((r) => r.municipality);
}

/**
 * Where a family a team takes in lives (docs/tenancy.md): the register gives no address
 * municipality for the children, so the coordinator says which of the team's municipalities they
 * are registered in. A team serving one municipality needs no answer; a team serving several
 * needs one of its own, and any other is refused before anything is stored.
 */
export async function municipalityOfNewFamily(db: Queryable, teamId: string, asked: string | null): Promise<string> {
  const served = await teamMunicipalities(db, teamId);
  const given = asked?.trim() || null;
  if (given === null) {
    if (served.length === 1) return served[0] as string;
    throw badInput(`municipality: ange vilken av teamets kommuner barnen är folkbokförda i (${served.join(', ')}) / name the team's municipality the children are registered in`);
  }
  if (!served.includes(given)) throw badInput(`municipality: teamet arbetar inte i ${given}; välj en av ${served.join(', ')} / the team does not serve this municipality`);
  return given;
}

/**
 * A family moved to another team stays where it lives: a team lead's move does not move it house,
 * and its municipality decides which analysts, agency staff and management group see it. A team
 * that does not serve it is refused before anything changes (the store refuses it too, migration
 * 028). Lotsen has no act that changes where a family lives (docs/tenancy.md).
 */
export function refuseMoveOutsideMunicipality(family: { reference: string; municipality: string }, team: Pick<TeamRow, 'id' | 'name' | 'municipalities'> | null, teamId: string): void {
  if (team?.municipalities.includes(family.municipality)) return;
  throw badInput(
    `${family.reference} bor i ${family.municipality}, som ${team?.name ?? teamId} inte arbetar i; välj en koordinator i ett team som arbetar i ${family.municipality}. Inget ändrades. / the family lives in a municipality that team does not serve; nothing changed`,
  );
}
