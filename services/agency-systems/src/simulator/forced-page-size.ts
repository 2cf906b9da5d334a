import { json, type Routes } from '@lotsen/kit';

/**
 * The largest page a simulator answers whatever its client asks, as a paging server's: set when
 * the simulator is made, or at run time with `PUT /_sim/paging {"maxPageSize": 20}` (`null`: no
 * limit but the system's own). Tests of clients that follow pages turn it on (docs/agency-systems.md).
 */
export class ForcedPageSize {
  constructor(public value: number | undefined = undefined) {}

  /** The control route; like `/_sim/faults`, neither counted nor faulted. */
  routes(): Routes {
    return {
      'PUT /_sim/paging': (req) => {
        let asked: unknown;
        try {
          asked = (JSON.parse(req.body || '{}') as { maxPageSize?: unknown }).maxPageSize;
        } catch {
          asked = undefined;
        }
        if (asked !== null && !(Number.isInteger(asked) && (asked as number) >= 1))
          return json(400, { code: 'BAD_REQUEST', message: 'maxPageSize: a whole number of at least 1, or null, is required' });
        this.value = asked === null ? undefined : (asked as number);
        return json(200, { maxPageSize: this.value ?? null });
      },
    };
  }
}
