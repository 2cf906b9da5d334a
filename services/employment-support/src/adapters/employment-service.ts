import { type AgencyHttp, batchLoader, groupBy } from '@lotsen/kit';
import { type Deltagare, type DeltagareSvar, type Insats, maxPerSida, maxPersonnummer, type Sida, type Sysselsattningsperiod } from '../vendor-api.js';

/** The personnummer as the API takes many: the parameter repeated. */
const named = (personnummer: readonly string[]) => {
  const params = new URLSearchParams();
  for (const p of personnummer) params.append('personnummer', p);
  return params;
};

/** A list endpoint for many people, its pages followed to the end. */
async function listAll<T>(http: AgencyHttp, path: string, field: string, personnummer: readonly string[]): Promise<T[]> {
  const rows: T[] = [];
  for (let sida = 1; ; sida++) {
    const params = named(personnummer);
    params.set('sida', String(sida));
    params.set('perSida', String(maxPerSida));
    const { data } = await http.get<Sida & Record<string, unknown>>(path, { params });
    const page = (data[field] as T[] | undefined) ?? [];
    rows.push(...page);
    // An empty page ends it too: a total that grew between two pages never loops.
    if (page.length === 0 || sida * data.perSida >= data.totaltAntal) return rows;
  }
}

/**
 * Arbetsmarknadsenheten's participant system (docs/agencies.md, "Employment support"): per
 * operation one call per endpoint for every guardian asked about, up to the API's 50 a call.
 */
export function employmentService(http: AgencyHttp) {
  const list = <T extends { personnummer: string }>(path: string, field: string) =>
    batchLoader<string, T[]>(async (pnrs) => groupBy(await listAll<T>(http, path, field, pnrs), (r) => r.personnummer), [], maxPersonnummer);
  return {
    /** The participant, or null for a person never enrolled. */
    participants: batchLoader<string, Deltagare | null>(
      async (pnrs) => new Map((await http.get<DeltagareSvar>('/api/v1/deltagare', { params: named(pnrs) })).data.deltagare.map((d) => [d.personnummer, d])),
      null,
      maxPersonnummer,
    ),
    measures: list<Insats>('/api/v1/insatser', 'insatser'),
    occupationPeriods: list<Sysselsattningsperiod>('/api/v1/sysselsattning', 'perioder'),
  };
}

export type EmploymentService = ReturnType<typeof employmentService>;
