/**
 * The employment service's REST API as its vendor documents it (docs/agencies.md, "Employment
 * support"): Swedish field names, lists filtered by many personnummer. The simulator answers in
 * these shapes and the adapter reads them; nothing here is the schema's.
 */

/** Most personnummer one request may name, on every endpoint. */
export const maxPersonnummer = 50;
/** Largest page of the list endpoints (`perSida`). */
export const maxPerSida = 100;

export interface Kontakt {
  namn: string;
  telefon: string;
}

/** A person enrolled (inskriven) at arbetsmarknadsenheten. */
export interface Deltagare {
  deltagarId: string;
  personnummer: string;
  fornamn: string;
  efternamn: string;
  inskrivningsdatum: string;
  /** Null while enrolled. */
  utskrivningsdatum: string | null;
  /** Why the participation ended ("Arbete", "Studier"), null while enrolled. */
  utskrivningsorsak: string | null;
  handlaggare: Kontakt;
  kontor: string;
}

export type Insatsstatus = 'Planerad' | 'Pågående' | 'Avslutad';

/** A labour market measure (insats) a participant takes part in. */
export interface Insats {
  insatsId: string;
  deltagarId: string;
  personnummer: string;
  /** Arbetsträning, Studie- och yrkesvägledning, Jobbcoachning, Arbetsrehabilitering (Finsam), … */
  insatstyp: string;
  startdatum: string;
  planeratSlutdatum: string;
  /** Null until the measure has ended. */
  slutdatum: string | null;
  status: Insatsstatus;
  coach: Kontakt;
  /** Finsam (samordningsförbundet) or Kommunen. */
  finansiering: string;
}

/** A period of one occupation status, as the participant's handläggare recorded it. */
export interface Sysselsattningsperiod {
  deltagarId: string;
  personnummer: string;
  /** Arbete, Studier, Sjukskrivning, Arbetssökande, Övrigt. */
  status: string;
  fran: string;
  /** Its last day; null for the status as last recorded. */
  till: string | null;
}

export interface DeltagareSvar {
  deltagare: Deltagare[];
}

/** A page of a list endpoint: `totaltAntal` rows in all, `perSida` a page from `sida` 1. */
export interface Sida {
  sida: number;
  perSida: number;
  totaltAntal: number;
}
export type InsatserSvar = Sida & { insatser: Insats[] };
export type SysselsattningSvar = Sida & { perioder: Sysselsattningsperiod[] };

/** Every refusal of the API: 4xx with one `fel`. */
export interface Felsvar {
  fel: { kod: Felkod; meddelande: string; parameter?: string };
}
export type Felkod = 'PERSONNUMMER_SAKNAS' | 'OGILTIGT_PERSONNUMMER' | 'FOR_MANGA_PERSONNUMMER' | 'OGILTIG_SIDA' | 'OBEHORIG';
