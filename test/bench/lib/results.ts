import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../results/', import.meta.url).pathname;

/** Writes one table's figures as JSON under test/bench/results/ (not committed). */
export function writeResults(name: string, figures: object): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ at: new Date().toISOString(), ...figures }, null, 2));
}
