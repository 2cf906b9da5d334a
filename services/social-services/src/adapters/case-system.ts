import { type AgencyHttp, batchLoader, groupBy, reportedKeySum, reportedLargest } from '@lotsen/kit';

/** The vendor's page size limit: a batch never asks for more personal identity numbers than fit one page. */
export const pageSize = 100;

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

type Page = { sida: number; perSida: number; totaltAntal: number } & Record<string, unknown>;

/** The case system's list endpoints filter by many personnummer; pages are followed to the end. */
async function listAll<T>(http: AgencyHttp, path: string, field: string, personnummer: readonly string[]): Promise<T[]> {
  const rows: T[] = [];
  for (let sida = 1; ; sida++) {
    const { data } = await http.get<Page>(path, { params: { personnummer: personnummer.join(','), sida, perSida: pageSize } });
    rows.push(...((data[field] as T[] | undefined) ?? []));
    if (sida * data.perSida >= data.totaltAntal) return rows;
  }
}

/** The report as read: one without the key sums the figures are perturbed by is not published from (UNAVAILABLE). */
const withKeySums = (report: Partial<InsatsRapport>): InsatsRapport => ({
  urval: { barn: report.urval?.barn ?? 0, nyckelsumma: reportedKeySum('SOCIAL_SERVICES', report.urval?.nyckelsumma) },
  rader: (report.rader ?? []).map((r) => ({ ...r, nyckelsumma: reportedKeySum('SOCIAL_SERVICES', r.nyckelsumma), flestDagarEttBarn: reportedLargest('SOCIAL_SERVICES', r.flestDagarEttBarn) })),
});

export function caseSystem(http: AgencyHttp) {
  const list = <T extends { personnummer: string }>(path: string, field: string) =>
    batchLoader<string, T[]>(async (pnrs) => groupBy(await listAll<T>(http, path, field, pnrs), (r) => r.personnummer), [], pageSize);
  return {
    clients: list<Klient>('/api/v1/klienter', 'klienter'),
    cases: list<Arende>('/api/v1/arenden', 'arenden'),
    interventions: list<Insats>('/api/v1/insatser', 'insatser'),
    /**
     * The case system's statistics report: interventions by kind for the clients named, summed,
     * each count with its children's key sum, and the children named with theirs; one call however many.
     */
    interventionReport: async (personnummer: readonly string[], till: string): Promise<InsatsRapport> =>
      personnummer.length === 0 ? { urval: { barn: 0, nyckelsumma: 0 }, rader: [] } : withKeySums((await http.report<InsatsRapport>('/api/v1/statistik/insatser', { personnummer, till })).data),
  };
}

/**
 * The case system's statistics report (docs/agency-systems.md): the children named (`urval`) and
 * per kind of intervention how many, for how many children, and their days up to `till`. Each
 * count of children comes with the sum of their record keys (`nyckelsumma`, modulo 2³²), the
 * key it is perturbed by; `flestDagarEttBarn` is the most days one child's interventions of the
 * kind add up to, how far one child moves `dagar`.
 */
export interface InsatsRapport {
  urval: { barn: number; nyckelsumma: number };
  rader: InsatsRapportRad[];
}
export interface InsatsRapportRad {
  insatstyp: string;
  insatser: number;
  barn: number;
  nyckelsumma: number;
  dagar: number;
  flestDagarEttBarn: number;
}

export type CaseSystem = ReturnType<typeof caseSystem>;
