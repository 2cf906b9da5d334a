import { createHash } from 'node:crypto';
import { type CryptoKey, type JWK, jwtVerify, type KeyObject, SignJWT } from 'jose';
import type { DataCategory, DenialReason } from '../domain/agencies.js';
import type { Decision } from './decision.js';

/**
 * A grant: the consent registry's signed statement of every decision one request may need about
 * one child (docs/consent.md, "Grants"). It travels to the agency subgraphs inside the graph, in
 * a field of Child they `@requires`, so any federation gateway carries it without knowing it.
 *
 * The registry decides for all children of a request at once and signs once: the signed
 * statement (a JWT, EdDSA with the registry's own key) names the caller (`sub`), the request
 * (`rid`), a few seconds of validity and the root of a Merkle tree over the children's decision
 * bodies. Each child's grant is that statement, the child's body and the body's path to the
 * root: self-contained, checked with one signature verification per request however many
 * children it holds, and useless for any other child, caller or request.
 */
export interface GrantBody {
  /** The child (personnummer or samordningsnummer). */
  pnr: string;
  /** Whether the caller has custody of the child today (the access log is theirs to read). */
  guardian: boolean;
  decisions: Partial<Record<DataCategory, Decision>>;
}

export interface GrantBinding {
  /** The verified user token's subject. */
  subject: string;
  /** The gateway's request id, as signed in the request. */
  requestId: string;
}

/**
 * A body as it travels: decisions grouped, since a child's categories mostly rest on one consent
 * or share one denial (a caseload carries sixty grants through the gateway to three subgraphs).
 */
interface WireBody {
  c: string;
  g: 0 | 1;
  /** Permits: consent id → categories. */
  p: Record<string, DataCategory[]>;
  /** Denials: [reason, message, categories]. */
  d: [string, string, DataCategory[]][];
}

function toWire(body: GrantBody): WireBody {
  const p: WireBody['p'] = {};
  const d = new Map<string, WireBody['d'][number]>();
  for (const [category, decision] of Object.entries(body.decisions) as [DataCategory, Decision][]) {
    if (decision.permit) {
      p[decision.consentId] ??= [];
      p[decision.consentId]?.push(category);
    } else {
      const key = `${decision.reason}\n${decision.message}`;
      const group = d.get(key) ?? [decision.reason, decision.message, []];
      group[2].push(category);
      d.set(key, group);
    }
  }
  return { c: body.pnr, g: body.guardian ? 1 : 0, p, d: [...d.values()] };
}

function fromWire(wire: WireBody): GrantBody {
  const decisions: GrantBody['decisions'] = {};
  for (const [consentId, categories] of Object.entries(wire.p ?? {})) for (const c of categories) decisions[c] = { permit: true, consentId };
  for (const [reason, message, categories] of wire.d ?? []) for (const c of categories) decisions[c] = { permit: false, reason: reason as DenialReason, message };
  return { pnr: wire.c, guardian: wire.g === 1, decisions };
}

export const grantType = 'lotsen-grant+jwt';
export const grantIssuer = 'urn:lotsen:consent-registry';
const separator = '~';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest();
// Leaves and inner nodes hash differently, so no inner node can pass for a child's body.
const leafHash = (body: string) => sha256(`leaf:${body}`);
const nodeHash = (left: Buffer, right: Buffer) => sha256(Buffer.concat([Buffer.from('node:'), left, right]));

/** The tree's levels, leaves first; an odd node out moves up unpaired. */
function levels(leaves: Buffer[]): Buffer[][] {
  const all = [leaves];
  for (let level = leaves; level.length > 1; ) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? nodeHash(level[i] as Buffer, level[i + 1] as Buffer) : (level[i] as Buffer));
    all.push(next);
    level = next;
  }
  return all;
}

/** The siblings from leaf `index` up to the root. */
function pathOf(tree: Buffer[][], index: number): Buffer[] {
  const path: Buffer[] = [];
  let i = index;
  for (const level of tree.slice(0, -1)) {
    const sibling = i % 2 === 0 ? i + 1 : i - 1;
    if (sibling < level.length) path.push(level[sibling] as Buffer);
    i = Math.floor(i / 2);
  }
  return path;
}

/**
 * Whether a leaf and its path lead to the root, in a tree of `count` leaves. `known` holds the
 * nodes of paths already shown to lead there (position → hash): a path that meets one of them
 * with the same hash leads there too, so a request's children cost about two hashes each, not
 * one per level.
 */
function leadsToRoot(leaf: Buffer, index: number, count: number, path: Buffer[], root: Buffer, known: Map<string, Buffer>): boolean {
  const seen: [string, Buffer][] = [];
  let hash = leaf;
  let i = index;
  let width = count;
  let level = 0;
  let used = 0;
  for (;;) {
    const position = `${level}:${i}`;
    const proven = known.get(position);
    if (proven) return proven.equals(hash) && remember(known, seen);
    if (width <= 1) return used === path.length && hash.equals(root) && remember(known, seen);
    seen.push([position, hash]);
    const sibling = i % 2 === 0 ? i + 1 : i - 1;
    if (sibling < width) {
      const other = path[used++];
      if (!other) return false;
      hash = i % 2 === 0 ? nodeHash(hash, other) : nodeHash(other, hash);
    }
    i = Math.floor(i / 2);
    width = Math.ceil(width / 2);
    level += 1;
  }
}

function remember(known: Map<string, Buffer>, seen: [string, Buffer][]): true {
  for (const [position, hash] of seen) known.set(position, hash);
  return true;
}

export type GrantSigningKey = { key: CryptoKey | KeyObject | Uint8Array; kid: string };

/** Signs the grants of one request: one per body, in order. */
export async function issueGrants(signing: GrantSigningKey, binding: GrantBinding, bodies: readonly GrantBody[], ttlSeconds = 10): Promise<string[]> {
  if (bodies.length === 0) return [];
  const encoded = bodies.map((b) => JSON.stringify(toWire(b)));
  const tree = levels(encoded.map(leafHash));
  const root = (tree.at(-1) as Buffer[])[0] as Buffer;
  const statement = await new SignJWT({ rid: binding.requestId, root: root.toString('base64url'), n: bodies.length })
    .setProtectedHeader({ alg: 'EdDSA', kid: signing.kid, typ: grantType })
    .setIssuer(grantIssuer)
    .setSubject(binding.subject)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(signing.key);
  return encoded.map((body, i) =>
    [
      statement,
      Buffer.from(body).toString('base64url'),
      String(i),
      pathOf(tree, i)
        .map((h) => h.toString('base64url'))
        .join('.'),
    ].join(separator),
  );
}

export class GrantError extends Error {
  override readonly name = 'GrantError';
}

export type GrantKeys = (protectedHeader: { kid?: string }) => Promise<CryptoKey | KeyObject | JWK | Uint8Array>;

/**
 * Checks grants for one request: the statement's signature (once per request, however many
 * children), issuer, type, expiry, caller and request; then the child's body against the signed
 * root. Throws GrantError with the reason when a grant cannot be trusted.
 */
export function grantChecker(keys: GrantKeys, binding: GrantBinding) {
  const statements = new Map<string, Promise<{ root: Buffer; n: number; known: Map<string, Buffer> }>>();
  const statementOf = (jws: string) => {
    let known = statements.get(jws);
    if (!known) {
      known = jwtVerify(jws, keys, { issuer: grantIssuer, subject: binding.subject, typ: grantType, algorithms: ['EdDSA'], requiredClaims: ['exp', 'iat', 'sub'], clockTolerance: 2 }).then(
        ({ payload }) => {
          if (payload.rid !== binding.requestId) throw new GrantError('grant issued for another request');
          if (typeof payload.root !== 'string' || typeof payload.n !== 'number') throw new GrantError('grant statement malformed');
          return { root: Buffer.from(payload.root, 'base64url'), n: payload.n, known: new Map<string, Buffer>() };
        },
        (error: unknown) => {
          throw error instanceof GrantError ? error : new GrantError(`grant refused: ${error instanceof Error ? error.message : 'invalid'}`);
        },
      );
      statements.set(jws, known);
    }
    return known;
  };
  return async (grant: string | null | undefined, personnummer: string): Promise<GrantBody> => {
    if (!grant) throw new GrantError('no grant');
    const [jws, body, index, path] = grant.split(separator);
    if (!jws || !body || index === undefined || path === undefined || !/^\d+$/.test(index)) throw new GrantError('grant malformed');
    const { root, n, known } = await statementOf(jws);
    const text = Buffer.from(body, 'base64url').toString('utf8');
    const at = Number(index);
    const siblings = path === '' ? [] : path.split('.').map((h) => Buffer.from(h, 'base64url'));
    if (at >= n || !leadsToRoot(leafHash(text), at, n, siblings, root, known)) throw new GrantError('grant body does not match its signed statement');
    const parsed = fromWire(JSON.parse(text) as WireBody);
    if (parsed.pnr !== personnummer) throw new GrantError('grant issued for another child');
    return parsed;
  };
}

export type GrantChecker = ReturnType<typeof grantChecker>;
