/** The case system's names of interventions (insatstyp) as the schema's kinds; any other is OTHER. */
const kinds: Record<string, string> = {
  Familjebehandling: 'FAMILY_THERAPY',
  Boendestöd: 'HOUSING_SUPPORT',
  Kontaktperson: 'CONTACT_PERSON',
  Kontaktfamilj: 'CONTACT_FAMILY',
};

export const interventionKindOf = (insatstyp: string) => kinds[insatstyp] ?? 'OTHER';
