import type { AgencyHttp } from '@lotsen/kit';

/** The FHIR server's origin in the recorded answers (their fullUrl and links). */
export const recordedOrigin = 'http://journal.region.example';

/** A GET as one key: its path and query, the parameters appended in the order given. */
export function requestKey(url: string, params: Record<string, string> = {}): string {
  const u = new URL(url, recordedOrigin);
  for (const [k, v] of Object.entries(params)) u.searchParams.append(k, v);
  return `${u.pathname}?${u.searchParams}`;
}

export type Recorded = Record<string, { status: number; data: unknown }>;

/** An agency client that answers from recorded answers only, as the FHIR server gave them: a request not recorded fails. */
export function replayHttp(recorded: Recorded): AgencyHttp & { asked: string[] } {
  const asked: string[] = [];
  const get = async (url: string, config?: { params?: Record<string, string> }) => {
    const key = requestKey(url, config?.params);
    asked.push(key);
    const answer = recorded[key];
    if (!answer) throw new Error(`not recorded: ${key}`);
    if (answer.status >= 400) throw Object.assign(new Error(`status ${answer.status}`), { response: answer });
    return { ...answer, statusText: '', headers: {}, config: { baseURL: recordedOrigin, url } } as never;
  };
  const refuse = async () => {
    throw new Error('only searches are recorded');
  };
  return { asked, get, post: refuse, report: refuse };
}
