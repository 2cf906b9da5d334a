import { authenticated, type Database, type Handler, json, normalisePersonnummer, type TokenVerifier } from '@lotsen/kit';

/**
 * `POST /consent/guardianship`: of the children asked about, those the caller is a guardian
 * with custody of. Agency subgraphs ask it before they show a family its access log.
 */
export function guardianshipEndpoint(db: Database, verifier: TokenVerifier): Handler {
  return authenticated(verifier, async (req, identity) => {
    const body = JSON.parse(req.body || '{}') as { personnummer?: unknown };
    if (!Array.isArray(body.personnummer)) return json(400, { error: 'expected { personnummer: [...] }' });
    const children = body.personnummer.flatMap((p) => normalisePersonnummer(String(p)) ?? []);
    if (identity.role !== 'GUARDIAN' || !identity.personnummer || children.length === 0) return json(200, { guardianOf: [] });
    const rows = await db.query<{ personnummer: string }>(
      `SELECT DISTINCT c.personnummer FROM family_members c
         JOIN family_members g ON g.family_id = c.family_id AND g.role = 'GUARDIAN' AND g.has_custody
        WHERE c.role = 'CHILD' AND c.personnummer = ANY($1::text[]) AND g.personnummer = $2`,
      [children, identity.personnummer],
    );
    return json(200, { guardianOf: rows.map((r) => r.personnummer) });
  });
}
