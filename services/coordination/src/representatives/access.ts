import { todayInSweden } from '@lotsen/kit';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { badInput, forbidden } from '../graphql/errors.js';
import { relationsOn } from '../register/population-register.js';
import type { FamilyRow } from '../store/families.js';
import { readableFamiliesByIds } from './families.js';
import { type RepresentativeStanding, representativeStandings } from './standing.js';
import { familiesNamingRepresentative, type RepresentativePermission, representativeEventsOfFamilies } from './store.js';

export interface FamilyCustodian {
  personnummer: string;
  name: string;
}

/**
 * Everyone with custody of a child of the family today, per the population register, in the
 * children's order, with their names. A register that does not answer is an error (UNAVAILABLE):
 * what rests on custody is not decided without it.
 */
export async function custodiansOfFamily(ctx: Ctx, familyId: string): Promise<FamilyCustodian[]> {
  const children = await ctx.loaders.members.load(familyId);
  const people = await Promise.all(children.map((c) => ctx.loaders.registered.load(c.personnummer)));
  const today = todayInSweden(ctx.now);
  const custodians = people.flatMap((p) => relationsOn(p ?? undefined, 'V', today)).map((r) => ({ personnummer: r.personnummer, name: `${r.givenName} ${r.familyName}` }));
  return [...new Map(custodians.map((c) => [c.personnummer, c])).values()];
}

/** A family's representatives as they stand today, with the family's guardians with custody. */
export async function standingsOf(ctx: Ctx, familyId: string): Promise<{ standings: RepresentativeStanding[]; custodians: FamilyCustodian[] }> {
  const [events, custodians] = await Promise.all([representativeEventsOfFamilies(ctx.db, [familyId]), custodiansOfFamily(ctx, familyId)]);
  return {
    standings: representativeStandings(
      events,
      custodians.map((c) => c.personnummer),
    ),
    custodians,
  };
}

/**
 * The family a signed-in guardian acts on: one on their page (open, or closed and still readable)
 * with a child in their custody today. Anything else is answered as a family that is not theirs.
 */
export async function requireGuardianOf(ctx: Ctx, familyId: string): Promise<FamilyRow> {
  if (ctx.identity.role !== 'GUARDIAN' || !ctx.identity.personnummer)
    throw forbidden('Bara en vårdnadshavare med vårdnad ger eller tar tillbaka ett familjeombud / only a guardian with custody gives or withdraws a family representative');
  const family = /^[0-9a-f-]{36}$/i.test(familyId) ? await ctx.loaders.family.load(familyId) : null;
  if (!family) throw forbidden('Familjen finns inte bland dina / no such family among yours');
  return family;
}

/** The families a representative acts for now, each with what they may do there (at least one permission). */
/** A family a representative acts for, with what it lets them do (at least one permission). */
export interface Represented {
  family: FamilyRow;
  permissions: RepresentativePermission[];
}

/** Whether the family lets its representative read its page: the parts of RepresentedFamily marked READ_PAGE, audited when read (docs/representatives.md). */
export const readsPage = (r: Represented) => r.permissions.includes('READ_PAGE');

export async function representedFamilies(ctx: Ctx): Promise<Represented[]> {
  if (ctx.identity.role !== 'FAMILY_REPRESENTATIVE') return [];
  const families = await readableFamiliesByIds(ctx.db, await familiesNamingRepresentative(ctx.db, ctx.identity.username), todayInSweden(ctx.now));
  const standing = await Promise.all(
    families.map(async (family) => ({ family, permissions: (await standingsOf(ctx, family.id)).standings.find((s) => s.username === ctx.identity.username)?.permissions ?? [] })),
  );
  return standing.filter((s) => s.permissions.length > 0);
}

/** The family a representative acts on with this permission, or an error that says what is missing. */
export async function requireRepresentativePermission(ctx: Ctx, familyId: string, permission: RepresentativePermission): Promise<FamilyRow> {
  const found = (await representedFamilies(ctx)).find((r) => r.family.id === familyId);
  if (!found) throw forbidden('Familjen har inte gett dig uppdrag som familjeombud / the family has not made you its representative');
  if (!found.permissions.includes(permission)) throw forbidden(`Familjen har inte låtit dig ${permissionInSentence[permission]} / the family has not given you ${permission}`);
  if (found.family.closedOn) throw badInput(`Familjens samordning avslutades ${found.family.closedOn} / the family's coordination is closed`);
  return found.family;
}

/** What each permission lets a representative do, in a Swedish sentence's words. */
export const permissionInSentence: Record<RepresentativePermission, string> = {
  READ_PAGE: 'läsa familjens sida',
  RECORD_OBSTACLES: 'registrera hinder',
  SIP_PARTICIPANT: 'delta i SIP',
};
