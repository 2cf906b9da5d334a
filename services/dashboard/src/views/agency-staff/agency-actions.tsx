import { useMutation, useQuery } from '@apollo/client';
import { type FormEvent, useId, useState } from 'react';
import type { ActionStatus, AgencyActionsQuery } from '../../gql/graphql.js';
import { AgencyActionsQuery as AgencyActionsDocument, UpdateActionStatusMutation } from '../../operations/agency-actions.js';
import { dateTime } from '../../ui/dates.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { describedBy } from '../../ui/field-problems.js';
import { useServerError } from '../../ui/server-error.js';
import { actionStatusName, outcomeAreaName } from '../../words/terms.js';
import { limitHint, textLimits, tooLong } from '../../words/text-limits.js';

type AgencyAction = AgencyActionsQuery['agencyActions'][number];

const statuses: ActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

/** The actions by family, in the order of the families' references, each family's actions by due date. */
function byFamily(actions: readonly AgencyAction[]): Array<[string, AgencyAction[]]> {
  const families = new Map<string, AgencyAction[]>();
  for (const a of actions) families.set(a.familyReference, [...(families.get(a.familyReference) ?? []), a]);
  return [...families].sort(([a], [b]) => a.localeCompare(b)).map(([reference, list]) => [reference, [...list].sort((a, b) => (a.action.dueDate ?? '9999').localeCompare(b.action.dueDate ?? '9999'))]);
}

/**
 * Planer som din verksamhet deltar i: the SIP actions the staff member's agency holds, as the
 * graph scopes them (their municipality, plans their agency takes part in, children whose SIP
 * consent names the agency), each with its goal and the plan's next follow-up, and a way to say
 * how far it has come. Nothing else of the family is asked for, nor shown.
 */
export function AgencyActions() {
  const { data, error, loading } = useQuery(AgencyActionsDocument);
  const families = byFamily(data?.agencyActions ?? []);
  return (
    <>
      {error && <ErrorNotice error={error} />}
      {loading && !data && <Loading what="din verksamhets insatser" />}
      {data && families.length === 0 && (
        <p>Din verksamhet har inga insatser i någon familjs SIP just nu, eller så har familjen inte samtyckt till att planen delas med er. Insatser visas här när en familj har samtyckt till det.</p>
      )}
      {families.map(([reference, actions]) => (
        <section key={reference} className="agency-family" aria-labelledby={`family-${reference}`}>
          <h3 id={`family-${reference}`}>
            Familjen {reference}
            {actions[0] && actions[0].children.length > 0 ? `: ${actions[0].children.join(', ')}` : ''}
          </h3>
          <p>Nästa uppföljning av planen: {actions[0]?.nextFollowUp ?? 'inte bestämd'}</p>
          <ul className="plain agency-actions">
            {actions.map((a) => (
              <ActionItem key={a.action.id} item={a} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function ActionItem({ item }: { item: AgencyAction }) {
  const id = useId();
  const { action } = item;
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [update, { loading, error }] = useMutation(UpdateActionStatusMutation);
  const serverError = useServerError(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    serverError.hide();
    setDone(null);
    const long = tooLong(note, textLimits.actionNote);
    setProblem(long ? `Anteckningen är för lång. ${long}` : null);
    if (long) return;
    if (status === action.status && !note.trim()) return setDone(`Insatsen är redan ${actionStatusName[status].toLowerCase()}. Välj en annan status eller skriv en anteckning.`);
    const saved = await update({ variables: { actionId: action.id, status, ...(note.trim() ? { note: note.trim() } : {}) } }).catch(() => null);
    if (!saved?.data) return;
    setDone(`Sparat: ${action.description} är nu ${actionStatusName[saved.data.updateActionStatus.status].toLowerCase()}.`);
    setNote('');
  };
  const overdue = action.dueDate && (action.status === 'PLANNED' || action.status === 'IN_PROGRESS');
  return (
    <li className="card agency-action">
      <h4 id={`${id}-title`}>{action.description}</h4>
      <dl className="facts">
        <div>
          <dt>Mål ({outcomeAreaName[item.area].toLowerCase()})</dt>
          <dd>{item.goal}</dd>
        </div>
        <div>
          <dt>Klar senast</dt>
          <dd>{action.dueDate ?? 'Inget datum'}</dd>
        </div>
        {action.latestNote && (
          <div>
            <dt>Senaste anteckning</dt>
            <dd>
              {dateTime(action.latestNote.at).slice(0, 10)}, {action.latestNote.byName}: {action.latestNote.note}
            </dd>
          </div>
        )}
        <div>
          <dt>Status</dt>
          <dd>
            <span className={overdue ? 'badge badge-pending' : 'badge'}>{actionStatusName[action.status]}</span>
          </dd>
        </div>
      </dl>
      {/* Named with the family: two families' plans may hold actions of the same words. */}
      <form className="action-status" onSubmit={submit} aria-label={`Ange hur det går: ${action.description}, familjen ${item.familyReference}`} noValidate>
        <div className="inline">
          <label htmlFor={`${id}-status`}>Ny status</label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {actionStatusName[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>Anteckning (frivillig)</label>
          <textarea id={`${id}-note`} rows={2} value={note} maxLength={textLimits.actionNote} onChange={(e) => setNote(e.target.value)} {...describedBy(`${id}-note`, problem ?? undefined)} />
          <p id={`${id}-note-hint`} className="hint">
            Kort om hur det går, till exempel vad som är gjort. Koordinatorn ser den i planen. {limitHint(textLimits.actionNote)}
          </p>
          <FieldProblem id={`${id}-note`} problem={problem ?? undefined} />
        </div>
        <button type="submit" className="primary" disabled={loading}>
          Spara
        </button>
        {serverError.shown && <ErrorNotice error={serverError.shown} />}
        <p role="status" className="done">
          {done}
        </p>
      </form>
    </li>
  );
}
