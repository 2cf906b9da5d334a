import { jwtVerify, SignJWT } from 'jose';
import type { Agency, DataCategory } from '../domain/agencies.js';
import { decodeMembers, type EncodedMembers, encodeMembers } from './cohort-encoding.js';
import { type GrantBinding, GrantError, type GrantKeys, type GrantSigningKey, grantIssuer } from './grant.js';

/**
 * The children a follow-up figure may count in one category (whose consent of purpose FOLLOW_UP
 * covers it), by the month their family's coordination began (YYYY-MM): what a figure relative
 * to the start needs, in a few bytes per child, since a large region's cohort is tens of thousands.
 */
export type CohortMembers = Record<string, string[]>;

/**
 * A cohort: the consent registry's signed statement, for one statistics request and one agency,
 * of the children whose consent with purpose follow-up (uppföljning) covers each category, with
 * the filter and threshold the answer is held to (docs/analysts.md, "Agency figures"). Like a
 * grant it reaches the data owner through the graph, bound to the caller and the request, and is
 * checked with the registry's public key: the agency counts no one else and asks no one.
 */
export interface Cohort {
  agency: Agency;
  members: Partial<Record<DataCategory, CohortMembers>>;
  from: string;
  to: string;
  threshold: number;
  /** The filter as the caller gave it (municipality, team), for the data owner's audit trail. */
  filter: Record<string, unknown>;
}

export const cohortType = 'lotsen-cohort+jwt';

/**
 * Members encoded once per object: a registry that hands the same members again, as
 * coordination's readings kept per registry version do, signs each answer afresh without
 * encoding a region's children again. The members of a cohort are never changed once read.
 */
const encodings = new WeakMap<Cohort['members'], EncodedMembers>();
function encodedOnce(members: Cohort['members']): EncodedMembers {
  let encoded = encodings.get(members);
  if (!encoded) {
    encoded = encodeMembers(members);
    encodings.set(members, encoded);
  }
  return encoded;
}

export async function issueCohort(signing: GrantSigningKey, binding: GrantBinding, cohort: Cohort, ttlSeconds = 10): Promise<string> {
  // Each child named once, a bitmap per category (cohort-encoding.ts).
  return new SignJWT({ rid: binding.requestId, cohort: { ...cohort, members: encodedOnce(cohort.members) } })
    .setProtectedHeader({ alg: 'EdDSA', kid: signing.kid, typ: cohortType })
    .setIssuer(grantIssuer)
    .setSubject(binding.subject)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(signing.key);
}

/** Checks a cohort for `agency` in this request (signature, type, expiry, caller, request); throws GrantError. */
export async function checkCohort(keys: GrantKeys, binding: GrantBinding, agency: Agency, token: unknown): Promise<Cohort> {
  if (typeof token !== 'string' || token.length === 0) throw new GrantError('no cohort');
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keys, { issuer: grantIssuer, subject: binding.subject, typ: cohortType, algorithms: ['EdDSA'], requiredClaims: ['exp', 'iat', 'sub'], clockTolerance: 2 }));
  } catch (error) {
    throw new GrantError(`cohort refused: ${error instanceof Error ? error.message : 'invalid'}`);
  }
  if (payload.rid !== binding.requestId) throw new GrantError('cohort issued for another request');
  const cohort = payload.cohort as Cohort | undefined;
  if (!cohort || cohort.agency !== agency) throw new GrantError('cohort issued for another agency');
  try {
    return { ...cohort, members: decodeMembers(cohort.members) };
  } catch (error) {
    throw new GrantError(`cohort refused: ${error instanceof Error ? error.message : 'its members cannot be read'}`);
  }
}
