import type { MemberRow } from '../store/families.js';
import type { CoordinationContext as Ctx } from './context.js';

/**
 * The children of a family the caller may see: all of them for the family's coordinators and
 * team, and for a guardian only those in their own custody today (per the population register).
 * A guardian of one child learns nothing of a half-sibling's identity, address or consents.
 */
export async function visibleChildren(ctx: Ctx, familyId: string): Promise<MemberRow[]> {
  const children = await ctx.loaders.members.load(familyId);
  if (ctx.identity.role !== 'GUARDIAN') return children;
  const inCustody = new Set(await ctx.custodyOfCaller());
  return children.filter((c) => inCustody.has(c.personnummer));
}

/** Whether the caller may see this child: in a family they may see, and for a guardian in their custody. */
export async function maySeeChild(ctx: Ctx, child: MemberRow): Promise<boolean> {
  if (!(await ctx.loaders.family.load(child.familyId))) return false;
  return ctx.identity.role !== 'GUARDIAN' || (await ctx.custodyOfCaller()).includes(child.personnummer);
}
