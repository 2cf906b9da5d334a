import { envNumber } from '@lotsen/kit';
import { GraphQLError, Kind, type ValidationContext, type ValidationRule } from 'graphql';
import { statisticsAnswers } from '../statistics/root-selection.js';

/**
 * At most this many `statistics` answers in one request (STATISTICS_MAX_PER_REQUEST, default 3;
 * docs/analysts.md, "Limits and watch"): enough to set two or three groups or periods side by
 * side, while the general alias limit (15) would let one request carry fifteen releases.
 */
export const maxStatisticsPerRequest = (): number => {
  const n = envNumber('STATISTICS_MAX_PER_REQUEST', 3);
  if (!Number.isInteger(n) || n < 1) throw new Error(`STATISTICS_MAX_PER_REQUEST must be a whole number of at least 1, got ${n}`);
  return n;
};

/**
 * A validation rule: an operation asking for more statistics answers than the cap (aliases and
 * fragments counted, root-selection.ts) is refused with 400 (GRAPHQL_VALIDATION_FAILED) before
 * anything is planned, counted against the rate limit or asked of a subgraph.
 */
export function statisticsPerRequest(max: number): ValidationRule {
  return (context: ValidationContext) => ({
    [Kind.OPERATION_DEFINITION](operation) {
      const asked = statisticsAnswers(context.getDocument(), operation);
      if (asked <= max) return;
      context.reportError(
        new GraphQLError(
          `Högst ${max} statistiksvar per fråga; den här ber om ${asked}: dela upp den på flera frågor / at most ${max} statistics answers per request, this one asks for ${asked}: split it`,
          { nodes: [operation] },
        ),
      );
    },
  });
}
