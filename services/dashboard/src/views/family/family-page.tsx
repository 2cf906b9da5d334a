import { useQuery } from '@apollo/client';
import { FamilyQuery } from '../../operations/family.js';
import { Link } from '../../routing/navigation.js';
import { consentsPath } from '../../routing/routes.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { PageHeading } from '../../ui/page-heading.js';
import { statusInSentence } from '../../words/status-in-words.js';
import { purposeShortName } from '../../words/terms.js';
import { FamilySurvey } from '../evaluation/family-survey.js';
import { FamilyObstacles } from '../obstacles/family-obstacles.js';
import { FamilyRepresentatives } from '../representatives/family-representatives.js';
import { Signals } from '../signals.js';
import { FamilyContacts } from '../support-catalogue/family-contacts.js';
import { AccessLogs } from './access-log.js';
import { Assignments } from './assignments.js';
import { ChildSections } from './child-sections.js';
import { ClosedNotice, CloseFamilyForm } from './closing.js';
import { FollowUpChart } from './follow-up-chart.js';
import { FollowUpForm } from './follow-up-form.js';
import { GuardianSections } from './guardian-sections.js';
import { MeetingForm } from './meeting-form.js';
import { Meetings } from './meetings.js';
import { OccupationForm } from './occupation-form.js';
import { PendingDecisions } from './pending-decisions.js';
import { SipSection } from './sip-plan.js';
import type { Child, Family } from './types.js';

const custodyName = { JOINT: 'Gemensam vårdnad', SOLE: 'Ensam vårdnad', NONE: 'Ingen vårdnadshavare i folkbokföringen' } as const;

/**
 * A family: every child with each agency's section (or why it is withheld), the guardians, the
 * SIP, meetings, follow-ups and each child's access log. A guardian sees the same page of their
 * own family, told where each agency's own records are read.
 */
/** `self`: a signed-in guardian's own personnummer, which finds the consents waiting for their decision. */
export function FamilyPage({ reference, guardian, self = null }: { reference: string; guardian: boolean; self?: string | null }) {
  const { data, error, loading } = useQuery(FamilyQuery, { variables: { reference } });
  const family = data?.familyByReference;
  // A family does not know itself by the team's reference: a guardian's page is their family's.
  const title = guardian ? 'Vår familj' : `Familjen ${family?.reference ?? reference}`;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {error && <ErrorNotice error={error} />}
      {loading && !family && <Loading what="familjens uppgifter" />}
      {family && <FamilyContent family={family} guardian={guardian} self={self} />}
    </>
  );
}

function FamilyContent({ family, guardian, self }: { family: Family; guardian: boolean; self: string | null }) {
  // A closed family is read, not worked on: its team may reopen it, and nothing else changes.
  const working = !guardian && !family.closing;
  return (
    <>
      <ClosedNotice family={family} guardian={guardian} />
      <p className="lead">
        {guardian ? `Familjen ${family.reference} hos ` : ''}
        {family.team.name}, {family.team.municipality}. {guardian ? '' : `Barnen är folkbokförda i ${family.municipality}. `}Koordinator:{' '}
        {family.coordinators.map((c) => c.name).join(', ') || 'ingen tilldelad'}.
      </p>
      <p>
        <Link href={consentsPath(family.reference)} className="button-link">
          {guardian ? 'Samtycken och kvitton' : 'Samtycken'}
        </Link>
      </p>
      {working && family.attention.length > 0 && (
        <section aria-labelledby="attention">
          <h2 id="attention">Behöver åtgärd</h2>
          <Signals signals={family.attention} />
        </section>
      )}
      {guardian && <PendingDecisions family={family} self={self} />}
      <section aria-labelledby="children">
        <h2 id="children">Barnen</h2>
        {guardian && (
          <p>Här ser du vad Lotsen visar om era barn. Varje verksamhets egna uppgifter om ditt barn får du från verksamheten själv: skolan, socialkontoret och 1177 för hälso- och sjukvården.</p>
        )}
        {family.children.map((child) => (
          <ChildCard key={child.personnummer} child={child} />
        ))}
      </section>
      <section aria-labelledby="guardians">
        <h2 id="guardians">Vårdnadshavare</h2>
        {family.guardians ? (
          <ul className="plain">
            {family.guardians.map((g) => (
              <li key={g.personnummer}>
                {g.givenName} {g.familyName}
              </li>
            ))}
          </ul>
        ) : (
          <p>Folkbokföringen svarar inte, så vårdnadshavarna kan inte visas just nu.</p>
        )}
        {!guardian && family.guardians && <GuardianSections reference={family.reference} guardians={family.guardians} />}
      </section>
      <section aria-labelledby="contacts">
        <h2 id="contacts">Vem ska vi vända oss till?</h2>
        <FamilyContacts reference={family.reference} familyId={family.id} working={working} guardian={guardian} />
      </section>
      <section aria-labelledby="sip">
        <h2 id="sip">SIP – samordnad individuell plan</h2>
        <SipSection family={family} guardian={guardian} />
      </section>
      <section aria-labelledby="meetings">
        <h2 id="meetings">Möten, hembesök och avstämningar</h2>
        {working && <MeetingForm familyId={family.id} reference={family.reference} />}
        <Meetings meetings={family.meetings} reference={family.reference} />
      </section>
      <section aria-labelledby="obstacles">
        <h2 id="obstacles">Hinder</h2>
        <FamilyObstacles reference={family.reference} guardian={guardian} working={!family.closing} />
      </section>
      <section aria-labelledby="representatives">
        <h2 id="representatives">Familjeombud</h2>
        <FamilyRepresentatives reference={family.reference} guardian={guardian} working={!family.closing} />
      </section>
      <section aria-labelledby="follow-ups">
        <h2 id="follow-ups">Uppföljning</h2>
        {working && <FollowUpForm familyId={family.id} reference={family.reference} />}
        {working && <OccupationForm familyId={family.id} guardians={family.guardians?.length ?? 2} />}
        <FollowUpChart followUps={family.followUps} />
        <FamilySurvey familyId={family.id} guardian={guardian} />
      </section>
      {!guardian && (
        <section aria-labelledby="assignments">
          <h2 id="assignments">Koordinatorer över tid</h2>
          <Assignments reference={family.reference} />
        </section>
      )}
      <section aria-labelledby="access-log">
        <h2 id="access-log">Åtkomstlogg</h2>
        <AccessLogs family={family} guardian={guardian} />
      </section>
      {working && (
        <section aria-labelledby="closing">
          <h2 id="closing">Avslut</h2>
          <p>När samordningen är klar avslutas den med en avslutande uppföljning. Familjen kan öppnas igen inom 90 dagar.</p>
          <CloseFamilyForm family={family} />
        </section>
      )}
    </>
  );
}

function ChildCard({ child }: { child: Child }) {
  const custody = child.custody;
  return (
    <article className="child">
      <h3>
        {child.givenName} {child.familyName}, {child.age} år
      </h3>
      <p>
        {custody
          ? `${custodyName[custody.kind]}${custody.guardians.length > 0 ? `: ${custody.guardians.map((g) => g.givenName).join(' och ')}` : ''}.`
          : 'Folkbokföringen svarar inte, så vårdnaden kan inte visas just nu.'}
        {child.protectedIdentity && ' Barnet har skyddade personuppgifter.'}
      </p>
      <p>
        Samtycken:{' '}
        {child.consents.length === 0 ? 'inga registrerade.' : child.consents.map((c) => `${purposeShortName[c.purpose]}: ${statusInSentence(c.status, c.statusText, c.validUntil)}`).join('; ')}
      </p>
      <ChildSections child={child} />
    </article>
  );
}
