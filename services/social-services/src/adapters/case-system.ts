import { type AgencyHttp, batchLoader, groupBy, reportedKeySum, reportedLargest } from '@lotsen/kit';
import { caseOf, clientsList, interventionOf } from './case-system-mapping.js';
import type { Arende, Insats, Klient, Sida } from './case-system-types.js';

/** The vendor's page size limit: a batch never asks for more personal identity numbers than fit one page. */
export const pageSize = 100;

/**
 * The most pages one list is followed to. A system still having rows past them is taken as
 * failing (the section is AgencyUnavailable), never as having answered part of the list: a
 * batch of 100 children at 20 rows a page is seldom more than 10 pages.
 */
export const maxPages = 50;

/** The case system's list endpoints filter by many personnummer; pages are followed to the end, at most maxPages. */
async function listAll<T>(http: AgencyHttp, path: string, field: string, personnummer: readonly string[]): Promise<T[]> {
  const rows: T[] = [];
  for (let sida = 1; sida <= maxPages; sida++) {
    const { data } = await http.get<Sida>(path, { params: { personnummer: personnummer.join(','), sida, perSida: pageSize } });
    rows.push(...((data[field] as T[] | undefined) ?? []));
    // A page size under 1 would never end: that system is failing.
    if (!(data.perSida >= 1)) throw new Error(`${path}: page ${sida} says perSida ${data.perSida}`);
    if (sida * data.perSida >= data.totaltAntal) return rows;
  }
  throw new Error(`${path}: still more after ${maxPages} pages`);
}

/** The report as read: one without the key sums the figures are perturbed by is not published from (UNAVAILABLE). */
const withKeySums = (report: Partial<InsatsRapport>): InsatsRapport => ({
  urval: { barn: report.urval?.barn ?? 0, nyckelsumma: reportedKeySum('SOCIAL_SERVICES', report.urval?.nyckelsumma) },
  rader: (report.rader ?? []).map((r) => ({ ...r, nyckelsumma: reportedKeySum('SOCIAL_SERVICES', r.nyckelsumma), flestDagarEttBarn: reportedLargest('SOCIAL_SERVICES', r.flestDagarEttBarn) })),
});

export function caseSystem(http: AgencyHttp) {
  const list = <T extends { personnummer: string }>(path: string, field: string) =>
    batchLoader<string, T[]>(async (pnrs) => groupBy(await listAll<T>(http, path, field, pnrs), (r) => r.personnummer), [], pageSize);
  const clients = list<Klient>('/api/v1/klienter', 'klienter');
  const cases = list<Arende>('/api/v1/arenden', 'arenden');
  const interventions = list<Insats>('/api/v1/insatser', 'insatser');
  /** Whether the case system knows the child at all, asked with the rows in the same batch. */
  const isClient = async (personnummer: string) => (await clients.load(personnummer)).length > 0;
  return {
    /** The child's cases, or null when the child is not a client. */
    cases: async (personnummer: string) => {
      const [known, rows] = await Promise.all([isClient(personnummer), cases.load(personnummer)]);
      return clientsList(known, rows, caseOf);
    },
    /** The child's interventions, or null when the child is not a client. */
    interventions: async (personnummer: string) => {
      const [known, rows] = await Promise.all([isClient(personnummer), interventions.load(personnummer)]);
      return clientsList(known, rows, interventionOf);
    },
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
