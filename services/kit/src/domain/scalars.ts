import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { normalisePersonnummer } from './personnummer.js';

const literalString = (ast: ValueNode, name: string): string => {
  if (ast.kind !== Kind.STRING) throw new GraphQLError(`${name} must be a string`);
  return ast.value;
};

const parsePersonnummer = (value: unknown): string => {
  const normalised = typeof value === 'string' ? normalisePersonnummer(value) : null;
  if (!normalised)
    throw new GraphQLError('Ogiltigt personnummer eller samordningsnummer: expected 12 digits (YYYYMMDDNNNC, the day + 60 for a samordningsnummer) with a valid check digit', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return normalised;
};

// Years a person, a meeting or a consent of ours can have; PostgreSQL refuses year 0 outright.
const isoDate = /^(19|20|21)\d{2}-\d{2}-\d{2}$/;
const parseDate = (value: unknown): string => {
  if (typeof value !== 'string' || !isoDate.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new GraphQLError('Invalid Date: expected YYYY-MM-DD, a real day between 1900 and 2199', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
};

const parseDateTime = (value: unknown): string => {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)) || !/^(19|20|21)\d{2}-\d{2}-\d{2}T/.test(value)) {
    throw new GraphQLError('Invalid DateTime: expected ISO 8601 with time', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
};

/** The custom scalars of schema/src/common.graphql, identical in every subgraph. */
export const scalarResolvers = {
  Personnummer: new GraphQLScalarType({
    name: 'Personnummer',
    serialize: (v) => String(v),
    parseValue: parsePersonnummer,
    parseLiteral: (ast) => parsePersonnummer(literalString(ast, 'Personnummer')),
  }),
  Date: new GraphQLScalarType({
    name: 'Date',
    serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
    parseValue: parseDate,
    parseLiteral: (ast) => parseDate(literalString(ast, 'Date')),
  }),
  DateTime: new GraphQLScalarType({
    name: 'DateTime',
    serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)),
    parseValue: parseDateTime,
    parseLiteral: (ast) => parseDateTime(literalString(ast, 'DateTime')),
  }),
};
