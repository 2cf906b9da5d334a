import type { Identity, Queryable } from '@lotsen/kit';
import { type FamilyRow, familyColumns, visibility } from './families.js';

/** A family in coordination with what a search may match: its reference and its children's names and numbers. */
export interface SearchCandidate extends FamilyRow {
  children: { personnummer: string; givenName: string; familyName: string }[];
}

/**
 * The families a coordinator or team lead may search: those on their work list (a closed family is
 * off it), each with its children. Matching is done by the caller, in Swedish case rules that do
 * not depend on the database's locale (graphql/family-search.ts).
 */
export async function searchCandidates(db: Queryable, identity: Identity): Promise<SearchCandidate[]> {
  const v = identity.role === 'COORDINATOR' || identity.role === 'TEAM_LEAD' ? visibility(identity, []) : null;
  if (!v) return [];
  return db.query<SearchCandidate>(
    `SELECT ${familyColumns},
            COALESCE((SELECT json_agg(json_build_object('personnummer', m.personnummer, 'givenName', p.given_name, 'familyName', p.family_name) ORDER BY m.position)
                        FROM family_members m JOIN persons p USING (personnummer) WHERE m.family_id = f.id), '[]') AS children
       FROM families f WHERE ${v.where} AND f.closed_on IS NULL ORDER BY f.reference`,
    [v.param],
  );
}
