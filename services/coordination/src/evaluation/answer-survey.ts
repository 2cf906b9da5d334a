import { todayInSweden } from '@lotsen/kit';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { badInput, forbidden } from '../graphql/errors.js';
import { optionalText } from '../graphql/text.js';
import { freeTextField, type RepeatedStep, type RespondentKind, type SupportStep, surveyVersion } from './questions.js';
import { childAnswers, isOpen, roundOf } from './rounds.js';
import { type AnswerRow, answerOf, followUpMeeting, saveAnswer } from './store.js';

export interface SurveyAnswerInput {
  roundId: string;
  respondent: string;
  support: SupportStep;
  repeated: RepeatedStep;
  knowsWhom: boolean;
  freeText?: string | null;
}

const notFound = () => forbidden('Enkäten finns inte bland er familjs uppföljningar / no such survey round among your family’s');

/**
 * A guardian sends or changes an answer for themself, or for a child from 12 in their custody
 * answering with them (docs/evaluation.md, "How a child answers"), while the round is open.
 * A child's answer is changed only by the guardian who sent it.
 */
export async function answerSurvey(ctx: Ctx, input: SurveyAnswerInput): Promise<AnswerRow> {
  const { role, username, personnummer: self } = ctx.identity;
  if (role !== 'GUARDIAN' || !self) throw forbidden('Enkäten besvaras av familjen på sin egen sida / the survey is answered by the family on its own page');
  const meeting = /^[0-9a-f-]{36}$/i.test(input.roundId) ? await followUpMeeting(ctx.db, input.roundId) : null;
  const family = meeting ? await ctx.loaders.family.load(meeting.familyId) : null;
  const today = todayInSweden(ctx.now);
  if (!meeting || !family || meeting.date > today) throw notFound();
  const round = roundOf(meeting);
  if (!isOpen(round, today))
    throw badInput(
      `Enkäten efter uppföljningen ${round.followUpDate} stängde ${round.closesOn}: svar tas emot i 30 dagar efter uppföljningen. Berätta gärna för er koordinator i stället. / the round closed on ${round.closesOn}`,
    );
  const kind = await respondentKind(ctx, family.id, round.followUpDate, input.respondent, self);
  const earlier = await answerOf(ctx.db, round.id, input.respondent);
  if (kind === 'CHILD' && earlier && earlier.submittedBy !== username)
    throw forbidden('Barnets svar skickades av den andra vårdnadshavaren, och bara den som skickade det kan ändra det / another guardian sent the child’s answer');
  const answer: AnswerRow = {
    roundId: round.id,
    familyId: family.id,
    followUpOn: round.followUpDate,
    respondent: input.respondent,
    respondentKind: kind,
    version: surveyVersion,
    support: input.support,
    repeated: input.repeated,
    knowsWhom: input.knowsWhom,
    freeText: optionalText(input.freeText, freeTextField),
    submittedBy: username,
    submittedAt: ctx.now.toISOString(),
  };
  await saveAnswer(ctx.db, answer);
  return answer;
}

/** Who answers: the caller themself, or a child of the family in the caller's custody who was 12 or more at the follow-up. */
async function respondentKind(ctx: Ctx, familyId: string, followUpDate: string, respondent: string, self: string): Promise<RespondentKind> {
  if (respondent === self) return 'GUARDIAN';
  const child = (await ctx.loaders.members.load(familyId)).find((c) => c.personnummer === respondent);
  if (!child || !(await ctx.custodyOfCaller()).includes(respondent))
    throw forbidden('Du kan svara för dig själv och tillsammans med dina egna barn i familjen / you answer for yourself and with your own children');
  if (!childAnswers(ctx, child.birthDate, followUpDate)) throw badInput(`Barn svarar på enkäten från ${ctx.policy.childViewAge} års ålder / children answer from ${ctx.policy.childViewAge}`);
  return 'CHILD';
}
