import type { Population } from '@lotsen/agency-systems';
import type { Database } from '@lotsen/kit';
import { insertMany } from '@lotsen/kit';
import { DateTime } from 'luxon';
import { seedConsultations } from './consultations/seed-consultations.js';
import { seedSurveyAnswers } from './evaluation/seed-answers.js';
import { seedRepresentativesAndObstacles } from './representatives/seed.js';
import { seedSupportCatalogue } from './support-catalogue/seed-catalogue.js';
import { seedTenancy } from './tenancy/seed-tenancy.js';

/** Loads a synthetic population into an empty store, in one transaction. Returns false when data exists. */
export async function seed(db: Database, population: Population): Promise<boolean> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM teams');
  if ((row?.n ?? 0) > 0) return false;
  const { families } = population;
  await db.transaction(async (tx) => {
    // The statistics facts are computed once for every family at the end, not per statement of
    // every table (migration 011).
    await tx.query("SELECT set_config('lotsen.bulk_load', 'on', true)");
    await tx.query('INSERT INTO seed_info (seed, families, today) VALUES ($1, $2, $3)', [population.seed, families.length, population.today]);
    await insertMany(
      tx,
      'teams',
      population.teams.map((t) => ({ id: t.id, name: t.name, municipality: t.municipality })),
    );
    await seedTenancy(tx, population);
    await insertMany(
      tx,
      'users',
      population.users.map((u) => ({ username: u.username, name: u.name, role: u.role, team_id: u.teamId ?? null, agency: u.agency ?? null, personnummer: u.personnummer ?? null })),
    );
    // Only the children: guardians and custody are the population register's, read when needed.
    const people = families.flatMap((f) => f.children);
    await insertMany(
      tx,
      'persons',
      people.map((p) => ({ personnummer: p.personnummer, given_name: p.givenName, family_name: p.familyName, birth_date: p.birthDate, sex: p.sex, synthetic: p.synthetic })),
    );
    await insertMany(
      tx,
      'families',
      families.map((f) => ({ id: f.id, reference: f.reference, team_id: f.teamId, municipality: f.municipality, archetype: f.archetype, started_on: f.startedOn, first_contact_on: f.firstContactOn })),
    );
    // The coordinator has piloted the family since its first meeting, when coordination began.
    await insertMany(
      tx,
      'assignments',
      families.map((f) => ({ family_id: f.id, username: f.coordinator, since: f.startedOn })),
    );
    // Each family's first assignment, as its coordinator took it in on the day coordination began.
    await insertMany(
      tx,
      'assignment_changes',
      families.map((f) => ({
        family_id: f.id,
        at: DateTime.fromISO(`${f.startedOn}T09:00`, { zone: 'Europe/Stockholm' }).toUTC().toISO(),
        kind: 'TAKEN_IN',
        to_team_id: f.teamId,
        to_coordinator: f.coordinator,
        changed_by: f.coordinator,
      })),
    );
    await insertMany(
      tx,
      'family_members',
      families.flatMap((f) => f.children.map((c, i) => ({ family_id: f.id, personnummer: c.personnummer, role: 'CHILD', position: i }))),
    );
    const consents = families.flatMap((f) => f.consents);
    await insertMany(
      tx,
      'consents',
      consents.map((c) => ({
        id: c.id,
        child_personnummer: c.childPersonnummer,
        subject_personnummer: c.subjectPersonnummer ?? null,
        purpose: c.purpose,
        recipient_team_ids: c.recipientTeamIds,
        valid_from: c.validFrom,
        valid_until: c.validUntil,
        evidence_method: c.evidence.method,
        evidence_document_ref: c.evidence.documentRef,
        recorded_at: c.recordedAt,
        recorded_by: c.recordedBy,
        revoked_at: c.revocation?.at ?? null,
        revoked_by: c.revocation?.byPersonnummer ?? null,
        revocation_reason: c.revocation?.reason ?? null,
      })),
    );
    await insertMany(
      tx,
      'consent_scope',
      consents.flatMap((c) => c.scope.flatMap((s) => s.categories.map((category) => ({ consent_id: c.id, agency: s.agency, category })))),
    );
    await insertMany(
      tx,
      'consent_parties',
      consents.flatMap((c) =>
        c.parties.map((p, i) => ({ consent_id: c.id, personnummer: p.personnummer, role: p.role, decision: p.decision, decided_at: p.decidedAt, method: p.method, position: i })),
      ),
    );
    await insertMany(
      tx,
      'consent_events',
      consents.flatMap((c) => [
        { consent_id: c.id, at: c.recordedAt, kind: 'RECORDED', actor: c.recordedBy, detail: { scope: c.scope, validFrom: c.validFrom, validUntil: c.validUntil } },
        ...c.parties
          .filter((p) => p.decision)
          .map((p) => ({ consent_id: c.id, at: p.decidedAt, kind: 'PARTY_DECIDED', actor: c.recordedBy, detail: { role: p.role, decision: p.decision, method: p.method } })),
        ...(c.revocation ? [{ consent_id: c.id, at: c.revocation.at, kind: 'REVOKED', actor: c.revocation.byPersonnummer, detail: { reason: c.revocation.reason } }] : []),
      ]),
    );
    const plans = families.flatMap((f) => (f.plan ? [{ f, plan: f.plan }] : []));
    await insertMany(
      tx,
      'sip_plans',
      plans.map(({ f, plan }) => ({
        id: plan.id,
        family_id: f.id,
        lead_agency: plan.leadAgency,
        status: plan.status,
        created_on: plan.createdOn,
        next_follow_up: plan.nextFollowUp,
        participants: plan.participants,
      })),
    );
    const goals = plans.flatMap(({ plan }) => plan.goals.map((g, i) => ({ g, plan, i })));
    await insertMany(
      tx,
      'sip_goals',
      goals.map(({ g, plan, i }) => ({ id: g.id, plan_id: plan.id, area: g.area, description: g.description, position: i })),
    );
    await insertMany(
      tx,
      'sip_actions',
      goals.flatMap(({ g }) =>
        g.actions.map((a, i) => ({
          id: a.id,
          goal_id: g.id,
          description: a.description,
          responsible_agency: a.responsibleAgency,
          due_date: a.dueDate,
          status: a.status,
          follow_up_date: a.followUpDate,
          position: i,
        })),
      ),
    );
    // Each plan as made is its version 1, saved by the family's coordinator (migration 014).
    await tx.query('SELECT record_first_sip_plan_versions()');
    await insertMany(
      tx,
      'meetings',
      families.flatMap((f) => f.meetings.map((m) => ({ id: m.id, family_id: f.id, date: m.date, kind: m.kind, agencies: m.agencies, summary: m.summary }))),
    );
    await insertMany(
      tx,
      'occupation_records',
      families.flatMap((f) => f.occupations.map((o) => ({ family_id: f.id, recorded_on: o.recordedOn, parent: o.parent, occupation: o.occupation }))),
    );
    await insertMany(
      tx,
      'follow_ups',
      families.flatMap((f) => f.followUps.map((u) => ({ id: u.id, family_id: f.id, date: u.date, area: u.area, rating: u.rating, comment: u.comment }))),
    );
    await seedSurveyAnswers(tx, population);
    await seedSupportCatalogue(tx, population);
    await seedConsultations(tx, population);
    await seedRepresentativesAndObstacles(tx, population);
    await tx.query('SELECT refresh_statistics_facts(ARRAY(SELECT id FROM families))');
    await tx.query("SELECT set_config('lotsen.bulk_load', 'off', true)");
  });
  // Fresh statistics: right after a bulk load the planner knows nothing of the tables' sizes and
  // may scan a hundred thousand families where an index finds thirty.
  await db.exec('ANALYZE');
  return true;
}

/** The population the store holds, or null for an empty store. */
export async function seededWith(db: Database): Promise<{ seed: number; families: number; today: string } | null> {
  const [row] = await db.query<{ seed: number; families: number; today: string }>('SELECT seed, families, today FROM seed_info ORDER BY seeded_at DESC LIMIT 1');
  return row ?? null;
}
