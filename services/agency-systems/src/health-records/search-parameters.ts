import { listParam } from '../simulator/control.js';

/**
 * The searches the server takes, with R4's own parameter names: each clinical resource is found
 * through a reference search parameter to its Patient, chained on the patient's `identifier`. R4
 * defines `patient` on all four (one target type, so `patient.identifier` is unambiguous) and
 * `subject` (Encounter, CareTeam, Condition) or `actor` (Appointment) with several target types,
 * which a chain must name: `subject:Patient.identifier`. `subject.identifier` is ambiguous (a
 * subject may be a Group) and refused, as a standard server refuses it (docs/agency-systems.md).
 */
export const clinicalSearches = {
  Encounter: { patient: ['Patient'], subject: ['Patient', 'Group'] },
  Appointment: { patient: ['Patient'], actor: ['Patient', 'Practitioner', 'PractitionerRole', 'RelatedPerson', 'Device', 'HealthcareService', 'Location'] },
  Condition: { patient: ['Patient'], subject: ['Patient', 'Group'] },
  CareTeam: { patient: ['Patient'], subject: ['Patient', 'Group'] },
  // A patient's blocks (spärr): R4's Consent.patient, one target type (blocks.ts).
  Consent: { patient: ['Patient'] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type ClinicalType = keyof typeof clinicalSearches;

/** What a search asks once its parameters are read: whose records, whether their Patients come along, which page. */
export interface SearchRequest {
  /** Identifier tokens (`system|value` or `value`), all of them under one parameter. */
  identifiers: string[];
  includePatients: boolean;
  count: number;
  offset: number;
}

export interface Paging {
  /** Matches on a page when `_count` is not given. */
  defaultCount: number;
  /** The most matches on one page, whatever `_count` asks (a server's own limit). */
  maxCount: number;
}

export const defaultPaging: Paging = { defaultCount: 100, maxCount: 1000 };

/** A refusal of the search: the OperationOutcome's issue code and what is wrong, in words for the client. */
export type SearchRefusal = { refused: 'invalid' | 'not-supported'; diagnostics: string };

const nonNegative = (name: string, value: string | null): number | SearchRefusal => {
  if (value === null) return -1;
  return /^\d{1,9}$/.test(value) ? Number(value) : { refused: 'invalid', diagnostics: `${name} must be a non-negative integer, not ${JSON.stringify(value)}` };
};

/**
 * Reads a search's query as a strict server does (every search handled as `Prefer:
 * handling=strict`): an unknown or ambiguous parameter is refused, never ignored, as ignoring a
 * misspelt patient filter would answer with every patient's records.
 */
export function readSearch(type: ClinicalType | 'Patient' | 'Organization', query: URLSearchParams, paging: Paging): SearchRequest | SearchRefusal {
  const count = nonNegative('_count', query.get('_count'));
  if (typeof count !== 'number') return count;
  const offset = nonNegative('_offset', query.get('_offset'));
  if (typeof offset !== 'number') return offset;
  const request: SearchRequest = { identifiers: [], includePatients: false, count: Math.min(count < 0 ? paging.defaultCount : count, paging.maxCount), offset: Math.max(offset, 0) };
  let filtered = false;
  for (const name of new Set(query.keys())) {
    if (name === '_count' || name === '_offset') continue;
    if (name === '_include' && type !== 'Patient' && type !== 'Organization') {
      for (const include of listParam(query, name)) {
        const problem = includeProblem(type, include);
        if (problem) return problem;
      }
      request.includePatients = true;
      continue;
    }
    const chained = type === 'Patient' ? (name === 'identifier' ? null : unknown(type, name)) : type === 'Organization' ? unknown(type, name) : chainProblem(type, name);
    if (chained) return chained;
    if (filtered) return { refused: 'not-supported', diagnostics: `one patient parameter at a time: ${[...query.keys()].filter((k) => !k.startsWith('_')).join(', ')}` };
    filtered = true;
    request.identifiers = listParam(query, name);
  }
  if (type !== 'Organization' && request.identifiers.length === 0) {
    return { refused: 'invalid', diagnostics: type === 'Patient' ? 'identifier is required' : `${type} is searched by its patient: patient.identifier is required` };
  }
  return request;
}

const unknown = (type: string, name: string): SearchRefusal => ({ refused: 'invalid', diagnostics: `unknown search parameter for ${type}: ${name}` });

/** Why `name` is not a chain to the patient's identifier this server takes, or null when it is. */
function chainProblem(type: ClinicalType, name: string): SearchRefusal | null {
  const match = /^([a-z-]+)(?::([A-Za-z]+))?\.identifier$/.exec(name);
  const references: Record<string, readonly string[]> = clinicalSearches[type];
  const targets = match?.[1] ? references[match[1]] : undefined;
  if (!match || !targets) return unknown(type, name);
  const target = match[2];
  if (target === undefined && targets.length > 1) {
    return { refused: 'invalid', diagnostics: `${type}?${match[1]} may refer to ${targets.join(', ')}: name the type of the chain, ${match[1]}:Patient.identifier, or use patient.identifier` };
  }
  if ((target ?? targets[0]) !== 'Patient' || !targets.includes('Patient')) return { refused: 'not-supported', diagnostics: `${name}: only chains to the Patient are supported` };
  return null;
}

/** Why `_include=value` is not one this server takes (the Patient through a reference that can hold one), or null. */
function includeProblem(type: ClinicalType, value: string): SearchRefusal | null {
  const [source, param, target, ...rest] = value.split(':');
  const references: Record<string, readonly string[]> = clinicalSearches[type];
  const targets = param ? references[param] : undefined;
  if (source !== type || !targets || rest.length > 0) return { refused: 'invalid', diagnostics: `_include=${value}: not a reference search parameter of ${type}` };
  // Every subject here is a Patient, but an Appointment's actors are the clinics too: only Patients are included.
  if (target !== undefined ? target !== 'Patient' : param === 'actor') return { refused: 'not-supported', diagnostics: `_include=${value}: only the Patient is included` };
  return null;
}
