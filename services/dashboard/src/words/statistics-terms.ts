import type { CareUnitType, InterventionKind, SupportKind } from '../gql/graphql.js';

/** The statistics' enumerations in the words a Swedish analyst reads them in (the schema's descriptions). */

export const interventionKindName: Record<InterventionKind, string> = {
  FAMILY_THERAPY: 'Familjebehandling',
  HOUSING_SUPPORT: 'Boendestöd',
  CONTACT_PERSON: 'Kontaktperson',
  CONTACT_FAMILY: 'Kontaktfamilj',
  OTHER: 'Annan insats',
};

export const supportKindName: Record<SupportKind, string> = {
  EXTRA_ADAPTATIONS: 'Extra anpassningar',
  SPECIAL_SUPPORT: 'Särskilt stöd',
  ACTION_PROGRAMME: 'Åtgärdsprogram',
};

export const careUnitTypeName: Record<CareUnitType, string> = {
  BUP: 'Barn- och ungdomspsykiatrin (BUP)',
  HABILITATION: 'Habiliteringen',
  PRIMARY_CARE: 'Primärvården (vårdcentralerna)',
};

/** The same, short enough for a chart's label. */
export const careUnitTypeShortName: Record<CareUnitType, string> = { BUP: 'BUP', HABILITATION: 'Habilitering', PRIMARY_CARE: 'Primärvård' };

/** A term relative to the one coordination began in: −1 the term before, 0 the term it began, 1, 2 … since. */
export function termSinceStartName(terms: number): string {
  if (terms === 0) return 'Terminen då samordningen började';
  if (terms === -1) return 'Terminen före';
  if (terms < 0) return `${-terms} terminer före`;
  return terms === 1 ? '1 termin efter' : `${terms} terminer efter`;
}
