import { json, type Routes } from '@lotsen/kit';
import { type Child, households, type Population, type SocialRecord } from '../population/types.js';
import { badRequest, listParam, SimulatorControl } from '../simulator/control.js';
import { type CountingSystemOptions, freshSecret, recordKeys } from '../simulator/record-keys.js';
import { interventionReport } from './intervention-report.js';

const insatstyp: Record<SocialRecord['interventions'][number]['kind'], string> = {
  FAMILY_THERAPY: 'Familjebehandling',
  HOUSING_SUPPORT: 'Boendestöd',
  CONTACT_PERSON: 'Kontaktperson',
  CONTACT_FAMILY: 'Kontaktfamilj',
};

export const maxPerPage = 100;

/**
 * Social services case system, vendor style: Swedish field names, its own client ids
 * (klientId), lists filtered by many personal identity numbers, paged with sida/perSida; and a
 * statistics report whose every count comes with the sum of its children's record keys, derived
 * with the system's own statistics secret.
 */
export function caseSystemRoutes(population: Population, options: CountingSystemOptions = {}): { routes: Routes; control: SimulatorControl } {
  const control = options.control ?? new SimulatorControl('case-system');
  const clients = new Map<string, Child & { social: SocialRecord }>();
  for (const family of households(population)) {
    for (const child of family.children) if (child.social) clients.set(child.personnummer, child as Child & { social: SocialRecord });
  }

  const report = interventionReport(clients, recordKeys(options.statisticsSecret ?? freshSecret()));

  /** Shared by every list endpoint: filter by personnummer, then page. */
  const list =
    <T>(name: string, rows: (c: Child & { social: SocialRecord }) => T[]) =>
    (req: { query: URLSearchParams }) => {
      const pnrs = listParam(req.query, 'personnummer');
      if (pnrs.length === 0) return badRequest('personnummer krävs');
      const sida = Number(req.query.get('sida') ?? '1');
      const perSida = Number(req.query.get('perSida') ?? String(maxPerPage));
      if (!Number.isInteger(sida) || sida < 1 || !Number.isInteger(perSida) || perSida < 1 || perSida > maxPerPage) return badRequest(`sida >= 1 och perSida 1-${maxPerPage}`);
      const all = pnrs.flatMap((p) => {
        const c = clients.get(p);
        return c ? rows(c) : [];
      });
      return json(200, { sida, perSida, totaltAntal: all.length, [name]: all.slice((sida - 1) * perSida, sida * perSida) });
    };

  const routes: Routes = {
    'GET /api/v1/klienter': list('klienter', (c) => [{ klientId: c.social.clientId, personnummer: c.personnummer, fornamn: c.givenName, efternamn: c.familyName }]),
    'GET /api/v1/arenden': list('arenden', (c) =>
      c.social.cases.map((a) => ({
        arendeId: a.caseId,
        klientId: c.social.clientId,
        personnummer: c.personnummer,
        rubrik: a.subject,
        oppnat: a.openedOn,
        status: a.status === 'OPEN' ? 'Öppet' : 'Avslutat',
        handlaggare: { namn: a.caseworker.name, telefon: a.caseworker.phone },
      })),
    ),
    'GET /api/v1/insatser': list('insatser', (c) =>
      c.social.interventions.map((i) => ({
        insatsId: i.id,
        klientId: c.social.clientId,
        personnummer: c.personnummer,
        insatstyp: insatstyp[i.kind],
        startdatum: i.startDate,
        slutdatum: i.endDate,
        utforare: i.provider,
      })),
    ),
    // The case system's report for follow-up statistics: interventions of the clients named, by
    // kind, with how many children and days, in one call however many; nothing per client. Each
    // count comes with its children's key sum (nyckelsumma), and the children named (urval) too.
    'POST /api/v1/statistik/insatser': (req) => {
      const body = JSON.parse(req.body || '{}') as { personnummer?: unknown; till?: unknown } | null;
      if (!Array.isArray(body?.personnummer) || body.personnummer.some((p) => typeof p !== 'string')) return badRequest('personnummer: en lista krävs');
      if (typeof body.till !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(body.till)) return badRequest('till: ett datum krävs');
      const { named, lines } = report(body.personnummer as string[], body.till);
      return json(200, {
        urval: { barn: named.children, nyckelsumma: named.keySum },
        rader: lines.map((r) => ({
          insatstyp: insatstyp[r.kind],
          insatser: r.interventions,
          barn: r.children,
          nyckelsumma: r.keySum,
          dagar: r.days,
          flestDagarEttBarn: r.mostDaysOfOneChild,
        })),
      });
    },
  };
  return { routes: control.routes(routes), control };
}
