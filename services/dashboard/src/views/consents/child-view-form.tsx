import { useMutation } from '@apollo/client';
import { useId, useState } from 'react';
import { RecordChildViewMutation } from '../../operations/consents.js';
import { ChangeForm } from '../../ui/change-form.js';
import { genitive } from '../../words/genitive.js';
import { refreshAfterConsentChange } from './mutation-options.js';
import { childViewAge } from './policy.js';
import type { Consent, ConsentChild } from './types.js';

/**
 * Adds the child's view (barnets inställning) to a consent that has none: from 12 the policy
 * requires it, and younger children may be heard too. Once recorded it stands; a changed view
 * is a new consent, so the form goes away when the consent has a view.
 */
export function ChildViewForm({ consent, child }: { consent: Consent; child: ConsentChild }) {
  const id = useId();
  const [view, setView] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [record, { loading, error }] = useMutation(RecordChildViewMutation, refreshAfterConsentChange);
  const required = child.age >= childViewAge;
  return (
    <ChangeForm
      summary="Lägg till barnets inställning"
      open={required}
      busy={loading}
      error={error}
      done={null}
      submit={async () => {
        if (!view.trim()) return setProblem(`Skriv vad ${child.givenName} själv tycker om att uppgifterna delas.`);
        setProblem(null);
        await record({ variables: { input: { consentId: consent.id, view: view.trim() } } });
      }}
    >
      <div className="field">
        <label htmlFor={id}>{genitive(child.givenName)} inställning</label>
        <textarea id={id} value={view} onChange={(e) => setView(e.target.value)} rows={3} maxLength={2000} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="hint">
          Med barnets egna ord eller som du uppfattade det. {required ? `Ska antecknas från ${childViewAge} år.` : 'Frivilligt under 12 år, men barnet får alltid komma till tals.'} Kan inte ändras i
          efterhand.
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
