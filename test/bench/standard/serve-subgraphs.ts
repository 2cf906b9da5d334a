// The benchmark's four subgraphs in one process, on fixed ports from the first argument (default 4201).
import { definitions, type SubgraphName, startBenchSubgraph } from './subgraphs.js';

const base = Number(process.argv[2] ?? 4201);
const names = Object.keys(definitions) as SubgraphName[];
await Promise.all(names.map((n, i) => startBenchSubgraph(n, base + i)));
console.log('READY');
