import { reportActionStatus } from '../store/action-changes.js';
import { visibleAgencyActions } from './agency-actions.js';
import type { CoordinationContext as Ctx } from './context.js';
import { forbidden } from './errors.js';
import { fields, optionalText } from './text.js';

/** The one answer for an action the staff member may not see, or that does not exist. */
export const noSuchAction = () => forbidden('Insatsen finns inte bland din verksamhets insatser / no such action for your agency');

/**
 * Agency staff report on an action their agency is responsible for: its status, with a short note
 * (at most 500 characters), kept in the action's history with who and when. The coordinator sees
 * it in the plan on the next load; an overdue action's signal clears when it is DONE.
 */
export async function updateActionStatus(ctx: Ctx, args: { actionId: string; status: string; note?: string | null }) {
  const { role, agency, username } = ctx.identity;
  if (role !== 'AGENCY_STAFF' || !agency) throw forbidden('Bara personal i en verksamhet rapporterar om verksamhetens insatser / only agency staff report on their agency’s actions');
  const note = optionalText(args.note, fields.actionNote);
  // Only an action the staff member may see: the same answer for one that does not exist.
  const [visible] = /^[0-9a-f-]{36}$/i.test(args.actionId) ? await visibleAgencyActions(ctx, { actionId: args.actionId }) : [];
  if (!visible) throw noSuchAction();
  const reported = await ctx.db.transaction((tx) => reportActionStatus(tx, { actionId: visible.action.id, at: ctx.now.toISOString(), status: args.status, note, changedBy: username, agency }));
  if (!reported) throw noSuchAction();
  return { ...visible.action, status: args.status };
}
