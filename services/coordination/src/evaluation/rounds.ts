import { addDays, ageOn, todayInSweden } from '@lotsen/kit';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { visibleChildren } from '../graphql/visible-children.js';
import { relationsOn } from '../register/population-register.js';
import type { FamilyRow, MemberRow } from '../store/families.js';
import type { MeetingRow } from '../store/follow-up.js';
import { surveyAnswers } from './answers-loader.js';
import { questionsFor, type RespondentKind, type SurveyQuestion, surveyVersion } from './questions.js';
import type { AnswerRow } from './store.js';

/** A round takes answers from the follow-up's day through this many days after it (docs/evaluation.md). */
export const surveyOpenDays = 30;

export interface Round {
  id: string;
  familyId: string;
  followUpDate: string;
  closesOn: string;
}

/** A round per follow-up meeting held: derived from the meeting, never stored apart from it. */
export const roundOf = (m: Pick<MeetingRow, 'id' | 'familyId' | 'date'>): Round => ({ id: m.id, familyId: m.familyId, followUpDate: m.date, closesOn: addDays(m.date, surveyOpenDays) });
export const isHeldFollowUp = (m: Pick<MeetingRow, 'kind' | 'date'>, today: string) => m.kind === 'FOLLOW_UP' && m.date <= today;
export const isOpen = (r: Round, today: string) => r.followUpDate <= today && today <= r.closesOn;

/** A child answers from the consent policy's child-view age (CONSENT_CHILD_VIEW_AGE), as old as they were at the follow-up. */
export const childAnswers = (ctx: Ctx, birthDate: string, followUpDate: string) => ageOn(birthDate, followUpDate) >= ctx.policy.childViewAge;

interface Person {
  personnummer: string;
  name: string | null;
}

/** Everyone with custody of one of these children today, per the register: once each, in the children's order. */
async function custodiansNow(ctx: Ctx, children: readonly MemberRow[]): Promise<Person[]> {
  const today = todayInSweden(ctx.now);
  const found = new Map<string, Person>();
  for (const c of children) {
    for (const r of relationsOn((await ctx.loaders.registered.load(c.personnummer)) ?? undefined, 'V', today)) {
      if (!found.has(r.personnummer)) found.set(r.personnummer, { personnummer: r.personnummer, name: `${r.givenName} ${r.familyName}` });
    }
  }
  return [...found.values()];
}

export interface RespondentView {
  kind: RespondentKind;
  personnummer: string;
  name: string | null;
  questions: SurveyQuestion[];
  answered: boolean;
  answer: (AnswerRow & { freeText: string | null }) | null;
  mayAnswer: boolean;
}

export interface RoundView extends Round {
  open: boolean;
  version: number;
  respondents: RespondentView[];
}

/**
 * The family's rounds as the caller may see them, newest first. A guardian: their own
 * questionnaire and those of their children from 12 in their custody; a child's answer shown back
 * only to the guardian who sent it with the child. The family's coordinators: every answer with
 * its free text; its team lead: every answer without it. Anyone else: none.
 */
export async function roundsOfFamily(ctx: Ctx, family: FamilyRow): Promise<RoundView[]> {
  const { role, username, personnummer: self } = ctx.identity;
  if (role !== 'GUARDIAN' && role !== 'COORDINATOR' && role !== 'TEAM_LEAD') return [];
  if (role === 'GUARDIAN' && !self) return [];
  const today = todayInSweden(ctx.now);
  const rounds = (await ctx.loaders.meetings.load(family.id)).filter((m) => isHeldFollowUp(m, today)).map(roundOf);
  if (rounds.length === 0) return [];
  const children = await visibleChildren(ctx, family.id);
  const custodians = await custodiansNow(ctx, children);
  const guardians = role === 'GUARDIAN' ? custodians.filter((g) => g.personnummer === self) : custodians;
  const answers = await surveyAnswers(ctx).load(family.id);
  return rounds.map((round) => {
    const open = isOpen(round, today);
    const of = (p: string) => answers.find((a) => a.roundId === round.id && a.respondent === p) ?? null;
    const view = (kind: RespondentKind, person: Person): RespondentView => {
      const answer = of(person.personnummer);
      const own = role === 'GUARDIAN' && (kind === 'GUARDIAN' || !answer || answer.submittedBy === username);
      const shown = role === 'GUARDIAN' ? (own ? answer : null) : answer && { ...answer, freeText: role === 'COORDINATOR' ? answer.freeText : null };
      return { kind, ...person, questions: questionsFor(kind), answered: answer !== null, answer: shown, mayAnswer: open && own };
    };
    const childRespondents = children
      .filter((c) => childAnswers(ctx, c.birthDate, round.followUpDate))
      .map((c) => view('CHILD', { personnummer: c.personnummer, name: `${c.givenName} ${c.familyName}` }));
    // Staff also see an answer of someone no longer listed (custody changed since): it is still the family's.
    const listed = new Set([...guardians, ...childRespondents].map((p) => p.personnummer));
    const former = role === 'GUARDIAN' ? [] : answers.filter((a) => a.roundId === round.id && !listed.has(a.respondent)).map((a) => view(a.respondentKind, { personnummer: a.respondent, name: null }));
    return { ...round, open, version: surveyVersion, respondents: [...guardians.map((g) => view('GUARDIAN', g)), ...childRespondents, ...former] };
  });
}
