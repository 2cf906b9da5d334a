import { useQuery } from '@apollo/client';
import { useSession } from '../auth/session.js';
import type { MeQuery as Me, Role } from '../gql/graphql.js';
import { MeQuery } from '../operations/me.js';
import { Link, usePath } from '../routing/navigation.js';
import { consultationsPath, type Route, routeOf, statisticsPath, supportCataloguePath } from '../routing/routes.js';
import { ErrorNotice, Loading } from '../ui/error-notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { roleName } from '../words/terms.js';
import { AgencyStaffHome } from './agency-staff/agency-staff-home.js';
import { ConsentPage } from './consents/consent-page.js';
import { ConsultationsPage } from './consultations/consultations-page.js';
import { FamilyPage } from './family/family-page.js';
import { GuardianHome } from './guardian-home.js';
import { ObstacleOverviewPage } from './obstacles/obstacle-overview-page.js';
import { RepresentativeHome } from './representatives/representative-home.js';
import { StatisticsPage } from './statistics/statistics-page.js';
import { SupportCataloguePage } from './support-catalogue/support-catalogue-page.js';
import { TeamPage } from './team-page.js';
import { WorkList } from './work-list.js';

type User = Me['me'];

/**
 * The navigation a role has: a coordinator's families, a team lead's team and its statistics too,
 * a guardian's own family, agency staff's start, an analyst's statistics.
 */
const navigationOf: Record<Role, Array<{ href: string; text: string }>> = {
  COORDINATOR: [
    { href: '/', text: 'Mina familjer' },
    { href: consultationsPath, text: 'Konsultationer' },
    { href: supportCataloguePath, text: 'Stödkatalogen' },
  ],
  TEAM_LEAD: [
    { href: '/', text: 'Teamets familjer' },
    { href: '/team', text: 'Team och koordinatorer' },
    { href: statisticsPath, text: 'Statistik' },
    { href: supportCataloguePath, text: 'Stödkatalogen' },
  ],
  GUARDIAN: [
    { href: '/', text: 'Vår familj' },
    { href: supportCataloguePath, text: 'Stödkatalogen' },
  ],
  AGENCY_STAFF: [
    { href: '/', text: 'Lotsen för verksamheterna' },
    { href: consultationsPath, text: 'Konsultationer' },
    { href: supportCataloguePath, text: 'Stödkatalogen' },
  ],
  ANALYST: [{ href: '/', text: 'Statistik' }],
  FAMILY_REPRESENTATIVE: [{ href: '/', text: 'Familjen jag företräder' }],
  MANAGEMENT_GROUP: [
    { href: '/', text: 'Hinder som familjer möter' },
    { href: supportCataloguePath, text: 'Stödkatalogen' },
  ],
  CATALOGUE_KEEPER: [{ href: '/', text: 'Stödkatalogen' }],
};

export function Shell() {
  const path = usePath();
  const session = useSession();
  const me = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const user = me.data?.me;
  return (
    <>
      <a className="skip-link" href="#innehall">
        Hoppa till innehållet
      </a>
      <header className="site-header">
        <div className="brand">
          <Link href="/">Lotsen</Link>
        </div>
        {user && (
          <nav aria-label="Huvudmeny">
            <ul>
              {navigationOf[user.role].map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={path === item.href ? 'page' : undefined}>
                    {item.text}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="who">
          {user && (
            <p>
              <span className="who-name">{user.name}</span>
              <span className="who-role">
                {roleName[user.role]}
                {/* The management group works for its municipality, not for the team it is seated with. */}
                {user.team ? `, ${user.role === 'MANAGEMENT_GROUP' ? user.team.municipality : user.team.name}` : ''}
              </span>
            </p>
          )}
          <button type="button" onClick={() => void session.signOut()}>
            Logga ut
          </button>
        </div>
      </header>
      <main id="innehall" tabIndex={-1}>
        {me.error ? <ErrorNotice error={me.error} /> : user ? <Page route={routeOf(path)} user={user} /> : <Loading what="dina uppgifter" />}
      </main>
    </>
  );
}

function Page({ route, user }: { route: Route; user: User }) {
  if (route.page === 'not-found') return <NotFound path={route.path} />;
  const home = route.page === 'home' || route.page === 'callback';
  // Every role but the analyst's may search the catalogue; its keeper's start page is it.
  if (route.page === 'support-catalogue' || (home && user.role === 'CATALOGUE_KEEPER'))
    return user.role === 'ANALYST' ? <NotForRole role={user.role} page={route.page} /> : <SupportCataloguePage keeper={user.role === 'CATALOGUE_KEEPER'} />;
  // Consultations without consent: the team's coordinator and the consulting agency staff.
  if (route.page === 'consultations')
    return user.role === 'COORDINATOR' || user.role === 'AGENCY_STAFF' ? <ConsultationsPage coordinator={user.role === 'COORDINATOR'} /> : <NotForRole role={user.role} page={route.page} />;
  switch (user.role) {
    // Aggregates only: an analyst's every page is the statistics.
    case 'ANALYST':
      return home || route.page === 'statistics' ? <StatisticsPage fixedTeam={null} /> : <NotForRole role={user.role} page={route.page} />;
    // No family or child is shown to agency staff: their start page says what Lotsen gives them.
    case 'AGENCY_STAFF':
      return home ? <AgencyStaffHome /> : <NotForRole role={user.role} page={route.page} />;
    // The families the representative acts for, as each lets them see it; never an agency's data.
    case 'FAMILY_REPRESENTATIVE':
      return home ? <RepresentativeHome /> : <NotForRole role={user.role} page={route.page} />;
    // The municipality's obstacles, without the families' identities.
    case 'MANAGEMENT_GROUP':
      return home ? <ObstacleOverviewPage /> : <NotForRole role={user.role} page={route.page} />;
    case 'CATALOGUE_KEEPER':
      return <NotForRole role={user.role} page={route.page} />;
  }
  const guardian = user.role === 'GUARDIAN';
  switch (route.page) {
    case 'home':
    case 'callback':
      return guardian ? <GuardianHome self={user.personnummer ?? null} /> : <WorkList teamLead={user.role === 'TEAM_LEAD'} />;
    case 'family':
      return <FamilyPage reference={route.reference} guardian={guardian} self={user.personnummer ?? null} />;
    case 'consents':
      return <ConsentPage reference={route.reference} guardian={guardian} self={user.personnummer ?? null} />;
    case 'team':
      return user.role === 'TEAM_LEAD' && user.team ? <TeamPage team={user.team} /> : <NotForRole role={user.role} page={route.page} />;
    // A team lead's own team, fixed here as the graph fixes it.
    case 'statistics':
      return user.role === 'TEAM_LEAD' && user.team ? <StatisticsPage fixedTeam={user.team} /> : <NotForRole role={user.role} page={route.page} />;
  }
}

function NotFound({ path }: { path: string }) {
  return (
    <>
      <PageHeading title="Sidan finns inte">Sidan finns inte</PageHeading>
      <p>
        Det finns ingen sida på adressen {path}. <Link href="/">Till startsidan</Link>
      </p>
    </>
  );
}

/** Who each page is for, said to one who is not. */
const pageFor: Record<Exclude<Route['page'], 'not-found' | 'home' | 'callback'>, string> = {
  family: 'Familjens sida är för familjens koordinator, teamledaren och familjens vårdnadshavare.',
  consents: 'Samtyckena visas för familjens koordinator, teamledaren och familjens vårdnadshavare.',
  team: 'Sidan Team och koordinatorer är för teamledare.',
  statistics: 'Statistiken är för analytiker och teamledare.',
  'support-catalogue': 'Stödkatalogen är för dem som arbetar med familjer och för familjerna själva.',
  consultations: 'Konsultationerna är för teamets koordinatorer och personalen i skola, socialtjänst och BUP.',
};

function NotForRole({ role, page }: { role: Role; page: Route['page'] }) {
  const forWhom = page in pageFor ? pageFor[page as keyof typeof pageFor] : 'Den här sidan är inte för din roll.';
  return (
    <>
      <PageHeading title="Ingen vy för din roll">Ingen vy för din roll</PageHeading>
      <p>
        Du är inloggad som {roleName[role].toLowerCase()}. {forWhom} <Link href="/">Till startsidan</Link>
      </p>
    </>
  );
}
