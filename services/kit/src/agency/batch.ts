import DataLoader from 'dataloader';

/**
 * A per-request loader over an agency batch endpoint: every key asked for in one tick goes
 * out in one call; keys the agency does not know resolve to `missing`.
 */
export function batchLoader<K extends string, V>(fetchMany: (keys: readonly K[]) => Promise<Map<K, V>>, missing: V, maxBatchSize = 500): DataLoader<K, V> {
  return new DataLoader<K, V>(
    async (keys) => {
      const found = await fetchMany(keys);
      return keys.map((k) => (found.has(k) ? (found.get(k) as V) : missing));
    },
    { maxBatchSize },
  );
}

/** Groups rows by a key, for endpoints that answer many rows per requested key. */
export function groupBy<K, V>(rows: readonly V[], key: (row: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
