import { useId } from 'react';
import type { SipPlanFieldsFragment } from '../../gql/graphql.js';
import { agencyName, planStatusName } from '../../words/terms.js';
import { PlanGoals } from './sip-plan.js';
import type { Family } from './types.js';

/**
 * The SIP as the document the parties sign at the SIP meeting: who the plan is for, who takes
 * part, the goals and actions by outcome area, the next follow-up, and a line for each party's
 * signature. Printed alone, like the consent receipt (the print rules in styles.css).
 */
export function SipDocument({ family, plan, onClose }: { family: Family; plan: SipPlanFieldsFragment; onClose: () => void }) {
  const id = useId();
  const signers = [
    ...(family.guardians ?? []).map((g) => ({ key: g.personnummer, name: `${g.givenName} ${g.familyName}`, role: 'Vårdnadshavare' })),
    ...plan.participants.map((p, i) => ({ key: `participant-${i}`, name: p.name, role: p.agency ? `${p.role}, ${agencyName[p.agency].toLowerCase()}` : p.role })),
    ...plan.familyRepresentatives.map((r, i) => ({ key: `representative-${i}`, name: r.name, role: `${r.role} för familjen` })),
  ];
  return (
    <section className="sip-document print-alone" aria-labelledby={id}>
      <h3 id={id}>Samordnad individuell plan (SIP)</h3>
      <p>
        Familjen {family.reference}, {family.team.name}, {family.team.municipality}.
      </p>
      <p>Planen gäller {family.children.map((c) => `${c.givenName} ${c.familyName}, född ${c.birthDate}`).join('; ')}.</p>
      <dl className="facts">
        <div>
          <dt>Huvudansvarig</dt>
          <dd>{agencyName[plan.leadAgency]}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{planStatusName[plan.status]}</dd>
        </div>
        <div>
          <dt>Upprättad</dt>
          <dd>{plan.createdOn}</dd>
        </div>
        <div>
          <dt>Nästa uppföljning</dt>
          <dd>{plan.nextFollowUp ?? 'Inte bestämd'}</dd>
        </div>
      </dl>
      <h4>Deltagare</h4>
      {plan.participants.length + plan.familyRepresentatives.length === 0 ? (
        <p>Inga deltagare antecknade.</p>
      ) : (
        <ul>
          {plan.participants.map((p) => (
            <li key={`${p.name}|${p.role}|${p.agency ?? ''}`}>
              {p.name}, {p.role}
              {p.agency ? ` (${agencyName[p.agency].toLowerCase()})` : ''}
            </li>
          ))}
          {plan.familyRepresentatives.map((r) => (
            <li key={`representative|${r.name}`}>
              {r.name}, {r.role.toLocaleLowerCase('sv')} för familjen
            </li>
          ))}
        </ul>
      )}
      <h4>Mål och insatser</h4>
      <PlanGoals plan={plan} />
      <h4>Underskrifter</h4>
      <p>Genom att skriva under är vi överens om planen. Familjen kan när som helst återkalla sitt samtycke till att planen delas.</p>
      <table className="signatures">
        <caption className="visually-hidden">Underskrifter</caption>
        <thead>
          <tr>
            <th scope="col">Namn och roll</th>
            <th scope="col">Underskrift</th>
            <th scope="col">Datum</th>
          </tr>
        </thead>
        <tbody>
          {signers.map((s) => (
            <tr key={s.key}>
              <td>
                {s.name}
                <br />
                <span className="small">{s.role}</span>
              </td>
              <td className="line" />
              <td className="line" />
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          Skriv ut SIP
        </button>
        <button type="button" onClick={onClose}>
          Stäng utskriften
        </button>
      </div>
    </section>
  );
}
