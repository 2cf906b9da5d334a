import { useId } from 'react';
import { dateTime } from '../../ui/dates.js';
import { statusInSentence } from '../../words/status-in-words.js';
import { agencyName, categoryName, decisionName, methodName, purposeName } from '../../words/terms.js';
import { partyLabel, partyStanding } from './parties.js';
import { orderedScope } from './scope.js';
import type { Consent, ConsentChild } from './types.js';

/**
 * The family's receipt of a consent, in plain Swedish: what is shared, with whom, why, for how
 * long, who decided, and how to take it back. Printed alone (see the print rules in styles.css).
 */
export function Receipt({ consent, child, onClose }: { consent: Consent; child: ConsentChild; onClose: () => void }) {
  const id = useId();
  return (
    <section className="receipt print-alone" aria-labelledby={id}>
      <h3 id={id}>Kvitto på samtycke</h3>
      <p>
        Samtycke för <strong>{`${child.givenName} ${child.familyName}`}</strong>, född {child.birthDate}. Status: {statusInSentence(consent.status, consent.statusText, consent.validUntil)}.
      </p>
      <h4>Vad som delas</h4>
      <ul>
        {orderedScope(consent.scope).map((s) => (
          <li key={s.agency}>
            Från {agencyName[s.agency].toLowerCase()}: {s.categories.map((c) => categoryName[c].toLowerCase()).join(', ')}
          </li>
        ))}
      </ul>
      <h4>Med vem</h4>
      <p>
        {consent.recipientTeams.map((t) => `${t.name} i ${t.municipality}`).join(', ')}. Bara de som arbetar med er familj i teamet ser uppgifterna, och varje gång någon tittar sparas det i en logg
        som du kan läsa i Lotsen.
      </p>
      <h4>Varför</h4>
      <p>{purposeName[consent.purpose]}.</p>
      <h4>Hur länge</h4>
      <p>
        Från {consent.validFrom} till och med {consent.validUntil}. Därefter lämnas inget mer ut förrän ni har lämnat ett nytt samtycke.
      </p>
      <h4>Vilka som har beslutat</h4>
      <ul>
        {consent.parties.map((p) => (
          <li key={p.personnummer}>
            {partyLabel(child, p)}: {p.revokedAt ? partyStanding(p) : p.decision ? decisionName[p.decision].toLowerCase() : 'inget beslut ännu'}
            {!p.revokedAt && p.decidedAt ? `, ${dateTime(p.decidedAt)}` : ''}
            {!p.revokedAt && p.method ? `, ${methodName[p.method].toLowerCase()}` : ''}
          </li>
        ))}
      </ul>
      {consent.childView && (
        <>
          <h4>Barnets inställning</h4>
          <p>{consent.childView}</p>
        </>
      )}
      <h4>Så återkallar du samtycket</h4>
      <p>
        Du kan när som helst återkalla samtycket, helt eller för en del av uppgifterna, utan att ange skäl. Logga in i Lotsen och välj ”Återkalla mitt samtycke”, eller säg till er koordinator.
        Återkallelsen gäller från att den registreras: inget mer lämnas ut efter det. Det som redan har visats finns kvar i loggen.
      </p>
      <p className="small">
        Underlag: {methodName[consent.evidence.method].toLowerCase()}, dokument {consent.evidence.documentRef}. Registrerat {dateTime(consent.recordedAt)} av {consent.recordedBy}. Samtyckets nummer:{' '}
        {consent.id}.
      </p>
      <div className="actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          Skriv ut kvitto
        </button>
        <button type="button" onClick={onClose}>
          Stäng kvittot
        </button>
      </div>
    </section>
  );
}
