import { type Agency, agencyManifest, type Decision } from '@lotsen/kit';

/**
 * What a guardian is told instead of an agency's records: Lotsen shares data between agencies
 * under the family's consent; it is not the family's window into each agency's files. Each agency
 * gives a guardian access to its own records, and its manifest entry says where.
 */
export function readAtAgency(agency: Agency): Decision {
  return { permit: false, reason: 'READ_AT_AGENCY', message: agencyManifest[agency].readAtAgency };
}
