import { randomUUID } from 'node:crypto';
import { todayInSweden } from '@lotsen/kit';
import { insertFollowUp } from '../store/follow-up.js';
import { saveOccupations } from '../store/occupations.js';
import { updateActionStatus } from './action-status.js';
import { type CloseFamilyInput, closeFamily, reopenFamily } from './close-family.js';
import type { CoordinationContext as Ctx } from './context.js';
import { createFamily } from './create-family.js';
import { badInput } from './errors.js';
import { reassignFamily } from './reassign-family.js';
import { type RecordMeetingInput, recordMeeting } from './record-meeting.js';
import { cleanText, fields } from './text.js';
import { type UpdatePlanInput, updatePlan } from './update-plan.js';
import { requireWritableFamily } from './writable-family.js';

export const mutationResolvers = {
  Mutation: {
    createFamily: (_: unknown, { input }: { input: { children: string[]; municipality?: string | null } }, ctx: Ctx) => createFamily(ctx, input.children, input.municipality ?? null),
    reassignFamily: (_: unknown, { input }: { input: { familyId: string; coordinator: string } }, ctx: Ctx) => reassignFamily(ctx, input),
    closeFamily: (_: unknown, { input }: { input: CloseFamilyInput }, ctx: Ctx) => closeFamily(ctx, input),
    reopenFamily: (_: unknown, { familyId }: { familyId: string }, ctx: Ctx) => reopenFamily(ctx, familyId),
    recordMeeting: (_: unknown, { input }: { input: RecordMeetingInput }, ctx: Ctx) => recordMeeting(ctx, input),
    updatePlan: (_: unknown, { input }: { input: UpdatePlanInput }, ctx: Ctx) => updatePlan(ctx, input),
    updateActionStatus: (_: unknown, args: { actionId: string; status: string; note?: string | null }, ctx: Ctx) => updateActionStatus(ctx, args),
    recordFollowUp: async (_: unknown, { input }: { input: { familyId: string; date: string; area: string; rating: number; comment?: string | null } }, ctx: Ctx) => {
      const family = await requireWritableFamily(ctx, input.familyId);
      if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) throw badInput(`Skattningen är 1 till 5 (du angav ${input.rating}) / rating must be 1 to 5`);
      if (input.date > todayInSweden(ctx.now)) throw badInput(`En uppföljning kan inte dateras framåt i tiden (du angav ${input.date}) / a follow-up cannot be dated in the future`);
      return insertFollowUp(ctx.db, {
        id: randomUUID(),
        familyId: family.id,
        date: input.date,
        area: input.area,
        rating: input.rating,
        comment: cleanText(input.comment ?? '', fields.comment, true),
      });
    },
    recordParentsOccupation: async (_: unknown, { input }: { input: { familyId: string; date: string; parents: string[] } }, ctx: Ctx) => {
      const family = await requireWritableFamily(ctx, input.familyId);
      if (input.parents.length < 1 || input.parents.length > 2) throw badInput(`Föräldrarnas sysselsättning: en eller två föräldrar (du angav ${input.parents.length}) / one or two parents`);
      if (input.date > todayInSweden(ctx.now)) throw badInput(`Sysselsättningen registreras för i dag eller tidigare (du angav ${input.date}) / not in the future`);
      const records = input.parents.map((occupation, i) => ({ parent: (i + 1) as 1 | 2, occupation }));
      await ctx.db.transaction((tx) => saveOccupations(tx, family.id, input.date, records));
      return { date: input.date, parents: input.parents };
    },
  },
};
