import { type Counted, keySum, type Queryable } from '@lotsen/kit';
import { countedMunicipalities, type StatisticsFilter } from './filter.js';

/**
 * Whether a fact row's family is counted by a statistics answer: in coordination at some time in
 * the period, of the team asked for, living in the municipalities counted (the one asked for, or
 * every one the caller's organisation covers: docs/tenancy.md). Each table of facts (migration
 * 011) carries its family's id, team and span. Parameters $1 from, $2 to, $3 municipalities
 * (null: not bound by an organisation, as a team lead's own team), $4 team: `params` gives them.
 */
export const counted = (row: string) => `${row}.started_on <= $2::date AND (${row}.closed_on IS NULL OR ${row}.closed_on >= $1::date)
    AND ($4::text IS NULL OR ${row}.team_id = $4)
    AND ($3::text[] IS NULL OR ${row}.family_id IN (SELECT lives.id FROM families lives WHERE lives.municipality = ANY($3::text[])))`;

export const params = (f: StatisticsFilter, ...more: unknown[]) => [f.from, f.to, countedMunicipalities(f), f.teamId, ...more];
const n = (v: unknown) => Number(v ?? 0);
/** A count and its record keys' sum from two columns of a row (docs/analysts.md, "Differencing"). */
export const countedOf = (row: Record<string, unknown> | undefined, count: string, keys: string): Counted => ({ n: n(row?.[count]), keys: keySum(row?.[keys]) });

export interface Span {
  started: Counted;
  ongoing: Counted;
  closed: Counted;
}

export async function familySpans(db: Queryable, f: StatisticsFilter): Promise<{ families: Span; children: Span }> {
  const [row] = await db.query<Record<string, unknown>>(
    `SELECT
       count(*) FILTER (WHERE f.started_on >= $1::date) AS families_started,
       count(*) FILTER (WHERE f.closed_on IS NULL OR f.closed_on > $2::date) AS families_ongoing,
       count(*) FILTER (WHERE f.closed_on <= $2::date) AS families_closed,
       sum(f.children) FILTER (WHERE f.started_on >= $1::date) AS children_started,
       sum(f.children) FILTER (WHERE f.closed_on IS NULL OR f.closed_on > $2::date) AS children_ongoing,
       sum(f.children) FILTER (WHERE f.closed_on <= $2::date) AS children_closed,
       sum(f.record_key) FILTER (WHERE f.started_on >= $1::date) AS families_started_keys,
       sum(f.record_key) FILTER (WHERE f.closed_on IS NULL OR f.closed_on > $2::date) AS families_ongoing_keys,
       sum(f.record_key) FILTER (WHERE f.closed_on <= $2::date) AS families_closed_keys,
       sum(f.children_keys) FILTER (WHERE f.started_on >= $1::date) AS children_started_keys,
       sum(f.children_keys) FILTER (WHERE f.closed_on IS NULL OR f.closed_on > $2::date) AS children_ongoing_keys,
       sum(f.children_keys) FILTER (WHERE f.closed_on <= $2::date) AS children_closed_keys
     FROM family_facts f WHERE ${counted('f')}`,
    params(f),
  );
  const one = (prefix: string, part: string) => countedOf(row, `${prefix}_${part}`, `${prefix}_${part}_keys`);
  const span = (prefix: string): Span => ({ started: one(prefix, 'started'), ongoing: one(prefix, 'ongoing'), closed: one(prefix, 'closed') });
  return { families: span('families'), children: span('children') };
}

export const consentStatuses = ['ACTIVE', 'PENDING', 'EXPIRED', 'REVOKED'] as const;
export type StatusCounts = Record<(typeof consentStatuses)[number], Counted>;

/**
 * Whether every party consent/status.ts requires has given consent by the day asked ($5), on the
 * parties as recorded: every recorded guardian, at least one (`guardians_gave`, kept on the
 * consent by migration 010), and the child once old enough ($6, the policy's age, in whole years
 * as ageOn counts them: under it while born after the day that many years before). One statement
 * of the rule for the statuses counted and for the cohorts the agencies count, on `consent_facts`
 * (migration 011); a test holds it to status.ts.
 */
const requiredPartiesGave = `c.guardians_gave AND (c.child_gave OR c.child_birth_date > ($5::date - make_interval(years => $6::int))::date)`;

/** A consent's status on the day asked ($5), from what is stored (parties as recorded). */
const statusOn = `CASE
  WHEN c.revoked_on <= $5::date THEN 'REVOKED'
  WHEN c.valid_until < $5::date THEN 'EXPIRED'
  WHEN c.valid_from > $5::date OR NOT (${requiredPartiesGave}) THEN 'PENDING'
  ELSE 'ACTIVE' END`;

const consentsOfCounted = `FROM consent_facts c WHERE ${counted('c')} AND c.recorded_on <= $5::date`;

export type StatusRow = { key: string; status: string; n: unknown; keys: unknown };

export function byKey(rows: StatusRow[], keys: readonly string[]): Map<string, StatusCounts> {
  const none = { n: 0, keys: 0 };
  const table = new Map<string, StatusCounts>(keys.map((k) => [k, { ACTIVE: none, PENDING: none, EXPIRED: none, REVOKED: none }]));
  for (const r of rows) {
    const counts = table.get(r.key);
    if (counts) counts[r.status as keyof StatusCounts] = { n: n(r.n), keys: keySum(r.keys) };
  }
  return table;
}

export async function consentsByPurpose(db: Queryable, f: StatisticsFilter, purposes: readonly string[]): Promise<Map<string, StatusCounts>> {
  const rows = await db.query<StatusRow>(
    `SELECT c.purpose AS key, ${statusOn} AS status, count(*) AS n, sum(c.record_key) AS keys ${consentsOfCounted} GROUP BY 1, 2`,
    params(f, f.asOf, f.childConsentAge),
  );
  return byKey(rows, purposes);
}

export async function consentsByAgency(db: Queryable, f: StatisticsFilter, agencies: readonly string[]): Promise<Map<string, StatusCounts>> {
  // Each consent's covered agencies are kept on it (migration 009): one pass, a count per agency.
  const perAgency = agencies
    .map((_, i) => `count(*) FILTER (WHERE $${7 + i}::text = ANY(c.agencies)) AS "${i}", sum(c.record_key) FILTER (WHERE $${7 + i}::text = ANY(c.agencies)) AS "${i}_keys"`)
    .join(', ');
  const counts = await db.query<Record<string, unknown> & { status: string }>(
    `SELECT ${statusOn} AS status, ${perAgency} ${consentsOfCounted} GROUP BY 1`,
    params(f, f.asOf, f.childConsentAge, ...agencies),
  );
  const rows = counts.flatMap((r) => agencies.map((key, i) => ({ key, status: r.status, n: r[String(i)], keys: r[`${i}_keys`] })));
  return byKey(rows, agencies);
}

export interface DaysFigure {
  families: Counted;
  /** The days waited, summed, and the longest wait: a mean's magnitude and its noise's scale. */
  sum: number;
  longest: number;
  median: number;
}

/** Days from first contact to a first event, for the families started in the period: counted, summed and median in the store. */
export async function daysFromFirstContact(db: Queryable, f: StatisticsFilter, to: 'FIRST_MEETING' | 'AGREED_SIP'): Promise<DaysFigure> {
  const reached = to === 'FIRST_MEETING' ? 'f.first_meeting_on' : 'f.agreed_sip_on';
  const [row] = await db.query<Record<string, unknown>>(
    `WITH waited AS (SELECT ${reached} - f.first_contact_on AS days, f.record_key FROM family_facts f
       WHERE ${counted('f')} AND f.started_on >= $1::date AND f.first_contact_on IS NOT NULL AND ${reached} <= $2::date)
     SELECT count(days) AS families, sum(record_key) AS keys, sum(days) AS sum, max(abs(days)) AS longest,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median FROM waited`,
    params(f),
  );
  return { families: countedOf(row, 'families', 'keys'), sum: n(row?.sum), longest: n(row?.longest), median: n(row?.median) };
}

export const meetingKinds = ['COORDINATION', 'SIP', 'FOLLOW_UP', 'JOINT_HOME_VISIT', 'CHECK_IN'] as const;

export interface MonthRow {
  month: string;
  byKind: Record<(typeof meetingKinds)[number], Counted>;
  families: Counted;
}

export async function meetingsPerMonth(db: Queryable, f: StatisticsFilter): Promise<MonthRow[]> {
  const [meetings, families] = await Promise.all([
    db.query<{ month: string; kind: string; n: unknown; keys: unknown }>(
      `SELECT to_char(mt.month, 'YYYY-MM') AS month, mt.kind, sum(mt.meetings) AS n, sum(mt.meeting_keys) AS keys
       FROM meeting_facts mt WHERE mt.month BETWEEN $1::date AND $2::date AND ${counted('mt')} GROUP BY 1, 2`,
      params(f),
    ),
    db.query<{ month: string; n: unknown; keys: unknown }>(
      // The counted families by the months they began and ended (a few hundred rows), then by month.
      `WITH spans AS (
         SELECT date_trunc('month', f.started_on)::date AS began, date_trunc('month', f.closed_on)::date AS ended, count(*) AS n, sum(f.record_key) AS keys
         FROM family_facts f WHERE ${counted('f')} GROUP BY 1, 2),
       months AS (SELECT generate_series($1::date, $2::date, interval '1 month')::date AS first)
       SELECT to_char(months.first, 'YYYY-MM') AS month, coalesce(sum(spans.n), 0) AS n, coalesce(sum(spans.keys), 0) AS keys FROM months
       LEFT JOIN spans ON spans.began <= months.first AND (spans.ended IS NULL OR spans.ended >= months.first)
       GROUP BY 1 ORDER BY 1`,
      params(f),
    ),
  ]);
  return families.map((m) => {
    const byKind = Object.fromEntries(
      meetingKinds.map((k) => {
        const r = meetings.find((x) => x.month === m.month && x.kind === k);
        return [k, { n: n(r?.n), keys: keySum(r?.keys) }];
      }),
    ) as MonthRow['byKind'];
    return { month: m.month, byKind, families: { n: n(m.n), keys: keySum(m.keys) } };
  });
}

export interface AreaFigure {
  area: string;
  /** Families rated at least once, and the sum of their first ratings. */
  families: Counted;
  atStart: number;
  /** Families rated twice or more, the sums of their latest ratings and of the changes. */
  followedUp: Counted;
  latest: number;
  change: number;
  /** The largest rating, and the largest change in size: the scale of the sums' noise. */
  largest: number;
  largestChange: number;
}

/** Each family's ratings per area as they stood at the period's end (migration 011), summed up in the store: four rows, whatever the population. */
export async function followUpRatings(db: Queryable, f: StatisticsFilter, areas: readonly string[]): Promise<AreaFigure[]> {
  const rows = await db.query<Record<string, unknown> & { area: string }>(
    `SELECT u.area, count(*) AS families, sum(u.record_key) AS families_keys, sum(u.first_rating) AS at_start,
       count(*) FILTER (WHERE u.ratings >= 2) AS followed_up, sum(u.record_key) FILTER (WHERE u.ratings >= 2) AS followed_up_keys,
       sum(u.latest_rating) FILTER (WHERE u.ratings >= 2) AS latest,
       sum(u.latest_rating - u.first_rating) FILTER (WHERE u.ratings >= 2) AS change,
       greatest(max(u.first_rating), max(u.latest_rating)) AS largest,
       max(abs(u.latest_rating - u.first_rating)) FILTER (WHERE u.ratings >= 2) AS largest_change
     FROM rating_facts u WHERE u.since <= $2::date AND (u.until IS NULL OR u.until > $2::date) AND ${counted('u')} GROUP BY u.area`,
    params(f),
  );
  return areas.map((area) => {
    const r = rows.find((x) => x.area === area);
    return {
      area,
      families: countedOf(r, 'families', 'families_keys'),
      atStart: n(r?.at_start),
      followedUp: countedOf(r, 'followed_up', 'followed_up_keys'),
      latest: n(r?.latest),
      change: n(r?.change),
      largest: n(r?.largest),
      largestChange: n(r?.largest_change),
    };
  });
}

export const occupations = ['WORK', 'STUDIES', 'SICK_LEAVE', 'UNEMPLOYED', 'OTHER'] as const;
export type Occupation = (typeof occupations)[number];

/** Parents by their first and latest occupation record up to the period's end: a count per pair, at most 25 rows. */
export async function parentsOccupation(db: Queryable, f: StatisticsFilter): Promise<{ first: Occupation; latest: Occupation; parents: Counted }[]> {
  const rows = await db.query<{ first: Occupation; latest: Occupation; parents: unknown; keys: unknown }>(
    `SELECT o.first_occupation AS first, o.latest_occupation AS latest, count(*) AS parents, sum(o.record_key) AS keys
     FROM occupation_facts o WHERE o.since <= $2::date AND (o.until IS NULL OR o.until > $2::date) AND ${counted('o')} GROUP BY 1, 2`,
    params(f),
  );
  return rows.map((r) => ({ first: r.first, latest: r.latest, parents: { n: n(r.parents), keys: keySum(r.keys) } }));
}

/**
 * The children of the counted families whose consent of purpose follow-up (uppföljning) covers
 * each of the categories asked, on the day asked, as recorded, by the month their family's
 * coordination began: the only children an agency figure counts.
 */
export async function followUpCohort(db: Queryable, f: StatisticsFilter, categories: readonly string[]): Promise<Map<string, Record<string, string[]>>> {
  // In force on the day asked: the status CASE's ACTIVE, written as plain conditions. Gathered
  // by category and month in the store, put in order here: a child may have two such consents.
  const rows = await db.query<{ category: string; month: string; children: string[] }>(
    `SELECT s.category, to_char(c.started_on, 'YYYY-MM') AS month, array_agg(c.child_personnummer) AS children
     FROM consent_facts c CROSS JOIN unnest(c.categories) AS s(category)
     WHERE c.purpose = 'FOLLOW_UP' AND ${counted('c')} AND c.recorded_on <= $5::date
       AND (c.revoked_on IS NULL OR c.revoked_on > $5::date)
       AND c.valid_from <= $5::date AND c.valid_until >= $5::date
       AND ${requiredPartiesGave} AND s.category = ANY($7::text[])
     GROUP BY 1, 2`,
    params(f, f.asOf, f.childConsentAge, categories),
  );
  const byCategory = new Map<string, Record<string, string[]>>();
  const inOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const r of rows.sort((a, b) => inOrder(a.category, b.category) || inOrder(a.month, b.month))) {
    const months = byCategory.get(r.category) ?? {};
    months[r.month] = [...new Set(r.children)].sort();
    byCategory.set(r.category, months);
  }
  return byCategory;
}
