import { useMutation } from '@apollo/client';
import { useId, useRef, useState } from 'react';
import type { Agency, MeetingKind } from '../../gql/graphql.js';
import { RecordMeetingMutation } from '../../operations/rhythm.js';
import { ChangeForm } from '../../ui/change-form.js';
import { todayInSweden } from '../../ui/dates.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { describedBy, focusFirstProblem, type Problems } from '../../ui/field-problems.js';
import { agencies, agencyName, meetingKindName } from '../../words/terms.js';
import { limitHint, textLimits, tooLong } from '../../words/text-limits.js';
import { refreshAfterRhythmChange } from './refresh.js';

const kinds = Object.keys(meetingKindName) as MeetingKind[];
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isTime = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Registrera eller boka möte: a meeting held (today or earlier) or booked (a day ahead), with the
 * agencies taking part and what it was or is to be about. The work list shows a booked one as
 * "Nästa möte", and a joint home visit or a check-in ends the rhythm's signal.
 */
export function MeetingForm({ familyId, reference }: { familyId: string; reference: string }) {
  const id = useId();
  const fields = useRef<HTMLDivElement>(null);
  const today = todayInSweden();
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<MeetingKind>('COORDINATION');
  const [taking, setTaking] = useState<Set<Agency>>(new Set());
  const [summary, setSummary] = useState('');
  const [time, setTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [place, setPlace] = useState('');
  const [problems, setProblems] = useState<Problems<'date' | 'time' | 'endTime' | 'place' | 'agencies' | 'summary'>>({});
  const [done, setDone] = useState<string | null>(null);
  const [record, { loading, error }] = useMutation(RecordMeetingMutation, refreshAfterRhythmChange(reference));
  const booking = date > today;
  const toggle = (agency: Agency) => setTaking((t) => (t.has(agency) ? new Set([...t].filter((a) => a !== agency)) : new Set([...t, agency])));
  return (
    <ChangeForm
      summary="Registrera eller boka möte"
      submitLabel={booking ? 'Boka mötet' : 'Registrera mötet'}
      className="rhythm-form meeting-form"
      busy={loading}
      error={error}
      done={done}
      submit={async () => {
        setDone(null);
        const found: typeof problems = {};
        if (!isoDay.test(date)) found.date = 'Ange mötets datum, till exempel 2026-12-01.';
        if (time && !isTime.test(time)) found.time = 'Skriv tiden som TT:MM, till exempel 09:30, eller lämna fältet tomt.';
        if (endTime && !time) found.endTime = 'Skriv först när mötet börjar, eller lämna sluttiden tom.';
        else if (endTime && !isTime.test(endTime)) found.endTime = 'Skriv sluttiden som TT:MM, till exempel 10:30.';
        else if (endTime && endTime <= time) found.endTime = `Sluttiden ska vara efter starttiden ${time}, samma dag.`;
        const placeLong = tooLong(place, textLimits.place);
        if (placeLong) found.place = `Platsen är för lång. ${placeLong}`;
        if (taking.size === 0) found.agencies = 'Välj minst en verksamhet som deltar.';
        if (!summary.trim()) found.summary = booking ? 'Skriv vad mötet ska handla om.' : 'Skriv kort vad mötet handlade om.';
        else if (tooLong(summary, textLimits.summary)) found.summary = `Sammanfattningen är för lång. ${tooLong(summary, textLimits.summary)}`;
        setProblems(found);
        if (Object.keys(found).length > 0) return focusFirstProblem(fields.current);
        const chosen = agencies.filter((a) => taking.has(a));
        await record({
          variables: {
            input: {
              familyId,
              date,
              kind,
              agencies: chosen,
              summary: summary.trim(),
              ...(time ? { time } : {}),
              ...(time && endTime ? { endTime } : {}),
              ...(place.trim() ? { place: place.trim() } : {}),
            },
          },
        });
        setDone(`${booking ? 'Bokat' : 'Registrerat'}: ${meetingKindName[kind]} ${date}${time ? ` klockan ${time}` : ''}${place.trim() ? `, ${place.trim()}` : ''}.`);
        setSummary('');
        setTaking(new Set());
        setTime('');
        setEndTime('');
        setPlace('');
      }}
    >
      <div ref={fields}>
        <div className="two">
          <div className="field">
            <label htmlFor={`${id}-date`}>Datum</label>
            <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} required {...describedBy(`${id}-date`, problems.date)} />
            <p id={`${id}-date-hint`} className="hint">
              Ett datum framåt i tiden bokar mötet.
            </p>
            <FieldProblem id={`${id}-date`} problem={problems.date} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>Slag av möte</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)} aria-describedby={`${id}-kind-hint`}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {meetingKindName[k]}
                </option>
              ))}
            </select>
            <p id={`${id}-kind-hint`} className="hint">
              Gemensamt hembesök: du och minst en verksamhet hos familjen. Avstämning: verksamheterna utan familjen.
            </p>
          </div>
        </div>
        <div className="three">
          <div className="field">
            <label htmlFor={`${id}-time`}>Tid (frivillig)</label>
            <input id={`${id}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} {...describedBy(`${id}-time`, problems.time)} />
            <p id={`${id}-time-hint`} className="hint">
              När mötet börjar. Utan tid blir det en heldag i kalendern.
            </p>
            <FieldProblem id={`${id}-time`} problem={problems.time} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-end`}>Sluttid (frivillig)</label>
            <input id={`${id}-end`} type="time" value={endTime} onChange={(e) => setEndTime(e.target.value)} {...describedBy(`${id}-end`, problems.endTime)} />
            <p id={`${id}-end-hint`} className="hint">
              Utan sluttid räknas en timme.
            </p>
            <FieldProblem id={`${id}-end`} problem={problems.endTime} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-place`}>Plats (frivillig)</label>
            <input id={`${id}-place`} value={place} maxLength={textLimits.place} onChange={(e) => setPlace(e.target.value)} {...describedBy(`${id}-place`, problems.place)} />
            <p id={`${id}-place-hint`} className="hint">
              Till exempel familjens hem eller Familjecentralen, rum 2. {limitHint(textLimits.place)}
            </p>
            <FieldProblem id={`${id}-place`} problem={problems.place} />
          </div>
        </div>
        <fieldset className="choices" aria-describedby={problems.agencies ? `${id}-agencies-problem` : undefined}>
          <legend>Verksamheter som deltar</legend>
          {agencies.map((a) => (
            <label key={a}>
              <input type="checkbox" checked={taking.has(a)} onChange={() => toggle(a)} aria-invalid={problems.agencies ? true : undefined} /> {agencyName[a]}
            </label>
          ))}
          <FieldProblem id={`${id}-agencies`} problem={problems.agencies} />
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-summary`}>Sammanfattning</label>
          <textarea
            id={`${id}-summary`}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            rows={3}
            maxLength={textLimits.summary}
            required
            {...describedBy(`${id}-summary`, problems.summary)}
          />
          <p id={`${id}-summary-hint`} className="hint">
            Vad mötet handlade om, eller för ett bokat möte vad det ska handla om. Familjen kan läsa det. {limitHint(textLimits.summary)}
          </p>
          <FieldProblem id={`${id}-summary`} problem={problems.summary} />
        </div>
      </div>
    </ChangeForm>
  );
}
