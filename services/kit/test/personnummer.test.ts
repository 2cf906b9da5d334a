import { buildSchema, execute, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  birthDateOf,
  coordinationNumberSystem,
  createLogger,
  identifierSystemOf,
  isCoordinationNumber,
  maskPersonnummer,
  normalisePersonnummer,
  personnummerSystem,
  scalarResolvers,
} from '../src/index.js';

// Skatteverket's test coordination numbers (services/agency-systems/data/README.md).
const coordination = { jan1: '201401612385', leapDay: '202002892392', dec31: '202312912393', old: '191401682396' };

describe('personnummer', () => {
  it('normalises every common form to 12 digits, and refuses a wrong check digit or date', () => {
    for (const form of ['201503152389', '20150315-2389', '150315-2389', '1503152389']) expect(normalisePersonnummer(form)).toBe('201503152389');
    expect(normalisePersonnummer('201503152388')).toBeNull();
    expect(normalisePersonnummer('201502302389')).toBeNull();
    expect(normalisePersonnummer('not a number')).toBeNull();
  });

  it('accepts a coordination number (samordningsnummer) in every form, keeping its day as issued', () => {
    for (const form of ['201401612385', '20140161-2385', '140161-2385', '1401612385']) expect(normalisePersonnummer(form)).toBe(coordination.jan1);
    for (const number of Object.values(coordination)) expect(normalisePersonnummer(number)).toBe(number);
    expect(normalisePersonnummer('201401612386')).toBeNull(); // wrong check digit
    expect(normalisePersonnummer('201402902389')).toBeNull(); // right check digit, but 30 February
  });

  it('refuses a coordination number whose birth date is partly unknown (month 00 or day 60)', () => {
    expect(normalisePersonnummer('191500722390')).toBeNull();
    expect(normalisePersonnummer('191711602399')).toBeNull();
  });

  it('reads the real birth date of a coordination number: the day less 60', () => {
    expect(birthDateOf(coordination.jan1)).toBe('2014-01-01');
    expect(birthDateOf(coordination.leapDay)).toBe('2020-02-29');
    expect(birthDateOf(coordination.dec31)).toBe('2023-12-31');
    expect(birthDateOf(coordination.old)).toBe('1914-01-08');
    expect(birthDateOf('201503152389')).toBe('2015-03-15');
  });

  it('tells a coordination number from a personnummer, and gives each its FHIR identifier system', () => {
    for (const form of [coordination.jan1, '20140161-2385', '140161-2385', coordination.dec31]) expect(isCoordinationNumber(form)).toBe(true);
    for (const form of ['201503152389', '150315-2389', '201512312381', 'not a number', '']) expect(isCoordinationNumber(form)).toBe(false);
    expect(identifierSystemOf(coordination.jan1)).toBe(coordinationNumberSystem);
    expect(identifierSystemOf('201503152389')).toBe(personnummerSystem);
    expect(coordinationNumberSystem).toBe('urn:oid:1.2.752.129.2.1.3.3');
    expect(personnummerSystem).toBe('urn:oid:1.2.752.129.2.1.3.1');
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
    expect((await run('20140161-2385')).data).toEqual({ echo: coordination.jan1 });
    expect((await run('201503152388')).errors?.[0]?.message).toMatch(/Ogiltigt personnummer/);
    expect(validate(schema, parse('{ echo(p: "123") }'))).toHaveLength(1);
  });

  it('never reaches a log line in clear', () => {
    expect(maskPersonnummer('child 201503152389 and 20150315-2389, 150315-2389')).toBe('child 20150315-**** and 20150315-****, 150315-****');
    expect(maskPersonnummer(`child ${coordination.jan1}`)).toBe('child 20140161-****');
    const lines: string[] = [];
    process.env.LOG_LEVEL = 'info';
    const log = createLogger('test', { write: (line: string) => lines.push(line) });
    delete process.env.LOG_LEVEL;
    log.info({ child: { personnummer: '201503152389' } }, 'looked up 20150315-2389');
    expect(lines.join('')).not.toMatch(/2389/);
    expect(lines.join('')).toContain('20150315-****');
  });
});
