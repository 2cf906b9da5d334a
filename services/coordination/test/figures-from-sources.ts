// The analysts' figures computed plainly from the source tables, joined and aggregated per
// question, as they were counted before the statistics facts (migration 011): the reference the
// facts are held to in statistics-facts.test.ts.
import { type Counted, keySum, type Queryable } from '@lotsen/kit';
import { type AreaFigure, byKey, countedOf, type DaysFigure, type MonthRow, meetingKinds, type Occupation, type Span, type StatusCounts, type StatusRow } from '../src/statistics/figures.js';
import { countedMunicipalities, type StatisticsFilter } from '../src/statistics/filter.js';

/**
 * The families a statistics answer counts: in coordination at some time in the period, in the
 * municipalities counted (where the family lives) and team asked for. Parameters $1 from, $2 to, $3 municipalities, $4 team.
 */
const counted = `counted AS (
  SELECT f.id, f.started_on, f.closed_on, f.first_contact_on, f.record_key
  FROM families f
  WHERE f.started_on <= $2::date AND (f.closed_on IS NULL OR f.closed_on >= $1::date)
    AND ($4::text IS NULL OR f.team_id = $4)
    AND ($3::text[] IS NULL OR f.municipality = ANY($3::text[]))
)`;

const params = (f: StatisticsFilter, ...more: unknown[]) => [f.from, f.to, countedMunicipalities(f), f.teamId, ...more];
const n = (v: unknown) => Number(v ?? 0);
/** A parent's record key as migration 012 derives it from the family's. */
const parentKey = (familyKey: string, parent: string) => `((${familyKey}::numeric * 2654435761 + ${parent}::numeric * 2246822519) % 4294967296)`;

export async function familySpans(db: Queryable, f: StatisticsFilter): Promise<{ families: Span; children: Span }> {
  const [row] = await db.query<Record<string, unknown>>(
    `WITH ${counted}, kids AS (SELECT c.started_on, c.closed_on, p.record_key FROM counted c JOIN family_members m ON m.family_id = c.id AND m.role = 'CHILD'
       JOIN persons p ON p.personnummer = m.personnummer)
     SELECT
       (SELECT count(*) FROM counted WHERE started_on >= $1::date) AS families_started,
       (SELECT count(*) FROM counted WHERE closed_on IS NULL OR closed_on > $2::date) AS families_ongoing,
       (SELECT count(*) FROM counted WHERE closed_on <= $2::date) AS families_closed,
       (SELECT count(*) FROM kids WHERE started_on >= $1::date) AS children_started,
       (SELECT count(*) FROM kids WHERE closed_on IS NULL OR closed_on > $2::date) AS children_ongoing,
       (SELECT count(*) FROM kids WHERE closed_on <= $2::date) AS children_closed,
       (SELECT sum(record_key) FROM counted WHERE started_on >= $1::date) AS families_started_keys,
       (SELECT sum(record_key) FROM counted WHERE closed_on IS NULL OR closed_on > $2::date) AS families_ongoing_keys,
       (SELECT sum(record_key) FROM counted WHERE closed_on <= $2::date) AS families_closed_keys,
       (SELECT sum(record_key) FROM kids WHERE started_on >= $1::date) AS children_started_keys,
       (SELECT sum(record_key) FROM kids WHERE closed_on IS NULL OR closed_on > $2::date) AS children_ongoing_keys,
       (SELECT sum(record_key) FROM kids WHERE closed_on <= $2::date) AS children_closed_keys`,
    params(f),
  );
  const one = (prefix: string, part: string) => countedOf(row, `${prefix}_${part}`, `${prefix}_${part}_keys`);
  const span = (prefix: string): Span => ({ started: one(prefix, 'started'), ongoing: one(prefix, 'ongoing'), closed: one(prefix, 'closed') });
  return { families: span('families'), children: span('children') };
}

/**
 * Whether every party consent/status.ts requires has given consent by the day asked ($5), on the
 * parties as recorded: every recorded guardian, at least one (`guardians_gave`, kept on the
 * consent by migration 010), and the child once old enough ($6, the policy's age, in whole years
 * as ageOn counts them; `child` is the child's row of persons). One statement of the rule for the
 * statuses counted and for the cohorts the agencies count; a test holds it to status.ts.
 */
const requiredPartiesGave = `c.guardians_gave AND (c.child_gave OR extract(year FROM age($5::date, child.birth_date)) < $6::int)`;

/** A consent's status on the day asked ($5), from what is stored (parties as recorded). */
const statusOn = `CASE
  WHEN c.revoked_at IS NOT NULL AND (c.revoked_at AT TIME ZONE 'Europe/Stockholm')::date <= $5::date THEN 'REVOKED'
  WHEN c.valid_until < $5::date THEN 'EXPIRED'
  WHEN c.valid_from > $5::date OR NOT (${requiredPartiesGave}) THEN 'PENDING'
  ELSE 'ACTIVE' END`;

const consentsOfCounted = `FROM consents c JOIN persons child ON child.personnummer = c.child_personnummer AND c.subject_personnummer IS NULL
  JOIN family_members m ON m.personnummer = c.child_personnummer JOIN counted ON counted.id = m.family_id
  WHERE (c.recorded_at AT TIME ZONE 'Europe/Stockholm')::date <= $5::date`;

export async function consentsByPurpose(db: Queryable, f: StatisticsFilter, purposes: readonly string[]): Promise<Map<string, StatusCounts>> {
  const rows = await db.query<StatusRow>(
    `WITH ${counted} SELECT c.purpose AS key, ${statusOn} AS status, count(*) AS n, sum(c.record_key) AS keys ${consentsOfCounted} GROUP BY 1, 2`,
    params(f, f.asOf, f.childConsentAge),
  );
  return byKey(rows, purposes);
}

export async function consentsByAgency(db: Queryable, f: StatisticsFilter, agencies: readonly string[]): Promise<Map<string, StatusCounts>> {
  // Each consent's covered agencies are kept on it (migration 009): one row per consent and agency.
  const rows = await db.query<StatusRow>(
    `WITH ${counted} SELECT agency AS key, status, count(*) AS n, sum(record_key) AS keys
     FROM (SELECT unnest(c.agencies) AS agency, ${statusOn} AS status, c.record_key ${consentsOfCounted}) covered GROUP BY 1, 2`,
    params(f, f.asOf, f.childConsentAge),
  );
  return byKey(rows, agencies);
}

/** Days from first contact to a first event, for the families started in the period: counted, mean and median in the store. */
export async function daysFromFirstContact(db: Queryable, f: StatisticsFilter, to: 'FIRST_MEETING' | 'AGREED_SIP'): Promise<DaysFigure> {
  const reached =
    to === 'FIRST_MEETING'
      ? '(SELECT min(mt.date) FROM meetings mt WHERE mt.family_id = counted.id AND mt.date >= counted.first_contact_on AND mt.date <= $2::date)'
      : "(SELECT p.created_on FROM sip_plans p WHERE p.family_id = counted.id AND p.status IN ('ACTIVE', 'CLOSED') AND p.created_on <= $2::date)";
  const [row] = await db.query<Record<string, unknown>>(
    `WITH ${counted}, waited AS (SELECT (${reached} - counted.first_contact_on) AS days, counted.record_key FROM counted WHERE counted.started_on >= $1::date AND counted.first_contact_on IS NOT NULL)
     SELECT count(days) AS families, sum(record_key) AS keys, sum(days) AS sum, max(abs(days)) AS longest,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median FROM waited WHERE days IS NOT NULL`,
    params(f),
  );
  return { families: countedOf(row, 'families', 'keys'), sum: n(row?.sum), longest: n(row?.longest), median: n(row?.median) };
}

export async function meetingsPerMonth(db: Queryable, f: StatisticsFilter): Promise<MonthRow[]> {
  const [meetings, families] = await Promise.all([
    db.query<{ month: string; kind: string; n: unknown; keys: unknown }>(
      `WITH ${counted} SELECT to_char(mt.date, 'YYYY-MM') AS month, mt.kind, count(*) AS n, sum(mt.record_key) AS keys
       FROM meetings mt JOIN counted ON counted.id = mt.family_id WHERE mt.date BETWEEN $1::date AND $2::date GROUP BY 1, 2`,
      params(f),
    ),
    db.query<{ month: string; n: unknown; keys: unknown }>(
      `WITH ${counted}, months AS (SELECT generate_series($1::date, $2::date, interval '1 month')::date AS first)
       SELECT to_char(months.first, 'YYYY-MM') AS month, count(counted.id) AS n, coalesce(sum(counted.record_key), 0) AS keys FROM months
       LEFT JOIN counted ON counted.started_on <= (months.first + interval '1 month' - interval '1 day')::date AND (counted.closed_on IS NULL OR counted.closed_on >= months.first)
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

/** Each family's first and latest rating per area (sorted once), summed up in the store: four rows, whatever the population. */
export async function followUpRatings(db: Queryable, f: StatisticsFilter, areas: readonly string[]): Promise<AreaFigure[]> {
  const rows = await db.query<Record<string, unknown> & { area: string }>(
    `WITH ${counted}, rated AS (
       SELECT u.area, counted.record_key, array_agg(u.rating ORDER BY u.date, u.id) AS r
       FROM follow_ups u JOIN counted ON counted.id = u.family_id WHERE u.date <= $2::date GROUP BY u.family_id, u.area, counted.record_key)
     SELECT area, count(*) AS families, sum(record_key) AS families_keys, sum(r[1]) AS at_start,
       count(*) FILTER (WHERE cardinality(r) >= 2) AS followed_up, sum(record_key) FILTER (WHERE cardinality(r) >= 2) AS followed_up_keys,
       sum(r[cardinality(r)]) FILTER (WHERE cardinality(r) >= 2) AS latest,
       sum(r[cardinality(r)] - r[1]) FILTER (WHERE cardinality(r) >= 2) AS change,
       greatest(max(r[1]), max(r[cardinality(r)])) AS largest,
       max(abs(r[cardinality(r)] - r[1])) FILTER (WHERE cardinality(r) >= 2) AS largest_change
     FROM rated GROUP BY area`,
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

/** Parents by their first and latest occupation record up to the period's end: a count per pair, at most 25 rows. */
export async function parentsOccupation(db: Queryable, f: StatisticsFilter): Promise<{ first: Occupation; latest: Occupation; parents: Counted }[]> {
  const rows = await db.query<{ first: Occupation; latest: Occupation; parents: unknown; keys: unknown }>(
    `WITH ${counted}, records AS (
       SELECT ${parentKey('counted.record_key', 'o.parent')} AS record_key, array_agg(o.occupation ORDER BY o.recorded_on) AS r
       FROM occupation_records o JOIN counted ON counted.id = o.family_id WHERE o.recorded_on <= $2::date GROUP BY o.family_id, o.parent, counted.record_key)
     SELECT r[1] AS first, r[cardinality(r)] AS latest, count(*) AS parents, sum(record_key) AS keys FROM records GROUP BY 1, 2`,
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
  // In force on the day asked, written as plain conditions (not the status CASE) so that the
  // planner sees how many there are: a region's cohort is joined, not looked up one by one.
  const rows = await db.query<{ category: string; personnummer: string; month: string }>(
    `WITH ${counted}, following AS (
       SELECT c.id, c.child_personnummer FROM consents c JOIN persons child ON child.personnummer = c.child_personnummer AND c.subject_personnummer IS NULL
       WHERE c.purpose = 'FOLLOW_UP' AND (c.recorded_at AT TIME ZONE 'Europe/Stockholm')::date <= $5::date
         AND (c.revoked_at IS NULL OR (c.revoked_at AT TIME ZONE 'Europe/Stockholm')::date > $5::date)
         AND c.valid_from <= $5::date AND c.valid_until >= $5::date
         AND ${requiredPartiesGave})
     SELECT DISTINCT s.category, following.child_personnummer AS personnummer, to_char(counted.started_on, 'YYYY-MM') AS month
     FROM following JOIN consent_scope s ON s.consent_id = following.id AND s.category = ANY($7::text[])
       JOIN family_members m ON m.personnummer = following.child_personnummer JOIN counted ON counted.id = m.family_id
     ORDER BY 1, 3, 2`,
    params(f, f.asOf, f.childConsentAge, categories),
  );
  const byCategory = new Map<string, Record<string, string[]>>();
  for (const r of rows) {
    const months = byCategory.get(r.category) ?? {};
    const children = months[r.month] ?? [];
    children.push(r.personnummer);
    months[r.month] = children;
    byCategory.set(r.category, months);
  }
  return byCategory;
}
