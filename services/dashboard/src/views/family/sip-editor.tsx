import { useMutation } from '@apollo/client';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import type { ActionStatus, Agency, OutcomeArea, PlanStatus, SipPlanFieldsFragment } from '../../gql/graphql.js';
import { FamilyPlanQuery, UpdatePlanMutation } from '../../operations/plan.js';
import { WorkListQuery } from '../../operations/work-list.js';
import { type ActionDraft, draftOf, fieldId, type GoalDraft, inputOf, newAction, newGoal, newParticipant, type ParticipantDraft, type PlanDraft, problemsOf } from '../../plan/plan-draft.js';
import { ErrorNotice } from '../../ui/error-notice.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { describedBy, focusFirstProblem } from '../../ui/field-problems.js';
import { useServerError } from '../../ui/server-error.js';
import { actionStatusName, agencies, agencyName, outcomeAreaName, outcomeAreas, planStatusName } from '../../words/terms.js';
import { limitHint, textLimits } from '../../words/text-limits.js';

const statuses: ActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
const planStatuses: PlanStatus[] = ['DRAFT', 'ACTIVE', 'CLOSED'];

interface Props {
  familyId: string;
  reference: string;
  plan: SipPlanFieldsFragment | null | undefined;
  onDone: (saved: string | null) => void;
}

/**
 * The SIP as it is written with the family at the SIP meeting: the lead agency, who takes part,
 * the goals per outcome area with the actions that serve them (who carries each out, by when, how
 * far it has come), and the next follow-up. Saving replaces the plan the family had.
 */
export function SipEditor({ familyId, reference, plan, onDone }: Props) {
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(plan));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  const [save, { loading, error }] = useMutation(UpdatePlanMutation, {
    refetchQueries: [{ query: FamilyPlanQuery, variables: { reference } }, { query: WorkListQuery }, 'PlanVersions'],
    awaitRefetchQueries: true,
  });
  const serverError = useServerError(error);
  const change = (next: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...next }));
  const setGoal = (key: number, next: Partial<GoalDraft>) => setDraft((d) => ({ ...d, goals: d.goals.map((g) => (g.key === key ? { ...g, ...next } : g)) }));
  const setAction = (goal: GoalDraft, key: number, next: Partial<ActionDraft>) => setGoal(goal.key, { actions: goal.actions.map((a) => (a.key === key ? { ...a, ...next } : a)) });
  const setParticipant = (key: number, next: Partial<ParticipantDraft>) => setDraft((d) => ({ ...d, participants: d.participants.map((p) => (p.key === key ? { ...p, ...next } : p)) }));
  // A row added is where one types next; a row removed leaves focus on the button that adds.
  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    serverError.hide();
    const found = problemsOf(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstProblem(form.current);
    const saved = await save({ variables: { input: inputOf(familyId, draft) } }).catch(() => null);
    if (saved?.data) onDone(plan ? 'Planen är sparad.' : 'Planen är skriven och sparad.');
  };

  return (
    <form ref={form} className="sip-editor" onSubmit={submit} noValidate aria-labelledby="sip-editor-heading">
      <h3 id="sip-editor-heading">{plan ? 'Ändra SIP' : 'Skriv SIP'}</h3>
      <p className="hint">Planen skrivs tillsammans med familjen och verksamheterna på SIP-mötet. När du sparar ersätter den planen som familjen hade.</p>
      <div className="two">
        <Field id="plan-lead" label="Huvudansvarig verksamhet">
          <select id="plan-lead" value={draft.leadAgency} onChange={(e) => change({ leadAgency: e.target.value as Agency })}>
            {agencies.map((a) => (
              <option key={a} value={a}>
                {agencyName[a]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="plan-status" label="Planens status">
          <select id="plan-status" value={draft.status} onChange={(e) => change({ status: e.target.value as PlanStatus })}>
            {planStatuses.map((s) => (
              <option key={s} value={s}>
                {planStatusName[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={fieldId.nextFollowUp} label="Nästa uppföljning" hint="Dagen då planen följs upp med familjen. Lämna tomt om den inte är bestämd." problem={problems[fieldId.nextFollowUp]}>
          <input
            id={fieldId.nextFollowUp}
            type="date"
            value={draft.nextFollowUp}
            onChange={(e) => change({ nextFollowUp: e.target.value })}
            {...describedBy(fieldId.nextFollowUp, problems[fieldId.nextFollowUp])}
          />
        </Field>
      </div>

      <fieldset className="participants">
        <legend>Deltagare</legend>
        <p className="hint" id="participants-hint">
          Alla som tar del i planen: familjen och de som företräder verksamheterna. Namn och roll högst {textLimits.participant} tecken var.
        </p>
        {draft.participants.map((p, i) => (
          <div className="row" key={p.key}>
            <Field id={fieldId.participantName(p)} label={`Deltagare ${i + 1}: namn`} problem={problems[fieldId.participantName(p)]} hint={null}>
              <input
                id={fieldId.participantName(p)}
                value={p.name}
                maxLength={textLimits.participant}
                onChange={(e) => setParticipant(p.key, { name: e.target.value })}
                {...describedBy(fieldId.participantName(p), problems[fieldId.participantName(p)], false)}
              />
            </Field>
            <Field id={fieldId.participantRole(p)} label={`Deltagare ${i + 1}: roll`} problem={problems[fieldId.participantRole(p)]} hint={null}>
              <input
                id={fieldId.participantRole(p)}
                value={p.role}
                maxLength={textLimits.participant}
                onChange={(e) => setParticipant(p.key, { role: e.target.value })}
                {...describedBy(fieldId.participantRole(p), problems[fieldId.participantRole(p)], false)}
              />
            </Field>
            <Field id={`participant-${p.key}-agency`} label={`Deltagare ${i + 1}: verksamhet`} hint={null}>
              <select id={`participant-${p.key}-agency`} value={p.agency} onChange={(e) => setParticipant(p.key, { agency: e.target.value as Agency | '' })}>
                <option value="">Ingen verksamhet (familjen eller annan)</option>
                {agencies.map((a) => (
                  <option key={a} value={a}>
                    {agencyName[a]}
                  </option>
                ))}
              </select>
            </Field>
            <button
              type="button"
              className="remove"
              onClick={() => {
                setDraft((d) => ({ ...d, participants: d.participants.filter((x) => x.key !== p.key) }));
                focusLater('add-participant');
              }}
            >
              Ta bort deltagare {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          id="add-participant"
          onClick={() => {
            const added = newParticipant();
            setDraft((d) => ({ ...d, participants: [...d.participants, added] }));
            focusLater(fieldId.participantName(added));
          }}
        >
          Lägg till deltagare
        </button>
      </fieldset>

      <h4 id="goals-heading">Mål och insatser</h4>
      <FieldProblem id={fieldId.goals} problem={problems[fieldId.goals]} />
      {draft.goals.map((goal, i) => (
        <fieldset className="goal-editor" key={goal.key}>
          <legend>Mål {i + 1}</legend>
          <Field id={`goal-${goal.key}-area`} label={`Mål ${i + 1}: område`} hint={null}>
            <select id={`goal-${goal.key}-area`} value={goal.area} onChange={(e) => setGoal(goal.key, { area: e.target.value as OutcomeArea })}>
              {outcomeAreas.map((a) => (
                <option key={a} value={a}>
                  {outcomeAreaName[a]}
                </option>
              ))}
            </select>
          </Field>
          <Field id={fieldId.goalDescription(goal)} label={`Mål ${i + 1}: vad familjen vill uppnå`} hint={limitHint(textLimits.planText)} problem={problems[fieldId.goalDescription(goal)]}>
            <textarea
              id={fieldId.goalDescription(goal)}
              rows={2}
              value={goal.description}
              maxLength={textLimits.planText}
              onChange={(e) => setGoal(goal.key, { description: e.target.value })}
              {...describedBy(fieldId.goalDescription(goal), problems[fieldId.goalDescription(goal)])}
            />
          </Field>
          {goal.actions.map((action, j) => (
            <fieldset className="action-editor" key={action.key}>
              <legend>
                Mål {i + 1}, insats {j + 1}
              </legend>
              <Field
                id={fieldId.actionDescription(action)}
                label={`Mål ${i + 1}, insats ${j + 1}: vad som ska göras`}
                hint={limitHint(textLimits.planText)}
                problem={problems[fieldId.actionDescription(action)]}
              >
                <input
                  id={fieldId.actionDescription(action)}
                  value={action.description}
                  maxLength={textLimits.planText}
                  onChange={(e) => setAction(goal, action.key, { description: e.target.value })}
                  {...describedBy(fieldId.actionDescription(action), problems[fieldId.actionDescription(action)])}
                />
              </Field>
              <div className="three">
                <Field id={`action-${action.key}-agency`} label={`Mål ${i + 1}, insats ${j + 1}: ansvarig verksamhet`} hint={null}>
                  <select id={`action-${action.key}-agency`} value={action.responsibleAgency} onChange={(e) => setAction(goal, action.key, { responsibleAgency: e.target.value as Agency })}>
                    {agencies.map((a) => (
                      <option key={a} value={a}>
                        {agencyName[a]}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field id={fieldId.actionDue(action)} label={`Mål ${i + 1}, insats ${j + 1}: klar senast`} hint={null} problem={problems[fieldId.actionDue(action)]}>
                  <input
                    id={fieldId.actionDue(action)}
                    type="date"
                    value={action.dueDate}
                    onChange={(e) => setAction(goal, action.key, { dueDate: e.target.value })}
                    {...describedBy(fieldId.actionDue(action), problems[fieldId.actionDue(action)], false)}
                  />
                </Field>
                <Field id={`action-${action.key}-status`} label={`Mål ${i + 1}, insats ${j + 1}: status`} hint={null}>
                  <select id={`action-${action.key}-status`} value={action.status} onChange={(e) => setAction(goal, action.key, { status: e.target.value as ActionStatus })}>
                    {statuses.map((s) => (
                      <option key={s} value={s}>
                        {actionStatusName[s]}
                      </option>
                    ))}
                  </select>
                </Field>
              </div>
              <button
                type="button"
                className="remove"
                onClick={() => {
                  setGoal(goal.key, { actions: goal.actions.filter((a) => a.key !== action.key) });
                  focusLater(`add-action-${goal.key}`);
                }}
              >
                Ta bort mål {i + 1}, insats {j + 1}
              </button>
            </fieldset>
          ))}
          <div className="actions">
            <button
              type="button"
              id={`add-action-${goal.key}`}
              onClick={() => {
                const added = newAction(goal.actions.at(-1)?.responsibleAgency);
                setGoal(goal.key, { actions: [...goal.actions, added] });
                focusLater(fieldId.actionDescription(added));
              }}
            >
              Lägg till insats under mål {i + 1}
            </button>
            <button
              type="button"
              className="remove"
              onClick={() => {
                setDraft((d) => ({ ...d, goals: d.goals.filter((g) => g.key !== goal.key) }));
                focusLater('add-goal');
              }}
            >
              Ta bort mål {i + 1}
            </button>
          </div>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          id="add-goal"
          onClick={() => {
            const added = newGoal(draft.goals.at(-1)?.area);
            setDraft((d) => ({ ...d, goals: [...d.goals, added] }));
            focusLater(fieldId.goalDescription(added));
          }}
        >
          Lägg till mål
        </button>
      </p>
      {serverError.shown && <ErrorNotice error={serverError.shown} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={loading}>
          Spara planen
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Avbryt
        </button>
      </div>
    </form>
  );
}

/** A labelled field with its hint and its problem under it. `hint` null: none. */
function Field({ id, label, hint, problem, children }: { id: string; label: string; hint?: string | null; problem?: string | undefined; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldProblem id={id} problem={problem} />
    </div>
  );
}
