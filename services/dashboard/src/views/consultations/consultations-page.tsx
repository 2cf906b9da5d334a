import { useMutation, useQuery } from '@apollo/client';
import { type FormEvent, useId, useState } from 'react';
import type { ConsultationsQuery } from '../../gql/graphql.js';
import { ConsultationsQuery as ConsultationsDocument, PlanConsultationMeetingMutation } from '../../operations/consultations.js';
import { todayInSweden } from '../../ui/dates.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { PageHeading } from '../../ui/page-heading.js';
import { useServerError } from '../../ui/server-error.js';
import { CaseCard } from './case-card.js';
import { RequestForm } from './request-form.js';

type Meeting = ConsultationsQuery['consultationMeetings'][number];
type Case = ConsultationsQuery['consultations'][number];

/**
 * Konsultationer (docs/consultations.md): cases taken up without consent, anonymised. Agency
 * staff send questions and record their agency's advice; the team's coordinator prioritises the
 * queue, sets each meeting's agenda and records the outcome.
 */
export function ConsultationsPage({ coordinator }: { coordinator: boolean }) {
  const { data, error, loading } = useQuery(ConsultationsDocument);
  const today = todayInSweden();
  return (
    <>
      <PageHeading title="Konsultationer">Konsultationer</PageHeading>
      <p className="lead">
        I en konsultation tar skolans elevhälsa, socialtjänsten och BUP upp ett barns svårigheter tillsammans, utan att barnet eller familjen pekas ut. Det behövs därför inget samtycke: ärendet har
        bara ålder, årskurs, skolenhet och frågan, och inga uppgifter hämtas från verksamheternas system.
        {coordinator
          ? ' Du prioriterar frågorna, bestämmer mötets dagordning och skriver utfallet.'
          : ' Du skickar frågor till teamets koordinator och skriver din verksamhets råd om ärenden på dagordningen.'}
      </p>
      {error && <ErrorNotice error={error} />}
      {loading && !data && <Loading what="konsultationerna" />}
      {data && (
        <>
          <RequestForm teams={data.consultationTeams} coordinator={coordinator} />
          <Meetings meetings={data.consultationMeetings} coordinator={coordinator} today={today} />
          <CaseList
            id="arenden"
            title="Ärenden"
            hint="Högst prioriterade först, sedan de som väntat längst. Ärenden som inte prioriterats än står sist."
            empty="Inga öppna konsultationsärenden."
            cases={data.consultations.filter((c) => c.status !== 'CONCLUDED')}
            meetings={data.consultationMeetings}
            today={today}
            coordinator={coordinator}
          />
          <CaseList
            id="avslutade"
            title="Avslutade ärenden"
            hint="Ärenden med ett utfall: de tar inte emot fler råd."
            empty="Inga avslutade ärenden än."
            cases={data.consultations.filter((c) => c.status === 'CONCLUDED')}
            meetings={data.consultationMeetings}
            today={today}
            coordinator={coordinator}
          />
        </>
      )}
    </>
  );
}

function CaseList(props: { id: string; title: string; hint: string; empty: string; cases: readonly Case[]; meetings: readonly Meeting[]; today: string; coordinator: boolean }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <p className="hint">{props.hint}</p>
      {props.cases.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <ul className="plain consultation-cases">
          {props.cases.map((c) => (
            <CaseCard key={c.id} item={c} meetings={props.meetings} today={props.today} coordinator={props.coordinator} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Meetings({ meetings, coordinator, today }: { meetings: readonly Meeting[]; coordinator: boolean; today: string }) {
  return (
    <section aria-labelledby="moten">
      <h2 id="moten">Konsultationsmöten</h2>
      {meetings.length === 0 ? (
        <p>Inga möten planerade.</p>
      ) : (
        <ul className="plain consultation-meetings">
          {meetings.map((m) => (
            <li key={m.id} className="card">
              <h3>
                {m.date}
                {m.date === today ? ' (i dag)' : ''}, {m.team.name}
              </h3>
              {m.agenda.length === 0 ? (
                <p>Dagordningen är tom.</p>
              ) : (
                <ol aria-label={`Dagordning ${m.date}`}>
                  {m.agenda.map((c) => (
                    <li key={c.id}>
                      <a href={`#${c.reference}`}>{c.reference}</a>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ul>
      )}
      {coordinator && <PlanMeetingForm today={today} />}
    </section>
  );
}

function PlanMeetingForm({ today }: { today: string }) {
  const id = useId();
  const [date, setDate] = useState(today);
  const [done, setDone] = useState<string | null>(null);
  const [plan, { loading, error }] = useMutation(PlanConsultationMeetingMutation, { refetchQueries: [{ query: ConsultationsDocument }], awaitRefetchQueries: true });
  const serverError = useServerError(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    serverError.hide();
    setDone(null);
    const planned = await plan({ variables: { input: { date } } }).catch(() => null);
    if (planned?.data) setDone(`Ett konsultationsmöte är planerat ${planned.data.planConsultationMeeting.date}.`);
  };
  return (
    <form className="case-form" onSubmit={submit} aria-label="Planera ett konsultationsmöte" noValidate>
      <div className="inline">
        <label htmlFor={`${id}-date`}>Nytt möte, datum</label>
        <input id={`${id}-date`} type="date" min={today} value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <button type="submit" disabled={loading}>
        Planera mötet
      </button>
      {serverError.shown && <ErrorNotice error={serverError.shown} />}
      <p role="status" className="done">
        {done}
      </p>
    </form>
  );
}
