import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, subgraphs, supergraphIsCurrent } from '../src/index.js';

describe('supergraph', () => {
  it('checked in equals a fresh composition of the subgraphs', () => {
    expect(supergraphIsCurrent()).toBe(true);
  });

  it('is reported stale when a subgraph schema changes without recomposition', () => {
    const school = subgraphs.find((s) => s.name === 'school')?.schemaFile;
    const changed = (path: string) => {
      const text = readFileSync(path, 'utf8');
      return path === school ? text.replace('type SchoolAttendance {', 'type SchoolAttendance {\n  lessonsMissed: Int') : text;
    };
    expect(supergraphIsCurrent(changed)).toBe(false);
  });

  it('fails loudly when subgraphs do not compose', () => {
    const broken = (path: string) => {
      const text = readFileSync(path, 'utf8');
      return path.endsWith('health-care/src/schema.graphql') ? text.replace('personnummer: Personnummer!', 'personnummer: Int!') : text;
    };
    expect(() => composeSupergraph(broken)).toThrow(/composition failed/);
  });

  it('joins the four subgraphs around the Child entity', () => {
    const sdl = composeSupergraph();
    for (const s of subgraphs) expect(sdl).toContain(`@join__graph(name: "${s.name}", url: "http://localhost:${s.port}/graphql")`);
    expect(sdl).toMatch(/type Child[\s\S]*@join__type\(graph: SCHOOL, key: "personnummer"\)/);
  });
});
