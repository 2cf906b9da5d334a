import { type AgencyHttp, batchLoader, groupBy } from '@lotsen/kit';
import { type Deltagare, type DeltagareSvar, type Insats, maxPerSida, maxPersonnummer, type Sida, type Sysselsattningsperiod } from '../vendor-api.js';
import { labourMarketMeasuresOf, occupationStatusOf } from './employment-service-mapping.js';

/**
 * The most pages one list is followed to. A system still having rows past them is taken as
 * failing (the section is AgencyUnavailable), never as having answered part of the list: 50
 * guardians have seldom more than 150 measures, two pages.
 */
export const maxPages = 50;

/** The personnummer as the API takes many: the parameter repeated. */
const named = (personnummer: readonly string[]) => {
  const params = new URLSearchParams();
  for (const p of personnummer) params.append('personnummer', p);
  return params;
};

/** A list endpoint for many people, its pages followed by the page size the system answers with, at most maxPages. */
async function listAll<T>(http: AgencyHttp, path: string, field: string, personnummer: readonly string[]): Promise<T[]> {
  const rows: T[] = [];
  for (let sida = 1; sida <= maxPages; sida++) {
    const params = named(personnummer);
    params.set('sida', String(sida));
    params.set('perSida', String(maxPerSida));
    const { data } = await http.get<Sida & Record<string, unknown>>(path, { params });
    rows.push(...((data[field] as T[] | undefined) ?? []));
    // A page size under 1 would never end: that system is failing.
    if (!(data.perSida >= 1)) throw new Error(`${path}: page ${sida} says perSida ${data.perSida}`);
    if (sida * data.perSida >= data.totaltAntal) return rows;
  }
  throw new Error(`${path}: still more after ${maxPages} pages`);
}

/**
 * Arbetsmarknadsenheten's participant system (docs/agencies.md, "Employment support"), read in
 * the schema's terms: per operation one call per endpoint for every guardian asked about, up to
 * the API's 50 a call.
 */
export function employmentService(http: AgencyHttp) {
  const list = <T extends { personnummer: string }>(path: string, field: string) =>
    batchLoader<string, T[]>(async (pnrs) => groupBy(await listAll<T>(http, path, field, pnrs), (r) => r.personnummer), [], maxPersonnummer);
  const participants = batchLoader<string, Deltagare | null>(
    async (pnrs) => new Map((await http.get<DeltagareSvar>('/api/v1/deltagare', { params: named(pnrs) })).data.deltagare.map((d) => [d.personnummer, d])),
    null,
    maxPersonnummer,
  );
  const measures = list<Insats>('/api/v1/insatser', 'insatser');
  const periods = list<Sysselsattningsperiod>('/api/v1/sysselsattning', 'perioder');
  return {
    /** The guardian's enrolment and measures, or null for a guardian never enrolled ("not recorded", not "no measures"). */
    labourMarketMeasures: async (personnummer: string) => {
      const [participant, rows] = await Promise.all([participants.load(personnummer), measures.load(personnummer)]);
      return participant ? labourMarketMeasuresOf(participant, rows) : null;
    },
    /** The guardian's occupation periods, or null when none is recorded. */
    occupationStatus: async (personnummer: string) => occupationStatusOf(await periods.load(personnummer)),
  };
}

export type EmploymentService = ReturnType<typeof employmentService>;
