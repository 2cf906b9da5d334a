import type { Family, RunningSimulator } from '@lotsen/agency-systems';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gql, resetCounters } from './graphql.js';
import { familyOverview } from './queries.js';

type Json = Record<string, any>;
const budgetMs = 1500;
// Gateway, coordination and audit work around the agency calls, on a busy 2-core machine.
const slackMs = 1000;

describe('agency systems that are down or slow', () => {
  let system: RunningSystem;
  const simulators = () => ({ school: system.simulators.school, socialServices: system.simulators.socialServices, healthCare: system.simulators.healthCare });
  // Long enough that a loaded machine's slow overview never lets a circuit half-open early.
  const halfOpenAfterMs = 2000;
  const overview = async () => {
    const started = performance.now();
    const result = await gql<{ family: Json }>(system, 'koordinator1', familyOverview, { id: (system.population.families.find((f) => f.archetype === 1) as Family).id });
    return { ms: performance.now() - started, result, child: result.data?.family.children[0] as Json };
  };
  const faults = (sim: RunningSimulator, f: Json) => sim.control.setFaults(f);
  /** Lets circuits opened by an earlier case half-open, and closes them with a healthy call. */
  const recovered = async () => {
    await new Promise((r) => setTimeout(r, halfOpenAfterMs + 100));
    await overview();
  };

  beforeAll(async () => {
    system = await startSystem({ families: 12, agencyCalls: { resilience: { attemptTimeoutMs: 300, retries: 2, breakAfter: 5, halfOpenAfterMs }, operationBudgetMs: budgetMs } });
  });
  afterEach(() => {
    for (const sim of Object.values(simulators())) faults(sim, { down: false, slowMs: 0, errorRate: 0, latencyMs: 0 });
  });
  afterAll(() => system?.close());

  it.each(['school', 'socialServices', 'healthCare'] as const)('with %s down, the other sections are returned, the failed one typed, within the budget', async (down) => {
    await recovered();
    faults(simulators()[down], { down: true });
    const { ms, result, child } = await overview();
    expect(result.errors).toBeUndefined();
    expect(result.data?.family.reference).toBe('F-00001');
    for (const section of ['school', 'socialServices', 'healthCare'] as const) {
      for (const s of Object.values(child[section] as Json) as Json[]) {
        if (section === down) {
          expect(s.__typename).toBe('AgencyUnavailable');
          expect(['UNAVAILABLE', 'CIRCUIT_OPEN']).toContain(s.kind);
          expect(s.message).not.toMatch(/http|127\.0\.0\.1|Error:|at /);
        } else expect(s.__typename, `${section} while ${down} is down`).not.toMatch(/AgencyUnavailable|AccessDenied/);
      }
    }
    expect(ms).toBeLessThan(budgetMs + slackMs);
  });

  it('a slow agency times out within the budget; the rest of the view is there', async () => {
    await recovered();
    faults(system.simulators.healthCare, { slowMs: 5000 });
    const { ms, child } = await overview();
    // Timed-out attempts also count towards the circuit, which may open within the same operation.
    const kinds = (Object.values(child.healthCare) as Json[]).map((s) => `${s.__typename}:${s.kind}`);
    expect(kinds).toContain('AgencyUnavailable:TIMEOUT');
    for (const k of kinds) expect(['AgencyUnavailable:TIMEOUT', 'AgencyUnavailable:CIRCUIT_OPEN']).toContain(k);
    expect(child.school.enrolment.__typename).toBe('SchoolEnrolment');
    expect(ms).toBeLessThan(budgetMs + slackMs);
  });

  it('the circuit opens after repeated failures (calls stop), and closes once the system recovers', async () => {
    await recovered();
    const sim = system.simulators.socialServices;
    faults(sim, { errorRate: 1 });
    await overview();
    await overview();
    resetCounters(system);
    const open = await overview();
    expect(open.child.socialServices.cases).toMatchObject({ __typename: 'AgencyUnavailable', kind: 'CIRCUIT_OPEN' });
    expect(sim.control.total()).toBe(0);
    faults(sim, { errorRate: 0 });
    await new Promise((r) => setTimeout(r, halfOpenAfterMs + 100));
    const closed = await overview();
    expect(closed.child.socialServices.cases.__typename).toBe('SocialCases');
    expect(sim.control.total()).toBeGreaterThan(0);
  });
});
