import { useId } from 'react';
import { dateTime } from '../../ui/dates.js';
import { statusRest } from '../../words/status-in-words.js';
import { agencyName, categoryName, consentStatusName, purposeName } from '../../words/terms.js';
import { ChildViewForm } from './child-view-form.js';
import { DecisionForm, NarrowForm, OwnDecision } from './consent-forms.js';
import { downloadFhirConsent } from './download.js';
import type { Party } from './parties.js';
import { partyLabel, partyStanding } from './parties.js';
import { childViewAge } from './policy.js';
import { Receipt } from './receipt.js';
import { RevokeForm } from './revoke-form.js';
import { orderedScope } from './scope.js';
import type { Consent, ConsentChild } from './types.js';

const eventName: Record<string, string> = {
  RECORDED: 'Registrerat',
  PARTY_DECIDED: 'Beslut registrerat',
  NARROWED: 'Begränsat',
  REVOKED: 'Återkallat',
  CHILD_VIEW_RECORDED: 'Barnets inställning registrerad',
  ENDED: 'Upphörde när samordningen avslutades',
};

interface Props {
  consent: Consent;
  child: ConsentChild;
  guardian: boolean;
  /** The signed-in guardian as a party of the child's consents. */
  self: Party | undefined;
  receiptOpen: boolean;
  onReceipt: (open: boolean) => void;
}

export function ConsentCard({ consent, child, guardian, self, receiptOpen, onReceipt }: Props) {
  const id = useId();
  const closed = consent.status === 'REVOKED' || consent.status === 'EXPIRED';
  const viewMissing = !consent.childView && child.age >= childViewAge;
  return (
    <article className={`consent consent-${consent.status.toLowerCase()}`} aria-labelledby={id}>
      <h3 id={id}>
        {purposeName[consent.purpose]}, {consent.validFrom} – {consent.validUntil}
      </h3>
      <p className="status">
        <span className={`badge badge-${consent.status.toLowerCase()}`}>{consentStatusName[consent.status]}</span>
        {statusRest(consent.status, consent.statusText) && <span> {statusRest(consent.status, consent.statusText)}</span>}
      </p>
      <dl className="facts">
        <div>
          <dt>Omfattar</dt>
          <dd>
            <ul className="plain">
              {orderedScope(consent.scope).map((s) => (
                <li key={s.agency}>
                  {agencyName[s.agency]}: {s.categories.map((c) => categoryName[c].toLowerCase()).join(', ')}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Mottagare</dt>
          <dd>{consent.recipientTeams.map((t) => t.name).join(', ')}</dd>
        </div>
        <div>
          <dt>Parter</dt>
          <dd>
            <ul className="plain">
              {consent.parties.map((p) => (
                <li key={p.personnummer}>
                  {partyLabel(child, p)}: {partyStanding(p)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {consent.childView && (
          <div>
            <dt>Barnets inställning</dt>
            <dd>{consent.childView}</dd>
          </div>
        )}
        {consent.revocation && (
          <div>
            <dt>Återkallat</dt>
            <dd>
              {dateTime(consent.revocation.at)}
              {consent.revocation.reason ? `: ${consent.revocation.reason}` : ', utan att något skäl angavs'}
            </dd>
          </div>
        )}
      </dl>
      <details className="history">
        <summary>Händelser</summary>
        <ul className="plain">
          {consent.events.map((e) => (
            <li key={`${e.at}-${e.kind}`}>
              {dateTime(e.at)}: {eventName[e.kind] ?? e.kind} av {e.actor}
            </li>
          ))}
        </ul>
      </details>
      <div className="actions no-print">
        <button type="button" onClick={() => onReceipt(!receiptOpen)} aria-expanded={receiptOpen}>
          {receiptOpen ? 'Dölj kvitto' : 'Visa kvitto'}
        </button>
        <button type="button" onClick={() => downloadFhirConsent(consent, child)}>
          Ladda ned som FHIR Consent
        </button>
      </div>
      {receiptOpen && <Receipt consent={consent} child={child} onClose={() => onReceipt(false)} />}
      {!closed && (
        <div className="changes no-print">
          {guardian && self && <OwnDecision consent={consent} party={self} />}
          {guardian && self && <RevokeForm consent={consent} child={child} party={self} />}
          {!guardian && (
            <>
              {viewMissing && <p className="notice">Barnets inställning saknas. Den ska antecknas när barnet har fyllt {childViewAge} år.</p>}
              {!consent.childView && <ChildViewForm consent={consent} child={child} />}
              <DecisionForm consent={consent} child={child} />
              <NarrowForm consent={consent} />
              <RevokeForm consent={consent} child={child} />
            </>
          )}
        </div>
      )}
    </article>
  );
}
