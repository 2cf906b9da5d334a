import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { env } from '@lotsen/kit';

/** The dashboard's operations as its code generator wrote them: `sha256:<hex>` → text. */
const documentsFile = createRequire(import.meta.url).resolve('@lotsen/dashboard/persisted-documents');

export type PersistedMode = 'off' | 'allow' | 'only';

/**
 * The safelist: the dashboard's persisted documents, one list for the app and the gateway (no
 * second copy of a query). Every hash is checked against its text, so a list edited by hand
 * cannot let another operation pass under a listed hash.
 */
export function loadSafelist(file: string = documentsFile): Map<string, string> {
  const list = new Map<string, string>();
  for (const [key, text] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) {
    const hash = key.replace(/^sha256:/, '');
    if (createHash('sha256').update(text).digest('hex') !== hash) throw new Error(`${file}: the hash ${key} is not the SHA-256 of its text`);
    list.set(hash, text);
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
