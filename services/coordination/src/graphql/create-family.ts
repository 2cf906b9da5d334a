import { randomUUID } from 'node:crypto';
import { ageOn, appendEvents, todayInSweden } from '@lotsen/kit';
import { GraphQLError } from 'graphql';
import { custodiansOf, type RegisterPerson } from '../register/population-register.js';
import { recordAssignmentChange } from '../store/assignments.js';
import { ChildAlreadyInCoordination, insertFamily, nextFamilyReference } from '../store/create-family.js';
import { municipalityOfNewFamily } from '../tenancy/family-municipality.js';
import type { CoordinationContext as Ctx } from './context.js';
import { badInput, forbidden } from './errors.js';
import { familyAuditEvents } from './family-audit-events.js';

/** One answer for every child that cannot be taken in: it tells nothing about where the child is. */
const notHere = () => forbidden('Ett av barnen kan inte tas in i samordning av ert team. Kontakta teamledaren. / One of the children cannot be taken into coordination by your team.');

/**
 * Starts coordination for the children named: who they are and who has custody is what the
 * population register says, never what the caller types. A child already in coordination,
 * in any team, is refused with the same answer as any other refusal, and nothing about the
 * child, the other family or its consents is told.
 */
export async function createFamily(ctx: Ctx, children: readonly string[], municipality: string | null) {
  const { identity } = ctx;
  if (identity.role !== 'COORDINATOR' || !identity.teamId) throw forbidden('Bara en koordinator i ett team tar in en familj / only a coordinator in a team creates a family');
  if (children.length < 1 || children.length > 10) throw badInput('En familj i samordning har ett till tio barn / a family in coordination has one to ten children');
  if (new Set(children).size !== children.length) throw badInput('Samma personnummer finns två gånger / the same personnummer appears twice');
  const today = todayInSweden(ctx.now);
  let found: Map<string, RegisterPerson>;
  try {
    found = await ctx.register.lookup(children);
  } catch {
    throw new GraphQLError('Folkbokföringen kunde inte nås, så familjen registrerades inte. Försök igen om en stund. / the population register did not answer; no family was created', {
      extensions: { code: 'UNAVAILABLE' },
    });
  }
  const registered = children.map((pnr, i) => {
    const child = found.get(pnr);
    if (!child) throw badInput(`children[${i}]: personen finns inte i folkbokföringen / not in the population register`);
    const age = ageOn(child.birthDate, today);
    if (age < 0 || age > 17) throw badInput(`children[${i}]: ett barn i samordning är 0-17 år / a child is 0-17 years old`);
    if (custodiansOf(child, today).length === 0) throw badInput(`children[${i}]: ingen vårdnadshavare i folkbokföringen, så ingen kan lämna samtycke / no guardian with custody in the register`);
    return child;
  });
  const livesIn = await municipalityOfNewFamily(ctx.db, identity.teamId, municipality);
  const id = randomUUID();
  try {
    await ctx.db.transaction(async (tx) => {
      await insertFamily(tx, {
        id,
        reference: await nextFamilyReference(tx),
        teamId: identity.teamId as string,
        municipality: livesIn,
        coordinator: identity.username,
        since: today,
        children: registered.map((c) => ({
          personnummer: c.personnummer,
          givenName: c.givenName,
          familyName: c.familyName,
          birthDate: c.birthDate,
          sex: Number(c.personnummer[10]) % 2 === 0 ? 'FEMALE' : 'MALE',
        })),
      });
      await recordAssignmentChange(tx, {
        familyId: id,
        at: ctx.now.toISOString(),
        kind: 'TAKEN_IN',
        fromTeamId: null,
        fromCoordinator: null,
        toTeamId: identity.teamId as string,
        toCoordinator: identity.username,
        changedBy: identity.username,
      });
      await appendEvents(tx, 'coordination', familyAuditEvents(ctx, children, 'ASSIGNMENT_CHANGE', `FAMILY_CREATED: ${identity.teamId} ${identity.username}`));
    });
  } catch (error) {
    if (error instanceof ChildAlreadyInCoordination) throw notHere();
    throw error;
  }
  return ctx.loaders.family.load(id);
}
