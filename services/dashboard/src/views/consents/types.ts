import type { FamilyConsentsQuery } from '../../gql/graphql.js';

export type ConsentFamily = FamilyConsentsQuery['familyByReference'];
export type ConsentChild = ConsentFamily['children'][number];
export type Consent = ConsentChild['consents'][number];
