import { GraphQLError } from 'graphql';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { forbidden } from '../graphql/errors.js';
import { covered, organisationOf } from '../tenancy/coverage.js';
import { type CaseRow, caseById, type MeetingRow, meetingById, teamsServing } from './store.js';

/**
 * The teams whose consultations the caller takes part in: a coordinator's own team, agency staff's
 * every team serving a municipality their organisation covers (the consulting staff of pupil
 * health, social services and BUP; the region's BUP every team in the region, docs/tenancy.md).
 * Anyone else has none and is told so (docs/consultations.md, "Who").
 */
export async function consultingTeams(ctx: Ctx): Promise<string[]> {
  const { role, teamId } = ctx.identity;
  if (role === 'COORDINATOR' && teamId) return [teamId];
  // Staff whose token names no organisation the store knows cover nothing: fail closed.
  if (role === 'AGENCY_STAFF') return teamsServing(ctx.db, covered(await organisationOf(ctx.db, ctx.identity)));
  throw forbidden('Konsultationerna är för teamets koordinatorer och personalen i verksamheterna / consultations are for coordinators and agency staff');
}

/** One answer for a case or meeting the caller may not see, and for one that does not exist. */
const notFound = (what: 'case' | 'meeting') =>
  new GraphQLError(what === 'case' ? 'Ärendet finns inte bland dina konsultationer / no such consultation case' : 'Mötet finns inte bland dina konsultationsmöten / no such consultation meeting', {
    extensions: { code: 'NOT_FOUND' },
  });

/** A case of one of the caller's teams. */
export async function visibleCase(ctx: Ctx, caseId: string): Promise<CaseRow> {
  const teams = await consultingTeams(ctx);
  const found = await caseById(ctx.db, caseId);
  if (!found || !teams.includes(found.teamId)) throw notFound('case');
  return found;
}

/** A case the caller coordinates: their own team's, and they its coordinator. */
export async function coordinatedCase(ctx: Ctx, caseId: string): Promise<CaseRow> {
  requireCoordinator(ctx);
  return visibleCase(ctx, caseId);
}

export async function coordinatedMeeting(ctx: Ctx, meetingId: string): Promise<MeetingRow> {
  const teamId = requireCoordinator(ctx);
  const found = await meetingById(ctx.db, meetingId);
  if (!found || found.teamId !== teamId) throw notFound('meeting');
  return found;
}

/** The coordinator's team; anyone else is refused. */
export function requireCoordinator(ctx: Ctx): string {
  if (ctx.identity.role !== 'COORDINATOR' || !ctx.identity.teamId)
    throw forbidden('Det är teamets koordinator som prioriterar, sätter dagordningen och skriver utfallet / only the team’s coordinator does this');
  return ctx.identity.teamId;
}
