import type { FamilyQuery } from '../../gql/graphql.js';

export type Family = FamilyQuery['familyByReference'];
export type Child = Family['children'][number];
