import { createHash } from 'node:crypto';
import type { Population } from '@lotsen/agency-systems';
import { addDays, ageOn, insertMany, type Queryable } from '@lotsen/kit';
import { DateTime } from 'luxon';
import { defaultPolicy } from '../consent/model.js';
import { type RepeatedStep, repeatedSteps, type SupportStep, supportSteps, surveyVersion } from './questions.js';
import { surveyOpenDays } from './rounds.js';

/** A share in [0, 1) fixed by the seed and a key: the same population always answers the same. */
function share(seed: number, key: string): number {
  return createHash('sha256').update(`${seed}|evaluation|${key}`).digest().readUInt32BE(0) / 2 ** 32;
}

/** Picks by cumulative weights. */
function pick<T>(options: readonly T[], weights: readonly number[], u: number): T {
  const total = weights.reduce((s, w) => s + w, 0);
  let acc = 0;
  for (const [i, w] of weights.entries()) {
    acc += w / total;
    if (u < acc) return options[i] as T;
  }
  return options[options.length - 1] as T;
}

const freeTexts = [
  'Skönt att alla var med på samma möte.',
  'Vi hade velat ha tätare kontakt med skolan.',
  'Det blev lättare när vi fick en person att ringa.',
  'Vi fick berätta om allt igen för en ny handläggare.',
];

/**
 * Answers for the seeded families' follow-ups whose rounds had closed by the population's day
 * (an open round is left for the family to answer): about two guardians in three and one child in
 * two answer, most find the support good, and fewer have had to repeat their story at a later
 * follow-up than at the first. Drawn from the seed, so the same population gives the same answers.
 * An assumption of the synthetic data, not a finding.
 */
export async function seedSurveyAnswers(tx: Queryable, population: Population): Promise<void> {
  const usernames = new Map(population.users.flatMap((u) => (u.personnummer ? [[u.personnummer, u.username] as const] : [])));
  const rows = population.families.flatMap((family) => {
    const followUps = family.meetings.filter((m) => m.kind === 'FOLLOW_UP' && addDays(m.date, surveyOpenDays) < population.today).sort((a, b) => a.date.localeCompare(b.date));
    const guardians = family.guardians.filter((g) => g.hasCustody);
    return followUps.flatMap((meeting, nth) => {
      const respondents = [
        ...guardians.map((g) => ({ kind: 'GUARDIAN' as const, personnummer: g.personnummer, by: g.personnummer, rate: 0.65 })),
        ...family.children
          .filter((c) => ageOn(c.birthDate, meeting.date) >= defaultPolicy.childViewAge)
          .map((c) => ({ kind: 'CHILD' as const, personnummer: c.personnummer, by: guardians[0]?.personnummer ?? c.personnummer, rate: 0.5 })),
      ];
      return respondents.flatMap((r) => {
        const u = (what: string) => share(population.seed, `${meeting.id}|${r.personnummer}|${what}`);
        if (u('answers') >= r.rate) return [];
        const later = nth > 0 ? 1 : 0;
        const support: SupportStep = pick(supportSteps, [1, 2, 4, 8, 6], u('support'));
        const repeated: RepeatedStep = pick(repeatedSteps, [3 - 2 * later, 4, 3 + 3 * later], u('repeated'));
        const at = DateTime.fromISO(`${addDays(meeting.date, 1 + Math.floor(u('day') * 14))}T19:30`, { zone: 'Europe/Stockholm' });
        return [
          {
            round_id: meeting.id,
            family_id: family.id,
            follow_up_on: meeting.date,
            respondent: r.personnummer,
            respondent_kind: r.kind,
            version: surveyVersion,
            support,
            repeated,
            knows_whom: u('knows') < 0.8,
            free_text: u('text') < 0.15 ? freeTexts[Math.floor(u('which') * freeTexts.length)] : null,
            submitted_by: usernames.get(r.by) ?? r.by,
            submitted_at: at.toUTC().toISO(),
          },
        ];
      });
    });
  });
  await insertMany(tx, 'survey_answers', rows);
}
