import { useMutation } from '@apollo/client';
import { useId, useRef, useState } from 'react';
import { RecordParentsOccupationMutation } from '../../operations/occupation.js';
import { ChangeForm } from '../../ui/change-form.js';
import { todayInSweden } from '../../ui/dates.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { describedBy, focusFirstProblem } from '../../ui/field-problems.js';
import { occupationName } from '../../words/terms.js';
import { OccupationFields, parentsChoiceFor, parentsInput, parentsProblems } from './occupation-fields.js';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Registrera föräldrarnas sysselsättning: at the start of coordination and at each follow-up
 * (arbete, studier, sjukskrivning, arbetslös, annat), the outcome area the statistics follow.
 */
export function OccupationForm({ familyId, guardians }: { familyId: string; guardians: number }) {
  const id = useId();
  const fields = useRef<HTMLDivElement>(null);
  const today = todayInSweden();
  const [date, setDate] = useState(today);
  const [choice, setChoice] = useState(() => parentsChoiceFor(guardians));
  const [problems, setProblems] = useState<{ date?: string; first?: string; second?: string }>({});
  const [done, setDone] = useState<string | null>(null);
  const [record, { loading, error }] = useMutation(RecordParentsOccupationMutation);
  return (
    <ChangeForm
      summary="Registrera föräldrarnas sysselsättning"
      className="rhythm-form occupation-form"
      busy={loading}
      error={error}
      done={done}
      submit={async () => {
        setDone(null);
        const found = {
          ...(!isoDay.test(date)
            ? { date: 'Skriv dagen som ÅÅÅÅ-MM-DD, till exempel 2026-11-02.' }
            : date > today
              ? { date: 'Sysselsättningen registreras för i dag eller en tidigare dag, inte framåt i tiden.' }
              : {}),
          ...parentsProblems(choice),
        };
        setProblems(found);
        if (Object.keys(found).length > 0) return focusFirstProblem(fields.current);
        const parents = parentsInput(choice);
        await record({ variables: { input: { familyId, date, parents } } });
        setDone(`Registrerat ${date}: ${parents.map((p, i) => `förälder ${i + 1} ${occupationName[p].toLowerCase()}`).join(', ')}.`);
      }}
    >
      <div ref={fields}>
        <div className="field">
          <label htmlFor={`${id}-date`}>Datum</label>
          <input id={`${id}-date`} type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} {...describedBy(`${id}-date`, problems.date)} />
          <p id={`${id}-date-hint`} className="hint">
            Vid starten av samordningen och vid varje uppföljning. I dag eller tidigare.
          </p>
          <FieldProblem id={`${id}-date`} problem={problems.date} />
        </div>
        <OccupationFields id={`${id}-parents`} value={choice} onChange={setChoice} problems={problems} />
      </div>
    </ChangeForm>
  );
}
