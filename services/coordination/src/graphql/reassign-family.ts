import { appendEvents, controlCharacter, todayInSweden } from '@lotsen/kit';
import { moveFamily } from '../store/assignments.js';
import { userByUsername } from '../store/directory.js';
import { assignmentEvents } from './assignment-events.js';
import type { CoordinationContext as Ctx } from './context.js';
import { badInput, forbidden } from './errors.js';

/**
 * A team lead gives one of the team's families to a coordinator: in the same team (reassigned)
 * or in another (the family moves to that team). Audited per child in the same transaction.
 * Consents name the teams they were given to: after a move the new team sees nothing until
 * the family consents to it (RECIPIENT_NOT_COVERED).
 */
export async function reassignFamily(ctx: Ctx, input: { familyId: string; coordinator: string }) {
  const { identity } = ctx;
  if (identity.role !== 'TEAM_LEAD' || !identity.teamId) throw forbidden('Only a team lead reassigns or moves a family');
  const family = /^[0-9a-f-]{36}$/i.test(input.familyId) ? await ctx.loaders.family.load(input.familyId) : null;
  if (!family) throw forbidden('No such family in your team');
  const coordinator = controlCharacter.test(input.coordinator) ? null : await userByUsername(ctx.db, input.coordinator);
  if (coordinator?.role !== 'COORDINATOR' || !coordinator.teamId) throw badInput('No such coordinator');
  const children = (await ctx.loaders.members.load(family.id)).map((c) => c.personnummer);
  const what = coordinator.teamId === family.teamId ? 'REASSIGNED' : 'FAMILY_MOVED';
  await ctx.db.transaction(async (tx) => {
    await moveFamily(tx, family.id, coordinator.teamId as string, coordinator.username, todayInSweden(ctx.now));
    await appendEvents(tx, 'coordination', assignmentEvents(ctx, children, `${what}: ${family.teamId} → ${coordinator.teamId} ${coordinator.username}`));
  });
  return { familyReference: family.reference, teamId: coordinator.teamId, coordinator };
}
