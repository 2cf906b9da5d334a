import { useQuery } from '@apollo/client';
import { useState } from 'react';
import type { SipPlanFieldsFragment } from '../../gql/graphql.js';
import { FamilyPlanQuery } from '../../operations/plan.js';
import { dateTime } from '../../ui/dates.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { actionStatusName, agencyName, outcomeAreaName, outcomeAreas, planStatusName } from '../../words/terms.js';
import { SipDocument } from './sip-document.js';
import { SipEditor } from './sip-editor.js';
import { SipVersions } from './sip-versions.js';
import type { Family } from './types.js';

type Plan = SipPlanFieldsFragment;

/**
 * Samordnad individuell plan: the plan by outcome area, written and changed here with the family
 * at the SIP meeting (not by a guardian, and not once coordination has ended), and printed as the
 * document the parties sign.
 */
export function SipSection({ family, guardian }: { family: Family; guardian: boolean }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'print'>('view');
  const [done, setDone] = useState<string | null>(null);
  // The plan is a query of its own: with the agencies' sections in one it would pass the gateway's cost limit.
  const { data, error, loading } = useQuery(FamilyPlanQuery, { variables: { reference: family.reference } });
  if (error) return <ErrorNotice error={error} />;
  if (loading && !data) return <Loading what="planen" />;
  const plan = data?.familyByReference.plan;
  const writable = !guardian && !family.closing;
  if (mode === 'edit')
    return (
      <SipEditor
        familyId={family.id}
        reference={family.reference}
        plan={plan}
        onDone={(saved) => {
          setDone(saved);
          setMode('view');
          requestAnimationFrame(() => document.getElementById('sip-change')?.focus());
        }}
      />
    );
  return (
    <>
      <p role="status" className="done">
        {done}
      </p>
      {plan ? <SipPlan plan={plan} /> : <p>Familjen har ingen SIP ännu.</p>}
      {plan && !guardian && <SipVersions reference={family.reference} current={plan.version} />}
      <div className="actions no-print">
        {writable && (
          <button
            type="button"
            id="sip-change"
            className={plan ? undefined : 'primary'}
            onClick={() => {
              setDone(null);
              setMode('edit');
              requestAnimationFrame(() => document.getElementById('sip-editor-heading')?.scrollIntoView());
            }}
          >
            {plan ? 'Ändra SIP' : 'Skriv SIP'}
          </button>
        )}
        {plan && (
          <button type="button" onClick={() => setMode(mode === 'print' ? 'view' : 'print')} aria-expanded={mode === 'print'}>
            {mode === 'print' ? 'Dölj utskriften' : 'Visa SIP för utskrift och underskrift'}
          </button>
        )}
      </div>
      {plan && mode === 'print' && <SipDocument family={family} plan={plan} onClose={() => setMode('view')} />}
    </>
  );
}

/**
 * The family representatives the guardians let take part in the SIP: listed apart from the
 * participants the coordinator writes, since the guardians give and withdraw them (docs/representatives.md).
 */
export const representativesInWords = (representatives: Plan['familyRepresentatives']) => `Deltar för familjen som familjeombud: ${representatives.map((r) => r.name).join(', ')}.`;

/** The SIP by outcome area: each goal with its actions and who is responsible for each. */
export function SipPlan({ plan }: { plan: Plan }) {
  return (
    <>
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
          <dd>{plan.nextFollowUp ?? 'Inte planerad'}</dd>
        </div>
      </dl>
      {plan.participants.length > 0 && <p>Deltagare: {plan.participants.map((p) => `${p.name} (${p.role}${p.agency ? `, ${agencyName[p.agency].toLowerCase()}` : ''})`).join('; ')}</p>}
      {plan.familyRepresentatives.length > 0 && <p className="sip-representatives">{representativesInWords(plan.familyRepresentatives)}</p>}
      <PlanGoals plan={plan} withNotes />
    </>
  );
}

/** The goals by outcome area, in the areas' order, each with a table of its actions. */
export interface GoalsOfPlan {
  goals: ReadonlyArray<{
    id?: string;
    area: Plan['goals'][number]['area'];
    description: string;
    actions: ReadonlyArray<
      Pick<Plan['goals'][number]['actions'][number], 'description' | 'responsibleAgency' | 'dueDate' | 'status'> & { id?: string; latestNote?: Plan['goals'][number]['actions'][number]['latestNote'] }
    >;
  }>;
}

/** An agency's report in a sentence: "Klar 2026-11-26, Skola 1: Eleven har schema nu." */
const noteInWords = (n: NonNullable<Plan['goals'][number]['actions'][number]['latestNote']>) =>
  `${actionStatusName[n.status]} ${dateTime(n.at).slice(0, 10)}, ${n.byName}${n.note ? `: ${n.note}` : ''}`;

/** `withNotes`: the agencies' latest reports beside each action (the family page, not a version or the printed plan). */
export function PlanGoals({ plan, withNotes = false }: { plan: GoalsOfPlan; withNotes?: boolean }) {
  return (
    <>
      {outcomeAreas.map((area) => {
        const goals = plan.goals.filter((g) => g.area === area);
        if (goals.length === 0) return null;
        return (
          <section key={area} className="area">
            <h3>{outcomeAreaName[area]}</h3>
            {goals.map((goal, i) => (
              <div key={goal.id ?? `${area}-${i}`} className="goal">
                <p className="goal-text">Mål: {goal.description}</p>
                {goal.actions.length === 0 ? (
                  <p>Inga insatser planerade.</p>
                ) : (
                  <div className="table-wrap">
                    <table>
                      <caption className="visually-hidden">Insatser för målet {goal.description}</caption>
                      <thead>
                        <tr>
                          <th scope="col">Insats</th>
                          <th scope="col">Ansvarig</th>
                          <th scope="col">Klar senast</th>
                          <th scope="col">Status</th>
                          {withNotes && <th scope="col">Senaste från verksamheten</th>}
                        </tr>
                      </thead>
                      <tbody>
                        {goal.actions.map((action, j) => (
                          <tr key={action.id ?? `${i}-${j}`}>
                            <td>{action.description}</td>
                            <td>{agencyName[action.responsibleAgency]}</td>
                            <td>{action.dueDate ?? '–'}</td>
                            <td>{actionStatusName[action.status]}</td>
                            {withNotes && <td>{action.latestNote ? noteInWords(action.latestNote) : '–'}</td>}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
