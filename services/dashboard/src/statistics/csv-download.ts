import type { StatisticsFilter } from '../gql/graphql.js';
import { persistedDocuments } from '../graphql/persisted-documents.js';

/** The address of a group's answer as CSV: its persisted text (the gateway's safelist) and the filter. */
export function csvUrl(operationName: string, filter: StatisticsFilter): string {
  const text = persistedDocuments.get(operationName)?.text;
  if (!text) throw new Error(`Operationen ${operationName} finns inte i listan över tillåtna operationer`);
  return `/statistics.csv?query=${encodeURIComponent(text)}&variables=${encodeURIComponent(JSON.stringify({ filter }))}`;
}

/** "lotsen-statistik-familjer-2026-01-01-2026-12-31.csv". */
export const csvFileName = (groupId: string, from: string, to: string) => `lotsen-statistik-${groupId}-${from}-${to}.csv`;
