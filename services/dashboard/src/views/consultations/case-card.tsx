import type { ConsultationsQuery } from '../../gql/graphql.js';
import { dateTime } from '../../ui/dates.js';
import { agencyName } from '../../words/terms.js';
import { AdviceForm, AgendaForm, LinkFamilyForm, OutcomeForm, PrioritiseForm } from './case-forms.js';
import { ageBandName, eventName, outcomeName, priorityName, schoolYearName, statusName } from './consultation-words.js';

type Case = ConsultationsQuery['consultations'][number];
type Meeting = ConsultationsQuery['consultationMeetings'][number];
type Event = Case['history'][number];

/** What an event in the history adds: the priority given, the meeting's day, the agency, the outcome. */
function eventDetail(e: Event): string {
  if (e.priority) return `: ${priorityName[e.priority].toLowerCase()}`;
  if (e.meetingDate) return `: mötet ${e.meetingDate}`;
  if (e.agency) return ` (${agencyName[e.agency].toLowerCase()})`;
  if (e.outcome) return `: ${outcomeName[e.outcome].toLowerCase()}`;
  return '';
}

/**
 * One anonymised case: the request as sent, the coordinator's priority and agenda, each agency's
 * advice and the outcome, with who did what and when; and the forms the caller's role has.
 */
export function CaseCard({ item, meetings, today, coordinator }: { item: Case; meetings: readonly Meeting[]; today: string; coordinator: boolean }) {
  const open = item.status !== 'CONCLUDED';
  const held = item.meeting && item.meeting.date <= today;
  return (
    <li className="card consultation-case" id={item.reference}>
      <h3>
        {item.reference}: {ageBandName[item.ageBand].toLowerCase()}
        {item.schoolYear !== null && item.schoolYear !== undefined ? `, ${schoolYearName(item.schoolYear).toLowerCase()}` : ''}
      </h3>
      <p className="badge">{statusName[item.status]}</p>
      <dl className="facts">
        <div>
          <dt>Frågan</dt>
          <dd className="consultation-question">{item.question}</dd>
        </div>
        {item.schoolUnit && (
          <div>
            <dt>Skolenhet</dt>
            <dd>{item.schoolUnit}</dd>
          </div>
        )}
        <div>
          <dt>Skickad av</dt>
          <dd>
            {item.requestedByName}
            {item.requestedByAgency ? ` (${agencyName[item.requestedByAgency].toLowerCase()})` : ''}, {dateTime(item.requestedAt)}
          </dd>
        </div>
        <div>
          <dt>Prioritet</dt>
          <dd>{item.priority ? `${priorityName[item.priority]}${item.priorityReason ? `: ${item.priorityReason}` : ''}` : 'Inte prioriterad än'}</dd>
        </div>
        <div>
          <dt>Möte</dt>
          <dd>
            {item.meeting ? `${item.meeting.date}, punkt ${item.agendaPosition}` : 'Inte på någon dagordning'}
            {item.agendaNote ? ` (${item.agendaNote})` : ''}
          </dd>
        </div>
        {item.outcome && (
          <div>
            <dt>Utfall</dt>
            <dd>
              {outcomeName[item.outcome]}
              {item.outcomeNote ? `: ${item.outcomeNote}` : ''}
            </dd>
          </div>
        )}
        {item.becameFamilyOn && (
          <div>
            <dt>Blev en familj i samordning</dt>
            <dd>{item.becameFamilyOn}, med samtycke. Vilken familj visas inte här.</dd>
          </div>
        )}
      </dl>
      <h4>Råd från verksamheterna</h4>
      {item.advice.length === 0 ? (
        <p>Inga råd skrivna än.</p>
      ) : (
        <ul className="plain consultation-advice">
          {item.advice.map((a) => (
            <li key={a.agency}>
              <strong>{agencyName[a.agency]}:</strong> {a.advice}{' '}
              <span className="hint">
                ({a.recordedByName}, {dateTime(a.recordedAt)})
              </span>
            </li>
          ))}
        </ul>
      )}
      {open && coordinator && <PrioritiseForm item={item} />}
      {open && coordinator && <AgendaForm item={item} meetings={meetings} today={today} />}
      {open && coordinator && held && <OutcomeForm item={item} />}
      {open && !coordinator && item.meeting && <AdviceForm item={item} agencyWords="er verksamhet" />}
      {coordinator && item.outcome === 'PROPOSED_FOR_COORDINATION' && !item.becameFamilyOn && <LinkFamilyForm item={item} />}
      <details className="consultation-history">
        <summary>Historik för {item.reference}</summary>
        <ol>
          {item.history.map((e, i) => (
            // The history is append-only: its order is its identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
            <li key={i}>
              {dateTime(e.at)}: {eventName[e.kind]}
              {eventDetail(e)}, {e.byName}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
