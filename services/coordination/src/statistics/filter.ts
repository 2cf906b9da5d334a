import { checkThreshold, envNumber, type Identity, todayInSweden } from '@lotsen/kit';
import { badInput, forbidden } from '../graphql/errors.js';

export interface StatisticsFilter {
  from: string;
  to: string;
  /** The municipality asked for, within the caller's coverage. */
  municipality: string | null;
  /**
   * The municipalities the caller's organisation covers (docs/tenancy.md): an analyst's figures
   * count only families living there. Absent or null: not bound by an organisation (a team lead's
   * figures are bound by their own team).
   */
  coverage?: readonly string[] | null;
  teamId: string | null;
  /** The day statuses are taken on: the period's last day, or today if that is sooner. */
  asOf: string;
  threshold: number;
  /** From this age a child's own consent is required (the consent policy's), as statuses are counted. */
  childConsentAge: number;
}

const maxQuarters = 8;

/** The smallest count shown (STATISTICS_MIN_COUNT), checked once: never below three. */
export const statisticsThreshold = () => checkThreshold(envNumber('STATISTICS_MIN_COUNT', 5));

const isQuarterStart = (d: string) => /^\d{4}-(01|04|07|10)-01$/.test(d);
const isQuarterEnd = (d: string) => /^\d{4}-(03-31|06-30|09-30|12-31)$/.test(d);
const quarterIndex = (d: string) => Number(d.slice(0, 4)) * 4 + Math.floor((Number(d.slice(5, 7)) - 1) / 3);

/**
 * Who may have statistics and of what (docs/analysts.md): analysts of the municipalities their
 * organisation covers (docs/tenancy.md), a team lead of their own team only. Periods are whole quarters and groups a municipality or a team, fixed
 * boundaries so that answers to overlapping filters cannot be subtracted down to a few people.
 */
export type FilterInput = { from?: string | null; to?: string | null; lastQuarters?: number | null; municipality?: string | null; teamId?: string | null };

/** The last `n` quarters up to the present one's end. */
function lastQuarters(n: number, today: string): { from: string; to: string } {
  if (!Number.isInteger(n) || n < 1 || n > maxQuarters) throw badInput(`lastQuarters: 1 till ${maxQuarters} / 1 to ${maxQuarters}`);
  const present = quarterIndex(today);
  const first = present - n + 1;
  const start = (q: number) => `${Math.floor(q / 4)}-${String((q % 4) * 3 + 1).padStart(2, '0')}-01`;
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  return { from: start(first), to: `${Math.floor(present / 4)}-${ends[present % 4]}` };
}

/** The municipalities whose families an answer counts: the one asked for, else the caller's coverage; null for no bound. */
export const countedMunicipalities = (f: StatisticsFilter): readonly string[] | null => (f.municipality ? [f.municipality] : (f.coverage ?? null));

/** `coverage`: the municipalities the caller's organisation covers (tenancy/coverage.ts), read for an analyst. */
export function statisticsFilter(identity: Identity, input: FilterInput, now: Date, childConsentAge: number, coverage: readonly string[]): StatisticsFilter {
  if (identity.role !== 'ANALYST' && identity.role !== 'TEAM_LEAD') throw forbidden('Statistiken är för analytiker och teamledare / statistics are for analysts and team leads');
  const today = todayInSweden(now);
  const given = input.from != null || input.to != null;
  if (given === (input.lastQuarters != null)) throw badInput('Ange antingen from och to eller lastQuarters / give either from and to, or lastQuarters');
  const { from, to } = given ? { from: input.from ?? '', to: input.to ?? '' } : lastQuarters(input.lastQuarters as number, today);
  if (!isQuarterStart(from)) throw badInput('from: första dagen i ett kvartal, t.ex. 2026-01-01 / the first day of a quarter');
  if (!isQuarterEnd(to)) throw badInput('to: sista dagen i ett kvartal, t.ex. 2026-12-31 / the last day of a quarter');
  const quarters = quarterIndex(to) - quarterIndex(from) + 1;
  if (quarters < 1 || quarters > maxQuarters) throw badInput(`Perioden är ett till ${maxQuarters} kvartal / the period is one to ${maxQuarters} quarters`);
  let teamId = input.teamId ?? null;
  const municipality = input.municipality?.trim() || null;
  if (identity.role === 'TEAM_LEAD') {
    if (teamId && teamId !== identity.teamId) throw forbidden('En teamledare ser sitt eget teams statistik / a team lead sees their own team');
    teamId = identity.teamId;
  } else {
    // An analyst counts only families living where their organisation covers; none without one.
    if (coverage.length === 0) throw forbidden('Din inloggning anger ingen kommun eller region som du tar fram statistik för. Kontakta den som ger behörigheter. / your sign-in names no organisation');
    if (municipality && !coverage.includes(municipality))
      throw forbidden(`Du tar fram statistik för ${coverage.join(', ')}, inte för ${municipality}. / the municipality is outside your organisation`);
  }
  return {
    from,
    to,
    municipality,
    coverage: identity.role === 'TEAM_LEAD' ? null : coverage,
    teamId,
    asOf: [to, today].sort()[0] as string,
    threshold: statisticsThreshold(),
    childConsentAge,
  };
}
