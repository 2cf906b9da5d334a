import { type Population, SimulatorControl } from '@lotsen/agency-systems';
import { type HttpRequest, json, type Routes } from '@lotsen/kit';
import type { DeltagareSvar } from '../vendor-api.js';
import { type Participation, participations } from './participation.js';
import { pageOf, personnummerOf } from './refusal.js';

export interface SimulatorOptions {
  /** Its test double's control (counters, faults); a fresh one when left out. */
  control?: SimulatorControl;
}

/**
 * Arbetsmarknadsenheten's participant system, vendor style (docs/agencies.md, "Employment
 * support"): participants looked up by up to 50 personnummer at once, and their measures and
 * occupation periods listed for as many, paged with `sida` / `perSida`.
 */
export function simulatorRoutes(population: Population, options: SimulatorOptions = {}): { routes: Routes; control: SimulatorControl } {
  const control = options.control ?? new SimulatorControl('employment-service');
  const byPersonnummer = new Map(participations(population).map((p) => [p.deltagare.personnummer, p]));
  const known = (pnrs: string[]) => pnrs.flatMap((p) => byPersonnummer.get(p) ?? []);

  /** A list endpoint: the rows of the people named, in the order named, one page of them. */
  const list =
    <T>(field: string, rows: (p: Participation) => T[]) =>
    (req: HttpRequest) => {
      const pnrs = personnummerOf(req.query);
      if (!Array.isArray(pnrs)) return pnrs;
      const page = pageOf(req.query);
      if ('status' in page) return page;
      const all = known(pnrs).flatMap((p) => rows(p));
      return json(200, { ...page, totaltAntal: all.length, [field]: all.slice((page.sida - 1) * page.perSida, page.sida * page.perSida) });
    };

  const routes: Routes = {
    'GET /api/v1/deltagare': (req) => {
      const pnrs = personnummerOf(req.query);
      if (!Array.isArray(pnrs)) return pnrs;
      return json(200, { deltagare: known(pnrs).map((p) => p.deltagare) } satisfies DeltagareSvar);
    },
    'GET /api/v1/insatser': list('insatser', (p) => p.insatser),
    'GET /api/v1/sysselsattning': list('perioder', (p) => p.perioder),
  };
  return { routes: control.routes(routes), control };
}
