import { useMutation } from '@apollo/client';
import { useId, useState } from 'react';
import type { Agency, DataCategory } from '../../gql/graphql.js';
import { NarrowConsentMutation, RevokeConsentMutation } from '../../operations/consents.js';
import { ChangeForm } from '../../ui/change-form.js';
import { FieldProblem } from '../../ui/field-problem.js';
import { describedBy } from '../../ui/field-problems.js';
import { agencyName, categoryName } from '../../words/terms.js';
import { limitHint, textLimits, tooLong } from '../../words/text-limits.js';
import { PartySelect } from './consent-forms.js';
import { refreshAfterConsentChange } from './mutation-options.js';
import { type Party, partyName } from './parties.js';
import { orderedScope } from './scope.js';
import type { Consent, ConsentChild } from './types.js';

type Extent = 'ALL' | 'PART';

/**
 * Återkalla, as the receipt promises: at any time, without giving a reason, wholly or for a part of
 * what is shared (the part narrows the consent), with a step that says what follows before
 * anything is sent. A guardian revokes their own consent; a coordinator records a party's.
 */
export function RevokeForm({ consent, child, party: fixedParty }: { consent: Consent; child: ConsentChild; party?: Party }) {
  const id = useId();
  const gave = consent.parties.filter((p) => p.decision === 'GIVEN').map((p) => ({ personnummer: p.personnummer, role: p.role, name: partyName(child, p.personnummer, p.role) }));
  const all = orderedScope(consent.scope).flatMap((s) => s.categories.map((category) => ({ agency: s.agency, category })));
  const [party, setParty] = useState(fixedParty?.personnummer ?? gave[0]?.personnummer ?? '');
  const [extent, setExtent] = useState<Extent>('ALL');
  const [stopped, setStopped] = useState<Set<DataCategory>>(new Set());
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<{ part?: string; reason?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [revoke, revoked] = useMutation(RevokeConsentMutation, refreshAfterConsentChange);
  const [narrow, narrowed] = useMutation(NarrowConsentMutation, refreshAfterConsentChange);
  if (gave.length === 0 || (fixedParty && !gave.some((g) => g.personnummer === fixedParty.personnummer))) return null;
  const own = Boolean(fixedParty);
  const stoppedNames = all.filter((a) => stopped.has(a.category)).map((a) => `${categoryName[a.category].toLowerCase()} från ${agencyName[a.agency].toLowerCase()}`);
  const toggle = (c: DataCategory) => setStopped((s) => (s.has(c) ? new Set([...s].filter((x) => x !== c)) : new Set([...s, c])));

  const submit = async () => {
    setDone(null);
    if (!confirming) {
      const found = {
        ...(extent === 'PART' && stopped.size === 0 ? { part: 'Bocka i det som inte längre ska delas, eller välj att återkalla hela samtycket.' } : {}),
        ...(extent === 'PART' && stopped.size === all.length ? { part: 'Du har bockat i allt som delas. Välj att återkalla hela samtycket i stället.' } : {}),
        ...(tooLong(reason, textLimits.reason) ? { reason: `Skälet är för långt. ${tooLong(reason, textLimits.reason)}` } : {}),
      };
      setProblems(found);
      if (Object.keys(found).length === 0) setConfirming(true);
      return;
    }
    if (extent === 'ALL') {
      await revoke({ variables: { input: { consentId: consent.id, revokedBy: party, ...(reason.trim() ? { reason: reason.trim() } : {}) } } });
    } else {
      const byAgency = new Map<Agency, DataCategory[]>();
      for (const { agency, category } of all) if (!stopped.has(category)) byAgency.set(agency, [...(byAgency.get(agency) ?? []), category]);
      await narrow({
        variables: { input: { consentId: consent.id, ...(reason.trim() ? { reason: reason.trim() } : {}), scope: [...byAgency].map(([agency, categories]) => ({ agency, categories })) } },
      });
      setDone(`Samtycket är begränsat. Det här delas inte längre: ${stoppedNames.join(', ')}.`);
      setStopped(new Set());
      setExtent('ALL');
    }
    setConfirming(false);
    setReason('');
  };

  return (
    <ChangeForm
      summary={own ? 'Återkalla mitt samtycke' : 'Återkalla samtycket'}
      submitLabel={confirming ? (extent === 'ALL' ? 'Ja, återkalla samtycket' : 'Ja, sluta dela det valda') : 'Gå vidare'}
      className="revoke-form"
      busy={revoked.loading || narrowed.loading}
      error={revoked.error ?? narrowed.error}
      done={done}
      submit={submit}
    >
      <fieldset disabled={confirming} className="plain-fieldset">
        {!own && <PartySelect parties={gave} value={party} onChange={setParty} label="Återkallas av" />}
        {/* A coordinator narrows a consent with "Begränsa samtycket"; a guardian does both here. */}
        {own && (
          <fieldset className="choices">
            <legend>Vad ska återkallas?</legend>
            <label>
              <input type="radio" name={`${id}-extent`} checked={extent === 'ALL'} onChange={() => setExtent('ALL')} /> Hela samtycket: inget mer lämnas ut
            </label>
            <label>
              <input type="radio" name={`${id}-extent`} checked={extent === 'PART'} onChange={() => setExtent('PART')} /> En del av uppgifterna: resten delas som förut
            </label>
          </fieldset>
        )}
        {extent === 'PART' && (
          <fieldset className="choices" aria-describedby={problems.part ? `${id}-part-problem` : undefined}>
            <legend>Det här ska inte längre delas</legend>
            {all.map(({ agency, category }) => (
              <label key={category}>
                <input type="checkbox" checked={stopped.has(category)} onChange={() => toggle(category)} aria-invalid={problems.part ? true : undefined} /> {categoryName[category]} (
                {agencyName[agency].toLowerCase()})
              </label>
            ))}
            <FieldProblem id={`${id}-part`} problem={problems.part} />
          </fieldset>
        )}
        <div className="field">
          <label htmlFor={`${id}-reason`}>Skäl (frivilligt)</label>
          <input id={`${id}-reason`} value={reason} maxLength={textLimits.reason} onChange={(e) => setReason(e.target.value)} {...describedBy(`${id}-reason`, problems.reason)} />
          <p id={`${id}-reason-hint`} className="hint">
            {own ? 'Du behöver inte ange något skäl.' : 'Ett skäl behövs inte.'} {limitHint(textLimits.reason)}
          </p>
          <FieldProblem id={`${id}-reason`} problem={problems.reason} />
        </div>
      </fieldset>
      {confirming && (
        <div className="confirm notice">
          <p>
            {extent === 'ALL'
              ? `${own ? 'Du återkallar ditt samtycke' : `${partyName(child, party, 'GUARDIAN')} återkallar sitt samtycke`} för ${child.givenName}. Från och med nu lämnas inget mer ut enligt det här samtycket.`
              : `${own ? 'Du slutar dela' : 'Samtycket begränsas: det slutar dela'} ${stoppedNames.join(', ')} för ${child.givenName}. Resten delas som förut.`}{' '}
            Det som redan har visats finns kvar i loggen.
          </p>
          <button type="button" onClick={() => setConfirming(false)}>
            Tillbaka och ändra
          </button>
        </div>
      )}
    </ChangeForm>
  );
}
