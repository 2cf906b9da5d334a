import { interventionKindOf } from '../intervention-kind.js';
import type { Arende, Insats } from './case-system-types.js';

/** The social services section's types as the schema has them (schema.graphql), made from the case system's answers here and nowhere else. */
export interface SocialCase {
  caseId: string;
  subject: string;
  openedOn: string;
  status: 'OPEN' | 'CLOSED';
  caseworker: { name: string; phone: string };
}
export interface Intervention {
  id: string;
  kind: string;
  /** The case system's own name of the intervention (insatstyp). */
  label: string;
  startDate: string;
  endDate: string | null;
  provider: string;
}

/** A case (ärende): `Öppet` is open, any other status closed. */
export const caseOf = (a: Arende): SocialCase => ({
  caseId: a.arendeId,
  subject: a.rubrik,
  openedOn: a.oppnat,
  status: a.status === 'Öppet' ? 'OPEN' : 'CLOSED',
  caseworker: { name: a.handlaggare.namn, phone: a.handlaggare.telefon },
});

/** An intervention (insats): its kind from the case system's name of it (OTHER for a name not known), the name kept as its label. */
export const interventionOf = (i: Insats): Intervention => ({
  id: i.insatsId,
  kind: interventionKindOf(i.insatstyp),
  label: i.insatstyp,
  startDate: i.startdatum,
  endDate: i.slutdatum,
  provider: i.utforare,
});

/**
 * A section's list: for a child the case system knows as a client, its rows (none is an empty
 * list); for one it does not know, not recorded (null): "not a client" is not "no cases".
 */
export const clientsList = <R, T>(isClient: boolean, rows: readonly R[], map: (row: R) => T): { items: T[] } | null => (isClient ? { items: rows.map(map) } : null);
