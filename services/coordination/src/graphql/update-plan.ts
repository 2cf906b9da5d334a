import { randomUUID } from 'node:crypto';
import { todayInSweden } from '@lotsen/kit';
import { GraphQLError } from 'graphql';
import { PlanConflict, type PlanInput, savePlan } from '../store/plans.js';
import type { CoordinationContext as Ctx } from './context.js';
import { badInput } from './errors.js';
import { cleanText, fields, type TextField } from './text.js';
import { requireWritableFamily } from './writable-family.js';

export type UpdatePlanInput = PlanInput & { familyId: string; basedOnVersion?: number | null };

const limits = { goals: 50, actions: 50, participants: 50 };

/** A field of the n-th goal, action or participant, named as the form shows it: "Mål 2, insats 1, beskrivning". */
const within = (field: TextField, sv: string, en: string): TextField => ({ ...field, sv: `${sv}, ${field.sv.toLocaleLowerCase('sv-SE')}`, en: `${en} ${field.en}` });

/** Checks a plan's size and texts, and gives them back trimmed. */
function checkedPlan(input: UpdatePlanInput): PlanInput {
  if (input.goals.length > limits.goals) throw badInput(`Högst ${limits.goals} mål (du angav ${input.goals.length}) / at most ${limits.goals} goals`);
  if (input.participants.length > limits.participants) throw badInput(`Högst ${limits.participants} deltagare (du angav ${input.participants.length}) / at most ${limits.participants} participants`);
  for (const [i, g] of input.goals.entries())
    if (g.actions.length > limits.actions) throw badInput(`Mål ${i + 1}: högst ${limits.actions} insatser (du angav ${g.actions.length}) / goal ${i + 1}: at most ${limits.actions} actions`);
  return {
    leadAgency: input.leadAgency,
    status: input.status,
    nextFollowUp: input.nextFollowUp ?? null,
    participants: input.participants.map((p, i) => ({
      name: cleanText(p.name, within({ ...fields.participantName, sv: 'namn' }, `Deltagare ${i + 1}`, `participant ${i + 1}`)),
      role: cleanText(p.role, within({ ...fields.participantRole, sv: 'roll' }, `Deltagare ${i + 1}`, `participant ${i + 1}`)),
      agency: p.agency ?? null,
    })),
    goals: input.goals.map((g, gi) => ({
      id: g.id ?? null,
      area: g.area,
      description: cleanText(g.description, within({ ...fields.goalDescription, sv: 'beskrivning' }, `Mål ${gi + 1}`, `goal ${gi + 1}`)),
      actions: g.actions.map((a, ai) => ({
        id: a.id ?? null,
        description: cleanText(a.description, within({ ...fields.actionDescription, sv: 'beskrivning' }, `Mål ${gi + 1}, insats ${ai + 1}`, `goal ${gi + 1} action ${ai + 1}`)),
        responsibleAgency: a.responsibleAgency,
        dueDate: a.dueDate ?? null,
        status: a.status ?? null,
        followUpDate: a.followUpDate ?? null,
      })),
    })),
  };
}

/**
 * Creates or changes the family's SIP and keeps it as a new version (who, when, what). Goals and
 * actions sent back with their id keep it, so an agency's notes on an action stay with it; a
 * caller that names the version it read (basedOnVersion) is refused when someone saved since.
 */
export async function updatePlan(ctx: Ctx, input: UpdatePlanInput) {
  const family = await requireWritableFamily(ctx, input.familyId);
  const plan = checkedPlan(input);
  try {
    await ctx.db.transaction((tx) =>
      savePlan(tx, family.id, plan, { today: todayInSweden(ctx.now), at: ctx.now.toISOString(), savedBy: ctx.identity.username, newId: randomUUID, basedOnVersion: input.basedOnVersion ?? null }),
    );
  } catch (error) {
    if (!(error instanceof PlanConflict)) throw error;
    if (error.kind === 'STALE')
      throw new GraphQLError(
        `Planen har sparats av någon annan sedan du läste den (nu version ${error.current}, du utgick från version ${input.basedOnVersion}). Läs in den igen; inget sparades. / the plan was saved since version ${input.basedOnVersion}`,
        { extensions: { code: 'CONFLICT' } },
      );
    throw badInput('Ett mål eller en insats har ett id som planen inte har, eller samma id två gånger; inget sparades / a goal or action id is not the plan’s, or appears twice');
  }
  // What this request may have read of the plan before is stale now.
  ctx.loaders.plan.clear(family.id);
  const saved = await ctx.loaders.plan.load(family.id);
  if (saved) for (const loader of [ctx.loaders.goals, ctx.loaders.planVersions]) loader.clear(saved.id);
  ctx.loaders.actions.clearAll();
  return saved;
}
