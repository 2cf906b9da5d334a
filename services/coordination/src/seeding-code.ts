import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sourceDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * A digest of every source file of this package: what a seeded store's rows depend on besides
 * the population and the migrations. Seeding is spread over the feature folders (each seeds its
 * own tables with its own modules), so no one function's text stands for it; a kept copy of a
 * seeded store is keyed by this, and any change to the code seeds anew.
 */
export function seedingCode(): string {
  const hash = createHash('sha256');
  const files = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') || f.endsWith('.sql'))
    .sort();
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(sourceDir, file)));
  return hash.digest('hex');
}
