/** The app's pages, from the location's path. */
export type Route =
  | { page: 'home' }
  | { page: 'family'; reference: string }
  | { page: 'consents'; reference: string }
  | { page: 'team' }
  | { page: 'statistics' }
  | { page: 'support-catalogue' }
  | { page: 'consultations' }
  | { page: 'callback' }
  | { page: 'not-found'; path: string };

/** Statistik: an analyst's start page too, and a team lead's for their own team. */
export const statisticsPath = '/statistik';

/** Stödkatalogen: the local support, for staff and families (docs/support-catalogue.md). */
export const supportCataloguePath = '/stodkatalogen';

/** Konsultationer: anonymised cases without consent, for coordinators and agency staff (docs/consultations.md). */
export const consultationsPath = '/konsultationer';

export function routeOf(path: string): Route {
  const clean = path.replace(/\/+$/, '') || '/';
  if (clean === '/') return { page: 'home' };
  if (clean === '/inloggad') return { page: 'callback' };
  if (clean === '/team') return { page: 'team' };
  if (clean === statisticsPath) return { page: 'statistics' };
  if (clean === supportCataloguePath) return { page: 'support-catalogue' };
  if (clean === consultationsPath) return { page: 'consultations' };
  const family = clean.match(/^\/familj\/([^/]+)(\/samtycke)?$/);
  if (family?.[1]) {
    const reference = decodeURIComponent(family[1]);
    return family[2] ? { page: 'consents', reference } : { page: 'family', reference };
  }
  return { page: 'not-found', path };
}

export const familyPath = (reference: string) => `/familj/${encodeURIComponent(reference)}`;
export const consentsPath = (reference: string) => `${familyPath(reference)}/samtycke`;
