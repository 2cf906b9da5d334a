import { type TypedDocumentNode, useApolloClient, useMutation } from '@apollo/client';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import type { ConsultationOutcome, ConsultationPriority, ConsultationsQuery } from '../../gql/graphql.js';
import {
  ConsultationFamilyQuery,
  ConsultationsQuery as ConsultationsDocument,
  LinkConsultationToFamilyMutation,
  PlaceConsultationOnAgendaMutation,
  PrioritiseConsultationMutation,
  RecordConsultationAdviceMutation,
  RecordConsultationOutcomeMutation,
} from '../../operations/consultations.js';
import { ErrorNotice } from '../../ui/error-notice.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { describedBy } from '../../ui/field-problems.js';
import { useServerError } from '../../ui/server-error.js';
import { limitHint, tooLong } from '../../words/text-limits.js';
import { consultationLimits, outcomeName, outcomes, priorities, priorityName } from './consultation-words.js';

type Case = ConsultationsQuery['consultations'][number];
type Meeting = ConsultationsQuery['consultationMeetings'][number];

/**
 * One form on a case: it sends, shows the graph's refusal (an identity number or a name found, in
 * Swedish) or what was saved, and reads the queue and agendas again.
 */
function CaseForm<V extends Record<string, unknown>>(props: {
  label: string;
  mutation: TypedDocumentNode<unknown, V>;
  /** The mutation's variables, or what stops it in words. */
  variables: () => V | string | Promise<V | string>;
  saved: string;
  submit: string;
  children: ReactNode;
}) {
  const [send, { loading, error }] = useMutation(props.mutation, { refetchQueries: [{ query: ConsultationsDocument }], awaitRefetchQueries: true });
  const serverError = useServerError(error);
  const [done, setDone] = useState<string | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    serverError.hide();
    const variables = await props.variables();
    if (typeof variables === 'string') return setDone(variables);
    setDone(null);
    const sent = await send({ variables }).catch(() => null);
    if (sent?.data) setDone(props.saved);
  };
  return (
    <form className="case-form" onSubmit={onSubmit} aria-label={props.label} noValidate>
      {props.children}
      <button type="submit" disabled={loading}>
        {props.submit}
      </button>
      {serverError.shown && <ErrorNotice error={serverError.shown} />}
      <p role="status" className="done">
        {done}
      </p>
    </form>
  );
}

/** A free-text field of a case form, with its limit and, when over it, the problem. */
function TextField(props: { id: string; label: string; hint: string; value: string; max: number; rows?: number; onChange: (v: string) => void }) {
  const long = tooLong(props.value, props.max);
  const problem = long ? `Texten är för lång. ${long}` : undefined;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea id={props.id} rows={props.rows ?? 2} value={props.value} maxLength={props.max} onChange={(e) => props.onChange(e.target.value)} {...describedBy(props.id, problem)} />
      <p id={`${props.id}-hint`} className="hint">
        {props.hint} {limitHint(props.max)}
      </p>
      <FieldProblem id={props.id} problem={problem} />
    </div>
  );
}

const noNames = 'Inga namn eller personnummer.';

export function PrioritiseForm({ item }: { item: Case }) {
  const id = useId();
  const [priority, setPriority] = useState<ConsultationPriority>(item.priority ?? 'NORMAL');
  const [reason, setReason] = useState(item.priorityReason ?? '');
  return (
    <CaseForm
      label={`Prioritera ${item.reference}`}
      mutation={PrioritiseConsultationMutation}
      variables={() => (tooLong(reason, consultationLimits.reason) ? 'Skälet är för långt.' : { input: { caseId: item.id, priority, ...(reason.trim() ? { reason: reason.trim() } : {}) } })}
      saved={`${item.reference} har prioritet ${priorityName[priority].toLowerCase()}.`}
      submit="Spara prioriteringen"
    >
      <div className="inline">
        <label htmlFor={`${id}-priority`}>Prioritet</label>
        <select id={`${id}-priority`} value={priority} onChange={(e) => setPriority(e.target.value as ConsultationPriority)}>
          {priorities.map((p) => (
            <option key={p} value={p}>
              {priorityName[p]}
            </option>
          ))}
        </select>
      </div>
      <TextField id={`${id}-reason`} label="Skäl (frivilligt)" hint={noNames} value={reason} max={consultationLimits.reason} onChange={setReason} />
    </CaseForm>
  );
}

export function AgendaForm({ item, meetings, today }: { item: Case; meetings: readonly Meeting[]; today: string }) {
  const id = useId();
  const coming = meetings.filter((m) => m.date >= today);
  const [meetingId, setMeetingId] = useState(item.meeting?.id ?? coming[0]?.id ?? '');
  const [position, setPosition] = useState(item.agendaPosition ? String(item.agendaPosition) : '');
  const [note, setNote] = useState(item.agendaNote ?? '');
  if (coming.length === 0 && !item.meeting) return <p className="hint">Planera ett konsultationsmöte för att kunna sätta ärendet på en dagordning.</p>;
  return (
    <CaseForm
      label={`Dagordning för ${item.reference}`}
      mutation={PlaceConsultationOnAgendaMutation}
      variables={() =>
        tooLong(note, consultationLimits.note)
          ? 'Anteckningen är för lång.'
          : { input: { caseId: item.id, meetingId: meetingId || null, ...(position ? { position: Number(position) } : {}), ...(note.trim() ? { note: note.trim() } : {}) } }
      }
      saved={meetingId ? `${item.reference} står på dagordningen.` : `${item.reference} är borttaget från dagordningen.`}
      submit="Spara dagordningen"
    >
      <div className="inline">
        <label htmlFor={`${id}-meeting`}>Möte</label>
        <select id={`${id}-meeting`} value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
          {coming.map((m) => (
            <option key={m.id} value={m.id}>
              {m.date}
            </option>
          ))}
          <option value="">Inte på något möte</option>
        </select>
      </div>
      <div className="inline">
        <label htmlFor={`${id}-position`}>Plats på dagordningen</label>
        <input id={`${id}-position`} type="number" min={1} inputMode="numeric" value={position} onChange={(e) => setPosition(e.target.value)} />
      </div>
      <TextField id={`${id}-note`} label="Anteckning på dagordningen (frivillig)" hint={`Till exempel vem som presenterar. ${noNames}`} value={note} max={consultationLimits.note} onChange={setNote} />
    </CaseForm>
  );
}

export function AdviceForm({ item, agencyWords }: { item: Case; agencyWords: string }) {
  const id = useId();
  const [advice, setAdvice] = useState('');
  return (
    <CaseForm
      label={`Råd om ${item.reference}`}
      mutation={RecordConsultationAdviceMutation}
      variables={() => (!advice.trim() ? 'Skriv rådet först.' : tooLong(advice, consultationLimits.advice) ? 'Rådet är för långt.' : { input: { caseId: item.id, advice: advice.trim() } })}
      saved={`Rådet från ${agencyWords} är sparat.`}
      submit="Spara rådet"
    >
      <TextField
        id={`${id}-advice`}
        label={`Råd från ${agencyWords}`}
        hint={`Vad er verksamhet kan bidra med, utifrån ert perspektiv. Ett nytt råd ersätter ert förra. ${noNames}`}
        value={advice}
        max={consultationLimits.advice}
        rows={3}
        onChange={setAdvice}
      />
    </CaseForm>
  );
}

export function OutcomeForm({ item }: { item: Case }) {
  const id = useId();
  const [outcome, setOutcome] = useState<ConsultationOutcome>('ADVICE_GIVEN');
  const [note, setNote] = useState('');
  return (
    <CaseForm
      label={`Utfall för ${item.reference}`}
      mutation={RecordConsultationOutcomeMutation}
      variables={() => (tooLong(note, consultationLimits.outcomeNote) ? 'Texten är för lång.' : { input: { caseId: item.id, outcome, ...(note.trim() ? { note: note.trim() } : {}) } })}
      saved={`Utfallet för ${item.reference} är sparat.`}
      submit="Spara utfallet"
    >
      <div className="inline">
        <label htmlFor={`${id}-outcome`}>Utfall</label>
        <select id={`${id}-outcome`} value={outcome} onChange={(e) => setOutcome(e.target.value as ConsultationOutcome)}>
          {outcomes.map((o) => (
            <option key={o} value={o}>
              {outcomeName[o]}
            </option>
          ))}
        </select>
      </div>
      <TextField id={`${id}-note`} label="Kort om utfallet (frivilligt)" hint={noNames} value={note} max={consultationLimits.outcomeNote} onChange={setNote} />
    </CaseForm>
  );
}

/**
 * Links a case proposed for coordination to the family the coordinator took in with consent,
 * named by its reference: only the link and the day are recorded, nothing of the case is carried
 * over (docs/consultations.md, "Becoming a family").
 */
export function LinkFamilyForm({ item }: { item: Case }) {
  const id = useId();
  const client = useApolloClient();
  const [reference, setReference] = useState('');
  const familyId = async () => {
    if (!reference.trim()) return 'Skriv familjens referens, till exempel F-00012.';
    const found = await client.query({ query: ConsultationFamilyQuery, variables: { reference: reference.trim() }, fetchPolicy: 'network-only', errorPolicy: 'all' }).catch(() => null);
    const family = found?.data?.familyByReference;
    return family ? { input: { caseId: item.id, familyId: family.id } } : `Ingen av dina familjer har referensen ${reference.trim()}.`;
  };
  return (
    <CaseForm
      label={`Koppla ${item.reference} till en familj`}
      mutation={LinkConsultationToFamilyMutation}
      variables={familyId}
      saved={`${item.reference} är kopplat till familjen. Inget av ärendets text följer med.`}
      submit="Koppla till familjen"
    >
      <div className="field">
        <label htmlFor={`${id}-family`}>Familjens referens</label>
        <input id={`${id}-family`} value={reference} onChange={(e) => setReference(e.target.value)} aria-describedby={`${id}-family-hint`} />
        <p id={`${id}-family-hint`} className="hint">
          När vårdnadshavarna har samtyckt och du har tagit in familjen i samordning: bara kopplingen och dagen sparas, och familjens sida visar inget av ärendet.
        </p>
      </div>
    </CaseForm>
  );
}
