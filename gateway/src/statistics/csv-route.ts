import type { HttpRequest, HttpResponse } from '@lotsen/kit';
import { figureRows, statisticsCsv } from './csv.js';

const text = (status: number, message: string): HttpResponse => ({ status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: message });
/** The Swedish part of a bilingual message ("svenska / english"). */
const swedish = (message: string) => message.split(' / ')[0] as string;

/**
 * `GET /statistics.csv?query=…[&variables=…]` with the caller's bearer token (docs/analysts.md):
 * the query runs exactly as a POST to /graphql would (authentication, limits, safelist, the
 * subgraphs' own rules and audit), and its answer comes back as CSV, one row per figure.
 */
export async function statisticsAsCsv(req: HttpRequest, graphql: (req: HttpRequest) => Promise<HttpResponse>): Promise<HttpResponse> {
  const query = req.query.get('query');
  if (!query) return text(400, 'Ange frågan: /statistics.csv?query=… (se docs/analysts.md)');
  let variables: unknown;
  try {
    variables = req.query.has('variables') ? JSON.parse(req.query.get('variables') as string) : undefined;
  } catch {
    return text(400, 'variables är inte giltig JSON');
  }
  const answer = await graphql({ ...req, method: 'POST', headers: { ...req.headers, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  let body: { data?: unknown; errors?: { message: string }[] };
  try {
    body = JSON.parse(String(answer.body ?? '{}'));
  } catch {
    return text(502, 'Svaret gick inte att läsa');
  }
  if (answer.status !== 200 || body.errors?.length) {
    const messages = (body.errors ?? []).map((e) => swedish(e.message)).join('\n');
    return text(answer.status === 200 ? 400 : answer.status, messages || 'Frågan kunde inte besvaras');
  }
  return {
    status: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="lotsen-statistik.csv"', 'cache-control': 'no-store' },
    body: statisticsCsv(figureRows(body.data)),
  };
}
