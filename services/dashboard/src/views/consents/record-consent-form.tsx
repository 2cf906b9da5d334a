import { useMutation } from '@apollo/client';
import { type FormEvent, useId, useState } from 'react';
import type { ConsentMethod, PartyDecision, Purpose } from '../../gql/graphql.js';
import { RecordConsentMutation } from '../../operations/consents.js';
import { addToDate, todayInSweden } from '../../ui/dates.js';
import { ErrorNotice } from '../../ui/error-notice.js';
import { useServerError } from '../../ui/server-error.js';
import { childAgencies, decisionName, purposeName } from '../../words/terms.js';
import { limitHint, textLimits, tooLong } from '../../words/text-limits.js';
import { refreshAfterConsentChange } from './mutation-options.js';
import { partiesOf } from './parties.js';
import { childViewAge } from './policy.js';
import { ScopeChoices, useScopeChoice } from './scope-choices.js';
import type { ConsentFamily } from './types.js';
import { ValidityAndEvidence } from './validity-and-evidence.js';

/** Records a consent: parties and their decisions, scope per agency, purpose, validity, evidence, the child's view. */
export function RecordConsentForm({ family }: { family: ConsentFamily }) {
  const id = useId();
  const today = todayInSweden();
  const [childNumber, setChildNumber] = useState(family.children[0]?.personnummer ?? '');
  const [purpose, setPurpose] = useState<Purpose>('COORDINATION');
  const { chosen, toggle, scope } = useScopeChoice(childAgencies);
  const [validFrom, setValidFrom] = useState(today);
  const [validUntil, setValidUntil] = useState(addToDate(today, 12, -1));
  const [method, setMethod] = useState<ConsentMethod>('WRITTEN');
  const [documentRef, setDocumentRef] = useState('');
  const [childView, setChildView] = useState('');
  const [decisions, setDecisions] = useState<Record<string, PartyDecision | ''>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [record, { loading, error }] = useMutation(RecordConsentMutation, refreshAfterConsentChange);
  const serverError = useServerError(error);
  const child = family.children.find((c) => c.personnummer === childNumber);
  const parties = child ? partiesOf(child) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    serverError.hide();
    const found = [
      ...(chosen.size === 0 ? ['Välj minst en sorts uppgifter som samtycket omfattar.'] : []),
      ...(!documentRef.trim() ? ['Skriv dokumentreferensen till underlaget (den undertecknade blanketten eller journalanteckningen).'] : []),
      ...(tooLong(documentRef, textLimits.documentRef) ? [`Dokumentreferensen är för lång. ${tooLong(documentRef, textLimits.documentRef)}`] : []),
      ...(tooLong(childView, textLimits.childView) ? [`Barnets inställning är för lång. ${tooLong(childView, textLimits.childView)}`] : []),
      ...(validUntil < validFrom ? ['Slutdatum ligger före startdatum.'] : []),
      ...(validUntil >= addToDate(validFrom, 12) ? ['Ett samtycke gäller högst 12 månader.'] : []),
      ...(child && child.age >= childViewAge && !childView.trim() ? [`Barnets inställning ska antecknas när barnet har fyllt ${childViewAge} år.`] : []),
    ];
    setProblems(found);
    if (found.length > 0 || !child) return;
    const given = parties.flatMap((p) => (decisions[p.personnummer] ? [{ personnummer: p.personnummer, decision: decisions[p.personnummer] as PartyDecision, method }] : []));
    const recorded = await record({
      variables: {
        input: {
          child: child.personnummer,
          purpose,
          scope: scope(),
          validFrom,
          validUntil,
          evidence: { method, documentRef: documentRef.trim() },
          ...(childView.trim() ? { childView: childView.trim() } : {}),
          decisions: given,
        },
      },
    }).catch(() => null);
    if (recorded?.data) setDone(`Samtycket för ${child.givenName} är registrerat.`);
  };

  return (
    <form className="record-consent" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Registrera samtycke</h2>
      <div className="field">
        <label htmlFor={`${id}-child`}>Barn</label>
        <select id={`${id}-child`} value={childNumber} onChange={(e) => setChildNumber(e.target.value)}>
          {family.children.map((c) => (
            <option key={c.personnummer} value={c.personnummer}>
              {c.givenName} {c.familyName}, {c.age} år
            </option>
          ))}
        </select>
      </div>
      <fieldset className="choices">
        <legend>Ändamål</legend>
        {(['COORDINATION', 'SIP', 'FOLLOW_UP'] as const).map((p) => (
          <label key={p}>
            <input type="radio" name={`${id}-purpose`} checked={purpose === p} onChange={() => setPurpose(p)} /> {purposeName[p]}
          </label>
        ))}
      </fieldset>
      <ScopeChoices agencies={childAgencies} chosen={chosen} toggle={toggle} />
      <p>
        Mottagare: {family.team.name}, {family.team.municipality}.
      </p>
      <ValidityAndEvidence
        id={id}
        validFrom={validFrom}
        setValidFrom={setValidFrom}
        validUntil={validUntil}
        setValidUntil={setValidUntil}
        method={method}
        setMethod={setMethod}
        documentRef={documentRef}
        setDocumentRef={setDocumentRef}
      />
      {child && (
        <div className="field">
          <label htmlFor={`${id}-view`}>Barnets inställning{child.age >= childViewAge ? '' : ' (frivilligt)'}</label>
          <textarea id={`${id}-view`} value={childView} maxLength={textLimits.childView} onChange={(e) => setChildView(e.target.value)} rows={3} aria-describedby={`${id}-view-hint`} />
          <p id={`${id}-view-hint`} className="hint">
            Antecknas från {childViewAge} år: vad barnet själv tycker om att uppgifterna delas. {limitHint(textLimits.childView)}
          </p>
        </div>
      )}
      <fieldset>
        <legend>Parternas beslut</legend>
        {parties.length === 0 && <p>Folkbokföringen anger ingen vårdnadshavare för barnet, så ingen kan lämna samtycke.</p>}
        {parties.map((p, i) => (
          <div className="field" key={p.personnummer}>
            <label htmlFor={`${id}-party-${i}`}>{p.name}</label>
            <select id={`${id}-party-${i}`} value={decisions[p.personnummer] ?? ''} onChange={(e) => setDecisions((d) => ({ ...d, [p.personnummer]: e.target.value as PartyDecision | '' }))}>
              <option value="">Inget beslut ännu</option>
              <option value="GIVEN">{decisionName.GIVEN}</option>
              <option value="REFUSED">{decisionName.REFUSED}</option>
            </select>
          </div>
        ))}
      </fieldset>
      {problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {serverError.shown && <ErrorNotice error={serverError.shown} />}
      <button type="submit" className="primary" disabled={loading}>
        Registrera samtycke
      </button>
      {done && (
        <p role="status" className="done">
          {done}
        </p>
      )}
    </form>
  );
}
