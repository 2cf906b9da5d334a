import { useMutation } from '@apollo/client';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { ClosingReason } from '../../gql/graphql.js';
import { CloseFamilyMutation, ReopenFamilyMutation } from '../../operations/closing.js';
import { WorkListQuery } from '../../operations/work-list.js';
import { addToDate, todayInSweden } from '../../ui/dates.js';
import { ErrorNotice } from '../../ui/error-notice.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { describedBy, focusFirstProblem } from '../../ui/field-problems.js';
import { useServerError } from '../../ui/server-error.js';
import { closingReasonName, closingReasons, occupationName, outcomeAreaName, outcomeAreas, ratingName } from '../../words/terms.js';
import { limitHint, textLimits, tooLong } from '../../words/text-limits.js';
import { OccupationFields, parentsChoiceFor, parentsInput, parentsProblems } from './occupation-fields.js';
import type { Family } from './types.js';

/** How long a closed family stays readable and may be reopened (docs/consent.md, "When coordination ends"). */
const readableDays = 90;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A reason written as a sentence of its own, without its full stop: the page's sentence ends it. */
const withoutStop = (text: string) => text.trim().replace(/[.!]+$/, '');
const ratings = [1, 2, 3, 4, 5] as const;

/** After a family is closed or reopened its page is read again (its sections answer anew) and so is the work list. */
const refresh = { refetchQueries: ['Family', 'FamilyPlan', { query: WorkListQuery }], awaitRefetchQueries: true };

/** What the page says of a closed family: when and why, until when it is readable, and (for its team) "Öppna igen". */
export function ClosedNotice({ family, guardian }: { family: Family; guardian: boolean }) {
  const closing = family.closing;
  const [confirming, setConfirming] = useState(false);
  const [reopen, { loading, error }] = useMutation(ReopenFamilyMutation, refresh);
  if (!closing) return null;
  const reason = withoutStop(closing.reason === 'OTHER' && closing.reasonText ? closing.reasonText : closingReasonName[closing.reason]);
  if (guardian)
    return (
      <div className="notice closed" role="note" aria-label="Samordningen har avslutats">
        <p>
          <strong>Samordningen har avslutats.</strong> Den avslutades {closing.date}. Samtyckena till samordning och SIP upphörde då, och inga uppgifter hämtas längre från skolan, socialtjänsten eller
          hälso- och sjukvården.
        </p>
        <p>Den här sidan finns kvar till och med {closing.readableUntil}. Vill ni ha samordning igen, kontakta kommunen.</p>
      </div>
    );
  return (
    <div className="notice closed" id="closed-notice" tabIndex={-1}>
      <p>
        <strong>Samordningen är avslutad</strong> sedan {closing.date}. Skäl: {reason}. Avslutad av {family.coordinators.find((c) => c.username === closing.closedBy)?.name ?? closing.closedBy}.
      </p>
      <p>
        Familjen finns inte längre på arbetslistan, och inga uppgifter hämtas från verksamheterna. Teamet kan läsa familjens sida till och med {closing.readableUntil} och öppna den igen till dess.
      </p>
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          Öppna igen
        </button>
      ) : (
        <div className="confirm">
          <p>Öppna samordningen för familjen {family.reference} igen? Samtyckena som upphörde gäller inte igen: familjen behöver lämna nya samtycken innan något hämtas från verksamheterna.</p>
          <div className="actions">
            <button type="button" className="primary" disabled={loading} onClick={() => void reopen({ variables: { familyId: family.id } }).catch(() => undefined)}>
              Ja, öppna igen
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Avbryt
            </button>
          </div>
        </div>
      )}
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

type Problems = Partial<Record<'date' | 'reason' | 'reasonText' | 'first' | 'second' | `rating-${string}` | `comment-${string}`, string>>;

/**
 * Avsluta samordningen: the day, a reason from the fixed list (Annat with a text), and the closing
 * follow-up of every outcome area and of the parents' occupation; then a step that says what
 * closing does, before anything is sent.
 */
export function CloseFamilyForm({ family }: { family: Family }) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const today = todayInSweden();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState<ClosingReason | ''>('');
  const [reasonText, setReasonText] = useState('');
  const [rated, setRated] = useState<Record<string, number>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [parents, setParents] = useState(() => parentsChoiceFor(family.guardians?.length ?? 2));
  const [problems, setProblems] = useState<Problems>({});
  const [confirming, setConfirming] = useState(false);
  const [close, { loading, error }] = useMutation(CloseFamilyMutation, refresh);
  const serverError = useServerError(error);

  const check = (): Problems => {
    const found: Problems = {};
    if (!isoDay.test(date)) found.date = 'Skriv avslutsdagen som ÅÅÅÅ-MM-DD, till exempel 2026-11-26.';
    else if (date > today) found.date = 'Avslutsdagen kan inte ligga framåt i tiden. Välj i dag eller en tidigare dag.';
    if (!reason) found.reason = 'Välj varför samordningen avslutas.';
    if (reason === 'OTHER' && !reasonText.trim()) found.reasonText = 'Skriv skälet när du väljer Annat.';
    else if (reason === 'OTHER' && tooLong(reasonText, textLimits.closingReasonText)) found.reasonText = `Skälet är för långt. ${tooLong(reasonText, textLimits.closingReasonText)}`;
    for (const area of outcomeAreas) {
      if (!rated[area]) found[`rating-${area}`] = `${outcomeAreaName[area]}: välj ett betyg från 1 till 5.`;
      const long = tooLong(comments[area] ?? '', textLimits.comment);
      if (long) found[`comment-${area}`] = `${outcomeAreaName[area]}: kommentaren är för lång. ${long}`;
    }
    return { ...found, ...parentsProblems(parents) };
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    serverError.hide();
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstProblem(form.current);
    setConfirming(true);
    requestAnimationFrame(() => document.getElementById(`${id}-confirm`)?.focus());
  };

  const send = async () => {
    serverError.hide();
    const closed = await close({
      variables: {
        input: {
          familyId: family.id,
          date,
          reason: reason as ClosingReason,
          ...(reason === 'OTHER' ? { reasonText: reasonText.trim() } : {}),
          followUp: outcomeAreas.map((area) => ({ area, rating: rated[area] as number, ...(comments[area]?.trim() ? { comment: comments[area]?.trim() } : {}) })),
          parentsOccupation: parentsInput(parents),
        },
      },
    }).catch(() => null);
    if (closed?.data) requestAnimationFrame(() => document.getElementById('closed-notice')?.focus());
  };

  return (
    <details className="change close-family" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Avsluta samordningen</summary>
      <form ref={form} onSubmit={next} noValidate aria-label="Avsluta samordningen">
        <fieldset disabled={confirming} className="plain-fieldset">
          <div className="field">
            <label htmlFor={`${id}-date`}>Avslutsdag</label>
            <input id={`${id}-date`} type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} {...describedBy(`${id}-date`, problems.date)} />
            <p id={`${id}-date-hint`} className="hint">
              I dag eller tidigare.
            </p>
            <FieldProblem id={`${id}-date`} problem={problems.date} />
          </div>
          <fieldset className="choices" aria-describedby={problems.reason ? `${id}-reason-problem` : undefined}>
            <legend>Skäl</legend>
            {closingReasons.map((r) => (
              <label key={r}>
                <input type="radio" name={`${id}-reason`} checked={reason === r} onChange={() => setReason(r)} aria-invalid={problems.reason ? true : undefined} /> {closingReasonName[r]}
              </label>
            ))}
            <FieldProblem id={`${id}-reason`} problem={problems.reason} />
          </fieldset>
          {reason === 'OTHER' && (
            <div className="field">
              <label htmlFor={`${id}-other`}>Skäl (annat)</label>
              <input
                id={`${id}-other`}
                value={reasonText}
                maxLength={textLimits.closingReasonText}
                onChange={(e) => setReasonText(e.target.value)}
                {...describedBy(`${id}-other`, problems.reasonText)}
              />
              <p id={`${id}-other-hint`} className="hint">
                {limitHint(textLimits.closingReasonText)}
              </p>
              <FieldProblem id={`${id}-other`} problem={problems.reasonText} />
            </div>
          )}
          <h3 className="form-heading">Avslutande uppföljning</h3>
          <p className="hint">Hur har det gått inom varje område under samordningen? Registreras på avslutsdagen.</p>
          {outcomeAreas.map((area) => {
            const ratingProblem = problems[`rating-${area}`];
            const commentProblem = problems[`comment-${area}`];
            return (
              <fieldset key={area} className="closing-area" aria-describedby={ratingProblem ? `${id}-${area}-rating-problem` : undefined}>
                <legend>{outcomeAreaName[area]}: hur har det gått?</legend>
                <div className="choices inline">
                  {ratings.map((r) => (
                    <label key={r}>
                      <input type="radio" name={`${id}-${area}`} checked={rated[area] === r} onChange={() => setRated((x) => ({ ...x, [area]: r }))} aria-invalid={ratingProblem ? true : undefined} />{' '}
                      {r} – {ratingName[r]}
                    </label>
                  ))}
                </div>
                <FieldProblem id={`${id}-${area}-rating`} problem={ratingProblem} />
                <div className="field">
                  <label htmlFor={`${id}-${area}-comment`}>Kommentar om {outcomeAreaName[area].toLowerCase()} (frivillig)</label>
                  <textarea
                    id={`${id}-${area}-comment`}
                    rows={2}
                    maxLength={textLimits.comment}
                    value={comments[area] ?? ''}
                    onChange={(e) => setComments((c) => ({ ...c, [area]: e.target.value }))}
                    {...describedBy(`${id}-${area}-comment`, commentProblem)}
                  />
                  <p id={`${id}-${area}-comment-hint`} className="hint">
                    {limitHint(textLimits.comment)}
                  </p>
                  <FieldProblem id={`${id}-${area}-comment`} problem={commentProblem} />
                </div>
              </fieldset>
            );
          })}
          <OccupationFields id={`${id}-parents`} value={parents} onChange={setParents} problems={problems} />
          {!confirming && (
            <button type="submit" className="primary">
              Gå vidare
            </button>
          )}
        </fieldset>
        {confirming && (
          <div className="confirm notice" id={`${id}-confirm`} tabIndex={-1}>
            <h3 id={`${id}-confirm-heading`} className="form-heading">
              Bekräfta avslutet
            </h3>
            <p>
              Samordningen för familjen {family.reference} avslutas {date}, skäl: {withoutStop(reason === 'OTHER' ? reasonText : reason ? closingReasonName[reason] : '')}. Föräldrarnas sysselsättning:{' '}
              {parentsInput(parents)
                .map((p, i) => `förälder ${i + 1} ${occupationName[p].toLowerCase()}`)
                .join(', ')}
              .
            </p>
            <ul>
              <li>Barnens samtycken till samordning och SIP upphör. Samtycken till uppföljning finns kvar.</li>
              <li>Inga uppgifter hämtas längre från skolan, socialtjänsten eller hälso- och sjukvården.</li>
              <li>
                Familjen försvinner från arbetslistan. Teamet och vårdnadshavarna kan läsa familjens sida till och med {isoDay.test(date) ? addToDate(date, 0, readableDays) : '–'}, och teamet kan
                öppna den igen till dess.
              </li>
            </ul>
            {serverError.shown && <ErrorNotice error={serverError.shown} />}
            <div className="actions">
              <button type="button" className="primary" disabled={loading} onClick={() => void send()}>
                Avsluta samordningen
              </button>
              <button
                type="button"
                onClick={() => {
                  setConfirming(false);
                  serverError.hide();
                }}
              >
                Tillbaka och ändra
              </button>
            </div>
          </div>
        )}
      </form>
    </details>
  );
}
