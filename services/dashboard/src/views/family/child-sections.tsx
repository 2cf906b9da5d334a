import { useId } from 'react';
import type { Agency } from '../../gql/graphql.js';
import { dateTime } from '../../ui/dates.js';
import { agencyName } from '../../words/terms.js';
import { AgencyParts, type Part } from './outcome.js';
import type { Child } from './types.js';

const supportKind = { EXTRA_ADAPTATIONS: 'Extra anpassningar', SPECIAL_SUPPORT: 'Särskilt stöd' } as const;
const interventionKind = { FAMILY_THERAPY: 'Familjebehandling', HOUSING_SUPPORT: 'Boendestöd', CONTACT_PERSON: 'Kontaktperson', CONTACT_FAMILY: 'Kontaktfamilj', OTHER: 'Annan insats' } as const;
const profession: Record<string, string> = {
  SCHOOL_NURSE: 'Skolsköterska',
  COUNSELLOR: 'Kurator',
  PSYCHOLOGIST: 'Psykolog',
  SCHOOL_DOCTOR: 'Skolläkare',
  SPECIAL_EDUCATOR: 'Specialpedagog',
};
const schoolType: Record<string, string> = { FS: 'förskola', FKLASS: 'förskoleklass', GR: 'grundskola', GRS: 'anpassad grundskola', GY: 'gymnasieskola', GYS: 'anpassad gymnasieskola' };

/** FHIR appointment statuses as the health records give them. */
const appointmentStatus: Record<string, string> = {
  proposed: 'föreslagen',
  pending: 'inte bekräftad',
  booked: 'bokad',
  arrived: 'har kommit',
  fulfilled: 'genomförd',
  cancelled: 'avbokad',
  noshow: 'uteblev',
  'checked-in': 'incheckad',
  waitlist: 'väntelista',
};

const hours = (minutes: number) => `${Math.round(minutes / 60)} timmar`;

/** The case system's label is often the kind's own name ("Familjebehandling: Familjebehandling" says it twice). */
const sameWords = (a: string, b: string) => a.localeCompare(b, 'sv', { sensitivity: 'base' }) === 0;
/** Some case systems put the title in the name ("Handläggare Ek"): said once either way. */
const caseworker = (name: string) => (/^handläggare\b/i.test(name) ? name.replace(/^handläggare/i, 'handläggare') : `handläggare ${name}`);

function List<T>({ items, empty, children }: { items: readonly T[]; empty: string; children: (item: T) => string }) {
  if (items.length === 0) return <>{empty}</>;
  return (
    <ul className="plain">
      {items.map((item) => {
        const text = children(item);
        return <li key={text}>{text}</li>;
      })}
    </ul>
  );
}

/** Each agency's parts of the child's situation, or why each is not shown: the agencies whose data is a child's. */
function partsOf(child: Child): Partial<Record<Agency, Part[]>> {
  const { school, socialServices, healthCare } = child;
  return {
    SCHOOL: [
      {
        category: 'ENROLMENT',
        outcome: school.enrolment,
        render: () =>
          school.enrolment.__typename === 'SchoolEnrolment' &&
          `${school.enrolment.schoolUnit}, ${schoolType[school.enrolment.schoolType] ?? school.enrolment.schoolType}${school.enrolment.schoolYear !== null ? ` årskurs ${school.enrolment.schoolYear}` : ''}${school.enrolment.group ? `, ${school.enrolment.group}` : ''} (sedan ${school.enrolment.since})`,
      },
      {
        category: 'ATTENDANCE',
        outcome: school.attendance,
        render: () =>
          school.attendance.__typename === 'SchoolAttendance' &&
          `Frånvaro ${school.attendance.absencePercent.toLocaleString('sv-SE', { maximumFractionDigits: 1 })} % (${school.attendance.from} – ${school.attendance.to}); ogiltig frånvaro ${hours(school.attendance.invalidAbsenceMinutes)} av ${hours(school.attendance.offeredMinutes)}`,
      },
      {
        category: 'SUPPORT_MEASURES',
        outcome: school.supportMeasures,
        render: () =>
          school.supportMeasures.__typename === 'SupportMeasures' && (
            <List items={school.supportMeasures.items} empty="Inga stödinsatser">
              {(m) => `${supportKind[m.kind]}: ${m.description} (beslutat ${m.decidedOn}${m.actionProgramme ? ', åtgärdsprogram' : ''})`}
            </List>
          ),
      },
      {
        category: 'STUDENT_HEALTH',
        outcome: school.studentHealth,
        render: () =>
          school.studentHealth.__typename === 'StudentHealthContacts' && (
            <List items={school.studentHealth.items} empty="Inga kontakter med elevhälsan">
              {(c) => `${c.date}: ${profession[c.profession] ?? c.profession}, ${c.reason}`}
            </List>
          ),
      },
    ],
    SOCIAL_SERVICES: [
      {
        category: 'CASE',
        outcome: socialServices.cases,
        render: () =>
          socialServices.cases.__typename === 'SocialCases' && (
            <List items={socialServices.cases.items} empty="Inga ärenden">
              {(c) => `${c.subject} (${c.status === 'OPEN' ? 'öppet' : 'avslutat'}, sedan ${c.openedOn}); ${caseworker(c.caseworker.name)}, ${c.caseworker.phone}`}
            </List>
          ),
      },
      {
        category: 'INTERVENTIONS',
        outcome: socialServices.interventions,
        render: () =>
          socialServices.interventions.__typename === 'Interventions' && (
            <List items={socialServices.interventions.items} empty="Inga insatser">
              {(i) =>
                `${sameWords(interventionKind[i.kind], i.label) ? i.label : `${interventionKind[i.kind]}: ${i.label}`}, ${i.provider} (${i.startDate}${i.endDate ? ` – ${i.endDate}` : ', pågår'})`
              }
            </List>
          ),
      },
    ],
    HEALTH_CARE: [
      {
        category: 'CARE_CONTACTS',
        outcome: healthCare.careContacts,
        render: () =>
          healthCare.careContacts.__typename === 'CareContacts' && (
            <>
              <List items={healthCare.careContacts.items} empty="Inga vårdkontakter">
                {(c) => `${c.date}: ${c.organisation}, ${c.kind}${c.practitionerRole ? ` (${c.practitionerRole})` : ''}`}
              </List>
              {healthCare.careContacts.careTeams.length > 0 && <p>Vårdteam: {healthCare.careContacts.careTeams.map((t) => (t.organisation ? `${t.name} (${t.organisation})` : t.name)).join(', ')}</p>}
            </>
          ),
      },
      {
        category: 'APPOINTMENTS',
        outcome: healthCare.appointments,
        render: () =>
          healthCare.appointments.__typename === 'Appointments' && (
            <List items={healthCare.appointments.items} empty="Inga bokade besök">
              {(a) => `${dateTime(a.start)}: ${a.serviceType ?? 'Besök'}${a.organisation ? `, ${a.organisation}` : ''} (${appointmentStatus[a.status] ?? a.status})`}
            </List>
          ),
      },
      {
        category: 'DIAGNOSES',
        outcome: healthCare.diagnoses,
        render: () =>
          healthCare.diagnoses.__typename === 'Diagnoses' && (
            <List items={healthCare.diagnoses.items} empty="Inga diagnoser">
              {(d) => `${d.code} ${d.display}${d.recordedDate ? ` (${d.recordedDate})` : ''}`}
            </List>
          ),
      },
    ],
  };
}

export function ChildSections({ child }: { child: Child }) {
  const parts = partsOf(child);
  const id = useId();
  // The guardians with custody in the register's order: "vårdnadshavare 2" is the second.
  const guardians = (child.custody?.guardians ?? []).map((g) => `${g.givenName} ${g.familyName}`);
  return (
    <div className="agencies">
      {(Object.keys(parts) as Agency[]).map((agency) => (
        // Named with the child: a family's children each have a section per agency, and each landmark's name is its own.
        <section key={agency} className="agency" aria-label={`${agencyName[agency]}, ${child.givenName}`}>
          <h4 id={`${id}-${agency}`}>{agencyName[agency]}</h4>
          <AgencyParts agency={agency} parts={parts[agency] ?? []} guardians={guardians} />
        </section>
      ))}
    </div>
  );
}
