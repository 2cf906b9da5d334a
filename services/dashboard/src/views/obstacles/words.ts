import type { Agency, ObstacleKind } from '../../gql/graphql.js';
import { agencyName } from '../../words/terms.js';

/** The kinds of obstacle, in the order the form offers them, with the words the schema gives them. */
export const obstacleKinds: ObstacleKind[] = ['WAITING_TIME', 'NO_CONTACT', 'SENT_BETWEEN', 'INFORMATION_NOT_SHARED', 'DECISION_NOT_FOLLOWED', 'OTHER'];

export const obstacleKindName: Record<ObstacleKind, string> = {
  WAITING_TIME: 'Lång väntetid',
  NO_CONTACT: 'Ingen kontakt eller inget svar',
  SENT_BETWEEN: 'Skickades mellan verksamheter',
  INFORMATION_NOT_SHARED: 'Fick upprepa sig, information delades inte',
  DECISION_NOT_FOLLOWED: 'Beslut eller överenskommelse följdes inte',
  OTHER: 'Annat hinder',
};

/** Where an obstacle was met: an agency, or another part of the support. */
export const whereName = (agency: Agency | null | undefined) => (agency ? agencyName[agency] : 'Annan del av stödet');

/** "2026-03" as a month is said: "mars 2026". */
export const monthName = (period: string) => new Date(`${period}-15T12:00:00Z`).toLocaleDateString('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-Q1" as a quarter is said: "kvartal 1 2026". */
export const quarterName = (period: string) => `kvartal ${period.slice(6)} ${period.slice(0, 4)}`;
