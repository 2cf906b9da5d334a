import { appendEvents, controlCharacter, todayInSweden } from '@lotsen/kit';
import { moveFamily, recordAssignmentChange } from '../store/assignments.js';
import { userByUsername } from '../store/directory.js';
import { refuseMoveOutsideMunicipality } from '../tenancy/family-municipality.js';
import type { CoordinationContext as Ctx } from './context.js';
import { badInput, forbidden } from './errors.js';
import { familyAuditEvents } from './family-audit-events.js';

/**
 * A team lead gives one of the team's families to a coordinator: in the same team (reassigned)
 * or in another (the family moves to that team). Audited per child in the same transaction.
 * Consents name the teams they were given to: after a move the new team sees nothing until
 * the family consents to it (RECIPIENT_NOT_COVERED). Kept in the family's assignment history.
 * Only to a team serving the municipality the family lives in: a move never moves it house.
 */
export async function reassignFamily(ctx: Ctx, input: { familyId: string; coordinator: string }) {
  const { identity } = ctx;
  if (identity.role !== 'TEAM_LEAD' || !identity.teamId) throw forbidden('Bara en teamledare flyttar en familj till en annan koordinator / only a team lead reassigns or moves a family');
  const family = /^[0-9a-f-]{36}$/i.test(input.familyId) ? await ctx.loaders.family.load(input.familyId) : null;
  if (!family) throw forbidden('Familjen finns inte i ditt team / no such family in your team');
  if (family.closedOn) throw badInput(`Familjen avslutades ${family.closedOn}; öppna den igen innan den flyttas / the family is closed`);
  const coordinator = controlCharacter.test(input.coordinator) ? null : await userByUsername(ctx.db, input.coordinator);
  if (coordinator?.role !== 'COORDINATOR' || !coordinator.teamId)
    throw badInput(`Koordinator: det finns ingen koordinator med användarnamnet ${JSON.stringify(input.coordinator.slice(0, 40))} / no such coordinator`);
  refuseMoveOutsideMunicipality(family, await ctx.loaders.team.load(coordinator.teamId), coordinator.teamId);
  const current = await ctx.loaders.coordinators.load(family.id);
  if (current.length === 1 && current[0]?.username === coordinator.username) throw badInput(`${coordinator.name} är redan familjens koordinator; inget ändrades / already the family's coordinator`);
  const children = (await ctx.loaders.members.load(family.id)).map((c) => c.personnummer);
  const what = coordinator.teamId === family.teamId ? 'REASSIGNED' : 'FAMILY_MOVED';
  await ctx.db.transaction(async (tx) => {
    const before = await moveFamily(tx, family.id, coordinator.teamId as string, coordinator.username, todayInSweden(ctx.now));
    await recordAssignmentChange(tx, {
      familyId: family.id,
      at: ctx.now.toISOString(),
      kind: what === 'REASSIGNED' ? 'REASSIGNED' : 'MOVED',
      fromTeamId: before.teamId,
      fromCoordinator: before.coordinator,
      toTeamId: coordinator.teamId as string,
      toCoordinator: coordinator.username,
      changedBy: identity.username,
    });
    await appendEvents(tx, 'coordination', familyAuditEvents(ctx, children, 'ASSIGNMENT_CHANGE', `${what}: ${family.teamId} → ${coordinator.teamId} ${coordinator.username}`));
  });
  return { familyReference: family.reference, teamId: coordinator.teamId, coordinator };
}
