import { ageOn, todayInSweden } from '@lotsen/kit';
import { effectiveParties } from '../consent/parties.js';
import { relationsOn } from '../register/population-register.js';
import type { ActionChangeRow } from '../store/action-changes.js';
import type { AssignmentChangeRow } from '../store/assignments.js';
import type { StoredConsent } from '../store/consents.js';
import { coordinatorsOfTeam, type TeamRow } from '../store/directory.js';
import type { FamilyRow, MemberRow } from '../store/families.js';
import type { MeetingRow } from '../store/follow-up.js';
import type { PlanVersionRow } from '../store/plan-versions.js';
import type { ActionRow, GoalRow, PlanRow } from '../store/plans.js';
import { attentionOf } from './attention.js';
import { closingOf } from './close-family.js';
import { custodiansNamed, custodyOrNull, statusOf, statusTextFor } from './consent-status.js';
import type { CoordinationContext as Ctx } from './context.js';
import { meetingCalendarFile, meetingEnd } from './meeting-calendar.js';
import { maySeeChild, visibleChildren } from './visible-children.js';

/** The child's guardians with custody today, per the register, as the schema's Guardian. */
async function custodiansNow(ctx: Ctx, child: string) {
  // The child's own record names its custodians: no second lookup for the adults.
  const custodians = relationsOn((await ctx.loaders.registered.load(child)) ?? undefined, 'V', todayInSweden(ctx.now));
  // Each carries the child it was met through: a guardian's own data is decided in that child's family.
  return custodians.map((r): GuardianRow => ({ personnummer: r.personnummer, givenName: r.givenName, familyName: r.familyName, hasCustody: true, child }));
}

interface GuardianRow {
  personnummer: string;
  givenName: string;
  familyName: string;
  hasCustody: true;
  child: string;
}

/** The newest change of an action's status that came with a note. */
const latestNote = (changes: readonly ActionChangeRow[]) => changes.findLast((c) => c.note) ?? null;

/** Resolvers of the coordination types; every list comes through a per-request loader. */
export const typeResolvers = {
  User: {
    team: (u: { teamId: string | null }, _: unknown, ctx: Ctx) => (u.teamId ? ctx.loaders.team.load(u.teamId) : null),
    personnummer: (u: { username: string }, _: unknown, ctx: Ctx) => (ctx.identity.role === 'GUARDIAN' && u.username === ctx.identity.username ? ctx.identity.personnummer : null),
  },
  Team: {
    coordinators: async (t: TeamRow, _: unknown, ctx: Ctx) => {
      const { role, teamId } = ctx.identity;
      const shown = role === 'TEAM_LEAD' || (role === 'COORDINATOR' && teamId === t.id);
      // In name order as people read it: Koordinator 2 before Koordinator 10.
      return shown ? (await coordinatorsOfTeam(ctx.db, t.id)).sort((a, b) => a.name.localeCompare(b.name, 'sv', { numeric: true })) : [];
    },
  },
  Family: {
    __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.family.load(ref.id),
    team: (f: FamilyRow, _: unknown, ctx: Ctx) => ctx.loaders.team.load(f.teamId),
    closing: (f: FamilyRow) => closingOf(f),
    coordinators: async (f: FamilyRow, _: unknown, ctx: Ctx) => (await ctx.loaders.coordinators.load(f.id)).map((c) => ({ username: c.username, name: c.name, role: 'COORDINATOR', teamId: f.teamId })),
    /** Everyone with custody of a child of the family today, once each, in the children's order. */
    guardians: async (f: FamilyRow, _: unknown, ctx: Ctx) => {
      const perChild = await Promise.all((await visibleChildren(ctx, f.id)).map((c) => custodiansNow(ctx, c.personnummer)));
      return [...new Map(perChild.flat().map((g) => [g.personnummer, g])).values()];
    },
    children: (f: FamilyRow, _: unknown, ctx: Ctx) => visibleChildren(ctx, f.id),
    plan: (f: FamilyRow, _: unknown, ctx: Ctx) => ctx.loaders.plan.load(f.id),
    meetings: (f: FamilyRow, _: unknown, ctx: Ctx) => ctx.loaders.meetings.load(f.id),
    attention: (f: FamilyRow, _: unknown, ctx: Ctx) => attentionOf(f, ctx),
    followUps: async (f: FamilyRow, args: { area?: string | null }, ctx: Ctx) => (await ctx.loaders.followUps.load(f.id)).filter((u) => !args.area || u.area === args.area),
    /** Who has piloted the family: for its coordinators and team, not for a guardian (the access log is theirs). */
    assignments: (f: FamilyRow, _: unknown, ctx: Ctx) => (ctx.identity.role === 'GUARDIAN' ? [] : ctx.loaders.assignmentChanges.load(f.id)),
  },
  AssignmentChange: {
    fromTeam: (a: AssignmentChangeRow, _: unknown, ctx: Ctx) => (a.fromTeamId ? ctx.loaders.team.load(a.fromTeamId) : null),
    toTeam: (a: AssignmentChangeRow, _: unknown, ctx: Ctx) => ctx.loaders.team.load(a.toTeamId),
    // Only coordinators are assigned (createFamily and reassignFamily hold to it).
    fromCoordinator: (a: AssignmentChangeRow) => (a.fromCoordinator ? { username: a.fromCoordinator, name: a.fromCoordinatorName, role: 'COORDINATOR', teamId: a.fromTeamId } : null),
    toCoordinator: (a: AssignmentChangeRow) => ({ username: a.toCoordinator, name: a.toCoordinatorName, role: 'COORDINATOR', teamId: a.toTeamId }),
    by: (a: AssignmentChangeRow) => a.changedBy,
    byName: (a: AssignmentChangeRow) => a.changedByName,
  },
  Meeting: {
    time: (m: MeetingRow) => m.time ?? null,
    durationMinutes: (m: MeetingRow) => m.durationMinutes ?? null,
    endTime: (m: MeetingRow) => meetingEnd(m),
    place: (m: MeetingRow) => m.place ?? null,
    calendarFile: (m: MeetingRow, _: unknown, ctx: Ctx) => meetingCalendarFile(m, ctx),
  },
  Guardian: {
    /** A guardian is met through a child of theirs (Family.guardians, Custody.guardians), never looked up alone. */
    __resolveReference: () => null,
    /** For the agency subgraphs only (@inaccessible): what this request may release of the guardian's own data. */
    grant: (g: GuardianRow, _: unknown, ctx: Ctx) => ctx.loaders.guardianGrant.load({ guardian: g.personnummer, child: g.child }),
    /** A guardian's own consents, newest first: for the family's coordinators and team, and the guardian themself; not for another guardian. */
    consents: async (g: GuardianRow, _: unknown, ctx: Ctx) => {
      const { role, personnummer } = ctx.identity;
      if (role === 'GUARDIAN' && personnummer !== g.personnummer) return [];
      return [...(await ctx.loaders.ownConsents.load(g.personnummer))].reverse();
    },
  },
  Child: {
    /** A child resolves only when the caller may see the child's family. */
    __resolveReference: async (ref: { personnummer: string }, ctx: Ctx) => {
      const child = await ctx.loaders.child.load(ref.personnummer);
      return child && (await maySeeChild(ctx, child)) ? child : null;
    },
    age: (c: MemberRow, _: unknown, ctx: Ctx) => ageOn(c.birthDate, todayInSweden(ctx.now)),
    /** For the agency subgraphs only (@inaccessible): what this request may release about the child. */
    grant: (c: MemberRow, _: unknown, ctx: Ctx) => ctx.loaders.grant.load(c.personnummer),
    family: (c: MemberRow, _: unknown, ctx: Ctx) => ctx.loaders.family.load(c.familyId),
    custody: async (c: MemberRow, _: unknown, ctx: Ctx) => {
      const guardians = await custodiansNow(ctx, c.personnummer);
      return { kind: guardians.length > 1 ? 'JOINT' : guardians.length === 1 ? 'SOLE' : 'NONE', guardians };
    },
    protectedIdentity: async (c: MemberRow, _: unknown, ctx: Ctx) => (await ctx.loaders.registered.load(c.personnummer))?.protectedIdentity ?? false,
    address: async (c: MemberRow, _: unknown, ctx: Ctx) => {
      const registered = await ctx.loaders.registered.load(c.personnummer);
      // The client maps no address for a protected person; this holds it even if one were mapped.
      return registered && !registered.protectedIdentity ? registered.address : null;
    },
    consents: async (c: MemberRow, _: unknown, ctx: Ctx) => [...(await ctx.loaders.consents.load(c.personnummer))].reverse(),
  },
  Consent: {
    guardian: (c: StoredConsent) => c.subjectPersonnummer,
    // Without the register a consent cannot be shown to hold: PENDING, and statusText says why.
    status: async (c: StoredConsent, _: unknown, ctx: Ctx) => (await statusOf(c, ctx))?.status ?? 'PENDING',
    statusText: async (c: StoredConsent, _: unknown, ctx: Ctx) => statusTextFor(c, await statusOf(c, ctx), ctx),
    /**
     * The parties as they stand today: every current custodian (with their decision, if any), then
     * the child; each with their name, and the one who revoked it with when.
     */
    parties: async (c: StoredConsent, _: unknown, ctx: Ctx) => {
      const [custody, named, child] = await Promise.all([custodyOrNull(ctx, c.childPersonnummer), custodiansNamed(ctx, c.childPersonnummer), ctx.loaders.child.load(c.childPersonnummer)]);
      const parties = custody
        ? effectiveParties(
            c,
            custody.map((g) => g.personnummer),
          )
        : c.parties;
      const nameOf = (p: (typeof parties)[number]) => {
        const person = p.role === 'CHILD' ? child : named.find((g) => g.personnummer === p.personnummer);
        return person ? `${person.givenName} ${person.familyName}` : null;
      };
      return parties.map((p) => ({ ...p, name: nameOf(p), revokedAt: c.revocation?.by === p.personnummer ? c.revocation.at : null }));
    },
    scope: (c: StoredConsent) => {
      const byAgency = new Map<string, string[]>();
      for (const s of c.scope) byAgency.set(s.agency, [...(byAgency.get(s.agency) ?? []), s.category]);
      return [...byAgency].map(([agency, categories]) => ({ agency, categories }));
    },
    recipientTeams: async (c: StoredConsent, _: unknown, ctx: Ctx) => (await Promise.all(c.recipientTeamIds.map((id) => ctx.loaders.team.load(id)))).filter(Boolean),
    events: (c: StoredConsent, _: unknown, ctx: Ctx) => ctx.loaders.events.load(c.id),
  },
  FamilyAssignment: {
    team: (a: { teamId: string }, _: unknown, ctx: Ctx) => ctx.loaders.team.load(a.teamId),
  },
  SipPlan: {
    participants: (p: PlanRow) => p.participants,
    goals: (p: PlanRow, _: unknown, ctx: Ctx) => ctx.loaders.goals.load(p.id),
    versions: (p: PlanRow, _: unknown, ctx: Ctx) => ctx.loaders.planVersions.load(p.id),
    version: async (p: PlanRow, _: unknown, ctx: Ctx) => (await ctx.loaders.planVersions.load(p.id)).at(-1)?.number ?? 0,
  },
  SipPlanVersion: {
    savedBy: (v: PlanVersionRow) => v.savedBy,
    leadAgency: (v: PlanVersionRow) => v.content.leadAgency,
    status: (v: PlanVersionRow) => v.content.status,
    nextFollowUp: (v: PlanVersionRow) => v.content.nextFollowUp,
    participants: (v: PlanVersionRow) => v.content.participants.map((p) => ({ ...p, agency: p.agency ?? null })),
    goals: (v: PlanVersionRow) => v.content.goals,
  },
  SipGoal: {
    actions: (g: GoalRow, _: unknown, ctx: Ctx) => ctx.loaders.actions.load(g.id),
  },
  SipAction: {
    statusChanges: (a: ActionRow, _: unknown, ctx: Ctx) => ctx.loaders.actionChanges.load(a.id),
    latestNote: async (a: ActionRow, _: unknown, ctx: Ctx) => latestNote(await ctx.loaders.actionChanges.load(a.id)),
  },
  AgencyAction: {
    latestNote: async (a: { action: ActionRow }, _: unknown, ctx: Ctx) => latestNote(await ctx.loaders.actionChanges.load(a.action.id)),
  },
  ActionStatusChange: {
    by: (c: ActionChangeRow) => c.changedBy,
    byName: (c: ActionChangeRow) => c.changedByName,
  },
};
