import type { FeatureResolvers } from '../features.js';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import type { StatisticsFilter } from '../statistics/filter.js';
import type { FamilyRow } from '../store/families.js';
import { answerSurvey, type SurveyAnswerInput } from './answer-survey.js';
import { familySurvey } from './figures.js';
import { roundsOfFamily } from './rounds.js';

/** The family's evaluation in the graph (evaluation.graphql, docs/evaluation.md). */
export const evaluationResolvers: FeatureResolvers = {
  Family: {
    surveyRounds: (f: FamilyRow, _: unknown, ctx: Ctx) => roundsOfFamily(ctx, f),
  },
  Mutation: {
    answerSurvey: (_: unknown, { input }: { input: SurveyAnswerInput }, ctx: Ctx) => answerSurvey(ctx, input),
  },
  Statistics: {
    familySurvey: (f: StatisticsFilter, _: unknown, ctx: Ctx) => familySurvey(ctx.db, f),
  },
};
