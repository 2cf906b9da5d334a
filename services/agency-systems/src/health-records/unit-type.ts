import type { Coding } from 'fhir/r4.js';

/** The region's code system for the kind of care unit (enhetstyp), which the care-contacts measure stratifies by. */
export const unitTypeSystem = 'urn:lotsen:fhir:enhetstyp';

const unitTypes = {
  bup: 'Barn- och ungdomspsykiatri',
  habilitering: 'Habilitering',
  primarvard: 'Primärvård',
} as const;

/**
 * A unit's type, from its name as the records carry it: BUP, Habiliteringen, or a vårdcentral
 * (primary care); any other unit has none, and the measure does not count its contacts.
 */
export function unitTypeOf(organisation: string): Coding | undefined {
  const code = organisation.startsWith('BUP') ? 'bup' : organisation.startsWith('Habilitering') ? 'habilitering' : organisation.startsWith('Vårdcentral') ? 'primarvard' : undefined;
  return code && { system: unitTypeSystem, code, display: unitTypes[code] };
}
