import { json, normalisePersonnummer, type Routes } from '@lotsen/kit';
import { type Child, households, type Population, type SocialRecord } from '../population/types.js';
import { badRequest, listParam, SimulatorControl } from '../simulator/control.js';
import { ForcedPageSize } from '../simulator/forced-page-size.js';
import { type CountingSystemOptions, freshSecret, recordKeys } from '../simulator/record-keys.js';
import { interventionReport } from './intervention-report.js';

const insatstyp: Record<SocialRecord['interventions'][number]['kind'], string> = {
  FAMILY_THERAPY: 'Familjebehandling',
  HOUSING_SUPPORT: 'Boendestöd',
  CONTACT_PERSON: 'Kontaktperson',
  CONTACT_FAMILY: 'Kontaktfamilj',
};

export const maxPerPage = 100;

const listParameters = new Set(['personnummer', 'sida', 'perSida']);

/** A real calendar day written YYYY-MM-DD. */
const isDate = (text: string) => {
  const day = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
};

export interface CaseSystemOptions extends CountingSystemOptions {
  /** The most rows a page holds whatever `perSida` asks (a paging server's); also `PUT /_sim/paging` at run time. */
  maxPageSize?: number;
}

/** A whole number written as digits only ("1", not "1.0" or " 1"). */
const wholeNumber = (text: string | null, fallback: number) => (text === null ? fallback : /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN);
const quoted = (value: unknown) => JSON.stringify(value)?.slice(0, 40) ?? String(value);
/** The personnummer of a request that are not 12-digit personnummer or samordningsnummer with a valid date and check digit. */
const invalidPersonnummer = (pnrs: readonly unknown[]) => pnrs.filter((p) => typeof p !== 'string' || normalisePersonnummer(p) !== p);

/**
 * Social services case system, vendor style: Swedish field names, its own client ids
 * (klientId), lists filtered by many personal identity numbers, paged with sida/perSida; and a
 * statistics report whose every count comes with the sum of its children's record keys, derived
 * with the system's own statistics secret. Every input is checked, and every error is answered as
 * `{ code, message }` with the message naming the parameter and what was given
 * (docs/agency-systems.md, "Case system").
 */
export function caseSystemRoutes(population: Population, options: CaseSystemOptions = {}): { routes: Routes; control: SimulatorControl } {
  const control = options.control ?? new SimulatorControl('case-system');
  const pageSize = new ForcedPageSize(options.maxPageSize);
  const clients = new Map<string, Child & { social: SocialRecord }>();
  for (const family of households(population)) {
    for (const child of family.children) if (child.social) clients.set(child.personnummer, child as Child & { social: SocialRecord });
  }

  const report = interventionReport(clients, recordKeys(options.statisticsSecret ?? freshSecret()));

  /** Shared by every list endpoint: filter by personnummer, then page (the forced page size caps perSida, and the answer says so). */
  const list =
    <T>(name: string, rows: (c: Child & { social: SocialRecord }) => T[]) =>
    (req: { query: URLSearchParams }) => {
      const unknown = [...new Set(req.query.keys())].filter((k) => !listParameters.has(k));
      if (unknown.length > 0) return badRequest(`unknown parameter ${unknown.join(', ')}: the list takes personnummer, sida and perSida`);
      const pnrs = listParam(req.query, 'personnummer');
      if (pnrs.length === 0) return badRequest('personnummer: one or more are required (comma-separated or repeated)');
      const invalid = invalidPersonnummer(pnrs);
      if (invalid.length > 0) return badRequest(`personnummer: ${quoted(invalid[0])} is not a personnummer or samordningsnummer of 12 digits`);
      const sida = wholeNumber(req.query.get('sida'), 1);
      if (!(sida >= 1)) return badRequest(`sida: a whole number from 1 is required, not ${quoted(req.query.get('sida'))}`);
      const asked = wholeNumber(req.query.get('perSida'), maxPerPage);
      if (!(asked >= 1 && asked <= maxPerPage)) return badRequest(`perSida: a whole number from 1 to ${maxPerPage} is required, not ${quoted(req.query.get('perSida'))}`);
      const perSida = Math.min(asked, pageSize.value ?? maxPerPage);
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
      let body: { personnummer?: unknown; till?: unknown } | null;
      try {
        body = JSON.parse(req.body || '{}') as typeof body;
      } catch {
        return badRequest('the body is not JSON');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return badRequest('the body must be an object { personnummer, till }');
      if (!Array.isArray(body.personnummer)) return badRequest('personnummer: a list is required');
      // A region's cohort names 100,000 children: their form is checked, not each date and check digit (20 µs each).
      const malformed = body.personnummer.find((p) => typeof p !== 'string' || !/^\d{12}$/.test(p));
      if (malformed !== undefined) return badRequest(`personnummer: ${quoted(malformed)} is not 12 digits`);
      if (typeof body.till !== 'string' || !isDate(body.till)) return badRequest(`till: a date (YYYY-MM-DD) is required, not ${quoted(body.till)}`);
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
  const notFound = (req: { method: string; path: string }) => json(404, { code: 'NOT_FOUND', message: `no such resource: ${req.method} ${req.path}` });
  return { routes: { ...control.routes(routes), ...pageSize.routes(), 'GET /api/v1/*': notFound, 'POST /api/v1/*': notFound, 'PUT /api/v1/*': notFound, 'DELETE /api/v1/*': notFound }, control };
}
