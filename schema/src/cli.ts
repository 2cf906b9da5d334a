import { supergraphIsCurrent, writeSupergraph } from './compose.js';
import { supergraphFile } from './subgraphs.js';

const command = process.argv[2];
if (command === 'write') {
  writeSupergraph();
  console.log(`wrote ${supergraphFile}`);
} else if (command === 'check') {
  if (!supergraphIsCurrent()) {
    console.error(`${supergraphFile} is stale: a subgraph schema changed. Run 'npm run schema:compose' and commit.`);
    process.exit(1);
  }
  console.log('supergraph is current');
} else {
  console.error('usage: cli.ts write|check');
  process.exit(2);
}
