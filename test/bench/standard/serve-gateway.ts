// One contender gateway in its own process: `stock` or `lotsen`, on the given port, over the given supergraph file.
// Prints READY and, for Lotsen's gateway, the bearer token to use.
import { readFileSync } from 'node:fs';
import { startLotsenGateway, startStockApollo } from './contenders.js';

const [kind, file, port] = process.argv.slice(2) as [string, string, string];
const supergraphSdl = readFileSync(file, 'utf8');
const contender = kind === 'stock' ? await startStockApollo(supergraphSdl, Number(port)) : await startLotsenGateway(supergraphSdl, Number(port));
console.log(`READY ${JSON.stringify(contender.headers)}`);
