import { useMutation } from '@apollo/client';
import { useId, useState } from 'react';
import type { Agency, ConsentMethod, DataCategory, PartyDecision } from '../../gql/graphql.js';
import { NarrowConsentMutation, RecordConsentDecisionMutation } from '../../operations/consents.js';
import { ChangeForm } from '../../ui/change-form.js';
import { ErrorNotice } from '../../ui/error-notice.js';
import { categoryName, decisionName, methodName } from '../../words/terms.js';
import { limitHint, textLimits, tooLong } from '../../words/text-limits.js';
import { refreshAfterConsentChange } from './mutation-options.js';
import { type Party, partiesOf, partyName } from './parties.js';
import { orderedScope } from './scope.js';
import type { Consent, ConsentChild } from './types.js';

const methods: ConsentMethod[] = ['WRITTEN', 'DIGITAL_SIGNATURE', 'DOCUMENTED_VERBAL'];

export function PartySelect({ parties, value, onChange, label }: { parties: Party[]; value: string; onChange: (v: string) => void; label: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {parties.map((p) => (
          <option key={p.personnummer} value={p.personnummer}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function MethodSelect({ value, onChange, label = 'Hur beslutet lämnades' }: { value: ConsentMethod; onChange: (m: ConsentMethod) => void; label?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ConsentMethod)}>
        {methods.map((m) => (
          <option key={m} value={m}>
            {methodName[m]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DecisionChoice({ value, onChange, name }: { value: PartyDecision; onChange: (d: PartyDecision) => void; name: string }) {
  return (
    <fieldset className="choices">
      <legend>Beslut</legend>
      {(['GIVEN', 'REFUSED'] as const).map((d) => (
        <label key={d}>
          <input type="radio" name={name} value={d} checked={value === d} onChange={() => onChange(d)} /> {decisionName[d]}
        </label>
      ))}
    </fieldset>
  );
}

/** A party's decision on a consent, recorded by the coordinator (with how it was given). */
export function DecisionForm({ consent, child }: { consent: Consent; child: ConsentChild }) {
  const parties = partiesOf(child);
  const waiting = parties.find((p) => !consent.parties.some((c) => c.personnummer === p.personnummer && c.decision));
  const [party, setParty] = useState(waiting?.personnummer ?? parties[0]?.personnummer ?? '');
  const [decision, setDecision] = useState<PartyDecision>('GIVEN');
  const [method, setMethod] = useState<ConsentMethod>('WRITTEN');
  const [done, setDone] = useState<string | null>(null);
  const [record, { loading, error }] = useMutation(RecordConsentDecisionMutation, refreshAfterConsentChange);
  if (parties.length === 0) return null;
  return (
    <ChangeForm
      summary="Registrera beslut"
      busy={loading}
      error={error}
      done={done}
      submit={async () => {
        setDone(null);
        await record({ variables: { input: { consentId: consent.id, personnummer: party, decision, method } } });
        setDone(`Beslutet för ${partyName(child, party, 'GUARDIAN')} är registrerat.`);
      }}
    >
      <PartySelect parties={parties} value={party} onChange={setParty} label="Part" />
      <DecisionChoice value={decision} onChange={setDecision} name={`decision-${consent.id}`} />
      <MethodSelect value={method} onChange={setMethod} />
    </ChangeForm>
  );
}

/** Narrows a consent: what is kept stays ticked; widening needs a new consent. */
export function NarrowForm({ consent }: { consent: Consent }) {
  const all = orderedScope(consent.scope).flatMap((s) => s.categories.map((category) => ({ agency: s.agency, category })));
  const [kept, setKept] = useState<Set<DataCategory>>(new Set(all.map((a) => a.category)));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [narrow, { loading, error }] = useMutation(NarrowConsentMutation, refreshAfterConsentChange);
  const reasonId = useId();
  const toggle = (category: DataCategory) => setKept((k) => (k.has(category) ? new Set([...k].filter((c) => c !== category)) : new Set([...k, category])));
  return (
    <ChangeForm
      summary="Begränsa samtycket"
      busy={loading}
      error={error}
      done={done}
      submit={async () => {
        setDone(null);
        if (kept.size === all.length) return setProblem('Bocka ur det som inte längre ska delas.');
        if (kept.size === 0) return setProblem('Ska inget delas alls? Återkalla samtycket i stället.');
        if (tooLong(reason, textLimits.reason)) return setProblem(`Skälet är för långt. ${tooLong(reason, textLimits.reason)}`);
        setProblem(null);
        const byAgency = new Map<Agency, DataCategory[]>();
        for (const { agency, category } of all) if (kept.has(category)) byAgency.set(agency, [...(byAgency.get(agency) ?? []), category]);
        await narrow({
          variables: { input: { consentId: consent.id, ...(reason.trim() ? { reason: reason.trim() } : {}), scope: [...byAgency].map(([agency, categories]) => ({ agency, categories })) } },
        });
        setDone('Samtycket är begränsat.');
      }}
    >
      <fieldset className="choices">
        <legend>Det här ska fortsätta delas</legend>
        {all.map(({ category }) => (
          <label key={category}>
            <input type="checkbox" checked={kept.has(category)} onChange={() => toggle(category)} /> {categoryName[category]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={reasonId}>Skäl (frivilligt)</label>
        <input id={reasonId} value={reason} maxLength={textLimits.reason} onChange={(e) => setReason(e.target.value)} aria-describedby={`${reasonId}-hint`} />
        <p id={`${reasonId}-hint`} className="hint">
          {limitHint(textLimits.reason)}
        </p>
      </div>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
    </ChangeForm>
  );
}

/** A guardian's own decision: given or refused, signed in with their e-legitimation; the graph records it as given digitally. */
export function OwnDecision({ consent, party }: { consent: Consent; party: Party }) {
  const [record, { loading, error }] = useMutation(RecordConsentDecisionMutation, refreshAfterConsentChange);
  const decide = (decision: PartyDecision) => void record({ variables: { input: { consentId: consent.id, personnummer: party.personnummer, decision } } }).catch(() => undefined);
  const mine = consent.parties.find((p) => p.personnummer === party.personnummer)?.decision;
  if (consent.status === 'REVOKED' || consent.status === 'EXPIRED' || mine === 'GIVEN') return null;
  return (
    <div className="own-decision">
      <p>{mine === 'REFUSED' ? 'Du har sagt nej till samtycket. Du kan ändra dig.' : 'Ditt beslut behövs.'}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={loading} onClick={() => decide('GIVEN')}>
          Jag samtycker
        </button>
        {mine !== 'REFUSED' && (
          <button type="button" disabled={loading} onClick={() => decide('REFUSED')}>
            Jag samtycker inte
          </button>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
