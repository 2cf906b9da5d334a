import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { env } from '@lotsen/kit';

const operationsDir = new URL('../../operations/', import.meta.url);

export type PersistedMode = 'off' | 'allow' | 'only';

/** The dashboards' operations (gateway/operations/*.graphql), by the SHA-256 of their text. */
export function loadSafelist(dir: URL = operationsDir): Map<string, string> {
  const list = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    list.set(createHash('sha256').update(text).digest('hex'), text);
  }
  return list;
}

export const persistedMode = (): PersistedMode => {
  const mode = env('PERSISTED_OPERATIONS', 'allow');
  if (mode !== 'off' && mode !== 'allow' && mode !== 'only') throw new Error("PERSISTED_OPERATIONS must be 'off', 'allow' or 'only'");
  return mode;
};

export type Resolution = { ok: true; body: Record<string, unknown> } | { ok: false; message: string; code: string };

/**
 * Persisted operations: a client may send `extensions.persistedQuery.sha256Hash` instead of the
 * document ('allow'), and with 'only' nothing but the safelisted documents is executed.
 */
export function resolvePersisted(body: Record<string, unknown>, safelist: Map<string, string>, mode: PersistedMode): Resolution {
  if (mode === 'off') return { ok: true, body };
  const hash = (body.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  const { extensions, ...rest } = body;
  if (typeof body.query !== 'string') {
    if (typeof hash !== 'string') return { ok: true, body };
    const query = safelist.get(hash);
    return query ? { ok: true, body: { ...rest, query } } : { ok: false, message: 'Unknown persisted operation', code: 'PERSISTED_QUERY_NOT_FOUND' };
  }
  if (mode === 'only' && !safelist.has(createHash('sha256').update(body.query).digest('hex'))) {
    return { ok: false, message: 'Only the safelisted (persisted) operations are accepted here', code: 'OPERATION_NOT_SAFELISTED' };
  }
  return { ok: true, body: typeof hash === 'string' ? rest : { ...rest, ...(extensions ? { extensions } : {}) } };
}
