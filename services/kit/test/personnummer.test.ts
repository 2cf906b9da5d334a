import { buildSchema, execute, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger, maskPersonnummer, normalisePersonnummer, scalarResolvers } from '../src/index.js';

describe('personnummer', () => {
  it('normalises every common form to 12 digits, and refuses a wrong check digit or date', () => {
    for (const form of ['201503152389', '20150315-2389', '150315-2389', '1503152389']) expect(normalisePersonnummer(form)).toBe('201503152389');
    expect(normalisePersonnummer('201503152388')).toBeNull();
    expect(normalisePersonnummer('201502302389')).toBeNull();
    expect(normalisePersonnummer('not a number')).toBeNull();
  });

  it('is validated by the Personnummer scalar, with a clear message', async () => {
    const schema = buildSchema('scalar Personnummer type Query { echo(p: Personnummer!): Personnummer }');
    Object.assign(schema.getType('Personnummer') as object, {
      parseValue: scalarResolvers.Personnummer.parseValue,
      parseLiteral: scalarResolvers.Personnummer.parseLiteral,
      serialize: scalarResolvers.Personnummer.serialize,
    });
    (schema.getQueryType()?.getFields().echo as { resolve?: unknown }).resolve = (_: unknown, a: { p: string }) => a.p;
    const run = (p: string) => execute({ schema, document: parse('query($p: Personnummer!) { echo(p: $p) }'), variableValues: { p } });
    expect((await run('20150315-2389')).data).toEqual({ echo: '201503152389' });
    expect((await run('201503152388')).errors?.[0]?.message).toMatch(/Ogiltigt personnummer/);
    expect(validate(schema, parse('{ echo(p: "123") }'))).toHaveLength(1);
  });

  it('never reaches a log line in clear', () => {
    expect(maskPersonnummer('child 201503152389 and 20150315-2389, 150315-2389')).toBe('child 20150315-**** and 20150315-****, 150315-****');
    const lines: string[] = [];
    process.env.LOG_LEVEL = 'info';
    const log = createLogger('test', { write: (line: string) => lines.push(line) });
    delete process.env.LOG_LEVEL;
    log.info({ child: { personnummer: '201503152389' } }, 'looked up 20150315-2389');
    expect(lines.join('')).not.toMatch(/2389/);
    expect(lines.join('')).toContain('20150315-****');
  });
});
