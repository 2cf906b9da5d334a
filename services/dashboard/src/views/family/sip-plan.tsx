import { actionStatusName, agencyName, outcomeAreaName, outcomeAreas } from '../../words/terms.js';
import type { Family } from './types.js';

/** The SIP by outcome area: each goal with its actions and who is responsible for each. */
export function SipPlan({ plan }: { plan: Family['plan'] }) {
  if (!plan) return <p>Familjen har ingen SIP ännu.</p>;
  const status = { DRAFT: 'Utkast', ACTIVE: 'Gäller', CLOSED: 'Avslutad' }[plan.status];
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Huvudansvarig</dt>
          <dd>{agencyName[plan.leadAgency]}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{status}</dd>
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
      {outcomeAreas.map((area) => {
        const goals = plan.goals.filter((g) => g.area === area);
        if (goals.length === 0) return null;
        return (
          <section key={area} className="area">
            <h3>{outcomeAreaName[area]}</h3>
            {goals.map((goal) => (
              <div key={goal.id} className="goal">
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
                        </tr>
                      </thead>
                      <tbody>
                        {goal.actions.map((action) => (
                          <tr key={action.id}>
                            <td>{action.description}</td>
                            <td>{agencyName[action.responsibleAgency]}</td>
                            <td>{action.dueDate ?? '–'}</td>
                            <td>{actionStatusName[action.status]}</td>
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
