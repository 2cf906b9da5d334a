import { useMutation } from '@apollo/client';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { AgeBand, ConsultationsQuery } from '../../gql/graphql.js';
import { ConsultationsQuery as ConsultationsDocument, RequestConsultationMutation } from '../../operations/consultations.js';
import { ErrorNotice } from '../../ui/error-notice.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { describedBy, focusFirstProblem, type Problems } from '../../ui/field-problems.js';
import { useServerError } from '../../ui/server-error.js';
import { limitHint, tooLong } from '../../words/text-limits.js';
import { ageBandName, ageBands, consultationLimits, schoolYearName, schoolYears } from './consultation-words.js';

type Team = ConsultationsQuery['consultationTeams'][number];

/**
 * Skicka en konsultationsfråga: the child described without being named (age band, årskurs,
 * skolenhet) and the question. The graph checks every text for identity numbers and known names
 * and refuses it with the reason; the form says so before anything is written.
 */
/** A coordinator adds a question to the team's own queue; agency staff send it to the coordinator. */
export function RequestForm({ teams, coordinator }: { teams: readonly Team[]; coordinator: boolean }) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '');
  const [ageBand, setAgeBand] = useState<AgeBand | ''>('');
  const [schoolYear, setSchoolYear] = useState('');
  const [schoolUnit, setSchoolUnit] = useState('');
  const [question, setQuestion] = useState('');
  const [problems, setProblems] = useState<Problems<'ageBand' | 'question' | 'schoolUnit'>>({});
  const [done, setDone] = useState<string | null>(null);
  const [send, { loading, error }] = useMutation(RequestConsultationMutation, { refetchQueries: [{ query: ConsultationsDocument }], awaitRefetchQueries: true });
  const serverError = useServerError(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    serverError.hide();
    setDone(null);
    const found: typeof problems = {};
    if (!ageBand) found.ageBand = 'Välj barnets ålder.';
    if (!question.trim()) found.question = 'Skriv frågan som teamet ska ta upp.';
    else if (tooLong(question, consultationLimits.question)) found.question = `Frågan är för lång. ${tooLong(question, consultationLimits.question)}`;
    if (tooLong(schoolUnit, consultationLimits.schoolUnit)) found.schoolUnit = `Skolenheten är för lång. ${tooLong(schoolUnit, consultationLimits.schoolUnit)}`;
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstProblem(form.current);
    const input = {
      teamId,
      ageBand: ageBand as AgeBand,
      question: question.trim(),
      ...(schoolYear ? { schoolYear: Number(schoolYear) } : {}),
      ...(schoolUnit.trim() ? { schoolUnit: schoolUnit.trim() } : {}),
    };
    const sent = await send({ variables: { input } }).catch(() => null);
    if (!sent?.data) return;
    setDone(`Frågan är skickad till koordinatorn som ärende ${sent.data.requestConsultation.reference}.`);
    setAgeBand('');
    setSchoolYear('');
    setSchoolUnit('');
    setQuestion('');
  };
  return (
    <form ref={form} className="consultation-request" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>Skicka en konsultationsfråga</h2>
      <p className="hint">
        Beskriv svårigheten utan att peka ut barnet: skriv inga personnummer, samordningsnummer eller namn. Innan texten sparas stoppas personnummer, samordningsnummer och namn som Lotsen känner till,
        men alla namn kan Lotsen inte känna igen: det är du som ser till att ingen går att känna igen.
      </p>
      {teams.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-team`}>Team</label>
          <select id={`${id}-team`} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({t.municipality})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-age`}>Barnets ålder</label>
        <select id={`${id}-age`} value={ageBand} onChange={(e) => setAgeBand(e.target.value as AgeBand)} {...describedBy(`${id}-age`, problems.ageBand, false)}>
          <option value="">Välj ålder</option>
          {ageBands.map((a) => (
            <option key={a} value={a}>
              {ageBandName[a]}
            </option>
          ))}
        </select>
        <FieldProblem id={`${id}-age`} problem={problems.ageBand} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-year`}>Årskurs (frivillig)</label>
        <select id={`${id}-year`} value={schoolYear} onChange={(e) => setSchoolYear(e.target.value)}>
          <option value="">Ingen årskurs</option>
          {schoolYears.map((y) => (
            <option key={y} value={y}>
              {schoolYearName(y)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-unit`}>Skolenhet (frivillig)</label>
        <input
          id={`${id}-unit`}
          value={schoolUnit}
          maxLength={consultationLimits.schoolUnit}
          onChange={(e) => setSchoolUnit(e.target.value)}
          {...describedBy(`${id}-unit`, problems.schoolUnit, false)}
        />
        <FieldProblem id={`${id}-unit`} problem={problems.schoolUnit} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-question`}>Frågan</label>
        <textarea
          id={`${id}-question`}
          rows={4}
          value={question}
          maxLength={consultationLimits.question}
          onChange={(e) => setQuestion(e.target.value)}
          {...describedBy(`${id}-question`, problems.question)}
        />
        <p id={`${id}-question-hint`} className="hint">
          Vad skolan eller verksamheten ser och vad ni vill ha råd om. {limitHint(consultationLimits.question)}
        </p>
        <FieldProblem id={`${id}-question`} problem={problems.question} />
      </div>
      <button type="submit" className="primary" disabled={loading}>
        {coordinator ? 'Lägg till i kön' : 'Skicka till koordinatorn'}
      </button>
      {serverError.shown && <ErrorNotice error={serverError.shown} />}
      <p role="status" className="done">
        {done}
      </p>
    </form>
  );
}
