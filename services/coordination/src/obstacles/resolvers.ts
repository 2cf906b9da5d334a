import { todayInSweden } from '@lotsen/kit';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { type Represented, readsPage } from '../representatives/access.js';
import type { StatisticsFilter } from '../statistics/filter.js';
import type { FamilyRow } from '../store/families.js';
import { obstacleFigures } from './figures.js';
import { managedMunicipality } from './management.js';
import { groupObstacles, lastMonths } from './overview.js';
import { handleObstacle, type RecordObstacleInput, recordObstacle } from './record.js';
import { type ObstacleRow, obstaclesInMunicipality, obstaclesOfFamilies } from './store.js';

export const obstacleResolvers = {
  Query: {
    obstacleOverview: async (_: unknown, args: { months: number }, ctx: Ctx) => {
      const municipality = await managedMunicipality(ctx);
      if (!Number.isInteger(args.months) || args.months < 1 || args.months > 24) throw badInput(`months: 1 till 24 (du angav ${args.months}) / 1 to 24`);
      const { from, to, monthList } = lastMonths(args.months, todayInSweden(ctx.now));
      const obstacles = await obstaclesInMunicipality(ctx.db, municipality, from, to);
      return { municipality, from, to, obstacles, ...groupObstacles(obstacles, monthList) };
    },
  },
  Mutation: {
    recordObstacle: (_: unknown, { input }: { input: RecordObstacleInput }, ctx: Ctx) => recordObstacle(ctx, input),
    handleObstacle: (_: unknown, { input }: { input: { obstacleId: string; measure: string } }, ctx: Ctx) => handleObstacle(ctx, input),
  },
  Obstacle: {
    handling: (o: ObstacleRow) => (o.handledAt ? { at: o.handledAt, measure: o.measure, byName: o.handledByName } : null),
  },
  Family: {
    obstacles: (f: FamilyRow, _: unknown, ctx: Ctx) => obstaclesOfFamilies(ctx.db, [f.id]),
  },
  RepresentedFamily: {
    /** The family's obstacles with READ_PAGE; with RECORD_OBSTACLES alone, those the representative recorded. */
    obstacles: async (r: Represented, _: unknown, ctx: Ctx) => {
      const all = await obstaclesOfFamilies(ctx.db, [r.family.id]);
      return readsPage(r) ? all : all.filter((o) => o.recordedBy === ctx.identity.username);
    },
  },
  Statistics: {
    obstacles: (f: StatisticsFilter, _: unknown, ctx: Ctx) => obstacleFigures(ctx.db, f),
  },
};
