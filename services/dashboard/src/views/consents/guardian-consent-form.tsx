import { useMutation } from '@apollo/client';
import { type FormEvent, useId, useState } from 'react';
import type { ConsentMethod, PartyDecision } from '../../gql/graphql.js';
import { RecordConsentMutation } from '../../operations/consents.js';
import { addToDate, todayInSweden } from '../../ui/dates.js';
import { ErrorNotice } from '../../ui/error-notice.js';
import { useServerError } from '../../ui/server-error.js';
import { genitive } from '../../words/genitive.js';
import { guardianAgencies } from '../../words/terms.js';
import { textLimits, tooLong } from '../../words/text-limits.js';
import { DecisionChoice } from './consent-forms.js';
import { refreshAfterConsentChange } from './mutation-options.js';
import { ScopeChoices, useScopeChoice } from './scope-choices.js';
import type { ConsentFamily } from './types.js';
import { ValidityAndEvidence } from './validity-and-evidence.js';

/**
 * Records a guardian's consent to sharing their own data (docs/consent.md, "A guardian's own
 * data"): the guardian is its only party, its purpose is coordination, and its scope names only the
 * agencies whose data is a guardian's. It is kept with a child's consents in whose custody the
 * guardian is today, which the graph checks again.
 */
export function GuardianConsentForm({ family }: { family: ConsentFamily }) {
  const id = useId();
  const today = todayInSweden();
  const guardians = family.guardians ?? [];
  const [guardianNumber, setGuardianNumber] = useState(guardians[0]?.personnummer ?? '');
  const { chosen, toggle, scope } = useScopeChoice(guardianAgencies);
  const [validFrom, setValidFrom] = useState(today);
  const [validUntil, setValidUntil] = useState(addToDate(today, 12, -1));
  const [method, setMethod] = useState<ConsentMethod>('WRITTEN');
  const [documentRef, setDocumentRef] = useState('');
  const [decision, setDecision] = useState<PartyDecision>('GIVEN');
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [record, { loading, error }] = useMutation(RecordConsentMutation, refreshAfterConsentChange);
  const serverError = useServerError(error);
  if (guardianAgencies.length === 0 || guardians.length === 0) return null;
  const guardian = guardians.find((g) => g.personnummer === guardianNumber);
  // The family a guardian is in coordination through: a child in their custody today.
  const child = family.children.find((c) => c.custody?.guardians.some((g) => g.personnummer === guardianNumber));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    serverError.hide();
    const found = [
      ...(!child ? ['Vårdnadshavaren har inte vårdnad om något av familjens barn i folkbokföringen, så samtycket kan inte registreras här.'] : []),
      ...(chosen.size === 0 ? ['Välj minst en sorts uppgifter som samtycket omfattar.'] : []),
      ...(!documentRef.trim() ? ['Skriv dokumentreferensen till underlaget (den undertecknade blanketten eller journalanteckningen).'] : []),
      ...(tooLong(documentRef, textLimits.documentRef) ? [`Dokumentreferensen är för lång. ${tooLong(documentRef, textLimits.documentRef)}`] : []),
      ...(validUntil < validFrom ? ['Slutdatum ligger före startdatum.'] : []),
      ...(validUntil >= addToDate(validFrom, 12) ? ['Ett samtycke gäller högst 12 månader.'] : []),
    ];
    setProblems(found);
    if (found.length > 0 || !child || !guardian) return;
    const recorded = await record({
      variables: {
        input: {
          child: child.personnummer,
          guardian: guardian.personnummer,
          purpose: 'COORDINATION',
          scope: scope(),
          validFrom,
          validUntil,
          evidence: { method, documentRef: documentRef.trim() },
          decisions: [{ personnummer: guardian.personnummer, decision, method }],
        },
      },
    }).catch(() => null);
    if (recorded?.data) setDone(`Samtycket till ${genitive(`${guardian.givenName} ${guardian.familyName}`)} egna uppgifter är registrerat.`);
  };

  return (
    <form className="guardian-consent" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Registrera en vårdnadshavares eget samtycke</h2>
      <p>Gäller vårdnadshavarens egna uppgifter, inte barnets. Bara vårdnadshavaren själv beslutar om dem.</p>
      <div className="field">
        <label htmlFor={`${id}-guardian`}>Vårdnadshavare</label>
        <select id={`${id}-guardian`} value={guardianNumber} onChange={(e) => setGuardianNumber(e.target.value)}>
          {guardians.map((g) => (
            <option key={g.personnummer} value={g.personnummer}>
              {g.givenName} {g.familyName}
            </option>
          ))}
        </select>
      </div>
      <ScopeChoices agencies={guardianAgencies} chosen={chosen} toggle={toggle} />
      <p>
        Ändamål: samordning. Mottagare: {family.team.name}, {family.team.municipality}.
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
      <DecisionChoice value={decision} onChange={setDecision} name={`${id}-decision`} />
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
        Registrera vårdnadshavarens samtycke
      </button>
      {done && (
        <p role="status" className="done">
          {done}
        </p>
      )}
    </form>
  );
}
