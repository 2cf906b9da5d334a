import { appendEvents } from '@lotsen/kit';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { familyAuditEvents } from '../graphql/family-audit-events.js';
import { userByUsername } from '../store/directory.js';
import type { FamilyRow } from '../store/families.js';
import type { PlanRow } from '../store/plans.js';
import { type FamilyCustodian, type Represented, readsPage, representedFamilies, requireGuardianOf, standingsOf } from './access.js';
import type { RepresentativeStanding } from './standing.js';
import { appendRepresentativeEvent, type RepresentativeEventRow, type RepresentativePermission, representativePermissions, representativeUsers } from './store.js';

/** A standing as the graph gives it, with the names of the family's guardians with custody. */
type Shown = RepresentativeStanding & { custodians: FamilyCustodian[] };

const shown = async (ctx: Ctx, familyId: string): Promise<Shown[]> => {
  const { standings, custodians } = await standingsOf(ctx, familyId);
  return standings.map((s) => ({ ...s, custodians }));
};

/** Records one guardian's statement with its audit events (one per child), both or neither. */
async function record(ctx: Ctx, family: FamilyRow, representative: string, kind: 'GIVEN' | 'WITHDRAWN', permissions: RepresentativePermission[]): Promise<Shown> {
  const children = (await ctx.loaders.members.load(family.id)).map((c) => c.personnummer);
  const at = ctx.now.toISOString();
  await ctx.db.transaction(async (tx) => {
    await appendRepresentativeEvent(tx, {
      familyId: family.id,
      representative,
      at,
      kind,
      permissions,
      byPersonnummer: ctx.identity.personnummer as string,
      byUsername: ctx.identity.username,
    });
    await appendEvents(tx, 'coordination', familyAuditEvents(ctx, children, 'CONSENT_CHANGE', `REPRESENTATIVE_${kind} ${representative}${permissions.length ? `: ${permissions.join(',')}` : ''}`));
  });
  return (await shown(ctx, family.id)).find((s) => s.username === representative) as Shown;
}

/** The guardian's family, open, and a representative who is one. */
async function guardianAndRepresentative(ctx: Ctx, familyId: string, representative: string): Promise<FamilyRow> {
  const family = await requireGuardianOf(ctx, familyId);
  if (family.closedOn) throw badInput(`Samordningen avslutades ${family.closedOn}; familjeombud ändras inte längre / the family's coordination is closed`);
  const user = await userByUsername(ctx.db, representative);
  if (user?.role !== 'FAMILY_REPRESENTATIVE') throw badInput(`Det finns inget familjeombud som heter ${JSON.stringify(representative.slice(0, 40))} / no such family representative`);
  return family;
}

export const representativeResolvers = {
  Query: {
    /** Audited before it is answered: each child of a family whose page is read, in its own trail. */
    representedFamilies: async (_: unknown, __: unknown, ctx: Ctx) => {
      const found = await representedFamilies(ctx);
      const read = found.filter(readsPage);
      const children = (await Promise.all(read.map((r) => ctx.loaders.members.load(r.family.id)))).flat().map((c) => c.personnummer);
      if (children.length > 0) await ctx.db.transaction((tx) => appendEvents(tx, 'coordination', familyAuditEvents(ctx, children, 'DISCLOSURE', 'FAMILY_REPRESENTATIVE', ['FAMILY_PAGE'])));
      return found;
    },
    representativeChoices: async (_: unknown, __: unknown, ctx: Ctx) =>
      ctx.identity.role === 'GUARDIAN' ? (await representativeUsers(ctx.db)).map((u) => ({ ...u, role: 'FAMILY_REPRESENTATIVE', teamId: null })) : [],
  },
  Mutation: {
    giveRepresentative: async (_: unknown, { input }: { input: { familyId: string; representative: string; permissions: RepresentativePermission[] } }, ctx: Ctx) => {
      const family = await guardianAndRepresentative(ctx, input.familyId, input.representative);
      const permissions = representativePermissions.filter((p) => input.permissions.includes(p));
      if (permissions.length === 0) throw badInput('Välj minst en sak som ombudet får göra, eller ta tillbaka ombudet / give at least one permission, or withdraw the representative');
      return record(ctx, family, input.representative, 'GIVEN', permissions);
    },
    withdrawRepresentative: async (_: unknown, args: { familyId: string; representative: string }, ctx: Ctx) => {
      const family = await guardianAndRepresentative(ctx, args.familyId, args.representative);
      const now = (await shown(ctx, family.id)).find((s) => s.username === args.representative);
      if (!now?.guardians.some((g) => g.allows.length > 0)) throw badInput('Ombudet har inget uppdrag för familjen att ta tillbaka / the representative has nothing to withdraw');
      return record(ctx, family, args.representative, 'WITHDRAWN', []);
    },
  },
  Family: {
    representatives: (f: FamilyRow, _: unknown, ctx: Ctx) => shown(ctx, f.id),
  },
  FamilyRepresentative: {
    guardians: (s: Shown, _: unknown, ctx: Ctx) =>
      s.guardians.map((g) => ({ name: s.custodians.find((c) => c.personnummer === g.personnummer)?.name ?? '', isSelf: g.personnummer === ctx.identity.personnummer, allows: g.allows })),
    history: (s: Shown) => s.history.map((e: RepresentativeEventRow) => ({ ...e, byName: s.custodians.find((c) => c.personnummer === e.byPersonnummer)?.name ?? null })),
  },
  SipPlan: {
    /** Not shown when custody cannot be checked: no one takes part on a statement that cannot be read. */
    familyRepresentatives: async (p: PlanRow, _: unknown, ctx: Ctx) => {
      const standings = await standingsOf(ctx, p.familyId).then(
        (s) => s.standings,
        () => [],
      );
      return standings.filter((s) => s.permissions.includes('SIP_PARTICIPANT')).map((s) => ({ name: s.name, agency: null, role: 'Familjeombud' }));
    },
  },
  RepresentedFamily: {
    id: (r: Represented) => r.family.id,
    reference: (r: Represented) => r.family.reference,
    closedOn: (r: Represented) => r.family.closedOn,
    teamName: async (r: Represented, _: unknown, ctx: Ctx) => (await ctx.loaders.team.load(r.family.teamId))?.name ?? '',
    municipality: async (r: Represented, _: unknown, ctx: Ctx) => (await ctx.loaders.team.load(r.family.teamId))?.municipality ?? '',
    coordinators: async (r: Represented, _: unknown, ctx: Ctx) => (await ctx.loaders.coordinators.load(r.family.id)).map((c) => c.name),
    children: async (r: Represented, _: unknown, ctx: Ctx) => (readsPage(r) ? (await ctx.loaders.members.load(r.family.id)).map((c) => c.givenName) : []),
    plan: (r: Represented, _: unknown, ctx: Ctx) => (readsPage(r) ? ctx.loaders.plan.load(r.family.id) : null),
    meetings: (r: Represented, _: unknown, ctx: Ctx) => (readsPage(r) ? ctx.loaders.meetings.load(r.family.id) : []),
  },
};
