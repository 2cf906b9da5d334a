// The schema clients see: the composed supergraph without what is @inaccessible and without the
// join directives, printed to schema.graphql for the code generator (and checked in, so type
// checking needs no build step).
import { readFileSync, writeFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { lexicographicSortSchema, printSchema } from 'graphql';

const supergraph = new URL('../../../schema/supergraph.graphql', import.meta.url);
const target = new URL('../schema.graphql', import.meta.url);

const api = Supergraph.build(readFileSync(supergraph, 'utf8')).apiSchema().toGraphQLJSSchema();
writeFileSync(target, `${printSchema(lexicographicSortSchema(api))}\n`);
