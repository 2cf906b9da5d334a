import { groupBy } from '@lotsen/kit';
import DataLoader from 'dataloader';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { type AnswerRow, answersOfFamilies } from './store.js';

/** The answers of the families asked for in one request: one query for all of them (as graphql/loaders.ts does), kept per request. */
const perRequest = new WeakMap<Ctx, DataLoader<string, AnswerRow[]>>();

export function surveyAnswers(ctx: Ctx): DataLoader<string, AnswerRow[]> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const groups = groupBy(await answersOfFamilies(ctx.db, ids), (a) => a.familyId);
      return ids.map((id) => groups.get(id) ?? []);
    });
    perRequest.set(ctx, loader);
  }
  return loader;
}
