import { consultationResolvers } from './consultations/resolvers.js';
import { evaluationResolvers } from './evaluation/resolvers.js';
import { obstacleResolvers } from './obstacles/resolvers.js';
import { representativeResolvers } from './representatives/resolvers.js';
import { supportCatalogueResolvers } from './support-catalogue/resolvers.js';
import { tenancyResolvers } from './tenancy/resolvers.js';

/** Resolvers by type name, then field: one feature folder's share of the coordination subgraph. */
export type FeatureResolvers = Record<string, Record<string, unknown>>;

/**
 * The feature folders' resolvers, each beside its own SDL (`src/<feature>/<feature>.graphql`,
 * composed with the main schema). One line a feature.
 */
export const featureResolvers: ReadonlyArray<FeatureResolvers> = [
  evaluationResolvers,
  supportCatalogueResolvers,
  consultationResolvers,
  representativeResolvers,
  obstacleResolvers,
  tenancyResolvers,
  // feature resolvers: one line each, above this comment
];

/** Merges resolver maps type by type; a field defined twice is a programming error, thrown at start. */
export function mergeResolvers(maps: ReadonlyArray<FeatureResolvers>): FeatureResolvers {
  const merged: FeatureResolvers = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      merged[type] ??= {};
      const into = merged[type];
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in into) throw new Error(`resolver ${type}.${field} is defined twice`);
        into[field] = resolver;
      }
    }
  }
  return merged;
}
