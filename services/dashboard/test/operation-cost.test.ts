import { readFileSync } from 'node:fs';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { buildSchema, Kind, parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import documents from '../src/gql/persisted-documents.json' with { type: 'json' };
import { persistedByName } from '../src/graphql/persisted-documents.js';

/** The gateway's cost limit (GRAPHQL_MAX_COST, gateway/src/plugins/limits.ts), counted the same way (graphql-armor's defaults). */
const maxCost = 3000;
const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

/** The rule's refusals of an operation (graphql-armor throws its refusal, as the gateway answers it). */
function refusals(text: string): string[] {
  try {
    return validate(schema, parse(text), [costLimitRule({ maxCost })]).map((e) => e.message);
  } catch (error) {
    return [(error as Error).message];
  }
}

describe("the dashboard's operations and the gateway's cost limit", () => {
  it('keeps every persisted operation under the limit, so that no page is refused whole', () => {
    const over = [...persistedByName(documents)].flatMap(([name, doc]) => refusals(doc.text).map((message) => `${name}: ${message}`));
    expect(over).toEqual([]);
  });

  it('would refuse the family query with the plan and the coordinators over time in it (why those are queries of their own)', () => {
    const byName = persistedByName(documents);
    const family = byName.get('Family')?.text as string;
    const planFragments = parse(byName.get('FamilyPlan')?.text as string).definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const together = `${family.replace(
      'familyByReference(reference: $reference) {',
      `familyByReference(reference: $reference) {
        plan { ...SipPlanFields }
        assignments { at kind fromTeam { id name municipality } fromCoordinator { username name } toTeam { id name municipality } toCoordinator { username name } byName }`,
    )}\n${planFragments.map((f) => print(f)).join('\n')}`;
    expect(refusals(together)).toEqual([expect.stringMatching(/Cost limit of 3000 exceeded/)]);
  });
});
