import { useQuery } from '@apollo/client';
import type { RepresentedFamiliesQuery } from '../../gql/graphql.js';
import { RepresentedFamiliesQuery as Query } from '../../operations/representatives.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { PageHeading } from '../../ui/page-heading.js';
import { actionStatusName, agencyName, meetingKindName, outcomeAreaName, planStatusName } from '../../words/terms.js';
import { ObstacleForm } from '../obstacles/obstacle-form.js';
import { ObstacleList } from '../obstacles/obstacle-list.js';
import { ContactCard } from '../support-catalogue/family-contacts.js';
import { permissionsInWords } from './words.js';

type Represented = RepresentedFamiliesQuery['representedFamilies'][number];

/**
 * Familjen jag företräder: a family representative's start page. Each family they act for, as the
 * family lets them see it: the plan, its contacts, the meetings and the obstacles, never an agency's data, and
 * the form to record an obstacle when the family lets them. Every reading is in the family's log.
 */
export function RepresentativeHome() {
  const { data, error, loading } = useQuery(Query);
  const families = data?.representedFamilies;
  return (
    <>
      <PageHeading title="Familjen jag företräder">Familjen jag företräder</PageHeading>
      {error && <ErrorNotice error={error} />}
      {loading && !families && <Loading what="familjerna du företräder" />}
      {families?.length === 0 && <p>Ingen familj har gett dig uppdrag som familjeombud just nu. Familjens vårdnadshavare ger uppdraget på familjens sida i Lotsen.</p>}
      {families?.map((f) => (
        <RepresentedFamily key={f.id} family={f} many={families.length > 1} />
      ))}
    </>
  );
}

function RepresentedFamily({ family: f, many }: { family: Represented; many: boolean }) {
  const reads = f.permissions.includes('READ_PAGE');
  const Heading = many ? 'h2' : 'p';
  return (
    <article className="represented-family">
      <Heading className={many ? undefined : 'lead'}>
        Familjen {f.reference} hos {f.teamName}, {f.municipality}. Koordinator: {f.coordinators.join(', ') || 'ingen tilldelad'}.
      </Heading>
      <p>
        Familjen låter dig {permissionsInWords(f.permissions)}. Du ser aldrig skolans, socialtjänstens eller vårdens uppgifter om barnen. Varje gång du läser familjens sida syns det i familjens logg.
      </p>
      {f.closedOn && <p className="notice">Samordningen avslutades {f.closedOn}.</p>}
      {reads && (
        <>
          <section aria-labelledby={`${f.id}-children`}>
            <h2 id={`${f.id}-children`}>Barnen</h2>
            <p>{f.children.join(', ')}</p>
          </section>
          <section aria-labelledby={`${f.id}-sip`}>
            <h2 id={`${f.id}-sip`}>SIP – samordnad individuell plan</h2>
            <Plan plan={f.plan} />
          </section>
          <section aria-labelledby={`${f.id}-contacts`}>
            <h2 id={`${f.id}-contacts`}>Vem ska vi vända oss till?</h2>
            <p>De här har familjens koordinator samlat för familjen, med vad man kan kontakta dem om.</p>
            {f.contacts.length === 0 ? (
              <p>Listan är tom än så länge.</p>
            ) : (
              <ul className="plain family-contacts">
                {f.contacts.map((c) => (
                  <li key={c.id}>
                    <ContactCard contact={c} working={false} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby={`${f.id}-meetings`}>
            <h2 id={`${f.id}-meetings`}>Möten</h2>
            {f.meetings.length === 0 ? (
              <p>Inga möten registrerade.</p>
            ) : (
              <ul className="plain">
                {f.meetings.map((m) => (
                  <li key={m.id}>
                    {m.date}
                    {m.time ? ` ${m.time}` : ''}: {meetingKindName[m.kind]}
                    {m.place ? `, ${m.place}` : ''}. {m.summary}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <section aria-labelledby={`${f.id}-obstacles`}>
        <h2 id={`${f.id}-obstacles`}>Hinder</h2>
        <p>Hinder som familjen har mött i stödet. Kommunens ledningsgrupp går igenom dem utan att se vilken familj det gäller.</p>
        {f.permissions.includes('RECORD_OBSTACLES') && !f.closedOn && <ObstacleForm familyId={f.id} refetch={['RepresentedFamilies']} />}
        <ObstacleList obstacles={f.obstacles} empty={reads ? 'Inga hinder registrerade.' : 'Du har inte registrerat några hinder för familjen.'} />
      </section>
    </article>
  );
}

function Plan({ plan }: { plan: Represented['plan'] }) {
  if (!plan) return <p>Familjen har ingen SIP ännu.</p>;
  const participants = [
    ...plan.participants.map((p) => `${p.name} (${p.role}${p.agency ? `, ${agencyName[p.agency].toLowerCase()}` : ''})`),
    ...plan.familyRepresentatives.map((p) => `${p.name} (${p.role.toLowerCase()})`),
  ];
  return (
    <>
      <p>
        {planStatusName[plan.status]}. Huvudansvarig: {agencyName[plan.leadAgency].toLowerCase()}.{plan.nextFollowUp ? ` Nästa uppföljning ${plan.nextFollowUp}.` : ''}
      </p>
      {participants.length > 0 && <p>Deltagare: {participants.join('; ')}</p>}
      <ul className="plain">
        {plan.goals.map((g) => (
          <li key={g.id}>
            <h3>
              {outcomeAreaName[g.area]}: {g.description}
            </h3>
            <ul>
              {g.actions.map((a) => (
                <li key={a.id}>
                  {a.description} ({agencyName[a.responsibleAgency].toLowerCase()}, {actionStatusName[a.status].toLowerCase()}
                  {a.dueDate ? `, klar senast ${a.dueDate}` : ''})
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
