export { cohortField } from './agency-sdl.js';
export { composeSupergraph, readSupergraph, supergraphIsCurrent, writeSupergraph } from './compose.js';
export { subgraphSdl } from './sdl.js';
export { commonSchemaFile, type SubgraphEntry, subgraphs, supergraphFile } from './subgraphs.js';
