import type { DataCategory } from '../gql/graphql.js';

/**
 * What an agency whose data is a guardian's own gives the dashboard (docs/agencies.md, "The
 * dashboard's part"): plain TypeScript, no React, so that the agency's folder holds its words and
 * the dashboard draws every agency's section the same way.
 */

/** One category's data in Swedish: a line about the whole (or null), its rows, and what to say when there are none. */
export interface GuardianPartData {
  lead: string | null;
  rows: readonly string[];
  none: string;
}

/**
 * One data category of the section: what the graph answered (its data, or a denial, NotRecorded
 * or AgencyUnavailable, which the dashboard words itself) and, when it is the data, that data in words.
 */
export interface GuardianSectionPart {
  category: DataCategory;
  outcome: { __typename: string };
  shown: GuardianPartData | null;
}

/**
 * An agency's dashboard module (`<package>/dashboard`): its fragment on Guardian, written as a
 * `/* GraphQL *\/` string the code generator reads, and its parts from that fragment's answer.
 */
export interface GuardianSectionModule<Guardian> {
  fragment: string;
  parts: (guardian: Guardian) => GuardianSectionPart[];
}
