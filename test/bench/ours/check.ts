// Answers of the our-shape operations: the first is checked in substance (no errors, every
// section answered, the expected number of families), every later one must equal it byte for byte.
export function sameAnswers(valid: (data: Record<string, unknown>) => boolean): (text: string) => boolean {
  let expected: string | undefined;
  return (text) => {
    if (expected === undefined) {
      const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown };
      if (body.errors || !body.data || text.includes('"AgencyUnavailable"') || !valid(body.data)) return false;
      expected = text;
    }
    return text === expected;
  };
}

export const isCaseload = (data: Record<string, unknown>) => Array.isArray(data.caseload) && data.caseload.length === 30;
export const isFamily = (data: Record<string, unknown>) => data.family !== null && typeof data.family === 'object';
