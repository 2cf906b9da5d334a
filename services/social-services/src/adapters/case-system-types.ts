/** The case system's answers as the adapter reads them: the vendor's Swedish field names (docs/agency-systems.md, "Case system"). */
export interface Klient {
  klientId: string;
  personnummer: string;
}
export interface Arende {
  arendeId: string;
  personnummer: string;
  rubrik: string;
  oppnat: string;
  status: string;
  handlaggare: { namn: string; telefon: string };
}
export interface Insats {
  insatsId: string;
  personnummer: string;
  insatstyp: string;
  startdatum: string;
  slutdatum: string | null;
  utforare: string;
}
/** One page of a list: `sida` of pages of `perSida` rows (the system may give fewer than asked), `totaltAntal` rows in all. */
export type Sida = { sida: number; perSida: number; totaltAntal: number } & Record<string, unknown>;
