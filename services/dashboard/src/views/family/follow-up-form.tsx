import { useMutation } from '@apollo/client';
import { useId, useRef, useState } from 'react';
import type { OutcomeArea } from '../../gql/graphql.js';
import { RecordFollowUpMutation } from '../../operations/rhythm.js';
import { ChangeForm } from '../../ui/change-form.js';
import { todayInSweden } from '../../ui/dates.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { describedBy, focusFirstProblem, type Problems } from '../../ui/field-problems.js';
import { outcomeAreaName, outcomeAreas, ratingName } from '../../words/terms.js';
import { limitHint, textLimits } from '../../words/text-limits.js';
import { refreshAfterRhythmChange } from './refresh.js';

const ratings = [1, 2, 3, 4, 5] as const;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Registrera uppföljning: how one outcome area has gone, 1 (much worse) to 5 (much better), on a
 * day that has come (the server refuses one ahead, and the page says so in Swedish).
 */
export function FollowUpForm({ familyId, reference }: { familyId: string; reference: string }) {
  const id = useId();
  const fields = useRef<HTMLDivElement>(null);
  const today = todayInSweden();
  const [date, setDate] = useState(today);
  const [area, setArea] = useState<OutcomeArea>('HOME_LIFE');
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<Problems<'date' | 'rating'>>({});
  const [done, setDone] = useState<string | null>(null);
  const [record, { loading, error }] = useMutation(RecordFollowUpMutation, refreshAfterRhythmChange(reference));
  return (
    <ChangeForm
      summary="Registrera uppföljning"
      className="rhythm-form follow-up-form"
      busy={loading}
      error={error}
      done={done}
      submit={async () => {
        setDone(null);
        const found: typeof problems = {};
        if (!isoDay.test(date)) found.date = 'Ange uppföljningens datum, till exempel 2026-11-02.';
        if (rating === null) found.rating = 'Välj ett betyg från 1 till 5.';
        setProblems(found);
        if (rating === null || Object.keys(found).length > 0) return focusFirstProblem(fields.current);
        await record({ variables: { input: { familyId, date, area, rating, comment: comment.trim() } } });
        setDone(`Registrerat: ${outcomeAreaName[area]} ${date}, betyg ${rating} (${ratingName[rating]}).`);
        setRating(null);
        setComment('');
      }}
    >
      <div ref={fields}>
        <div className="two">
          <div className="field">
            <label htmlFor={`${id}-date`}>Datum</label>
            <input id={`${id}-date`} type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} required {...describedBy(`${id}-date`, problems.date)} />
            <p id={`${id}-date-hint`} className="hint">
              I dag eller tidigare: en uppföljning görs av det som har hänt.
            </p>
            <FieldProblem id={`${id}-date`} problem={problems.date} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-area`}>Område</label>
            <select id={`${id}-area`} value={area} onChange={(e) => setArea(e.target.value as OutcomeArea)}>
              {outcomeAreas.map((a) => (
                <option key={a} value={a}>
                  {outcomeAreaName[a]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset className="choices" aria-describedby={problems.rating ? `${id}-rating-problem` : undefined}>
          <legend>Betyg: hur har det gått inom området?</legend>
          {ratings.map((r) => (
            <label key={r}>
              <input type="radio" name={`${id}-rating`} value={r} checked={rating === r} onChange={() => setRating(r)} aria-invalid={problems.rating ? true : undefined} /> {r} – {ratingName[r]}
            </label>
          ))}
          <FieldProblem id={`${id}-rating`} problem={problems.rating} />
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-comment`}>Kommentar (frivillig)</label>
          <textarea id={`${id}-comment`} value={comment} onChange={(e) => setComment(e.target.value)} rows={2} maxLength={textLimits.comment} aria-describedby={`${id}-comment-hint`} />
          <p id={`${id}-comment-hint`} className="hint">
            {limitHint(textLimits.comment)}
          </p>
        </div>
      </div>
    </ChangeForm>
  );
}
