import type { HttpRequest, HttpResponse } from '@lotsen/kit';
import { type DocumentNode, GraphQLError, parse } from 'graphql';
import { figureRows, statisticsCsv } from './csv.js';
import { chosenOperation, rootFields, statisticsField } from './root-selection.js';

const text = (status: number, message: string, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body: message,
});
/** The Swedish part of a bilingual message ("svenska / english"). */
const swedish = (message: string) => message.split(' / ')[0] as string;

/**
 * Why a query is not a statistics export, in Swedish; null when it is one. Only statistics are
 * exported: every field at the operation's root, through its fragments, must be `statistics`
 * (no `__typename`, no introspection, no person-level field beside it), and it must be a query.
 * Decided on the document itself, before anything is asked of anyone.
 */
export function notAStatisticsExport(query: string, operationName: string | null, maxTokens: number): string | null {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens });
  } catch (error) {
    const at = error instanceof GraphQLError && error.locations?.[0] ? ` (rad ${error.locations[0].line}, kolumn ${error.locations[0].column})` : '';
    return `Frågan går inte att läsa${at}: skriv den som i exemplen i docs/analysts.md`;
  }
  const operation = chosenOperation(document, operationName);
  if (!operation) return operationName ? `Frågan har ingen operation som heter ${operationName}` : 'Frågan har flera operationer: ange vilken med operationName';
  if (operation.operation !== 'query') return 'Bara statistik kan hämtas som CSV: en query med statistics, inte en mutation eller en prenumeration';
  const others = [...new Set(rootFields(document, operation).flatMap((f) => (f.name === statisticsField ? [] : [f.name])))];
  if (others.length > 0) return `Bara statistik kan hämtas som CSV: frågan ber om ${others.join(', ')}; bara statistics är tillåtet`;
  return null;
}

/**
 * `GET /statistics.csv?query=…[&variables=…][&operationName=…]` with the caller's bearer token
 * (docs/analysts.md, "CSV"). Only a statistics query is exported (notAStatisticsExport); it then
 * runs exactly as a POST to /graphql would (authentication, limits, rate limit, safelist, the
 * subgraphs' own rules and audit), and its answer comes back as CSV, one row per figure.
 */
export async function statisticsAsCsv(req: HttpRequest, graphql: (req: HttpRequest) => Promise<HttpResponse>, maxTokens: number): Promise<HttpResponse> {
  const query = req.query.get('query');
  if (!query) return text(400, 'Ange frågan: /statistics.csv?query=… (se docs/analysts.md)');
  let variables: unknown;
  try {
    variables = req.query.has('variables') ? JSON.parse(req.query.get('variables') as string) : undefined;
  } catch {
    return text(400, 'variables är inte giltig JSON');
  }
  const operationName = req.query.get('operationName');
  const refusal = notAStatisticsExport(query, operationName, maxTokens);
  if (refusal) return text(400, refusal);
  const answer = await graphql({
    ...req,
    method: 'POST',
    // The CSV is asked for (a client may say Accept: text/csv); the graph answers JSON to the route.
    headers: { ...req.headers, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables, ...(operationName ? { operationName } : {}) }),
  });
  let body: { data?: unknown; errors?: { message: string }[] };
  try {
    body = JSON.parse(String(answer.body ?? '{}'));
  } catch {
    return text(502, 'Svaret gick inte att läsa');
  }
  if (answer.status !== 200 || body.errors?.length) {
    const messages = (body.errors ?? []).map((e) => swedish(e.message)).join('\n');
    // A refusal keeps what tells the caller when to come back (429) or how to sign in (401).
    const kept = Object.fromEntries(Object.entries(answer.headers ?? {}).filter(([k]) => k === 'retry-after' || k === 'www-authenticate'));
    return text(answer.status === 200 ? 400 : answer.status, messages || 'Frågan kunde inte besvaras', kept);
  }
  return {
    status: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="lotsen-statistik.csv"', 'cache-control': 'no-store' },
    body: statisticsCsv(figureRows(body.data)),
  };
}
