import { useMutation } from '@apollo/client';
import { useId, useRef, useState } from 'react';
import type { Agency, ObstacleKind } from '../../gql/graphql.js';
import { RecordObstacleMutation } from '../../operations/obstacles.js';
import { ChangeForm } from '../../ui/change-form.js';
import { todayInSweden } from '../../ui/dates.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { describedBy, focusFirstProblem, type Problems } from '../../ui/field-problems.js';
import { agencies, agencyName } from '../../words/terms.js';
import { limitHint, tooLong } from '../../words/text-limits.js';
import { obstacleKindName, obstacleKinds, whereName } from './words.js';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const maxText = 2000;
const other = 'OTHER_PART';

/**
 * Registrera ett hinder: where the family met it, what kind, what happened and when. The text is
 * read by the management group without the family's name, so the form asks for none.
 */
export function ObstacleForm({ familyId, refetch }: { familyId: string; refetch: string[] }) {
  const id = useId();
  const fields = useRef<HTMLDivElement>(null);
  const today = todayInSweden();
  const [where, setWhere] = useState<string>(agencies[0] ?? other);
  const [kind, setKind] = useState<ObstacleKind>('WAITING_TIME');
  const [description, setDescription] = useState('');
  const [occurredOn, setOccurredOn] = useState(today);
  const [problems, setProblems] = useState<Problems<'description' | 'occurredOn'>>({});
  const [done, setDone] = useState<string | null>(null);
  const [record, { loading, error }] = useMutation(RecordObstacleMutation, { refetchQueries: refetch, awaitRefetchQueries: true });
  return (
    <ChangeForm
      summary="Registrera ett hinder"
      className="obstacle-form"
      busy={loading}
      error={error}
      done={done}
      submit={async () => {
        setDone(null);
        const found: typeof problems = {};
        const long = tooLong(description, maxText);
        if (!description.trim()) found.description = 'Beskriv vad som hände.';
        else if (long) found.description = long;
        if (!isoDay.test(occurredOn)) found.occurredOn = 'Ange när det hände, till exempel 2026-11-02.';
        else if (occurredOn > today) found.occurredOn = 'Ett hinder har redan hänt: välj i dag eller ett tidigare datum.';
        setProblems(found);
        if (Object.keys(found).length > 0) return focusFirstProblem(fields.current);
        const agency = where === other ? null : (where as Agency);
        await record({ variables: { input: { familyId, agency, kind, description: description.trim(), occurredOn } } });
        setDone(`Registrerat: ${obstacleKindName[kind].toLowerCase()}, ${whereName(agency).toLowerCase()}, ${occurredOn}.`);
        setDescription('');
      }}
    >
      <div ref={fields}>
        <div className="two">
          <div className="field">
            <label htmlFor={`${id}-where`}>Var mötte ni hindret?</label>
            <select id={`${id}-where`} value={where} onChange={(e) => setWhere(e.target.value)}>
              {agencies.map((a) => (
                <option key={a} value={a}>
                  {agencyName[a]}
                </option>
              ))}
              <option value={other}>Annan del av stödet</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>Vad för slags hinder?</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as ObstacleKind)}>
              {obstacleKinds.map((k) => (
                <option key={k} value={k}>
                  {obstacleKindName[k]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>Vad hände?</label>
          <textarea
            id={`${id}-description`}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            rows={3}
            maxLength={maxText}
            {...describedBy(`${id}-description`, problems.description)}
          />
          <p id={`${id}-description-hint`} className="hint">
            Skriv inga namn eller personnummer: ledningsgruppen läser texten utan att veta vilken familj det gäller. {limitHint(maxText)}
          </p>
          <FieldProblem id={`${id}-description`} problem={problems.description} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>När hände det?</label>
          <input id={`${id}-date`} type="date" value={occurredOn} max={today} onChange={(e) => setOccurredOn(e.target.value)} {...describedBy(`${id}-date`, problems.occurredOn)} />
          <p id={`${id}-date-hint`} className="hint">
            I dag eller tidigare, högst två år tillbaka.
          </p>
          <FieldProblem id={`${id}-date`} problem={problems.occurredOn} />
        </div>
      </div>
    </ChangeForm>
  );
}
