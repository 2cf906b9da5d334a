import { useMutation } from '@apollo/client';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { FamilySurveyQuery, RepeatedStory, SupportRating } from '../../gql/graphql.js';
import { AnswerSurveyMutation, FamilySurveyQuery as SurveyQuery } from '../../operations/evaluation.js';
import { dateTime } from '../../ui/dates.js';
import { ErrorNotice } from '../../ui/error-notice.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { focusFirstProblem, type Problems } from '../../ui/field-problems.js';
import { useServerError } from '../../ui/server-error.js';

type Round = NonNullable<FamilySurveyQuery['family']>['surveyRounds'][number];
export type Respondent = Round['respondents'][number];

const freeTextMax = 1000;

/**
 * One respondent's questionnaire of an open round: a radio group per question (fieldset and
 * legend), the free text, and a receipt once sent. Sent again, it changes the answer until the
 * round closes (docs/evaluation.md).
 */
export function SurveyForm({ familyId, round, respondent }: { familyId: string; round: Round; respondent: Respondent }) {
  const id = useId();
  const fields = useRef<HTMLDivElement>(null);
  const given = respondent.answer;
  const [support, setSupport] = useState<string | null>(given?.support ?? null);
  const [repeated, setRepeated] = useState<string | null>(given?.repeated ?? null);
  const [knowsWhom, setKnowsWhom] = useState<string | null>(given ? (given.knowsWhom ? 'YES' : 'NO') : null);
  const [freeText, setFreeText] = useState(given?.freeText ?? '');
  const [problems, setProblems] = useState<Problems<'SUPPORT' | 'REPEATED' | 'KNOWS_WHOM'>>({});
  const [receipt, setReceipt] = useState<string | null>(null);
  const [send, { loading, error }] = useMutation(AnswerSurveyMutation, { refetchQueries: [{ query: SurveyQuery, variables: { id: familyId } }], awaitRefetchQueries: true });
  const serverError = useServerError(error);
  const chosen = { SUPPORT: support, REPEATED: repeated, KNOWS_WHOM: knowsWhom } as const;
  const setters = { SUPPORT: setSupport, REPEATED: setRepeated, KNOWS_WHOM: setKnowsWhom } as const;
  const child = respondent.kind === 'CHILD';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    serverError.hide();
    setReceipt(null);
    const found: typeof problems = {};
    for (const q of respondent.questions) if (q.id !== 'FREE_TEXT' && !chosen[q.id]) found[q.id] = child ? 'Välj det svar som passar bäst.' : 'Välj ett svar på frågan.';
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstProblem(fields.current);
    const sent = await send({
      variables: {
        input: {
          roundId: round.id,
          respondent: respondent.personnummer,
          support: support as SupportRating,
          repeated: repeated as RepeatedStory,
          knowsWhom: knowsWhom === 'YES',
          freeText: freeText.trim() || null,
        },
      },
    }).catch(() => null);
    if (sent?.data) setReceipt(`Tack! Svaret skickades ${dateTime(sent.data.answerSurvey.submittedAt)}. Det går att ändra till och med ${round.closesOn}.`);
  };

  return (
    <form className="survey-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{child ? `${respondent.name ?? 'Barnets'} egna frågor` : 'Dina frågor'}</h4>
      {child && <p className="hint">För barnet att fylla i själv. Låt barnet svara med sina egna ord; svaret sparas som barnets.</p>}
      {given && (
        <p>
          Skickat {dateTime(given.submittedAt)}. Du kan ändra svaret till och med {round.closesOn}.
        </p>
      )}
      <div ref={fields}>
        {respondent.questions.map((q) => {
          if (q.id === 'FREE_TEXT')
            return (
              <div className="field" key={q.id}>
                <label htmlFor={`${id}-text`}>{q.text} (frivilligt)</label>
                <textarea id={`${id}-text`} value={freeText} onChange={(e) => setFreeText(e.target.value)} rows={3} maxLength={freeTextMax} aria-describedby={`${id}-text-hint`} />
                <p id={`${id}-text-hint`} className="hint">
                  Högst {freeTextMax.toLocaleString('sv-SE')} tecken. Bara er koordinator läser det, och det räknas aldrig i någon statistik.
                </p>
              </div>
            );
          const choice = q.id;
          return (
            <fieldset className="choices" key={choice} aria-describedby={problems[choice] ? `${id}-${choice}-problem` : undefined}>
              <legend>{q.text}</legend>
              {q.options.map((o) => (
                <label key={o.value}>
                  <input
                    type="radio"
                    name={`${id}-${choice}`}
                    value={o.value}
                    checked={chosen[choice] === o.value}
                    onChange={() => setters[choice](o.value)}
                    aria-invalid={problems[choice] ? true : undefined}
                  />{' '}
                  {o.text}
                </label>
              ))}
              <FieldProblem id={`${id}-${choice}`} problem={problems[choice]} />
            </fieldset>
          );
        })}
      </div>
      {serverError.shown && <ErrorNotice error={serverError.shown} />}
      <button type="submit" className="primary" disabled={loading}>
        {given ? 'Ändra svaret' : 'Skicka svaret'}
      </button>
      <p role="status" className="done">
        {receipt}
      </p>
    </form>
  );
}
