// Sends the benchmark query once through each contender and compares the answer with the
// expected result computed from the static data. The load runs build on this.
import { isDeepStrictEqual } from 'node:util';
import { type Contender, startLotsenGateway, startStandardShape, startStockApollo } from './contenders.js';
import { benchmarkQuery, expectedResult } from './query.js';

const shape = await startStandardShape();
const contenders: Contender[] = [await startStockApollo(shape.supergraphSdl), await startLotsenGateway(shape.supergraphSdl)];
let failures = 0;
for (const c of contenders) {
  const res = await fetch(c.url, { method: 'POST', headers: { 'content-type': 'application/json', ...c.headers }, body: JSON.stringify({ query: benchmarkQuery }) });
  const body = await res.json();
  const ok = res.status === 200 && isDeepStrictEqual(body, expectedResult());
  if (!ok) failures += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.name}: ${res.status}${ok ? '' : ` ${JSON.stringify(body).slice(0, 400)}`}`);
}
for (const c of contenders) await c.close();
await shape.close();
process.exit(failures ? 1 : 0);
