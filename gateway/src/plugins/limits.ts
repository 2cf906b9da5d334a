import { ApolloArmor } from '@escape.tech/graphql-armor';
import { envNumber } from '@lotsen/kit';

/**
 * Limits against hostile queries (graphql-armor): depth, aliases, directives, tokens and cost,
 * field suggestions blocked; no batched arrays. Generous enough for every dashboard operation
 * (the family overview and a caseload of 30 families stay well inside), configurable by env.
 */
export function queryLimits() {
  return new ApolloArmor({
    maxDepth: { n: envNumber('GRAPHQL_MAX_DEPTH', 12) },
    maxAliases: { n: envNumber('GRAPHQL_MAX_ALIASES', 15) },
    maxDirectives: { n: envNumber('GRAPHQL_MAX_DIRECTIVES', 20) },
    // Tokens are limited by the parser itself (parseOptions), which answers 400 rather than 500.
    maxTokens: { enabled: false },
    // The heaviest dashboard operations (family overview, caseload) cost about 1,700.
    costLimit: { maxCost: envNumber('GRAPHQL_MAX_COST', 3000) },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

export const maxTokens = () => envNumber('GRAPHQL_MAX_TOKENS', 4000);

/** Request bodies larger than this are refused before parsing. */
export const maxRequestBytes = () => envNumber('GRAPHQL_MAX_BODY_BYTES', 100_000);

/** Variables nested deeper than this are refused before execution. */
export const maxVariableDepth = 10;

export function depthOf(value: unknown, limit = maxVariableDepth + 1): number {
  if (value === null || typeof value !== 'object') return 0;
  if (limit <= 0) return 1;
  let deepest = 0;
  for (const v of Object.values(value)) deepest = Math.max(deepest, depthOf(v, limit - 1));
  return deepest + 1;
}
