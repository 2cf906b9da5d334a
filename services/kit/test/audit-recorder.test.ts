import { describe, expect, it } from 'vitest';
import { type AuditEvent, type AuditLog, AuditRecorder, createLogger, type RequestContext } from '../src/index.js';

const request: RequestContext = {
  identity: { username: 'koordinator1', role: 'COORDINATOR', teamId: 'team-1' } as RequestContext['identity'],
  authorization: 'Bearer t',
  requestId: 'r-1',
  operationName: 'Caseload',
  documentHash: 'abc',
  log: createLogger('test'),
};

/** A log that keeps what each append was given. */
function recordingLog(fail = false) {
  const appends: AuditEvent[][] = [];
  const log = { append: async (events: readonly AuditEvent[]) => (fail ? Promise.reject(new Error('store down')) : void appends.push([...events])) } as unknown as AuditLog;
  return { log, appends };
}

const after =
  <T>(ms: number, value: T) =>
  () =>
    new Promise<T>((r) => setTimeout(() => r(value), ms));

describe('the audit of one request', () => {
  it('writes denials and disclosures whose data arrive apart in one append, once no agency call is under way', async () => {
    const { log, appends } = recordingLog();
    const audit = new AuditRecorder(log, request);
    const section = async (personnummer: string, ms: number) => {
      await audit.whileLoading(after(ms, {}));
      await audit.disclosed(personnummer, 'ATTENDANCE', 'c1');
    };
    await Promise.all([audit.denied('201009282387', 'DIAGNOSES', 'NO_CONSENT'), section('201503152389', 5), section('201704132388', 40)]);
    expect(appends).toHaveLength(1);
    expect(appends[0]?.map((e) => `${e.kind} ${e.childPersonnummer}`).sort()).toEqual(['DENIAL 201009282387', 'DISCLOSURE 201503152389', 'DISCLOSURE 201704132388']);
  });

  it('holds a disclosure until its write is done', async () => {
    const { log, appends } = recordingLog();
    const audit = new AuditRecorder(log, request);
    let written = -1;
    const first = (async () => {
      await audit.whileLoading(after(1, {}));
      await audit.disclosed('201503152389', 'ATTENDANCE', 'c1');
      written = appends.length;
    })();
    await Promise.all([first, audit.whileLoading(after(30, {}))]);
    expect(written).toBe(1);
  });

  it('writes a request with no agency call at once, and refuses a disclosure whose write failed', async () => {
    const { log, appends } = recordingLog();
    await new AuditRecorder(log, request).denied('201009282387', 'DIAGNOSES', 'NO_CONSENT');
    expect(appends).toHaveLength(1);
    const failing = new AuditRecorder(recordingLog(true).log, request);
    await expect(failing.disclosed('201503152389', 'ATTENDANCE', 'c1')).rejects.toThrow('store down');
  });
});
