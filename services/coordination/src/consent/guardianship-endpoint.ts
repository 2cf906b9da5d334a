import { authenticated, type Handler, json, normalisePersonnummer, type TokenVerifier, todayInSweden } from '@lotsen/kit';
import { custodiansOf, type PopulationRegister } from '../register/population-register.js';

/**
 * `POST /consent/guardianship`: of the children asked about, those the caller has custody of
 * today, per the population register. Agency subgraphs ask it before they show a family its
 * access log. A register that cannot answer answers 503: nothing is shown.
 */
export function guardianshipEndpoint(register: PopulationRegister, verifier: TokenVerifier, now: () => Date): Handler {
  return authenticated(verifier, async (req, identity) => {
    const body = JSON.parse(req.body || '{}') as { personnummer?: unknown };
    if (!Array.isArray(body.personnummer)) return json(400, { error: 'expected { personnummer: [...] }' });
    const children = body.personnummer.flatMap((p) => normalisePersonnummer(String(p)) ?? []);
    const caller = identity.personnummer;
    if (identity.role !== 'GUARDIAN' || !caller || children.length === 0) return json(200, { guardianOf: [] });
    let found: Awaited<ReturnType<PopulationRegister['lookup']>>;
    try {
      found = await register.lookup(children);
    } catch {
      return json(503, { error: 'the population register could not be read' });
    }
    const today = todayInSweden(now());
    return json(200, { guardianOf: children.filter((c) => custodiansOf(found.get(c), today).includes(caller)) });
  });
}
