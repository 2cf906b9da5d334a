import type { AgencyHttp } from '@lotsen/kit';
import { describe, expect, it } from 'vitest';
import { caseSystem, maxPages, pageSize } from '../src/adapters/case-system.js';
import arendenSida1 from './fixtures/arenden-sida-1.json' with { type: 'json' };
import arendenSida2 from './fixtures/arenden-sida-2.json' with { type: 'json' };
import insatserSida1 from './fixtures/insatser-sida-1.json' with { type: 'json' };
import insatserSida2 from './fixtures/insatser-sida-2.json' with { type: 'json' };
import klienterSida1 from './fixtures/klienter-sida-1.json' with { type: 'json' };
import klienterSida2 from './fixtures/klienter-sida-2.json' with { type: 'json' };

// The two clients and the child the case system does not know, as recorded (fixtures/README.md).
const children = ['201501032393', '201707072391', '201903032389'];
const recorded: Record<string, unknown[]> = {
  '/api/v1/klienter': [klienterSida1, klienterSida2],
  '/api/v1/arenden': [arendenSida1, arendenSida2],
  '/api/v1/insatser': [insatserSida1, insatserSida2],
};
type Params = { personnummer: string; sida: number; perSida: number };

/** The case system as recorded, answering each list's pages; every call kept. */
function recordedSystem(page: (path: string, params: Params) => unknown = (path, p) => recorded[path]?.[p.sida - 1]) {
  const calls: { path: string; params: Params }[] = [];
  const http = {
    get: (path: string, config: { params: Params }) => {
      calls.push({ path, params: config.params });
      return Promise.resolve({ data: page(path, config.params), status: 200 });
    },
  } as unknown as AgencyHttp;
  return { http, calls };
}

describe('the case-system adapter over the recorded system', () => {
  it('asks each list for all the children of an operation at once and follows its pages to the end', async () => {
    const { http, calls } = recordedSystem();
    const system = caseSystem(http);
    const sections = await Promise.all(children.map(async (c) => ({ cases: await system.cases(c), interventions: await system.interventions(c) })));
    expect(sections.map((s) => s.cases?.items.map((a) => a.caseId))).toEqual([['Ä-000002'], [arendenSida2.arenden[0]?.arendeId], undefined]);
    expect(sections.map((s) => s.interventions?.items.map((i) => i.kind))).toEqual([['FAMILY_THERAPY'], ['CONTACT_FAMILY'], undefined]);
    // The child the case system does not know is not recorded, not an empty list.
    expect(sections[2]).toEqual({ cases: null, interventions: null });
    expect(calls.map((c) => `${c.path} ${c.params.sida}`).sort()).toEqual(['arenden', 'insatser', 'klienter'].flatMap((l) => [`/api/v1/${l} 1`, `/api/v1/${l} 2`]));
    expect(new Set(calls.map((c) => c.params.personnummer))).toEqual(new Set([children.join(',')]));
    expect(calls.every((c) => c.params.perSida === pageSize)).toBe(true);
  });

  it('fails, never answering part of the list, when the system still has more after the most pages it follows', async () => {
    const { http, calls } = recordedSystem((_, p) => ({ sida: p.sida, perSida: 1, totaltAntal: 1000, arenden: [], klienter: [] }));
    await expect(caseSystem(http).cases(children[0] as string)).rejects.toThrow(`still more after ${maxPages} pages`);
    expect(calls.filter((c) => c.path === '/api/v1/arenden')).toHaveLength(maxPages);
  });

  it('fails on a page that says it holds no rows, which would never end', async () => {
    const { http } = recordedSystem((_, p) => ({ sida: p.sida, perSida: 0, totaltAntal: 3, arenden: [], klienter: [] }));
    await expect(caseSystem(http).cases(children[0] as string)).rejects.toThrow('says perSida 0');
  });
});
