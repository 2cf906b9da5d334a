import { useQuery } from '@apollo/client';
import type { FamilySurveyQuery as Survey } from '../../gql/graphql.js';
import { FamilySurveyQuery } from '../../operations/evaluation.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { repeatedStoryName, supportRatingName } from '../../words/survey-terms.js';
import { type Respondent, SurveyForm } from './survey-form.js';

type Round = NonNullable<Survey['family']>['surveyRounds'][number];

/**
 * Hur har stödet varit? The family's evaluation on its page (docs/evaluation.md): a guardian
 * answers the open round's questions, and with each child from 12 the child's own; the family's
 * coordinator and team lead read the answers (the free text the coordinator only, as the graph
 * gives it). Its own query: the family page's is at its cost limit.
 */
export function FamilySurvey({ familyId, guardian }: { familyId: string; guardian: boolean }) {
  const { data, error, loading } = useQuery(FamilySurveyQuery, { variables: { id: familyId } });
  const rounds = data?.family?.surveyRounds;
  return (
    <section aria-labelledby="family-survey" className="family-survey">
      <h3 id="family-survey">Hur har stödet varit?</h3>
      {error && <ErrorNotice error={error} />}
      {loading && !rounds && <Loading what="familjens enkätsvar" />}
      {rounds && (guardian ? <GuardianSurvey familyId={familyId} rounds={rounds} /> : <SurveyAnswers rounds={rounds} />)}
    </section>
  );
}

function GuardianSurvey({ familyId, rounds }: { familyId: string; rounds: Round[] }) {
  const open = rounds.filter((r) => r.open);
  return (
    <>
      <p>
        Efter varje uppföljningsmöte får ni svara på några korta frågor om stödet, i 30 dagar. Era svar hjälper teamet att bli bättre. Barn från 12 år får egna frågor. Er koordinator ser vad var och
        en har svarat, teamledaren ser svaren utan det ni skriver fritt, och i statistiken räknas svaren utan namn.
      </p>
      {open.length === 0 && <p>Ingen enkät är öppen just nu.</p>}
      {open.map((round) => (
        <div key={round.id} className="survey-round">
          <p className="lead">
            Enkät efter uppföljningen {round.followUpDate}. Öppen till och med {round.closesOn}.
          </p>
          {round.respondents.map((r) =>
            r.mayAnswer ? (
              <SurveyForm key={r.personnummer} familyId={familyId} round={round} respondent={r} />
            ) : (
              <p key={r.personnummer}>{r.answered ? `${r.name ?? 'Barnet'} har svarat tillsammans med den andra vårdnadshavaren.` : `${r.name ?? 'Barnet'} har inte svarat.`}</p>
            ),
          )}
        </div>
      ))}
      {rounds.some((r) => !r.open) && (
        <p>
          Tidigare enkäter:{' '}
          {rounds
            .filter((r) => !r.open)
            .map((r) => `${r.followUpDate} (${r.respondents.some((p) => p.kind === 'GUARDIAN' && p.answered) ? 'du svarade' : 'inget svar från dig'})`)
            .join(', ')}
          .
        </p>
      )}
    </>
  );
}

const who = (r: Respondent) => `${r.name ?? 'Tidigare vårdnadshavare'} (${r.kind === 'CHILD' ? 'barn' : 'vårdnadshavare'})`;

/** The answers as the family's coordinator and team lead read them, one table per round. */
function SurveyAnswers({ rounds }: { rounds: Round[] }) {
  if (rounds.length === 0)
    return (
      <p>
        Familjen har inte haft något uppföljningsmöte än. Enkäten öppnar när ett uppföljningsmöte har hållits (Registrera eller boka möte, under Möten, hembesök och avstämningar); sedan kan
        vårdnadshavarna och barn från 12 år svara i 30 dagar. Betyg som registreras under Uppföljning öppnar ingen enkät.
      </p>
    );
  return (
    <>
      {rounds.map((round) => (
        <div key={round.id} className="table-wrap">
          <table className="survey-answers">
            <caption>
              Uppföljningen {round.followUpDate}: {round.open ? `öppen till och med ${round.closesOn}` : `stängde ${round.closesOn}`}, {round.respondents.filter((r) => r.answered).length} av{' '}
              {round.respondents.length} har svarat
            </caption>
            <thead>
              <tr>
                <th scope="col">Vem</th>
                <th scope="col">Hur har stödet varit?</th>
                <th scope="col">Upprepa sin historia?</th>
                <th scope="col">Vet vem man vänder sig till?</th>
                <th scope="col">Berättat mer</th>
              </tr>
            </thead>
            <tbody>
              {round.respondents.map((r) => (
                <tr key={r.personnummer}>
                  <th scope="row">{who(r)}</th>
                  {r.answer ? (
                    <>
                      <td>{supportRatingName[r.answer.support]}</td>
                      <td>{repeatedStoryName[r.answer.repeated]}</td>
                      <td>{r.answer.knowsWhom ? 'Ja' : 'Nej'}</td>
                      <td>{r.answer.freeText ?? '–'}</td>
                    </>
                  ) : (
                    <td colSpan={4}>Inget svar{round.open ? ' än' : ''}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <p className="hint">Svaren skickades av vårdnadshavarna på familjens sida, barnens tillsammans med en vårdnadshavare.</p>
    </>
  );
}
