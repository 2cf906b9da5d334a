import type { AgencyHttp } from '@lotsen/kit';
import { describe, expect, it } from 'vitest';
import { maxPages, schoolPlatform } from '../src/adapters/ss12000.js';
import attendancePage1 from './fixtures/aggregated-attendance-page-1.json' with { type: 'json' };
import attendancePage2 from './fixtures/aggregated-attendance-page-2.json' with { type: 'json' };
import personsLookup from './fixtures/persons-lookup.json' with { type: 'json' };
import studentHealthLookup from './fixtures/student-health-contacts-lookup.json' with { type: 'json' };
import supportMeasuresLookup from './fixtures/support-measures-lookup.json' with { type: 'json' };

const today = '2026-11-23';
const civicNos = personsLookup.map((p) => p.civicNo.value);
type Call = { method: string; path: string; params?: Record<string, unknown>; body?: unknown };

/** The platform as recorded (fixtures/README.md), answering the adapter's requests; every call kept. */
function recordedPlatform(attendancePage: (params: Record<string, unknown>) => unknown = (p) => (p.pageToken === attendancePage1.pageToken ? attendancePage2 : attendancePage1)) {
  const calls: Call[] = [];
  const answer = (data: unknown) => Promise.resolve({ data, status: 200 }) as never;
  const http = {
    get: (path: string, config?: { params?: Record<string, unknown> }) => {
      calls.push({ method: 'GET', path, params: config?.params });
      if (path !== '/v2.0/aggregatedAttendance') throw new Error(`unexpected GET ${path}`);
      return answer(attendancePage(config?.params ?? {}));
    },
    post: (path: string, body: unknown, config?: { params?: Record<string, unknown> }) => {
      calls.push({ method: 'POST', path, params: config?.params, body });
      const recorded: Record<string, unknown> = {
        '/v2.0/persons/lookup': personsLookup,
        '/v2.0/ext/supportMeasures/lookup': supportMeasuresLookup,
        '/v2.0/ext/studentHealthContacts/lookup': studentHealthLookup,
      };
      if (!(path in recorded)) throw new Error(`unexpected POST ${path}`);
      return answer(recorded[path]);
    },
    report: () => {
      throw new Error('no report here');
    },
  } as unknown as AgencyHttp;
  return { http, calls };
}

describe('the school adapter over the recorded platform', () => {
  it('asks each endpoint once for all the children of an operation, following the attendance’s pageToken alone to the end', async () => {
    const { http, calls } = recordedPlatform();
    const platform = schoolPlatform(http, () => today);
    const sections = await Promise.all(
      civicNos.map(async (c) => ({
        enrolment: await platform.enrolment(c),
        attendance: await platform.attendance(c),
        supportMeasures: await platform.supportMeasures(c),
        studentHealth: await platform.studentHealth(c),
      })),
    );
    expect(sections.map((s) => s.enrolment?.schoolType)).toEqual(['GR', 'FS', 'GY']);
    // The third student's attendance came on the second page.
    expect(sections.map((s) => s.attendance?.absencePercent)).toEqual([25.6, 10.7, 9.1]);
    expect(sections.map((s) => s.supportMeasures?.items.length)).toEqual([2, 1, 0]);
    expect(sections.map((s) => s.studentHealth?.items.length)).toEqual([2, 1, 2]);

    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /v2.0/persons/lookup',
      'GET /v2.0/aggregatedAttendance',
      'GET /v2.0/aggregatedAttendance',
      'POST /v2.0/ext/supportMeasures/lookup',
      'POST /v2.0/ext/studentHealthContacts/lookup',
    ]);
    const ids = personsLookup.map((p) => p.id);
    expect(calls[1]?.params).toEqual({ startDate: '2026-08-15', endDate: today, student: ids });
    expect(calls[2]?.params).toEqual({ pageToken: attendancePage1.pageToken });
    expect(calls[3]?.body).toEqual({ ids });
  });

  it('answers not recorded, asking nothing more, for a child the platform does not know', async () => {
    const { http, calls } = recordedPlatform();
    const platform = schoolPlatform(http, () => today);
    expect(await platform.attendance('189001019802')).toBeNull();
    expect(await platform.supportMeasures('189001019802')).toBeNull();
    expect(calls.map((c) => c.path)).toEqual(['/v2.0/persons/lookup']);
  });

  it('fails, never answering part of the list, when the platform still has more after the most pages it follows', async () => {
    const { http, calls } = recordedPlatform(() => ({ data: [], pageToken: 'and-more' }));
    const platform = schoolPlatform(http, () => today);
    await expect(platform.attendance(civicNos[0] as string)).rejects.toThrow(`/v2.0/aggregatedAttendance: still more after ${maxPages} pages`);
    expect(calls.filter((c) => c.path === '/v2.0/aggregatedAttendance')).toHaveLength(maxPages);
  });

  it('fails, never answering not recorded, when the person lookup fails', async () => {
    const { http } = recordedPlatform();
    const refusing = { ...http, post: () => Promise.reject(new Error('the platform answered 503')) } as AgencyHttp;
    const platform = schoolPlatform(refusing, () => today);
    await expect(platform.attendance(civicNos[0] as string)).rejects.toThrow('503');
    await expect(platform.supportMeasures(civicNos[0] as string)).rejects.toThrow('503');
  });
});
